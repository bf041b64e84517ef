"""How the window reports a failed edit (a Thai message box; the caller reloads) and the
buttons every dialog ends with.

Store errors already carry a Thai sentence; showing it here keeps every tab's handling the
same and keeps tracebacks away from the user.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget

from itadesk.errors import ITADeskError
from itadesk.messages import localize
from itadesk.ui.i18n import tr

T = TypeVar("T")


def attempt(parent: QWidget, action: Callable[[], T], title: str = "บันทึกไม่สำเร็จ") -> tuple[T | None, bool]:
    """Run ``action``; on a user-facing error show it and return (None, False)."""
    try:
        return action(), True
    except (ITADeskError, ValueError) as exc:
        QMessageBox.warning(parent, tr(title), localize(str(exc)))
        return None, False


def save_cancel_buttons(dialog: QDialog) -> tuple[QDialogButtonBox, QLabel]:
    """The Thai บันทึก / ยกเลิก buttons wired to the dialog, and a red line for what is
    missing, which the dialog's ``accept`` fills instead of closing."""
    error_label = QLabel()
    error_label.setStyleSheet("color: #b00020")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("บันทึก"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("ยกเลิก"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, error_label
