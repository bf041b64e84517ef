"""Choosing, side by side, between two values of a field edited on two PCs.

After a merge the later value is in use everywhere and the other is kept; this dialog shows
both with who wrote them and when, and writes the user's choice through
``itadesk.db.conflicts``. Closing it early leaves the rest for later (แฟ้ม menu).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from itadesk.db import Store
from itadesk.db.conflicts import Conflict, Side, open_conflicts, resolve_conflict
from itadesk.thai import format_date
from itadesk.ui.feedback import attempt
from itadesk.ui.i18n import DATA, tr


class SidePanel(QGroupBox):
    """One value: its text, its author and time, and the button that picks it."""

    def __init__(self, title: str, button_text: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.author = QLabel()
        self.author.setObjectName(DATA)
        self.author.setWordWrap(True)
        self.choose = QPushButton(button_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.author)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.choose)

    def show_side(self, side: Side) -> None:
        self.text.setPlainText(side.shown)
        when = side.when
        date = format_date(when.date(), abbreviated=True, thai=False)
        self.author.setText(tr("แก้โดย {0} เมื่อ {1} {2:%H:%M}\xa0น.").format(side.author, date, when))


class ConflictsDialog(QDialog):
    resolved = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(tr("ข้อมูลที่ถูกแก้ไขบนสองเครื่อง"))
        self.resize(980, 560)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.heading = QLabel()
        self.heading.setObjectName(DATA)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold")
        self.kept_panel = SidePanel(tr("ค่าที่ใช้อยู่ตอนนี้"), tr("ใช้ค่านี้ต่อไป"))
        self.other_panel = SidePanel(tr("อีกค่าหนึ่ง"), tr("เปลี่ยนเป็นค่านี้"))
        self.kept_panel.choose.clicked.connect(lambda: self._choose(take_other=False))
        self.other_panel.choose.clicked.connect(lambda: self._choose(take_other=True))

        sides = QHBoxLayout()
        sides.addWidget(self.kept_panel)
        sides.addWidget(self.other_panel)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.heading)
        detail_layout.addLayout(sides, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setSizes([300, 680])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("ปิด (เลือกส่วนที่เหลือภายหลัง)"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.list.currentRowChanged.connect(self._show)
        self.conflicts: list[Conflict] = []
        self.reload()

    def reload(self) -> None:
        self.conflicts = open_conflicts(self.store)
        self.list.clear()
        for conflict in self.conflicts:
            item = QListWidgetItem(f"{conflict.record}\n{tr(conflict.field_label)}")
            item.setToolTip(item.text())
            self.list.addItem(item)
        count = len(self.conflicts)
        self.intro.setText(
            tr("มี {0} ช่องที่ถูกแก้ไขบนสองเครื่องก่อนนำข้อมูลมารวมกัน ตอนนี้ใช้ค่าที่บันทึกทีหลัง โปรดเลือกค่าที่ถูกต้องทีละช่อง").format(
                count
            )
            if count
            else tr("เลือกครบทุกช่องแล้ว ไม่มีข้อมูลที่ต้องตัดสินใจ")
        )
        if count:
            self.list.setCurrentRow(0)
        self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        has = 0 <= row < len(self.conflicts)
        for panel in (self.kept_panel, self.other_panel):
            panel.setEnabled(has)
        if not has:
            self.heading.setText("")
            for panel in (self.kept_panel, self.other_panel):
                panel.text.clear()
                panel.author.clear()
            return
        conflict = self.conflicts[row]
        self.heading.setText(tr("{0}: ช่อง «{1}»").format(conflict.record, tr(conflict.field_label)))
        self.kept_panel.show_side(conflict.kept)
        self.other_panel.show_side(conflict.other)

    def _choose(self, take_other: bool) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        _, ok = attempt(
            self, lambda: resolve_conflict(self.store, conflict, take_other), tr("บันทึกการเลือกไม่สำเร็จ")
        )
        self.reload()
        if ok:
            self.resolved.emit()
            self.list.setCurrentRow(min(row, self.list.count() - 1))
