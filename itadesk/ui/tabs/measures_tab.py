"""มาตรการ: the measures table of a year — add, edit, delete, reorder.

Cells edit in place (multi-line text in a text box that grows; status and round from a
list); the full editor opens with Enter or the แก้ไข button. Deletes ask first and leave a
tombstone. The round filter shows the six-month or the full-year measures only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itadesk.db import Store
from itadesk.filters import MeasureFilter, responsible_units
from itadesk.records import ROUND_LABELS, STATUS_LABELS
from itadesk.ui.dialogs.measure_dialog import MeasureDialog
from itadesk.ui.feedback import attempt
from itadesk.ui.i18n import count_text, tr
from itadesk.ui.tabs.measures_model import (
    COL_INDICATORS,
    COL_NUMBER,
    COL_PERIOD,
    COL_RESPONSIBLE,
    COL_ROUND,
    COL_STATUS,
    COL_TITLE,
    MeasuresModel,
)
from itadesk.ui.tabs.year_tab import YearTab

COLUMN_WIDTHS = {
    COL_NUMBER: 52,
    COL_TITLE: 240,
    COL_PERIOD: 140,
    COL_RESPONSIBLE: 170,
    COL_INDICATORS: 80,
    COL_STATUS: 150,
    COL_ROUND: 110,
}
DEFAULT_WIDTH = 220
CHOICES = {COL_STATUS: STATUS_LABELS, COL_ROUND: ROUND_LABELS}


CELL_PADDING = 4
"""Space Qt's item view leaves above and below a cell's text."""


def whole_lines_height(height: int, line: int) -> int:
    """The part of a cell of ``height`` pixels that holds whole lines of text."""
    lines = max(1, (height - CELL_PADDING) // line)
    return min(height, lines * line + CELL_PADDING)


class MeasureDelegate(QStyledItemDelegate):
    """A multi-line text box for text cells, a list for status and round."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index) -> QWidget:  # noqa: N802
        if index.column() in CHOICES:
            combo = QComboBox(parent)
            for key, label in CHOICES[index.column()].items():
                combo.addItem(tr(label), key)
            return combo
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        return editor

    def setEditorData(self, editor: QWidget, index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        else:
            editor.setPlainText(value or "")

    def setModelData(self, editor: QWidget, model, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            model.setData(index, editor.toPlainText())

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        """The row's background over the whole cell, the text over whole lines only: a
        long cell ends on its elided last line, with no half-cut line below it."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        opt.rect.setHeight(whole_lines_height(opt.rect.height(), opt.fontMetrics.lineSpacing()))
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index) -> None:  # noqa: N802
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):
            rect.setHeight(max(rect.height(), 140))
        editor.setGeometry(rect)


class MeasuresTab(YearTab):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(store, parent)
        self.model = MeasuresModel(store, self)
        self.model.saved.connect(self._after_save)
        self.model.failed.connect(lambda message: QMessageBox.warning(self, tr("บันทึกไม่สำเร็จ"), message))

        self.round_combo = QComboBox()
        self.round_combo.addItem(tr("ทุกรอบ"), None)
        for key, label in ROUND_LABELS.items():
            self.round_combo.addItem(tr(label), key)
        self.round_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(tr("ค้นหามาตรการ… (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self.apply_filter())
        self.indicator_combo = QComboBox()
        self.indicator_combo.addItem(tr("ทุกตัวชี้วัด"), None)
        for number in range(1, 11):
            self.indicator_combo.addItem(tr("ตัวชี้วัดที่ {0}").format(number), number)
        self.status_combo = QComboBox()
        self.status_combo.addItem(tr("ทุกสถานะ"), None)
        for key, label in STATUS_LABELS.items():
            self.status_combo.addItem(tr(label), key)
        self.responsible_combo = QComboBox()
        self.responsible_combo.setMinimumContentsLength(12)
        for combo in (self.indicator_combo, self.status_combo, self.responsible_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(lambda: (self.search_edit.setFocus(), self.search_edit.selectAll()))
        self.add_button = QPushButton(tr("เพิ่มมาตรการ"))
        self.add_button.setToolTip(tr("เพิ่มมาตรการ (Ctrl+N)"))
        self.edit_button = QPushButton(tr("แก้ไข…"))
        self.edit_button.setToolTip(tr("เปิดหน้าต่างแก้ไขมาตรการที่เลือก (Enter)"))
        self.delete_button = QPushButton(tr("ลบ"))
        self.delete_button.setToolTip(tr("ลบมาตรการที่เลือก (Delete)"))
        self.up_button = QPushButton(tr("▲ เลื่อนขึ้น"))
        self.up_button.setToolTip(tr("เลื่อนขึ้น (Ctrl+↑)"))
        self.down_button = QPushButton(tr("▼ เลื่อนลง"))
        self.down_button.setToolTip(tr("เลื่อนลง (Ctrl+↓)"))
        self.count_label = QLabel()
        self.add_button.clicked.connect(self.add_measure)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(MeasureDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.verticalHeader().setVisible(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        # Rows take the height of their text as they come into view (at most 170 px): sizing
        # every row up front costs seconds with thousands of measures.
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        rows.setMaximumSectionSize(170)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)
        self._sized_rows: set[int] = set()
        self.view.verticalScrollBar().valueChanged.connect(lambda _v: self._size_visible_rows())
        self.model.modelReset.connect(self._rows_reset)
        self.model.dataChanged.connect(
            lambda first, last, *_: self._resize_rows(range(first.row(), last.row() + 1))
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col in range(self.model.columnCount()):
            header.resizeSection(col, COLUMN_WIDTHS.get(col, DEFAULT_WIDTH))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        for keys, slot in (
            ("Return", self.edit_selected),
            ("Delete", self.delete_selected),
            ("Ctrl+Up", lambda: self.move_selected(-1)),
            ("Ctrl+Down", lambda: self.move_selected(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        for combo in (self.round_combo, self.indicator_combo, self.status_combo, self.responsible_combo):
            filters.addWidget(combo, 1)
        filters.addWidget(self.count_label)
        bar = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)

    # -- loading ---------------------------------------------------------------------------

    def current_filter(self) -> MeasureFilter:
        return MeasureFilter(
            text=self.search_edit.text(),
            indicator=self.indicator_combo.currentData(),
            status=self.status_combo.currentData(),
            responsible=self.responsible_combo.currentData(),
            round=self.round_combo.currentData(),
        )

    def reload(self, select_id: str | None = None) -> None:
        if select_id is None and self.selected_measure() is not None:
            select_id = self.selected_measure().id
        self.model.load(self.year, self.current_filter())
        self._fill_responsible()
        self._after_filter(select_id)

    def apply_filter(self) -> None:
        """Narrow the table as the user types or picks; no database read."""
        selected = self.selected_measure()
        self.model.set_filter(self.current_filter())
        self._after_filter(selected.id if selected else None)

    def _fill_responsible(self) -> None:
        current = self.responsible_combo.currentData()
        self.responsible_combo.blockSignals(True)
        self.responsible_combo.clear()
        self.responsible_combo.addItem(tr("ทุกผู้รับผิดชอบ"), None)
        for unit in responsible_units(m.responsible for m in self.model.all_measures):
            self.responsible_combo.addItem(unit, unit)
        self.responsible_combo.setCurrentIndex(max(0, self.responsible_combo.findData(current)))
        self.responsible_combo.blockSignals(False)

    def _after_filter(self, select_id: str | None) -> None:
        shown, total = self.model.rowCount(), self.model.total
        narrowed = shown != total or self.current_filter().active and self.round_combo.currentData() is None
        self.count_label.setText(
            tr("แสดง {0} จาก {1} มาตรการ").format(count_text(shown), count_text(total))
            if narrowed
            else tr("{0} มาตรการ").format(count_text(total))
        )
        if select_id is not None:
            try:
                self.view.selectRow(self.model.row_of(select_id))
            except StopIteration:
                pass
        self._update_buttons()

    def clear_filter(self) -> None:
        for widget in (self.round_combo, self.indicator_combo, self.status_combo, self.responsible_combo):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.apply_filter()

    def selected_measure(self):
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.measure_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        selected = self.selected_measure() is not None
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(selected)
        # Order is kept across all measures, so moving is offered only when all are shown.
        movable = selected and not self.current_filter().active
        for button in (self.up_button, self.down_button):
            button.setEnabled(movable)

    def _after_save(self) -> None:
        self.edited.emit()

    def _rows_reset(self) -> None:
        self._sized_rows.clear()
        self._size_visible_rows()

    def _resize_rows(self, rows) -> None:
        for row in rows:
            self.view.resizeRowToContents(row)
            self._sized_rows.add(row)

    def _size_visible_rows(self) -> None:
        """Fit the rows on screen (and a screenful below) to their text, once each."""
        count = self.model.rowCount()
        if not count:
            return
        first = max(self.view.rowAt(0), 0)
        last = self.view.rowAt(self.view.viewport().height())
        last = count - 1 if last < 0 else last
        span = last - first + 1
        self._resize_rows(r for r in range(first, min(count, last + span + 1)) if r not in self._sized_rows)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._size_visible_rows()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._size_visible_rows()

    # -- actions ---------------------------------------------------------------------------

    def add_measure(self) -> None:
        values, accepted = MeasureDialog.edit(self, self.store.framework(self.year))
        if not accepted:
            return
        if self.current_filter().active:  # the new measure must be visible: show all
            self.clear_filter()
        measure, ok = attempt(self, lambda: self.store.add_measure(self.year, **values))
        if ok:
            self.edited.emit()
            self.reload(select_id=measure.id)

    def edit_selected(self) -> None:
        measure = self.selected_measure()
        if measure is None:
            return
        values, accepted = MeasureDialog.edit(self, self.store.framework(self.year), measure)
        if not accepted:
            return
        _, ok = attempt(self, lambda: self.store.update_measure(measure.id, **values))
        if ok:
            self.edited.emit()
        self.reload(select_id=measure.id)

    def delete_selected(self) -> None:
        measure = self.selected_measure()
        if measure is None:
            return
        title = measure.title.strip().splitlines()[0][:80] if measure.title.strip() else tr("(ไม่มีชื่อ)")
        answer = QMessageBox.question(
            self,
            tr("ลบมาตรการ"),
            tr("ลบมาตรการ “{0}” หรือไม่?\nประวัติการแก้ไขยังคงอยู่ในบันทึกการเปลี่ยนแปลง").format(title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        _, ok = attempt(self, lambda: self.store.delete_measure(measure.id))
        if ok:
            self.edited.emit()
        self.reload()

    def move_selected(self, offset: int) -> None:
        measure = self.selected_measure()
        if measure is None or self.current_filter().active:
            return
        moved, ok = attempt(self, lambda: self.store.move_measure(measure.id, offset))
        if ok and moved:
            self.edited.emit()
        self.reload(select_id=measure.id)
