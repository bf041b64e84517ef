"""What every working tab shares: the store, the fiscal year it shows, and an ``edited``
signal the window turns into "saved at …" in the status bar."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from itadesk.db import Store


class YearTab(QWidget):
    edited = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.year = 0

    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError
