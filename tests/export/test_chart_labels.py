"""Chart value labels never touch a bar, a point or the 85 line: measured on the PDF.

The bars, points and pass lines are read back from the page's drawing (pymupdf), every
character of its text from where the PDF places it, with the ink its glyph really has
(HarfBuzz extents); no character's ink may come within ``CLEARANCE`` of a bar, a point or
the pass line. Scores just below, at and just above 85, 0 and 100, with last year's bar
taller or shorter, in both digit modes, and the demo's analysis reports."""

from __future__ import annotations

import pymupdf
import pytest

from itadesk.db import Store, open_workspace
from itadesk.export import fonts
from itadesk.export.chart import CURRENT, PASS_LINE, PREVIOUS, ScoreChart, TrendChart
from itadesk.export.common import Numbers
from itadesk.export.document import ReportDocument
from itadesk.figures import YearTotal
from itadesk.reporting import ReportRequest, write_report

CLEARANCE = 0.5
NEAR_85 = {1: 84.6, 2: 85.0, 3: 85.4, 4: 100.0, 5: 0.0, 6: 84.99, 7: 85.01, 8: 50.0, 9: 100.0, 10: 86.0}
LAST_YEAR = {1: 84.6, 2: 90.0, 3: 85.0, 4: 100.0, 5: 0.0, 6: 100.0, 7: 84.6, 8: 96.0, 9: 0.0, 10: 85.4}


def _colour(value) -> tuple[float, ...]:
    return tuple(round(v, 2) for v in value)


BAR_COLOURS = {_colour((c.red, c.green, c.blue)) for c in (CURRENT, PREVIOUS)}
RED = _colour((PASS_LINE.red, PASS_LINE.green, PASS_LINE.blue))


def _solid(rect: pymupdf.Rect, grow: float = 0.0) -> pymupdf.Rect:
    """``rect`` grown by ``grow`` and never empty (a bar of 0 still has its place)."""
    return pymupdf.Rect(rect.x0 - grow, rect.y0 - grow, max(rect.x1, rect.x0 + 1e-3) + grow,
                        max(rect.y1, rect.y0 + 1e-3) + grow)  # fmt: skip


def obstacles(page) -> tuple[list[pymupdf.Rect], list[pymupdf.Rect]]:
    """The page's bars, swatches and points (filled in the chart's colours, white for a
    computed total) and its pass lines (red strokes), each as wide as drawn."""
    shapes, lines = [], []
    for path in page.get_drawings():
        fill, stroke, half = path.get("fill"), path.get("color"), (path.get("width") or 0) / 2
        if fill and _colour(fill) in BAR_COLOURS | {(1.0, 1.0, 1.0)} and path["rect"].width < 100:
            shapes.append(_solid(path["rect"], half if stroke else 0.0))
        elif stroke and _colour(stroke) == RED:
            lines += [_solid(pymupdf.Rect(item[1], item[2]).normalize(), half) for item in path["items"]]
    return shapes, lines


def inked(page) -> list[tuple[str, pymupdf.Rect]]:
    """Each character's ink on the page, from its position in the PDF and its glyph."""
    out = []
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                face = fonts.face("bold" if "Bold" in span["font"] else "regular")
                for char in span["chars"]:
                    font = face.primary if face.primary.has_char(char["c"]) else face.fallback
                    gid = font.face.charToGlyph.get(ord(char["c"]), 0)
                    left, bottom, right, top = font.ink(gid)
                    if right <= left:
                        continue
                    scale = span["size"] / font.units_per_em
                    x, y = char["origin"]
                    box = pymupdf.Rect(
                        x + left * scale, y - top * scale, x + right * scale, y - bottom * scale
                    )
                    out.append((char["c"], box))
    return out


def touching(page) -> list[str]:
    """Every character whose ink comes within ``CLEARANCE`` of a bar, a point or a pass line."""
    shapes, lines = obstacles(page)
    assert shapes or lines, "no chart on the page"
    bad = []
    for char, box in inked(page):
        for other in shapes + lines:
            if _solid(box, CLEARANCE).intersects(other):
                bad.append(
                    f"{char} at {tuple(round(v, 1) for v in box)} touches {tuple(round(v, 1) for v in other)}"
                )
    return bad


def trend_segments(page) -> list[tuple[pymupdf.Point, pymupdf.Point]]:
    """The trend line's segments: strokes in the chart's colour."""
    return [
        (item[1], item[2])
        for path in page.get_drawings()
        if path.get("color") and _colour(path["color"]) in BAR_COLOURS
        for item in path["items"]
        if item[0] == "l"
    ]


def crossed_by_the_trend(page) -> list[str]:
    """Every character whose ink the trend line runs through (sampled every 0.25 pt)."""
    bad = []
    segments = trend_segments(page)
    assert segments, "no trend line on the page"
    for char, box in inked(page):
        for a, b in segments:
            steps = max(1, int(abs(b - a) / 0.25))
            if any(box.contains(a + (b - a) * (i / steps)) for i in range(steps + 1)):
                bad.append(f"{char} at {tuple(round(v, 1) for v in box)}")
                break
    return bad


def chart_page(tmp_path, chart) -> pymupdf.Page:
    path = tmp_path / "chart.pdf"
    ReportDocument(path, title="แผนภูมิ", agency="", thai=chart.numbers.thai).build([chart])
    return pymupdf.open(path)[0]


@pytest.mark.parametrize("thai", [True, False], ids=["thai-digits", "arabic-digits"])
@pytest.mark.parametrize("previous", [LAST_YEAR, {}], ids=["with-last-year", "this-year-only"])
def test_score_chart_values_keep_clear_of_bars_and_the_pass_line(tmp_path, thai, previous):
    numbers = Numbers(thai=thai)
    chart = ScoreChart(NEAR_85, previous, labels=("พ.ศ. ๒๕๖๖", "พ.ศ. ๒๕๖๗"), pass_mark=85, numbers=numbers)
    page = chart_page(tmp_path, chart)
    assert touching(page) == []
    text = "".join(page.get_text().split())
    for value in NEAR_85.values():
        assert numbers.score(value) in text  # every value is labelled
    assert ("เกณฑ์ผ่าน๘๕คะแนน" if thai else "เกณฑ์ผ่าน85คะแนน") in text


@pytest.mark.parametrize("thai", [True, False], ids=["thai-digits", "arabic-digits"])
def test_trend_chart_values_keep_clear_of_points_and_the_pass_line(tmp_path, thai):
    totals = [84.6, 85.0, 85.4, 100.0, 0.0, 83.0, 82.0, 86.5]
    points = [YearTotal(2560 + i, total, i % 2 == 0) for i, total in enumerate(totals)]
    numbers = Numbers(thai=thai)
    page = chart_page(tmp_path, TrendChart(points, pass_mark=85, numbers=numbers))
    assert touching(page) == []
    text = "".join(page.get_text().split())
    assert all(numbers.score(total) in text for total in totals)


@pytest.mark.parametrize(
    "totals",
    [
        [84.6, 85.0, 85.4, 100.0, 0.0, 83.0, 82.0, 86.5],
        [100.0, 0.0, 100.0, 0.0, 100.0],
        [0.0, 100.0, 0.0, 95.0],
    ],
    ids=["mixed", "steep-peaks", "steep-valleys"],
)
def test_the_trend_line_runs_through_no_value_label(tmp_path, totals):
    points = [YearTotal(2560 + i, total, True) for i, total in enumerate(totals)]
    numbers = Numbers(thai=True)
    page = chart_page(tmp_path, TrendChart(points, pass_mark=85, numbers=numbers))
    assert crossed_by_the_trend(page) == []
    assert touching(page) == []


@pytest.mark.parametrize("year", [2564, 2565, 2566])
def test_the_demo_analysis_charts_keep_their_labels_clear(demo_path, tmp_path, year):
    store = Store(open_workspace(demo_path))
    try:
        pdf = write_report(store, ReportRequest("analysis", year), tmp_path / f"analysis-{year}.pdf")
    finally:
        store.close()
    charted = 0
    for page in pymupdf.open(pdf):
        shapes, lines = obstacles(page)
        if lines:
            charted += 1
            assert touching(page) == [], page.number + 1
    assert charted
