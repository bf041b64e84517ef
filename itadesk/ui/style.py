"""Colours and small text helpers the tabs share, so pass/fail looks the same everywhere."""

from __future__ import annotations

from PySide6.QtGui import QColor

PASS_BACKGROUND = QColor("#dff3e3")
FAIL_BACKGROUND = QColor("#fbe0e0")
PASS_TEXT = QColor("#1b6e31")
FAIL_TEXT = QColor("#a3161a")
GROUP_BACKGROUND = QColor("#e8edf5")
MUTED_TEXT = QColor("#5f6670")


def signed(value: float) -> str:
    """A change with its direction: ``▲ +19.37``, ``▼ -12.21``, ``= 0.00``."""
    if value > 0:
        return f"▲ +{value:.2f}"
    if value < 0:
        return f"▼ {value:.2f}"
    return "= 0.00"
