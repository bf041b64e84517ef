"""The window on a workspace edited by hand: it opens without the crash dialog, the
measures with bad stored values are shown flagged (⚠, highlighted, the reason in the
tooltip), a year whose stored framework is unreadable says so, and screenshots are drawn."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from test_stored_values import poisoned, poisoned_values  # noqa: F401  (the fixtures: tests/ is on the path)

from itadesk.ui.screenshots import save_screenshots
from itadesk.ui.tabs.measures_model import COL_NUMBER, COL_TITLE

from .test_entry import keys


def test_the_window_shows_bad_stored_values_flagged(make_window, poisoned, monkeypatch, tmp_path):  # noqa: F811
    path, ids = poisoned
    crashes = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: crashes.append(exc))
    window = make_window(path)
    window.set_year(2567)
    window.tabs.setCurrentWidget(window.measures_tab)
    model = window.measures_tab.model
    rows = {model.measure_at(r).id: r for r in range(model.rowCount())}
    flagged = model.index(rows[ids[1]], COL_NUMBER)
    assert model.data(flagged).startswith("⚠")
    assert "hacked" in model.data(flagged, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(rows[ids[1]], COL_TITLE), Qt.ItemDataRole.BackgroundRole) is not None
    assert not model.data(model.index(rows[ids[3]], COL_NUMBER)).startswith("⚠")
    assert "เกณฑ์ของปีนี้ในไฟล์อ่านไม่ได้" in window.dashboard_label.text()
    assert "not json" in window.dashboard_label.toolTip() or "JSON" in window.dashboard_label.toolTip()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
    assert crashes == []


def test_screenshots_of_a_hand_edited_workspace(qapp, poisoned, tmp_path):  # noqa: F811
    from itadesk.db import Store, open_workspace

    path, _ids = poisoned
    store = Store(open_workspace(path))
    shots = save_screenshots(store, tmp_path / "shots", 2567)
    store.close()
    assert len(shots) == 4 and all(p.stat().st_size > 0 for p in shots)


def test_the_window_flags_bad_agency_scores_and_checklist_values(
    make_window,
    qtbot,
    poisoned_values,  # noqa: F811
    monkeypatch,
):
    """A stored score of 500, a checklist ``done = 7`` and a 7,000-letter agency name: the
    window opens on them without the crash dialog and says what was put right."""
    from itadesk.ui.tabs.checklist_tab import COL_ITEM

    crashes = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: crashes.append(exc))
    window = make_window(poisoned_values, year=2567)
    assert "ค่าที่บันทึกไว้ไม่ถูกต้อง" in window.dashboard_label.text()
    tooltip = window.dashboard_label.toolTip()
    assert "คะแนนตัวชี้วัดที่ 1" in tooltip and "500" in tooltip and "ชื่อหน่วยงาน" in tooltip
    assert len(window.windowTitle()) < 300

    tab = window.scores_tab
    assert tab.score_cell(1).text() == "" and "500" in tab.score_cell(1).toolTip()
    assert tab.score_cell(3).text() != "" and "500" not in tab.score_cell(3).toolTip()

    nodes = {code: window.checklist_tab.node_for(code) for code in ("O1", "O3")}
    assert nodes["O1"].text(COL_ITEM).startswith("⚠") and "7" in nodes["O1"].toolTip(COL_ITEM)
    assert nodes["O1"].checkState(COL_ITEM) == Qt.CheckState.Unchecked
    assert not nodes["O3"].text(COL_ITEM).startswith("⚠")

    window.show_tab(0)  # typing a score puts the file right
    tab.table.setCurrentItem(tab.score_cell(1))
    keys("75")
    qtbot.keyClick(tab.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.store.scores(2567)[1] == 75)
    assert "คะแนนตัวชี้วัดที่ 1" not in window.dashboard_label.toolTip()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
    assert crashes == []
