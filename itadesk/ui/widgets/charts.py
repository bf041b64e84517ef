"""Charts in the window, painted with QPainter (the Essentials wheel has no Qt Charts):
the ten indicators against the pass line with last year's bars beside them, the total over
the years held, and the share of OIT items done per sub-indicator. They draw the same
figures (``itadesk.figures``) as the analysis report."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from itadesk.figures import GroupProgress, YearTotal
from itadesk.thai import format_number
from itadesk.ui.i18n import tr

CURRENT = QColor("#2e5c9e")
PREVIOUS = QColor("#b3c2db")
PASS_LINE = QColor("#bf1a1a")
GRID = QColor("#d9d9d9")
TEXT = QColor("#222222")
DONE = QColor("#2f8f4e")


def _score(value: float) -> str:
    return format_number(value, 2, thai=False)


class Chart(QWidget):
    """Common frame: a plot area with a 0–100 scale and a title line."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(480, 240)

    def plot_rect(self, left: int = 34, bottom: int = 36) -> QRectF:
        line = self.fontMetrics().height()
        return QRectF(left, line + 8, self.width() - left - 10, self.height() - line - 8 - bottom)

    def draw_scale(self, painter: QPainter, plot: QRectF) -> None:
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(0, 2, self.width(), self.fontMetrics().height()), Qt.AlignmentFlag.AlignHCenter, self.title
        )
        for tick in range(0, 101, 20):
            y = plot.bottom() - plot.height() * tick / 100
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(0, y - 8, plot.left() - 4, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(tick),
            )

    def begin(self) -> tuple[QPainter, QRectF]:
        """A painter on the widget and the plot area, its 0–100 scale and title drawn."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self.plot_rect()
        self.draw_scale(painter, plot)
        return painter, plot

    def draw_pass_line(self, painter: QPainter, plot: QRectF, pass_mark: float) -> float:
        y = self.y_of(plot, pass_mark)
        painter.setPen(QPen(PASS_LINE, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
        return y

    def y_of(self, plot: QRectF, value: float) -> float:
        return plot.bottom() - plot.height() * max(0.0, min(100.0, value)) / 100


class IndicatorChart(Chart):
    """The ten indicator scores of a year beside last year's, with the pass line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("คะแนนรายตัวชี้วัดเทียบกับปีก่อน"), parent)
        self.current: Mapping[int, float | None] = {}
        self.previous: Mapping[int, float | None] = {}
        self.pass_mark = 85.0
        self.labels = (tr("ปีก่อน"), tr("ปีนี้"))

    def set_data(self, current, previous, pass_mark: float, labels: tuple[str, str]) -> None:
        self.current, self.previous, self.pass_mark, self.labels = current, previous, pass_mark, labels
        self.setToolTip(
            "\n".join(
                tr("ตัวชี้วัดที่ {0}: {1}").format(n, _score(v) if v is not None else "–")
                + (tr(" (ปีก่อน {0})").format(_score(p)) if (p := previous.get(n)) is not None else "")
                for n, v in sorted(current.items())
            )
        )
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        painter, plot = self.begin()
        numbers = sorted(set(self.current) | set(self.previous)) or list(range(1, 11))
        slot = plot.width() / len(numbers)
        bar = slot * 0.34
        for i, number in enumerate(numbers):
            x = plot.left() + i * slot + slot / 2
            for value, color, dx in (
                (self.previous.get(number), PREVIOUS, -bar),
                (self.current.get(number), CURRENT, 0),
            ):
                if value is not None:
                    top = self.y_of(plot, value)
                    painter.fillRect(QRectF(x + dx, top, bar, plot.bottom() - top), color)
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(x - slot / 2, plot.bottom() + 2, slot, 16), Qt.AlignmentFlag.AlignHCenter, str(number)
            )
        y = self.draw_pass_line(painter, plot, self.pass_mark)
        label = tr("เกณฑ์ผ่าน {0:g}").format(self.pass_mark)
        box = QRectF(plot.right() - self.fontMetrics().horizontalAdvance(label) - 8, y - 19, 0, 17)
        box.setRight(plot.right())
        painter.fillRect(box, QColor(255, 255, 255, 220))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        legend_y = self.height() - 16
        for offset, (color, label) in enumerate(((PREVIOUS, self.labels[0]), (CURRENT, self.labels[1]))):
            x = plot.left() + offset * 120
            painter.fillRect(QRectF(x, legend_y + 3, 10, 10), color)
            painter.setPen(TEXT)
            painter.drawText(QRectF(x + 14, legend_y, 100, 16), Qt.AlignmentFlag.AlignLeft, label)
        painter.end()


class TrendChart(Chart):
    """The total of every year that has one (announced, or computed from the weights)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("คะแนนรวมรายปี"), parent)
        self.points: Sequence[YearTotal] = ()
        self.pass_mark = 85.0

    def set_data(self, points: Sequence[YearTotal], pass_mark: float) -> None:
        self.points, self.pass_mark = points, pass_mark
        self.setToolTip(
            "\n".join(
                tr("ปี {0}: {1}").format(p.year, _score(p.total)) + ("" if p.official else tr(" (คำนวณ)"))
                for p in points
            )
            or tr("ยังไม่มีคะแนนรวมของปีใด")
        )
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        painter, plot = self.begin()
        self.draw_pass_line(painter, plot, self.pass_mark)
        if not self.points:
            painter.setPen(TEXT)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, tr("ยังไม่มีคะแนนรวมของปีใด"))
            painter.end()
            return
        slot = plot.width() / len(self.points)
        positions = []
        for i, point in enumerate(self.points):
            x = plot.left() + i * slot + slot / 2
            positions.append((x, self.y_of(plot, point.total)))
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(x - slot / 2, plot.bottom() + 2, slot, 16),
                Qt.AlignmentFlag.AlignHCenter,
                str(point.year),
            )
        painter.setPen(QPen(CURRENT, 2))
        for (x1, y1), (x2, y2) in zip(positions, positions[1:], strict=False):
            painter.drawLine(int(x1), int(y1), int(x2), int(y2))
        for (x, y_point), point in zip(positions, self.points, strict=True):
            painter.setBrush(CURRENT if point.official else QColor("white"))
            painter.setPen(QPen(CURRENT, 2))
            painter.drawEllipse(QRectF(x - 4, y_point - 4, 8, 8))
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(x - 40, y_point - 22, 80, 16), Qt.AlignmentFlag.AlignHCenter, _score(point.total)
            )
        painter.end()


class ProgressChart(Chart):
    """Per sub-indicator, the share of its OIT items done (horizontal bars)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("ความก้าวหน้ารายตัวชี้วัดย่อย"), parent)
        self.groups: Sequence[GroupProgress] = ()

    def set_data(self, groups: Sequence[GroupProgress]) -> None:
        self.groups = groups
        self.setMinimumHeight(28 + 22 * max(1, len(groups)))
        self.setToolTip(
            "\n".join(tr("{0} {1}: {2}/{3} ข้อ").format(g.code, g.name, g.done, g.total) for g in groups)
        )
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        line = self.fontMetrics().height()
        painter.setPen(TEXT)
        painter.drawText(QRectF(0, 2, self.width(), line), Qt.AlignmentFlag.AlignHCenter, self.title)
        label_width = min(260, self.width() // 3)
        top = line + 8
        row = max(18.0, (self.height() - top - 4) / max(1, len(self.groups)))
        for i, group in enumerate(self.groups):
            y = top + i * row
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(0, y, label_width - 6, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.fontMetrics().elidedText(
                    f"{group.code} {group.name}", Qt.TextElideMode.ElideRight, label_width - 6
                ),
            )
            full = self.width() - label_width - 70
            painter.fillRect(QRectF(label_width, y + 3, full, row - 6), GRID)
            painter.fillRect(QRectF(label_width, y + 3, full * group.percent / 100, row - 6), DONE)
            painter.drawText(
                QRectF(label_width + full + 4, y, 66, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{group.done}/{group.total}",
            )
        painter.end()
