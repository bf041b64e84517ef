"""A bar chart of the ten indicator scores with the pass line, drawn with ReportLab's
canvas and labelled through the Thai typesetting layer (so its labels extract as text)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, black
from reportlab.platypus import Flowable

from itadesk.export import fonts
from itadesk.export.common import Numbers
from itadesk.export.textlayout import Line, draw_line, ink_box, layout
from itadesk.figures import GroupProgress, YearTotal

CURRENT = Color(0.18, 0.36, 0.62)
PREVIOUS = Color(0.70, 0.76, 0.86)
PASS_LINE = Color(0.75, 0.1, 0.1)
PASS_WIDTH = 1.0
GRID = Color(0.85, 0.85, 0.85)
DONE = Color(0.18, 0.56, 0.31)
VALUE_SIZE = 7
GAP = 1.5
"""Clear space between a value label's ink and a bar, a point or the pass line."""


@dataclass(frozen=True)
class Box:
    left: float
    bottom: float
    right: float
    top: float

    def overlaps(self, other: Box, margin: float = 0.0) -> bool:
        """Whether the two boxes come closer than ``margin`` (touching counts as apart)."""
        return (
            self.left < other.right + margin
            and other.left < self.right + margin
            and self.bottom < other.top + margin
            and other.bottom < self.top + margin
        )


def _crosses(box: Box, start: tuple[float, float], end: tuple[float, float]) -> bool:
    """Whether the segment from ``start`` to ``end`` passes through ``box`` (Liang–Barsky)."""
    (x1, y1), (x2, y2) = start, end
    dx, dy = x2 - x1, y2 - y1
    low, high = 0.0, 1.0
    for p, q in ((-dx, x1 - box.left), (dx, box.right - x1), (-dy, y1 - box.bottom), (dy, box.top - y1)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


class _Figure(Flowable):
    """A chart flowable of a given height, its labels set through the Thai layer."""

    def __init__(self, numbers: Numbers, height: float):
        super().__init__()
        self.numbers = numbers
        self.chart_height = height

    def wrap(self, avail_width, avail_height):
        self.width = min(avail_width, 520)
        self.height = self.chart_height
        return self.width, self.height

    def _scale(self, left: float, bottom: float, top: float):
        """Draw the 0–100 grid with its labels; return the plot width and the score → y map."""
        plot_w, plot_h = self.width - left - 6, top - bottom

        def y_of(score: float) -> float:
            return bottom + plot_h * score / 100

        c = self.canv
        c.setLineWidth(0.4)
        for tick in range(0, 101, 20):
            c.setStrokeColor(GRID)
            c.line(left, y_of(tick), left + plot_w, y_of(tick))
            c.setFillColor(black)
            self._text(self.numbers.text(tick), left - 4, y_of(tick) - 3, 8, "right")
        return plot_w, y_of

    def _text(self, text: str, x: float, y: float, size: float = 9, align: str = "center") -> None:
        line = layout(text, fonts.face(), size, 1000)[0]
        if align == "center":
            x -= line.width / 2
        elif align == "right":
            x -= line.width
        draw_line(self.canv, line, x, y, size)

    def _pass_line(self, left: float, right: float, y: float) -> None:
        c = self.canv
        c.setStrokeColor(PASS_LINE)
        c.setLineWidth(PASS_WIDTH)
        c.setDash(4, 2)
        c.line(left, y, right, y)
        c.setDash()

    @staticmethod
    def _value(text: str, centre: float) -> tuple[Line, float, tuple[float, float, float, float]]:
        """A value label centred on ``centre``: its line, where it starts, its ink box."""
        line = layout(text, fonts.face(), VALUE_SIZE, 1000)[0]
        ink = ink_box(line, VALUE_SIZE) or (0.0, 0.0, line.width, 0.0)
        return line, centre - line.width / 2, ink

    def _draw_value(self, line: Line, x: float, baseline: float) -> None:
        self.canv.setFillColor(black)
        draw_line(self.canv, line, x, baseline, VALUE_SIZE)


class ScoreChart(_Figure):
    def __init__(
        self,
        current: Mapping[int, float | None],
        previous: Mapping[int, float | None],
        *,
        labels: tuple[str, str],
        pass_mark: float,
        numbers: Numbers,
        height: float = 210,
    ):
        super().__init__(numbers, height)
        self.current, self.previous = current, previous
        self.labels, self.pass_mark = labels, pass_mark

    def draw(self) -> None:
        c = self.canv
        left, bottom = 34, 34
        plot_w, y_of = self._scale(left, bottom, self.height - 22)
        indicators = sorted(set(self.current) | set(self.previous)) or list(range(1, 11))
        slot = plot_w / len(indicators)
        bar = slot * 0.34
        bars, values = [], []
        for i, number in enumerate(indicators):
            x = left + i * slot + slot / 2
            for value, color, dx in (
                (self.previous.get(number), PREVIOUS, -bar),
                (self.current.get(number), CURRENT, 0),
            ):
                if value is None:
                    continue
                c.setFillColor(color)
                c.rect(x + dx, bottom, bar, y_of(value) - bottom, stroke=0, fill=1)
                bars.append(Box(x + dx, bottom, x + dx + bar, y_of(value)))
            value = self.current.get(number)
            if value is not None:
                values.append((self.numbers.score(value), bars[-1]))
            c.setFillColor(black)
            self._text(self.numbers.text(number), x, bottom - 12, 9)
        line_y = y_of(self.pass_mark)
        self._pass_line(left, left + plot_w, line_y)
        band = Box(left, line_y - PASS_WIDTH / 2, left + plot_w, line_y + PASS_WIDTH / 2)
        for text, own in values:
            self._draw_value(*self._above_bars(text, own, bars, band))
        self._legend(left, plot_w)

    def _above_bars(self, text: str, bar: Box, bars: Sequence[Box], band: Box):
        """A bar's value just above it: centred, or starting at the bar's left edge when
        last year's taller bar beside it would otherwise hold it up (whichever sits lower),
        and above the pass line rather than across it."""
        line, centred, (ink_l, ink_b, ink_r, ink_t) = self._value(text, (bar.left + bar.right) / 2)
        placed = []
        for x in (centred, bar.left + GAP - ink_l):
            under = [b for b in bars if b.left < x + ink_r + GAP and x + ink_l - GAP < b.right]
            placed.append((max(b.top for b in (bar, *under)) + GAP - ink_b, x))
        baseline, x = min(placed)
        box = Box(x + ink_l, baseline + ink_b, x + ink_r, baseline + ink_t)
        if box.overlaps(band, GAP):
            baseline = band.top + GAP - ink_b
        return line, x, baseline

    def _legend(self, left: float, plot_w: float) -> None:
        """The two years' colours and the pass line under the plot, where no bar or value
        can meet them (the pass line's label on the line itself would sit over the bars
        of the last indicators)."""
        c = self.canv
        c.setFillColor(PREVIOUS)
        c.rect(left, 4, 10, 8, stroke=0, fill=1)
        c.setFillColor(black)
        self._text(self.labels[0], left + 14, 5, 8.5, "left")
        c.setFillColor(CURRENT)
        c.rect(left + 110, 4, 10, 8, stroke=0, fill=1)
        c.setFillColor(black)
        self._text(self.labels[1], left + 124, 5, 8.5, "left")
        self._pass_line(left + 220, left + 240, 8)
        c.setFillColor(PASS_LINE)
        self._text(f"เกณฑ์ผ่าน {self.numbers.text(int(self.pass_mark))} คะแนน", left + 244, 5, 8.5, "left")
        c.setFillColor(black)
        self._text("ตัวชี้วัดที่", left + plot_w, 5, 8.5, "right")


class TrendChart(_Figure):
    """The total of each year held, with the pass line (hollow points: computed totals)."""

    def __init__(
        self, points: Sequence[YearTotal], *, pass_mark: float, numbers: Numbers, height: float = 170
    ):
        super().__init__(numbers, height)
        self.points, self.pass_mark = points, pass_mark

    RADIUS = 3
    WIDTH = 1.5
    """The trend line's and the points' stroke."""

    def draw(self) -> None:
        c = self.canv
        left, bottom = 34, 22
        plot_w, y_of = self._scale(left, bottom, self.height - 14)
        line_y = y_of(self.pass_mark)
        self._pass_line(left, left + plot_w, line_y)
        band = Box(left, line_y - PASS_WIDTH / 2, left + plot_w, line_y + PASS_WIDTH / 2)
        slot = plot_w / max(1, len(self.points))
        xy = [(left + i * slot + slot / 2, y_of(p.total)) for i, p in enumerate(self.points)]
        segments = list(zip(xy, xy[1:], strict=False))
        c.setStrokeColor(CURRENT)
        c.setLineWidth(self.WIDTH)
        for (x1, y1), (x2, y2) in segments:
            c.line(x1, y1, x2, y2)
        for (x, y), point in zip(xy, self.points, strict=True):
            c.setFillColor(CURRENT if point.official else Color(1, 1, 1))
            c.circle(x, y, self.RADIUS, stroke=1, fill=1)
            value = self.numbers.score(point.total)
            self._draw_value(*self._beside_point(value, x, y, band, segments, y_of(0)))
            self._text(self.numbers.text(point.year), x, bottom - 14, 9)

    def _beside_point(self, text: str, x: float, y: float, band: Box, segments, floor: float):
        """A point's value above it, else below it (never under the plot's floor, where the
        years are, though half a label may sink below it beside a point on the floor, nor
        on the pass line), else to its right or left (in a steep peak or
        valley the line runs through both above and below): the first place the trend line
        does not run through, if there is one."""
        line, start, (ink_l, ink_b, ink_r, ink_t) = self._value(text, x)
        clear = self.RADIUS + self.WIDTH / 2 + GAP
        middle = y - (ink_b + ink_t) / 2
        places = [
            (start, y + clear - ink_b),
            (start, y - clear - ink_t),
            (x + clear - ink_l, middle),
            (x - clear - ink_r, middle),
        ]
        choices = []
        for order, (left, baseline) in enumerate(places):
            box = Box(left + ink_l, baseline + ink_b, left + ink_r, baseline + ink_t)
            blocked = (
                box.overlaps(band, GAP) or box.bottom < floor - VALUE_SIZE / 2 or box.left < band.left - clear
            )
            crossed = any(_crosses(box, a, b) for a, b in segments)
            choices.append((blocked, crossed, order, left, baseline))
        *_rank, left, baseline = min(choices)
        return line, left, baseline


class ProgressChart(_Figure):
    """Per sub-indicator, the share of its OIT items done."""

    def __init__(self, groups: Sequence[GroupProgress], *, numbers: Numbers):
        super().__init__(numbers, 14 + 18 * max(1, len(groups)))
        self.groups = groups

    def draw(self) -> None:
        c = self.canv
        label_w = min(220, self.width * 0.42)
        bar_w = self.width - label_w - 60
        for i, group in enumerate(self.groups):
            y = self.height - 18 * (i + 1)
            c.setFillColor(black)
            self._text(f"{self.numbers.text(group.code)} {group.name}", label_w - 6, y + 3, 8.5, "right")
            c.setFillColor(GRID)
            c.rect(label_w, y, bar_w, 12, stroke=0, fill=1)
            c.setFillColor(DONE)
            c.rect(label_w, y, bar_w * group.percent / 100, 12, stroke=0, fill=1)
            c.setFillColor(black)
            self._text(
                f"{self.numbers.text(group.done)}/{self.numbers.text(group.total)}",
                label_w + bar_w + 4,
                y + 3,
                8.5,
                "left",
            )
