"""คะแนนตัวชี้วัด: the ten indicator scores of a year, the official total and the grade.

Scores are typed straight into the table (Thai or Latin digits, two decimals, 0–100) and
saved on Enter. Beside each: pass/fail against the pass mark, last year's score and the
change. Above: the official total the NACC announced, its grade or rating, and the total
the weights give, shown as an estimate.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itadesk import scoring
from itadesk.db import Store
from itadesk.errors import ITADeskError
from itadesk.figures import total_trend
from itadesk.frameworks import TOOLS
from itadesk.thai import format_score
from itadesk.ui.feedback import attempt
from itadesk.ui.i18n import DATA, tr
from itadesk.ui.style import (
    FAIL_BACKGROUND,
    FAIL_TEXT,
    FLAGGED_BACKGROUND,
    GROUP_BACKGROUND,
    MUTED_TEXT,
    PASS_BACKGROUND,
    PASS_TEXT,
    flagged_note,
    signed,
)
from itadesk.ui.tabs.year_tab import YearTab
from itadesk.ui.widgets.charts import IndicatorChart, TrendChart
from itadesk.ui.widgets.text_edit import FieldEdit

TOOL_NAMES = {
    "IIT": "IIT — แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
    "EIT": "EIT — แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
    "OIT": "OIT — แบบตรวจการเปิดเผยข้อมูลสาธารณะ",
}
COL_NAME, COL_WEIGHT, COL_SCORE, COL_RESULT, COL_PREVIOUS, COL_CHANGE = range(6)
INDICATOR_ROLE = Qt.ItemDataRole.UserRole + 1


class ScoreTable(QTableWidget):
    """The score table keyed like a spreadsheet: typing starts editing, Enter commits and
    moves down to the next score, Tab commits and moves right; Tab outside an editor
    leaves the table."""

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None):
        super().__init__(rows, columns, parent)
        self.setTabKeyNavigation(False)

    def next_score_row(self, start: int) -> int:
        """The first row from ``start`` down that holds a score cell (group rows skipped)."""
        for row in range(start, self.rowCount()):
            if self.item(row, COL_SCORE) is not None and self.item(row, COL_SCORE).data(INDICATOR_ROLE):
                return row
        return -1

    def move_down(self) -> None:
        row = self.next_score_row(self.currentRow() + 1)
        if row >= 0:
            self.setCurrentCell(row, COL_SCORE)

    def closeEditor(self, editor: QWidget, hint) -> None:  # noqa: N802 (Qt override)
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter
            self.move_down()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            self.move_down()
            return
        super().keyPressEvent(event)


class ScoresTab(YearTab):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(store, parent)
        self._loading = False

        summary = QGroupBox(tr("ผลการประเมินภาพรวม"))
        form = QFormLayout(summary)
        self.official_edit = FieldEdit()
        self.official_edit.setPlaceholderText(tr("คะแนนที่ ป.ป.ช. ประกาศ เช่น 86.49"))
        self.official_edit.setMaximumWidth(260)
        self.official_edit.editingFinished.connect(self._official_edited)
        self.grade_label = QLabel()
        self.grade_label.setObjectName(DATA)  # the framework's band name
        grade_font = QFont(self.font())
        grade_font.setPointSizeF(grade_font.pointSizeF() * 1.4)
        grade_font.setBold(True)
        self.grade_label.setFont(grade_font)
        self.estimate_label = QLabel()
        self.estimate_label.setWordWrap(True)
        self.tools_label = QLabel()
        form.addRow(tr("คะแนนรวมทางการ"), self.official_edit)
        form.addRow(tr("ระดับผลการประเมิน"), self.grade_label)
        form.addRow(tr("คะแนนรวมคำนวณ"), self.estimate_label)
        form.addRow(tr("คะแนนรายเครื่องมือ"), self.tools_label)

        self.table = ScoreTable(0, 6)
        self.table.setHorizontalHeaderLabels(
            [tr("ตัวชี้วัด"), tr("น้ำหนัก"), tr("คะแนน"), tr("ผล"), tr("ปีก่อน"), tr("เปลี่ยนแปลง")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in (
            (COL_WEIGHT, 80),
            (COL_SCORE, 120),
            (COL_RESULT, 100),
            (COL_PREVIOUS, 110),
            (COL_CHANGE, 130),
        ):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.itemChanged.connect(self._score_edited)

        hint = QLabel(tr("ดับเบิลคลิกหรือพิมพ์ในช่อง “คะแนน” แล้วกด Enter เพื่อบันทึก (ลบค่าให้ว่างหากยังไม่มีคะแนน)"))
        hint.setStyleSheet(f"color: {MUTED_TEXT.name()}")
        hint.setWordWrap(True)

        self.indicator_chart = IndicatorChart()
        self.trend_chart = TrendChart()
        charts = QVBoxLayout()
        charts.addWidget(self.indicator_chart, 3)
        charts.addWidget(self.trend_chart, 2)

        left = QVBoxLayout()
        left.addWidget(summary)
        left.addWidget(self.table, 1)
        left.addWidget(hint)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(charts, 2)
        self.setFocusProxy(self.table)

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the year from the store (a year switch, an undo); the cursor stays on the
        same cell, or starts on the first score."""
        self._loading = True
        row, column = self.table.currentRow(), self.table.currentColumn()
        try:
            self._fill_table()
            if row < 0 or self.table.item(row, COL_SCORE) is None:
                row, column = self.table.next_score_row(0), COL_SCORE
            self.table.setCurrentCell(row, column)
            self._fill_summary()
            self._fill_charts()
        finally:
            self._loading = False

    def _fill_charts(self) -> None:
        framework = self.store.framework(self.year)
        self.indicator_chart.set_data(
            self.store.scores(self.year),
            self.store.scores(self.year - 1),
            framework.pass_mark,
            (tr("ปี {0}").format(self.year - 1), tr("ปี {0}").format(self.year)),
        )
        self.trend_chart.set_data(total_trend(self.store), framework.pass_mark)

    def _fill_table(self) -> None:
        framework = self.store.framework(self.year)
        scores = self.store.scores(self.year)
        previous = self.store.scores(self.year - 1)
        self.table.setRowCount(0)
        self.table.clearSpans()
        self.table.setHorizontalHeaderItem(COL_PREVIOUS, QTableWidgetItem(tr("ปี {0}").format(self.year - 1)))
        for tool in TOOLS:
            row = self.table.rowCount()
            self.table.insertRow(row)
            group = self._readonly(tr(TOOL_NAMES[tool]))
            group.setBackground(GROUP_BACKGROUND)
            bold = group.font()
            bold.setBold(True)
            group.setFont(bold)
            self.table.setItem(row, 0, group)
            self.table.setSpan(row, 0, 1, 6)
            for indicator in framework.indicators_of(tool):
                self._add_indicator_row(
                    framework, indicator, scores.get(indicator.number), previous.get(indicator.number)
                )
                bad = self.store.bad_scores.get(self.year, {}).get(indicator.number)
                if bad:  # a stored 500 is shown as not entered, flagged until a score is typed
                    item = self.table.item(self.table.rowCount() - 1, COL_SCORE)
                    item.setBackground(FLAGGED_BACKGROUND)
                    item.setToolTip(flagged_note([bad]))

    def _add_indicator_row(self, framework, indicator, score, before) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._fill_indicator_row(row, framework, indicator, score, before)

    def _fill_indicator_row(self, row: int, framework, indicator, score, before) -> None:
        self.table.setItem(row, COL_NAME, self._readonly(f"{indicator.number}. {indicator.name}"))
        self.table.setItem(
            row, COL_WEIGHT, self._readonly(f"{indicator.weight:g}%", Qt.AlignmentFlag.AlignCenter)
        )
        # The score cell is kept, not replaced: it may be the one whose editor is committing.
        score_item = self.table.item(row, COL_SCORE)
        if score_item is None:
            score_item = QTableWidgetItem()
            score_item.setData(INDICATOR_ROLE, indicator.number)
            score_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            score_item.setToolTip(tr("คะแนน 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง"))
            self.table.setItem(row, COL_SCORE, score_item)
        score_item.setText(format_score(score) if score is not None else "")
        score_item.setData(Qt.ItemDataRole.BackgroundRole, None)
        result = self._readonly("", Qt.AlignmentFlag.AlignCenter)
        passed = scoring.passes(framework, score)
        if passed is not None:
            result.setText(tr("ผ่าน") if passed else tr("ไม่ผ่าน"))
            result.setForeground(PASS_TEXT if passed else FAIL_TEXT)
            for item in (score_item, result):
                item.setBackground(PASS_BACKGROUND if passed else FAIL_BACKGROUND)
        self.table.setItem(row, COL_RESULT, result)
        self.table.setItem(
            row,
            COL_PREVIOUS,
            self._readonly(format_score(before) if before is not None else "–", Qt.AlignmentFlag.AlignRight),
        )
        change = self._readonly("–", Qt.AlignmentFlag.AlignRight)
        if score is not None and before is not None:
            delta = scoring.round2(score - before)
            change.setText(signed(delta))
            if delta:
                change.setForeground(PASS_TEXT if delta > 0 else FAIL_TEXT)
        self.table.setItem(row, COL_CHANGE, change)

    @staticmethod
    def _readonly(text: str, align: Qt.AlignmentFlag | None = None) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if align is not None:
            item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _fill_summary(self) -> None:
        framework = self.store.framework(self.year)
        scores = self.store.scores(self.year)
        official = self.store.official_total(self.year)
        estimate = scoring.weighted_total(framework, scores)
        tools = scoring.tool_scores(framework, scores)
        self.official_edit.setText(format_score(official) if official is not None else "")

        total = official if official is not None else estimate
        if total is None:
            self.grade_label.setText("–")
            self.grade_label.setStyleSheet("")
        else:
            result = scoring.grade(framework, total, tools)
            text = result.label
            if official is None:
                text += tr(" (จากคะแนนคำนวณ)")
            if not result.tools_known:
                text += " *"
            self.grade_label.setText(text)
            self.grade_label.setStyleSheet(f"color: {(PASS_TEXT if result.passed else FAIL_TEXT).name()}")
            self.grade_label.setToolTip(
                "" if result.tools_known else tr("* ระดับที่สูงกว่านี้ต้องมีคะแนน IIT, EIT และ OIT ครบทุกตัวชี้วัด")
            )

        if estimate is None:
            missing = sum(scores.get(ind.number) is None for ind in framework.indicators)
            self.estimate_label.setText(tr("ยังคำนวณไม่ได้ (ขาดคะแนนอีก {0} ตัวชี้วัด)").format(missing))
        else:
            text = tr("{0} (ประมาณการจากน้ำหนักตัวชี้วัด)").format(format_score(estimate))
            if not framework.weights_verified:
                text += tr(" — น้ำหนักของปีนี้ยังไม่ได้ยืนยัน")
            if official is not None and abs(official - estimate) >= 0.01:
                text += tr(" ต่างจากคะแนนทางการ {0}").format(format_score(abs(official - estimate)))
            self.estimate_label.setText(text)
        self.tools_label.setText("   ".join(f"{tool} {format_score(tools[tool])}" for tool in TOOLS))

    # -- edits -------------------------------------------------------------------------------

    def _score_edited(self, item: QTableWidgetItem) -> None:
        """Save a score as its cell editor commits, then refresh that row, the totals and
        the charts in place: the table is not rebuilt, so the cursor stays where it is."""
        if self._loading or item.column() != COL_SCORE:
            return
        number, text = item.data(INDICATOR_ROLE), item.text()
        year = self.year
        try:
            value = scoring.parse_score(text)
            self.store.set_score(year, number, value)
        except (ITADeskError, ValueError) as exc:
            # Shown once the editor has closed; the cell goes back to the saved score.
            QTimer.singleShot(
                0, lambda message=str(exc): QMessageBox.warning(self, tr("บันทึกไม่สำเร็จ"), message)
            )
            value = self.store.scores(year).get(number)
        self._loading = True
        try:
            self._show_score_row(item.row(), value)
            self._fill_summary()
            self._fill_charts()
        finally:
            self._loading = False
        self.edited.emit()

    def _show_score_row(self, row: int, score: float | None) -> None:
        """One indicator's row after its score changed: the score, pass/fail and change."""
        framework = self.store.framework(self.year)
        number = self.table.item(row, COL_SCORE).data(INDICATOR_ROLE)
        before = self.store.scores(self.year - 1).get(number)
        indicator = next(ind for ind in framework.indicators if ind.number == number)
        self._fill_indicator_row(row, framework, indicator, score, before)

    def _official_edited(self) -> None:
        if self._loading:
            return
        text = self.official_edit.text()
        current = self.store.official_total(self.year)

        def save() -> bool:
            value = scoring.parse_score(text)
            if value == current:
                return False
            self.store.set_official_total(self.year, value)
            return True

        changed, _ok = attempt(self, save)
        if changed:
            self.edited.emit()
        self._loading = True
        try:
            self._fill_summary()
            self._fill_charts()
        finally:
            self._loading = False

    def score_cell(self, indicator: int) -> QTableWidgetItem:
        """The editable score cell of an indicator (used by the window's tests)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_SCORE)
            if item is not None and item.data(INDICATOR_ROLE) == indicator:
                return item
        raise KeyError(indicator)
