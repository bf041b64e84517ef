"""ReportLab flowables that set text with the Thai typesetting layer.

``ThaiParagraph`` wraps, splits and draws one block of text. Its split keeps the lines
already laid out, so a table cell taller than a page continues on the next page with the
very same line breaks. Text is always literal: ``<``, ``&`` and quotes are just characters.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib.colors import Color, black
from reportlab.platypus import Flowable

from itadesk.export import fonts
from itadesk.export.textlayout import Line, draw_line, ink_box, layout

MIN_LINES = 2
"""Fewest lines of a paragraph left at the foot of a page or carried to the next."""


def _paragraph_kept(lines: list[Line], fit: int) -> int:
    """A break after ``fit`` lines moved so that the paragraph of the text (a source line)
    it falls in also keeps ``MIN_LINES`` lines on each side, or goes on whole; unmoved when
    that would leave fewer than ``MIN_LINES`` lines before it (the whole text's rule is then
    the one kept)."""
    if not 0 < fit < len(lines) or lines[fit].opens_paragraph:
        return fit
    start = max(i for i in range(fit + 1) if i == 0 or lines[i].opens_paragraph)
    end = next((i for i in range(fit + 1, len(lines)) if lines[i].opens_paragraph), len(lines))
    moved = fit
    if end - fit < MIN_LINES:
        moved = end - MIN_LINES
    if moved - start < MIN_LINES:
        moved = start
    return moved if moved >= MIN_LINES else fit


@dataclass(frozen=True)
class TextStyle:
    size: float = 12
    face: str = "regular"
    leading_ratio: float = 1.5
    """Line height over font size: Thai stacks up to three levels of marks."""
    align: str = "left"
    color: Color = black
    space_before: float = 0
    space_after: float = 0
    indent: float = 0

    @property
    def leading(self) -> float:
        return self.size * self.leading_ratio

    @property
    def first_baseline(self) -> float:
        """How far below the paragraph's top its first baseline sits: 0.4 em above the
        bottom of its line box, leaving room below for lower vowels and ฤ's tail, and
        above for up to three stacked marks."""
        return self.size * (self.leading_ratio - 0.4)

    @property
    def paragraph_gap(self) -> float:
        """Extra space where the source text had a newline, so paragraphs read apart."""
        return self.size * 0.3

    def but(self, **changes) -> TextStyle:
        return replace(self, **changes)


class ThaiParagraph(Flowable):
    def __init__(
        self, text: str, style: TextStyle, _lines: list[Line] | None = None, _width: float | None = None
    ):
        super().__init__()
        self.text = text
        self.base_style = style
        self.style = style
        self._lines = _lines
        self._laid_width = _width if _lines is not None else None
        self._is_part = _lines is not None
        """A piece of a split paragraph keeps its lines whatever width it is wrapped at."""

    def _layout(self, width: float) -> list[Line]:
        if self._is_part:
            return self._lines  # type: ignore[return-value]
        if self._lines is None or self._laid_width != width:
            style = self.base_style
            inner = max(width - style.indent, style.size)
            lines = layout(self.text, fonts.face(style.face), style.size, inner)
            self.style = style
            self._lines = lines
            self._laid_width = width
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = self._layout(avail_width)
        self.width = avail_width
        self.height = sum(self._line_height(line, i) for i, line in enumerate(lines))
        return self.width, self.height

    def _line_height(self, line: Line, index: int) -> float:
        gap = self.style.paragraph_gap if line.opens_paragraph and index else 0
        return self.style.leading + gap

    def first_line_reach(self, width: float) -> float:
        """How far the ink of the first line's marks rises above the paragraph's top at
        ``width`` (negative: it stays below); what the room above it must hold."""
        lines = self._layout(width)
        box = ink_box(lines[0], self.style.size) if lines else None
        return (box[3] if box else 0.0) - self.style.first_baseline

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        # A table splits a cell with the column's full width but wraps it without the
        # padding: keep the width the cell was last wrapped at so the lines stay the same.
        if self._laid_width is not None:
            avail_width = self._laid_width
        lines = self._layout(avail_width)
        fit, used = 0, 0.0
        for i, line in enumerate(lines):
            used += self._line_height(line, i)
            if used > avail_height + 1e-6:
                break
            fit += 1
        if fit >= len(lines):
            # The caller measured it as too tall (rounding, or another width): still make
            # progress by moving the last line on rather than refusing the split.
            fit = len(lines) - 1
        # At least two lines on each side of a page break (no widow, no orphan).
        fit = min(fit, len(lines) - MIN_LINES)
        fit = _paragraph_kept(lines, fit)
        if fit < MIN_LINES:
            return []
        head = ThaiParagraph(self.text, self.style.but(space_after=0), lines[:fit], avail_width)
        tail = ThaiParagraph(self.text, self.style.but(space_before=0), lines[fit:], avail_width)
        return [head, tail]

    def getSpaceBefore(self) -> float:  # noqa: N802 (ReportLab's name)
        return self.style.space_before

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.style.space_after

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        canvas.setFillColor(style.color)
        baseline = self.height - style.first_baseline
        for i, line in enumerate(self._lines or []):
            if line.opens_paragraph and i:
                baseline -= style.paragraph_gap
            x = style.indent
            if style.align == "center":
                x = (self.width - line.width) / 2
            elif style.align == "right":
                x = self.width - line.width
            draw_line(canvas, line, x, baseline, style.size)
            baseline -= style.leading
