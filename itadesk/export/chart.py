"""A bar chart of the ten indicator scores with the pass line, drawn with ReportLab's
canvas and labelled through the Thai typesetting layer (so its labels extract as text)."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib.colors import Color, black
from reportlab.platypus import Flowable

from itadesk.export import fonts
from itadesk.export.common import Numbers
from itadesk.export.textlayout import draw_line, layout

CURRENT = Color(0.18, 0.36, 0.62)
PREVIOUS = Color(0.70, 0.76, 0.86)
PASS_LINE = Color(0.75, 0.1, 0.1)
GRID = Color(0.85, 0.85, 0.85)


class ScoreChart(Flowable):
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
        super().__init__()
        self.current, self.previous = current, previous
        self.labels, self.pass_mark, self.numbers = labels, pass_mark, numbers
        self.chart_height = height

    def wrap(self, avail_width, avail_height):
        self.width = min(avail_width, 520)
        self.height = self.chart_height
        return self.width, self.height

    def _text(self, text: str, x: float, y: float, size: float = 9, align: str = "center") -> None:
        line = layout(text, fonts.face(), size, 400)[0]
        if align == "center":
            x -= line.width / 2
        elif align == "right":
            x -= line.width
        draw_line(self.canv, line, x, y, size)

    def draw(self) -> None:
        c = self.canv
        left, bottom, top = 34, 34, self.height - 22
        plot_w, plot_h = self.width - left - 6, top - bottom
        indicators = sorted(set(self.current) | set(self.previous)) or list(range(1, 11))

        def y_of(score: float) -> float:
            return bottom + plot_h * score / 100

        c.setLineWidth(0.4)
        for tick in range(0, 101, 20):
            c.setStrokeColor(GRID)
            c.line(left, y_of(tick), left + plot_w, y_of(tick))
            c.setFillColor(black)
            self._text(self.numbers.text(tick), left - 4, y_of(tick) - 3, 8, "right")
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
