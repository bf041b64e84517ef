"""Importing measures from Excel or CSV: which column is which field, with a preview.

The mapping starts from what the office chose last time for the same headers, else from the
headers' Thai words; the preview shows the measures as they will be added, and the count
updates as the mapping changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itadesk.db import Store
from itadesk.errors import Cancelled
from itadesk.records import MEASURE_FIELD_LABELS
from itadesk.spreadsheets import (
    IGNORE,
    SpreadsheetError,
    Table,
    guess_mapping,
    import_measures,
    measures_from_table,
    read_table,
    remembered_mapping,
)
from itadesk.ui.editing import ConfirmingDialog
from itadesk.ui.feedback import attempt, save_cancel_buttons
from itadesk.ui.i18n import DATA, tr
from itadesk.ui.widgets.progress import ProgressReporter

PREVIEW_ROWS = 8
PREVIEW_FIELDS = ("title", "steps", "responsible", "period")


class ImportDialog(ConfirmingDialog):
    def __init__(self, store: Store, year: int, table: Table, source: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.year, self.table = store, year, table
        self.setWindowTitle(tr("นำเข้ามาตรการจาก {0} (ปี {1})").format(source.name, year))
        self.resize(980, 640)
        guessed = guess_mapping(table.headers, remembered_mapping(store))
        self.combos: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(tr("คอลัมน์ในไฟล์ → ช่องของมาตรการ"))
        form = QFormLayout(mapping_box)
        for header in table.headers:
            combo = QComboBox()
            combo.addItem(tr("(ไม่นำเข้า)"), IGNORE)
            for field, label in MEASURE_FIELD_LABELS.items():
                combo.addItem(tr(label), field)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(header, IGNORE))))
            combo.currentIndexChanged.connect(self._preview)
            caption = QLabel(header)
            caption.setObjectName(DATA)  # the file's own column header
            form.addRow(caption, combo)
            self.combos[header] = combo
        self.count_label = QLabel()
        self.encoding_label = QLabel(
            tr("อ่านไฟล์เป็น: {0} — ถ้าตัวอักษรในตัวอย่างเพี้ยน โปรดบันทึกจาก Excel เป็น “CSV UTF-8” แล้วนำเข้าใหม่").format(
                table.encoding
            )
            if source.suffix.lower() == ".csv"
            else tr("อ่านไฟล์เป็น: {0}").format(table.encoding)
        )
        self.encoding_label.setWordWrap(True)
        self.preview = QTableWidget(0, len(PREVIEW_FIELDS))
        self.preview.setHorizontalHeaderLabels([tr(MEASURE_FIELD_LABELS[f]) for f in PREVIEW_FIELDS])
        self.preview.horizontalHeader().setStretchLastSection(True)
        buttons, self.error_label = save_cancel_buttons(self)
        buttons.buttons()[0].setText(tr("นำเข้า"))
        layout = QVBoxLayout(self)
        layout.addWidget(mapping_box)
        layout.addWidget(self.encoding_label)
        layout.addWidget(self.count_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._preview()
        self._opened_with = self.mapping()

    def has_changes(self) -> bool:
        """The user changed the mapping ITADesk guessed."""
        return self.mapping() != self._opened_with

    def mapping(self) -> dict[str, str]:
        return {header: combo.currentData() for header, combo in self.combos.items()}

    def _preview(self) -> None:
        try:
            measures = measures_from_table(self.table, self.mapping())
            self.error_label.clear()
        except SpreadsheetError as exc:
            measures = []
            self.error_label.setText(str(exc))
        self.count_label.setText(tr("จะเพิ่มมาตรการ {0} รายการในปี {1}").format(len(measures), self.year))
        self.preview.setRowCount(min(len(measures), PREVIEW_ROWS))
        for row, measure in enumerate(measures[:PREVIEW_ROWS]):
            for column, field in enumerate(PREVIEW_FIELDS):
                self.preview.setItem(row, column, QTableWidgetItem(str(measure.get(field, ""))))

    def accept(self) -> None:
        progress = ProgressReporter(self, tr("กำลังนำเข้ามาตรการ…"))
        try:
            count, ok = attempt(
                self,
                lambda: import_measures(self.store, self.year, self.table, self.mapping(), progress),
                tr("นำเข้าไม่สำเร็จ"),
            )
        except Cancelled:
            self.error_label.setText(tr("ยกเลิกการนำเข้าแล้ว ไม่มีมาตรการใดถูกเพิ่ม"))
            return
        finally:
            progress.close()
        if ok:
            self.imported = count
            super().accept()


def import_from_file(parent: QWidget, store: Store, year: int, path: str | None = None) -> int | None:
    """Ask for a file, show the mapping, import; the number of measures added, or None."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent, tr("นำเข้ามาตรการจาก Excel หรือ CSV"), "", tr("ตาราง (*.xlsx *.csv);;ทุกไฟล์ (*)")
        )
        if not path:
            return None
    progress = ProgressReporter(parent, tr("กำลังอ่าน {0}…").format(Path(path).name))
    try:
        table, ok = attempt(parent, lambda: read_table(path, progress), tr("อ่านไฟล์ไม่สำเร็จ"))
    except Cancelled:
        return None
    finally:
        progress.close()
    if not ok or table is None:
        return None
    dialog = ImportDialog(store, year, table, Path(path), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.imported
