"""How the window reports a failed edit: a Thai message box, and the caller reloads.

Store errors already carry a Thai sentence; showing it here keeps every tab's handling the
same and keeps tracebacks away from the user.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from itadesk.errors import ITADeskError

T = TypeVar("T")


def attempt(parent: QWidget, action: Callable[[], T], title: str = "บันทึกไม่สำเร็จ") -> tuple[T | None, bool]:
    """Run ``action``; on a user-facing error show it and return (None, False)."""
    try:
        return action(), True
    except (ITADeskError, ValueError) as exc:
        QMessageBox.warning(parent, title, str(exc))
        return None, False
