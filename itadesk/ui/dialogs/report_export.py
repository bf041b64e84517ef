"""Writing a report from the window: choose the options (PDF, or Word to edit further),
render off the GUI thread with a progress dialog that can cancel, then offer to open the file.

The records are read from the store on the GUI thread (the SQLite connection belongs to
it); only the typesetting, which takes a second or two for a long report, runs on the
worker thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from itadesk.errors import Cancelled, ITADeskError
from itadesk.records import ROUND_LABELS
from itadesk.reporting import (
    REPORT_KINDS,
    ROUND_KINDS,
    WORD_KINDS,
    PreparedReport,
    ReportRequest,
    prepare_report,
    render_report,
)
from itadesk.signing import is_signable, signed_by_default
from itadesk.ui.feedback import save_cancel_buttons
from itadesk.ui.i18n import tr
from itadesk.ui.settings import ui_settings

FORMAT_SETTING = "reports/format"
"""The file format last chosen on this PC (``pdf`` or ``docx``), offered next time."""
SUFFIXES = (".pdf", ".docx")


class ReportOptionsDialog(QDialog):
    def __init__(self, kind: str, year: int, default_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind, self.year = kind, year
        self.setWindowTitle(tr(REPORT_KINDS[kind]))
        form = QFormLayout()
        self.round_combo = QComboBox()
        for key, label in ROUND_LABELS.items():
            self.round_combo.addItem(tr(label), key)
        self.round_combo.setCurrentIndex(self.round_combo.findData("full"))
        if kind in ROUND_KINDS:
            form.addRow(tr("รอบการรายงาน"), self.round_combo)
        self.thai_digits_check = QCheckBox(tr("ใช้เลขไทย (๑๒๓)"))
        self.thai_digits_check.setChecked(True)
        form.addRow(tr("ตัวเลข"), self.thai_digits_check)
        self.signed_check = QCheckBox(tr("พิมพ์ช่องลงชื่อผู้รายงาน ผู้ตรวจสอบ และผู้บริหารท้ายรายงาน"))
        self.signed_check.setChecked(signed_by_default(kind))
        if not is_signable(kind):
            self.signed_check.setEnabled(False)
            self.signed_check.setToolTip(tr("รายงานนี้ไม่มีช่องลงนาม"))
        else:
            self.signed_check.setToolTip(tr("ตั้งชื่อและตำแหน่งได้ที่เมนูแฟ้ม → ผู้ลงนามท้ายรายงาน…"))
        form.addRow(tr("ลงนาม"), self.signed_check)
        self.format_combo = QComboBox()
        self.format_combo.addItem(tr("PDF สำหรับพิมพ์และเผยแพร่"), "pdf")
        self.format_combo.addItem(tr("Word (.docx) สำหรับแก้ไขต่อ"), "docx")
        if kind in WORD_KINDS:
            remembered = str(ui_settings().value(FORMAT_SETTING, "pdf"))
            self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(remembered)))
        else:
            self.format_combo.setEnabled(False)
            self.format_combo.setToolTip(tr("โปสเตอร์พิมพ์ตามแบบที่จัดไว้ จึงบันทึกเป็น PDF เท่านั้น"))
        form.addRow(tr("รูปแบบไฟล์"), self.format_combo)
        self.path_edit = QLineEdit(self._with_suffix(str(default_path)))
        self.format_combo.currentIndexChanged.connect(
            lambda _i: self.path_edit.setText(self._with_suffix(self.path_edit.text().strip()))
        )
        browse = QPushButton(tr("เลือก…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(tr("บันทึกเป็น"), row)
        buttons, self.error_label = save_cancel_buttons(self)
        buttons.button(buttons.StandardButton.Ok).setText(tr("สร้างรายงาน"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def file_format(self) -> str:
        return self.format_combo.currentData()

    def _with_suffix(self, path: str) -> str:
        """``path`` ending in the chosen format's suffix (a .pdf or .docx one replaced)."""
        if not path:
            return path
        suffix = f".{self.file_format()}"
        current = Path(path).suffix
        if current.lower() in SUFFIXES:
            return path[: -len(current)] + suffix
        return path + suffix

    def save_filter(self) -> str:
        return "Word (*.docx)" if self.file_format() == "docx" else "PDF (*.pdf)"

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, tr("บันทึกรายงาน"), self.path_edit.text(), self.save_filter()
        )
        if path:
            self.path_edit.setText(self._with_suffix(path))

    def request(self) -> ReportRequest:
        return ReportRequest(
            kind=self.kind,
            year=self.year,
            round=self.round_combo.currentData(),
            thai_digits=self.thai_digits_check.isChecked(),
            signed=self.signed_check.isChecked() if self.signed_check.isEnabled() else None,
        )

    def out_path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def accept(self) -> None:
        if not self.path_edit.text().strip():
            self.error_label.setText(tr("โปรดระบุไฟล์ที่จะบันทึก"))
            return
        self.path_edit.setText(self._with_suffix(self.path_edit.text().strip()))
        if self.format_combo.isEnabled():
            ui_settings().setValue(FORMAT_SETTING, self.file_format())
        super().accept()


class ReportWorker(QObject):
    page = Signal(int)
    finished = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, prepared: PreparedReport, out: Path):
        super().__init__()
        self.prepared, self.out = prepared, out
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def _progress(self, number: int) -> None:
        if self._cancel:
            raise Cancelled
        self.page.emit(number)

    def run(self) -> None:
        try:
            path = render_report(self.prepared, self.out, self._progress)
        except Cancelled:
            self.cancelled.emit()
        except ITADeskError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug must not kill the thread silently
            self.failed.emit(tr("สร้างรายงานไม่สำเร็จ: {0}").format(exc))
        else:
            self.finished.emit(str(path))


class ReportRunner(QObject):
    """Owns one report run: thread, worker, progress dialog, the final message."""

    done = Signal(str)
    """The report's path, once written."""

    def __init__(self, parent: QWidget, prepared: PreparedReport, out: Path):
        super().__init__(parent)
        self.parent_widget = parent
        self.out = out
        self.thread = QThread(self)
        self.worker = ReportWorker(prepared, out)
        self.worker.moveToThread(self.thread)
        self.progress = QProgressDialog(tr("กำลังจัดหน้ารายงาน…"), tr("ยกเลิก"), 0, 0, parent)
        self.progress.setWindowTitle(tr("สร้างรายงาน"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.worker.cancel)
        self.thread.started.connect(self.worker.run)
        self.worker.page.connect(
            lambda n: self.progress.setLabelText(tr("กำลังจัดหน้ารายงาน… หน้า {0}").format(n))
        )
        for signal in (self.worker.finished, self.worker.failed, self.worker.cancelled):
            signal.connect(self.thread.quit)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self.progress.reset)
        self.thread.finished.connect(self.worker.deleteLater)

    def start(self) -> None:
        self.thread.start()

    def _finished(self, path: str) -> None:
        self.progress.reset()
        self.done.emit(path)
        answer = QMessageBox.question(
            self.parent_widget,
            tr("สร้างรายงานแล้ว"),
            tr("บันทึกรายงานที่\n{0}\n\nเปิดไฟล์เลยหรือไม่?").format(path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _failed(self, message: str) -> None:
        self.progress.reset()
        QMessageBox.warning(self.parent_widget, tr("สร้างรายงานไม่สำเร็จ"), message)


def default_report_path(kind: str, year: int, round_: str = "full") -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
        Path.home()
    )
    suffix = tr("-6เดือน") if kind == "measures" and round_ == "half" else ""
    return Path(folder) / f"ITA-{year}-{kind}{suffix}.pdf"


def export_report(parent: QWidget, store, kind: str, year: int) -> ReportRunner | None:
    """Ask for options, then start writing the report; None if the user cancelled."""
    dialog = ReportOptionsDialog(kind, year, default_report_path(kind, year), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        prepared = prepare_report(store, dialog.request())
    except ITADeskError as exc:
        QMessageBox.warning(parent, tr("สร้างรายงานไม่สำเร็จ"), str(exc))
        return None
    runner = ReportRunner(parent, prepared, dialog.out_path())
    runner.start()
    return runner
