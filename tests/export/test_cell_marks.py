"""Stacked marks on a cell's first line keep clear of the rule above it.

A one-column table whose cells (and header) start with the tallest Thai stacks is
written at every table size; the rules and each first line's baseline are read back
from the PDF, the line's ink from HarfBuzz, and at least 0.5 pt of white must separate
the highest mark from the rule's lower edge."""

from __future__ import annotations

import pymupdf
import pytest

from itadesk.export import common, fonts
from itadesk.export.document import ReportDocument
from itadesk.export.textlayout import ink_box, layout

UPPER_VOWELS = "\u0e31\u0e34\u0e35\u0e36\u0e37"  # ั ิ ี ึ ื
TOP_MARKS = "\u0e48\u0e49\u0e4a\u0e4b\u0e4c"  # ่ ้ ๊ ๋ ์
WORDS = ["ที่นี่", "ปั้น", "กิ๋", "ญี่ปุ่น", "ฟื้นฟู", "ขึ้น", "สิทธิ์", "น้ำ", "ก๊ำ"]


def tallest(face, count: int = 3) -> list[str]:
    """The face's highest stacks of a consonant, an upper vowel and a tone mark or ์."""
    stacks = [chr(c) + v + m for c in range(0x0E01, 0x0E2F) for v in UPPER_VOWELS for m in TOP_MARKS]
    return sorted(stacks, key=lambda s: ink_box(layout(s, face, 100, 1000)[0], 100)[3])[-count:]


def rules(page) -> list[tuple[float, float, float, float]]:
    """Horizontal black rules: (y of the lower edge, x from, x to, width)."""
    out = []
    for path in page.get_drawings():
        if path.get("color") is None or max(path["color"]) > 0.01:
            continue
        for item in path["items"]:
            if item[0] == "l" and abs(item[1].y - item[2].y) < 1e-3:
                out.append(
                    (item[1].y + path["width"] / 2, min(item[1].x, item[2].x), max(item[1].x, item[2].x))
                )
    return out


def clearances(page, texts: list[str], size: float, bold_first: bool) -> dict[str, float]:
    """Per cell text: white between its first line's ink and the rule above, in points."""
    lines = []
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            chars = [c for span in line["spans"] for c in span["chars"]]
            lines.append(("".join(c["c"] for c in chars), chars[0]["origin"]))
    found = {}
    for index, text in enumerate(texts):
        face = fonts.face("bold" if bold_first and index == 0 else "regular")
        (x, baseline) = next(origin for drawn, origin in lines if drawn == text)
        ink_top = baseline - ink_box(layout(text, face, size, 1000)[0], size)[3]
        rule = max(y for y, x0, x1 in rules(page) if x0 <= x <= x1 and y < ink_top + 3)
        found[text] = round(ink_top - rule, 3)
    return found


@pytest.mark.parametrize("size", common.TABLE_SIZES)
def test_the_tallest_stacks_on_a_cells_first_line_stay_below_the_rule(tmp_path, monkeypatch, size):
    monkeypatch.setattr(common, "TABLE_SIZES", (size,))
    header = tallest(fonts.face("bold"), 1)[0] + "ด"
    body = [*WORDS, *(stack + "น" for stack in tallest(fonts.face()))]
    table = common.table([header], [[word] for word in body], [200])
    path = tmp_path / "cells.pdf"
    ReportDocument(path, title="ทดสอบ", agency="").build([table])
    page = pymupdf.open(path)[0]
    found = clearances(page, [header, *body], size, bold_first=True)
    assert min(found.values()) >= common.INK_CLEARANCE, found
    # Only as much room as the tallest stack needs: no cell gains more than a point of air.
    assert min(found.values()) < common.INK_CLEARANCE + 1, found


def test_a_row_split_across_pages_clears_the_rule_on_the_next_page_too(tmp_path):
    """The cell's first line has no tall stack (the row starts with the seeds' 2 pt) and
    every other line starts with one, so wherever the page breaks the row, its first line
    on the next page (under the repeated header) carries one."""
    line = "ฟื้นฟูที่นี่"
    table = common.table(["ลำดับที่"], [["\n".join(["มาตรการ", *[line] * 90])]], [200])
    path = tmp_path / "split.pdf"
    ReportDocument(path, title="ทดสอบ", agency="").build([table])
    pages = list(pymupdf.open(path))
    assert len(pages) >= 2
    for page in pages:
        size = common.TABLE_SIZES[0]
        found = clearances(page, ["ลำดับที่", line], size, bold_first=True)
        assert min(found.values()) >= common.INK_CLEARANCE, (page.number + 1, found)
        if page.number:  # the continued row is closed by a rule under the repeated header
            assert found[line] < common.INK_CLEARANCE + 1, (page.number + 1, found)
