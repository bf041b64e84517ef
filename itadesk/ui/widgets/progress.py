"""Progress for work done on the window's thread (a merge, an import): a dialog that
appears only if the work takes over half a second, and a Cancel that rolls it back.

The work calls the reporter with (done, total) between steps; the reporter keeps the window
painting and raises ``Cancelled`` once the user has pressed ยกเลิก, which the store's
transaction turns into a rollback.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from itadesk.errors import Cancelled
from itadesk.ui.i18n import tr

SHOW_AFTER_MS = 500


class ProgressReporter:
    def __init__(self, parent: QWidget, label: str):
        self.dialog = QProgressDialog(label, tr("ยกเลิก"), 0, 0, parent)
        self.dialog.setWindowTitle("ITADesk")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)

    def __call__(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, done, 1))
        self.dialog.setValue(done)
        QApplication.processEvents()
        if self.dialog.wasCanceled():
            raise Cancelled

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
