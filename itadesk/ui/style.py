"""Colours and small text helpers the tabs share, so pass/fail looks the same everywhere."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor

from itadesk.ui.i18n import tr

PASS_BACKGROUND = QColor("#dff3e3")
FAIL_BACKGROUND = QColor("#fbe0e0")
PASS_TEXT = QColor("#1b6e31")
FAIL_TEXT = QColor("#a3161a")
GROUP_BACKGROUND = QColor("#e8edf5")
MUTED_TEXT = QColor("#5f6670")
FLAGGED_BACKGROUND = QColor("#fff3cd")
"""A row holding a bad stored value (an older ITADesk, a hand edit), shown put right."""


def flagged_note(problems: Sequence[str]) -> str:
    """The tooltip of a flagged row: what was wrong and what to do about it."""
    return "\n".join([tr("ค่าที่บันทึกไว้ไม่ถูกต้อง แสดงค่าที่แก้ไขให้แล้ว (บันทึกใหม่เพื่อแก้ในไฟล์):"), *problems])


def signed(value: float) -> str:
    """A change with its direction: ``▲ +19.37``, ``▼ -12.21``, ``= 0.00``."""
    if value > 0:
        return f"▲ +{value:.2f}"
    if value < 0:
        return f"▼ {value:.2f}"
    return "= 0.00"
