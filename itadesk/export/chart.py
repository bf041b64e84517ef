"""A bar chart of the ten indicator scores with the pass line, drawn with ReportLab's
canvas and labelled through the Thai typesetting layer (so its labels extract as text)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.lib.colors import Color, black
from reportlab.platypus import Flowable

from itadesk.export import fonts
from itadesk.export.common import Numbers
from itadesk.export.textlayout import draw_line, layout
from itadesk.figures import GroupProgress, YearTotal

CURRENT = Color(0.18, 0.36, 0.62)
PREVIOUS = Color(0.70, 0.76, 0.86)
PASS_LINE = Color(0.75, 0.1, 0.1)
GRID = Color(0.85, 0.85, 0.85)
DONE = Color(0.18, 0.56, 0.31)


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
            value = self.current.get(number)
            c.setFillColor(black)
            if value is not None:
                self._text(self.numbers.score(value), x + bar / 2, y_of(value) + 2, 7)
            self._text(self.numbers.text(number), x, bottom - 12, 9)
        c.setStrokeColor(PASS_LINE)
        c.setLineWidth(1)
        c.setDash(4, 2)
        c.line(left, y_of(self.pass_mark), left + plot_w, y_of(self.pass_mark))
        c.setDash()
        c.setFillColor(PASS_LINE)
        self._text(
            f"เกณฑ์ผ่าน {self.numbers.text(int(self.pass_mark))} คะแนน",
            left + plot_w,
            y_of(self.pass_mark) + 3,
            8,
            "right",
        )
        # legend
        c.setFillColor(PREVIOUS)
        c.rect(left, 4, 10, 8, stroke=0, fill=1)
        c.setFillColor(black)
        self._text(self.labels[0], left + 14, 5, 8.5, "left")
        c.setFillColor(CURRENT)
        c.rect(left + 110, 4, 10, 8, stroke=0, fill=1)
        c.setFillColor(black)
        self._text(self.labels[1], left + 124, 5, 8.5, "left")
        self._text("ตัวชี้วัดที่", left + plot_w, 5, 8.5, "right")


class TrendChart(_Figure):
    """The total of each year held, with the pass line (hollow points: computed totals)."""

    def __init__(
        self, points: Sequence[YearTotal], *, pass_mark: float, numbers: Numbers, height: float = 170
    ):
        super().__init__(numbers, height)
        self.points, self.pass_mark = points, pass_mark

    def draw(self) -> None:
        c = self.canv
        left, bottom = 34, 22
        plot_w, y_of = self._scale(left, bottom, self.height - 14)
        c.setStrokeColor(PASS_LINE)
        c.setLineWidth(1)
        c.setDash(4, 2)
        c.line(left, y_of(self.pass_mark), left + plot_w, y_of(self.pass_mark))
        c.setDash()
        slot = plot_w / max(1, len(self.points))
        xy = [(left + i * slot + slot / 2, y_of(p.total)) for i, p in enumerate(self.points)]
        c.setStrokeColor(CURRENT)
        c.setLineWidth(1.5)
        for (x1, y1), (x2, y2) in zip(xy, xy[1:], strict=False):
            c.line(x1, y1, x2, y2)
        for (x, y), point in zip(xy, self.points, strict=True):
            c.setFillColor(CURRENT if point.official else Color(1, 1, 1))
            c.circle(x, y, 3, stroke=1, fill=1)
            c.setFillColor(black)
            self._text(self.numbers.score(point.total), x, y + 6, 8)
            self._text(self.numbers.text(point.year), x, bottom - 14, 9)


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
