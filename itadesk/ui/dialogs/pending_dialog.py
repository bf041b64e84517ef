"""จากปีก่อน: the office's entries that matched no item of the year's list (a renumbering,
a new year), shown until the clerk puts each on an item or discards it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from itadesk.db import Store
from itadesk.db.relist import assign_pending, propose
from itadesk.ui.dialogs.match_view import DISCARD, KEEP, MatchTable
from itadesk.ui.feedback import attempt
from itadesk.ui.i18n import tr


class PendingDialog(QDialog):
    def __init__(self, store: Store, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.year = store, year
        framework = store.framework(year)
        self.pending = list(framework.carried_over)
        self.setWindowTitle(tr("ข้อมูลจากปีก่อนที่ยังไม่ได้จัดเข้าข้อ (ปี {0})").format(year))
        self.resize(1000, 480)
        intro = QLabel(tr("ข้อมูลเหล่านี้ไม่ตรงกับข้อใดในรายการของปีนี้ เลือกข้อที่จะใส่ หรือเลือก “ทิ้งข้อมูลนี้” แล้วกดบันทึก"))
        intro.setWordWrap(True)
        targets = {item.code: item.title for item in framework.items()}
        self.table = MatchTable(propose(self.pending, targets), targets, allow_discard=True, parent=self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("บันทึก"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("ยกเลิก"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def save(self) -> None:
        def apply() -> None:
            with self.store.batch():
                for row, entry in enumerate(self.pending):
                    choice = self.table.choice(row)
                    if choice != KEEP:
                        assign_pending(self.store, self.year, entry, None if choice == DISCARD else choice)

        _, ok = attempt(self, apply)
        if ok:
            self.accept()
