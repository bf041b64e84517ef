"""Laying out and drawing one paragraph of Thai (or any) text with shaped glyphs.

``layout`` turns text into lines of positioned glyphs for a column width: characters go to
the first face that has them (Sarabun, then the DejaVu fallback for symbols and emoji, and
DejaVu's replacement character U+FFFD — still carrying the original character in the
text layer — for anything neither has); each font run is shaped once by HarfBuzz; lines
break at the opportunities of ``linebreak``. ``draw_line`` writes the glyphs into a
ReportLab canvas as PDF text operators, placing marks exactly where HarfBuzz put them.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from itadesk.export.linebreak import (
    break_opportunities,
    cluster_breaks,
    reads_as_word_boundary,
    subword_breaks,
)
from itadesk.export.shaping import Glyph, GlyphFont

INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
"""Zero-width characters: they draw nothing and would only leak into copied text."""
REPLACEMENT = "\ufffd"
TAB_SPACES = "    "


@dataclass(frozen=True, slots=True)
class Face:
    """The fonts one piece of text may use: its own face and a fallback for symbols/emoji."""

    primary: GlyphFont
    fallback: GlyphFont


class PlacedGlyph(NamedTuple):
    font: GlyphFont
    glyph: Glyph
    x: float
    """Origin from the start of the line, in points (advance so far plus HarfBuzz's x offset)."""
    y: float
    """Vertical offset from the baseline, in points."""


class Line:
    """One laid-out line. Its glyphs are placed only when asked for (when it is drawn):
    a table measures every cell several times but draws it once."""

    __slots__ = ("_shaped", "_first", "_last", "width", "text", "opens_paragraph", "cuts_word", "needed")

    def __init__(self, shaped: ShapedText | None, first: int, last: int, width: float, text: str) -> None:
        self._shaped, self._first, self._last = shaped, first, last
        self.width, self.text = width, text
        self.opens_paragraph = False
        """True for the first line after a newline in the source text."""
        self.cuts_word = False
        """True when the line had to end inside a word too wide for the column."""
        self.needed = 0.0
        """For a line that cuts a word: the width the column would need to hold it whole."""

    @property
    def glyphs(self) -> tuple[PlacedGlyph, ...]:
        shaped = self._shaped
        if shaped is None or self._first == self._last:
            return ()
        origin = shaped.pen[self._first]
        placed = []
        for i in range(self._first, self._last):
            font, g = shaped.glyphs[i]
            scale = shaped.size / font.units_per_em
            placed.append(
                PlacedGlyph(font, g, shaped.pen[i] - origin + g.x_offset * scale, g.y_offset * scale)
            )
        return tuple(placed)


def clean(text: str) -> str:
    """The text as it should be printed: NFC, no zero-width characters, tabs as spaces."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text.translate(INVISIBLE).replace("\t", TAB_SPACES)


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Mc", "Me") or "\ufe00" <= char <= "\ufe0f"


def _runs(text: str, face: Face) -> list[tuple[int, int, GlyphFont, bool]]:
    """(start, end, font, replaced) runs; a mark stays in the run of its base character."""
    if text and face.primary.covers(text):  # nearly always: one run, no per-character work
        return [(0, len(text), face.primary, False)]
    runs: list[tuple[int, int, GlyphFont, bool]] = []
    for i, char in enumerate(text):
        if i and _is_mark(char):
            choice = runs[-1][2:]
        elif char.isspace() or face.primary.has_char(char):
            choice = (face.primary, False)
        elif face.fallback.has_char(char):
            choice = (face.fallback, False)
        else:
            choice = (face.fallback, True)
        if runs and runs[-1][2:] == choice and not choice[1]:
            runs[-1] = (runs[-1][0], i + 1, *choice)
        else:
            runs.append((i, i + 1, *choice))
    return runs


class ShapedText:
    """One line of source text (no newline) shaped once, measured for any break."""

    def __init__(self, text: str, face: Face, size: float):
        self.text = text
        self.size = size
        glyphs: list[tuple[GlyphFont, Glyph]] = []
        for start, end, font, replaced in _runs(text, face):
            if replaced:
                for g in font.shape(REPLACEMENT):
                    glyphs.append(
                        (font, Glyph(g.gid, text[start:end], start, g.advance, 0, 0, pdf_width=g.pdf_width))
                    )
                continue
            shaped = font.shape(text[start:end])
            if start == 0:  # the usual case, one run: clusters already count from 0
                glyphs += [(font, g) for g in shaped]
                continue
            glyphs += [
                (
                    font,
                    Glyph(
                        g.gid,
                        g.text,
                        g.cluster + start,
                        g.advance,
                        g.x_offset,
                        g.y_offset,
                        g.actual,
                        g.span,
                        g.pdf_width,
                    ),
                )
                for g in shaped
            ]
        self.glyphs = glyphs
        self.clusters = [g.cluster for _f, g in glyphs]
        self.pen = list(accumulate((g.advance * size / font.units_per_em for font, g in glyphs), initial=0.0))

    def _index(self, pos: int) -> int:
        """Index of the first glyph belonging to characters at or after ``pos``."""
        return bisect_right(self.clusters, pos - 1)

    def width(self, start: int, end: int) -> float:
        return self.pen[self._index(end)] - self.pen[self._index(start)]

    def line(self, start: int, end: int) -> Line:
        while end > start and self.text[end - 1].isspace():
            end -= 1
        first, last = self._index(start), self._index(end)
        return Line(self, first, last, self.pen[last] - self.pen[first], self.text[start:end])


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _break_lines(shaped: ShapedText, width: float) -> list[Line]:
    text, n = shaped.text, len(shaped.text)
    opportunities = break_opportunities(text)
    lines = []
    start = 0  # the office's own indentation ("  ๒.๑" under "๒.") is kept
    while start < n:
        end = n if shaped.width(start, n) <= width else None
        if end is None:
            # Opportunities are sorted and a later break never makes a shorter line, so the
            # fitting ones are a prefix: scan from ``start`` and stop at the first that overflows.
            candidates = opportunities[bisect_right(opportunities, _skip_spaces(text, start)) :]
            fitting = []
            for b in candidates:
                if shaped.width(start, _trim(text, b)) > width:
                    break
                fitting.append(b)
            for b in reversed(fitting):
                if reads_as_word_boundary(text, b):
                    end = b
                    break
            if end is None:
                # A word wider than the column: its dictionary sub-words, else character clusters.
                limit = _window(shaped, start, candidates[0] if candidates else n, width)
                subwords = [p for p in subword_breaks(text, start, limit) if shaped.width(start, p) <= width]
                inside = [p for p in cluster_breaks(text, start, limit) if shaped.width(start, p) <= width]
                end = subwords[-1] if subwords else inside[-1] if inside else _next_cluster(shaped, start)
                line = shaped.line(start, end)
                line.cuts_word = True
                whole = next((b for b in candidates if reads_as_word_boundary(text, b)), n)
                line.needed = shaped.width(start, _trim(text, whole))
                lines.append(line)
                start = _skip_spaces(text, end)
                continue
        lines.append(shaped.line(start, end))
        start = _skip_spaces(text, end)
    return lines or [shaped.line(0, 0)]


def _window(shaped: ShapedText, start: int, limit: int, width: float) -> int:
    """Where to look for a break inside a word wider than the column: the word, or for a
    word many lines long (a pasted run of 100,000 letters) a few lines' worth of it, so
    each line costs the same and the paragraph is laid out in linear time."""
    low, high = start, limit  # the last position that fits, by bisection (widths grow)
    while low < high:
        mid = (low + high + 1) // 2
        if shaped.width(start, mid) <= width:
            low = mid
        else:
            high = mid - 1
    return min(limit, start + 4 * (low - start) + 32)


def _trim(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _next_cluster(shaped: ShapedText, start: int) -> int:
    """At least one whole character cluster (base, marks, following vowels), so a line
    always makes progress without starting the next one on a dependent sign."""
    legal = cluster_breaks(shaped.text, start, len(shaped.text))
    return legal[0] if legal else len(shaped.text)


@lru_cache(maxsize=4096)
def _shaped(paragraph: str, face: Face, size: float) -> ShapedText:
    """Shaping is the costly part of layout; a table measures each cell at several widths."""
    return ShapedText(paragraph, face, size)


def layout(text: str, face: Face, size: float, width: float) -> list[Line]:
    """Lines of ``text`` for a column ``width`` points wide; newlines start new lines."""
    lines: list[Line] = []
    for number, paragraph in enumerate(clean(text).split("\n")):
        broken = _break_lines(_shaped(paragraph, face, size), width)
        if number:
            broken[0].opens_paragraph = True
        lines += broken
    return lines


def widest_word(text: str, face: Face, size: float) -> float:
    """The width of the widest piece of ``text`` no line may break: a column this wide
    (plus padding) sets it without a single last-resort break."""
    widest = 0.0
    for paragraph in clean(text).split("\n"):
        shaped = _shaped(paragraph, face, size)
        start = _skip_spaces(paragraph, 0)
        for b in (*break_opportunities(paragraph), len(paragraph)):
            if b < len(paragraph) and not reads_as_word_boundary(paragraph, b):
                continue
            widest = max(widest, shaped.width(start, _trim(paragraph, b)))
            start = b
    return widest


def two_line_width(text: str, face: Face, size: float) -> float:
    """The narrowest column that sets one line of ``text`` in at most two lines (a table
    header such as ระยะเวลาใน|การดำเนินการ rather than ระยะเวลาใน|การ|ดำเนินการ)."""
    paragraph = clean(text).split("\n")[0]
    shaped = _shaped(paragraph, face, size)
    n, best = len(paragraph), shaped.width(0, len(paragraph))
    for b in break_opportunities(paragraph):
        if reads_as_word_boundary(paragraph, b):
            best = min(best, max(shaped.width(0, _trim(paragraph, b)), shaped.width(b, n)))
    return best


def natural_width(text: str, face: Face, size: float) -> float:
    return max(_shaped(p, face, size).pen[-1] for p in clean(text).split("\n"))


def ink_box(line: Line, size: float) -> tuple[float, float, float, float] | None:
    """Where a line's glyphs put ink, in points from its start on the baseline, y up:
    (left, bottom, right, top) over every glyph as drawn (marks at their stacked height);
    None for a line that inks nothing. What must keep clear of rules, bars and lines."""
    boxes = []
    for font, glyph, x, y in line.glyphs:
        left, bottom, right, top = font.ink(glyph.gid)
        if right > left and top > bottom:
            scale = size / font.units_per_em
            boxes.append((x + left * scale, y + bottom * scale, x + right * scale, y + top * scale))
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _actual_text_spans(glyphs: tuple[PlacedGlyph, ...]) -> dict[int, tuple[str, int]]:
    """Glyph index → (source text, glyph count) for the runs to wrap in /ActualText.

    Every base glyph with the marks riding on it, and every cluster HarfBuzz drew as
    several glyphs (ำ around a tone mark): extractors that order glyphs by position
    (poppler) would otherwise read ผ่าน as ผา่น and ตั้ง as ต้ัง.
    """
    spans: dict[int, tuple[str, int]] = {}
    i, n = 0, len(glyphs)
    while i < n:
        end, j = i + 1, i
        while j < end:  # grow over marks and over every multi-glyph cluster met
            g = glyphs[j].glyph
            if g.actual:
                end = max(end, j + g.span)
            j += 1
            while end < n and end == j and glyphs[end].glyph.advance == 0:
                end += 1
        if end - i >= 2:
            text, j = "", i
            while j < end:
                g = glyphs[j].glyph
                text += g.actual or g.text
                j += g.span if g.actual else 1
            spans[i] = (text, end - i)
        i = end
    return spans


def draw_line(canvas, line: Line, x: float, y: float, size: float) -> None:
    """Write one line's glyphs at baseline (x, y) as PDF text operators.

    Each glyph goes exactly where HarfBuzz put it: horizontal corrections as TJ
    adjustments, vertical offsets of marks as text rise (Ts); a cluster drawn as several
    glyphs is wrapped in /ActualText so it copies out as typed.
    """
    glyphs = line.glyphs
    if not glyphs:
        return
    doc = canvas._doc
    ops = ["BT", f"1 0 0 1 {x:.3f} {y:.3f} Tm"]
    current_font, current_rise, pen = None, 0.0, 0.0
    tj: list[str] = []
    to_text_space = 1000 / size

    def flush() -> None:
        if tj:
            ops.append("[" + "".join(tj) + "] TJ")
            tj.clear()

    spans = _actual_text_spans(glyphs)
    open_span = 0
    for index, (font, glyph, gx, gy) in enumerate(glyphs):
        if index in spans and not open_span:
            flush()
            actual, open_span = spans[index]
            ops.append(f"/Span <</ActualText <FEFF{actual.encode('utf-16-be').hex().upper()}>>> BDC")
        subset, code = font.encode(doc, glyph)
        name = font.subset_name(subset, doc)
        if name != current_font:
            flush()
            ops.append(f"{name} {size:g} Tf")
            current_font = name
        if abs(gy - current_rise) > 1e-3:
            flush()
            ops.append(f"{gy:.3f} Ts")
            current_rise = gy
        gap = gx - pen
        if abs(gap) > 1e-3:
            tj.append(f"{-gap * to_text_space:.2f}")
        tj.append(f"<{code:02X}>")
        pen = gx + glyph.pdf_width / to_text_space
        if open_span:
            open_span -= 1
            if not open_span:
                flush()
                ops.append("EMC")
    flush()
    if open_span:
        ops.append("EMC")
    if current_rise:
        ops.append("0 Ts")
    ops.append("ET")
    canvas._code.append(" ".join(ops))
