"""Charts: the indicators against the pass line beside last year's, the total over the years,
checklist progress per sub-indicator — in the window and, with the same figures, the report."""

from __future__ import annotations

import pymupdf
from PySide6.QtGui import QImage

from itadesk.db import Store, open_workspace
from itadesk.figures import done_codes, group_progress, total_trend
from itadesk.reporting import ReportRequest, write_report


def _painted(widget) -> QImage:
    return widget.grab().toImage()


def _distinct_colours(image: QImage) -> int:
    step = max(1, image.width() // 60)
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}
    )


def test_the_scores_tab_charts_this_and_last_years_scores_and_the_trend(make_window, demo_path, qtbot):
    window = make_window(demo_path, year=2566)
    window.set_year(2565)
    chart, trend = window.scores_tab.indicator_chart, window.scores_tab.trend_chart
    assert chart.current == window.store.scores(2565) and chart.previous == window.store.scores(2564)
    assert chart.labels == ("ปี 2564", "ปี 2565") and chart.pass_mark == 85
    assert [(p.year, p.total, p.official) for p in trend.points] == [
        (2564, 78.8, False),
        (2565, 80.61, True),
        (2566, 86.49, True),
    ]
    assert "ตัวชี้วัดที่ 9: 72.43 (ปีก่อน 84.64)" in chart.toolTip()
    assert _distinct_colours(_painted(chart)) > 4, "bars, grid and pass line are drawn"
    window.scores_tab.score_cell(9).setText("91")  # typing a new score moves the chart
    qtbot.waitUntil(lambda: window.scores_tab.indicator_chart.current.get(9) == 91.0)


def test_the_checklist_chart_shows_progress_per_sub_indicator(make_window, demo_path):
    window = make_window(demo_path, year=2566)
    window.set_year(2566)
    window.store.set_item_done(2566, "O12", False)
    window.checklist_tab.reload()
    groups = {g.code: (g.done, g.total) for g in window.checklist_tab.progress_chart.groups}
    assert groups["9.2"] == (7, 8) and groups["9.1"] == (10, 10) and len(groups) == 7
    assert groups == {
        g.code: (g.done, g.total)
        for g in group_progress(window.store.framework(2566), done_codes(window.store.checklist(2566)))
    }


def test_the_analysis_report_draws_the_same_figures(demo_path, tmp_path):
    store = Store(open_workspace(demo_path))
    store.set_item_done(2566, "O12", False)
    out = write_report(store, ReportRequest("analysis", 2566, thai_digits=False), tmp_path / "a.pdf")
    text = "".join(page.get_text() for page in pymupdf.open(out))
    assert "คะแนนรวมรายปี" in text and "78.80" in text and "86.49" in text
    assert "ความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (OIT) รายตัวชี้วัดย่อย" in text and "7/8" in text
    assert [p.year for p in total_trend(store)] == [2564, 2565, 2566]
    store.close()
