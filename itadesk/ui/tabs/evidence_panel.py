"""The evidence links of the checklist item in the detail panel: a list in the office's
order with what the offline checks found at each link, and buttons to add, edit, reorder,
remove, confirm last year's links and open one in the browser. Every change goes through
``itadesk.db.evidence`` and so is one undoable edit."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itadesk.db import Store, evidence
from itadesk.publishing.link_checks import Finding, check_link
from itadesk.records import EvidenceLink
from itadesk.ui.feedback import attempt, save_cancel_buttons
from itadesk.ui.i18n import tr
from itadesk.ui.style import FAIL_TEXT, MUTED_TEXT

LINK_ROLE = Qt.ItemDataRole.UserRole + 2
WARNING_TEXT = FAIL_TEXT


class LinkDialog(QDialog):
    """Title, URL and note of one link; what the checks see in the URL shows as it is typed."""

    def __init__(self, year: int, link: EvidenceLink | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.year = year
        self.setWindowTitle(tr("แก้ไขลิงก์หลักฐาน") if link else tr("เพิ่มลิงก์หลักฐาน"))
        self.title_edit = QLineEdit(link.title if link else "")
        self.title_edit.setPlaceholderText(tr("เช่น แผนดำเนินงานประจำปี (PDF)"))
        self.url_edit = QLineEdit(link.url if link else "")
        self.url_edit.setPlaceholderText(tr("https://… หน้าเว็บหรือไฟล์บนเว็บไซต์ของหน่วยงาน"))
        self.note_edit = QLineEdit(link.note if link else "")
        self.note_edit.setPlaceholderText(tr("หมายเหตุ (ไม่บังคับ)"))
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(f"color: {WARNING_TEXT.name()}")
        form = QFormLayout(self)
        form.addRow(tr("ชื่อเรื่อง"), self.title_edit)
        form.addRow("URL", self.url_edit)
        form.addRow(tr("หมายเหตุ"), self.note_edit)
        form.addRow(self.hint_label)
        buttons, self.error_label = save_cancel_buttons(self)
        form.addRow(self.error_label)
        form.addRow(buttons)
        self.url_edit.textChanged.connect(self._show_hints)
        self.title_edit.textChanged.connect(self._show_hints)
        self.setMinimumWidth(560)
        self._show_hints()

    def values(self) -> dict[str, str]:
        return {"title": self.title_edit.text(), "url": self.url_edit.text(), "note": self.note_edit.text()}

    def _show_hints(self) -> None:
        url = self.url_edit.text().strip()
        found = check_link(EvidenceLink("", self.title_edit.text(), url), self.year) if url else []
        self.hint_label.setText("\n".join(f.message for f in found))
        self.hint_label.setVisible(bool(found))

    def accept(self) -> None:
        if not self.url_edit.text().strip():
            self.error_label.setText(tr("โปรดกรอกลิงก์ (URL) ของหลักฐาน"))
            self.url_edit.setFocus()
            return
        super().accept()


class EvidenceLinksPanel(QWidget):
    edited = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.year = 0
        self.code: str | None = None
        self.links: tuple[EvidenceLink, ...] = ()
        self.list = QTreeWidget()
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([tr("ชื่อเรื่อง"), "URL", tr("ผลการตรวจ")])
        self.list.setRootIsDecorated(False)
        self.list.setMaximumHeight(130)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.itemDoubleClicked.connect(lambda *_: self.edit_current())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.empty_label = QLabel(tr("ยังไม่มีลิงก์"))
        self.empty_label.setStyleSheet(f"color: {MUTED_TEXT.name()}")
        self.add_button = QPushButton(tr("เพิ่มลิงก์…"))
        self.edit_button = QPushButton(tr("แก้ไข…"))
        self.remove_button = QPushButton(tr("ลบ"))
        self.up_button = QPushButton(tr("ขึ้น"))
        self.down_button = QPushButton(tr("ลง"))
        self.confirm_button = QPushButton(tr("ยืนยันลิงก์ปีก่อน"))
        self.confirm_button.setToolTip(tr("ตรวจแล้วว่าลิงก์ที่ยกมาจากปีก่อนยังเป็นหลักฐานของปีนี้"))
        self.open_button = QPushButton(tr("เปิดลิงก์"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.confirm_button.clicked.connect(self.confirm_current)
        self.open_button.clicked.connect(self.open_current)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.confirm_button,
            self.open_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def show_item(
        self, year: int, code: str | None, links: tuple[EvidenceLink, ...], findings: dict[str, list[Finding]]
    ) -> None:
        current = self.current_link()
        self.year, self.code, self.links = year, code, links
        self.list.clear()
        for link in links:
            found = findings.get(link.id, [])
            row = QTreeWidgetItem([link.title, link.url, " · ".join(f.label for f in found) or "✓"])
            row.setData(0, LINK_ROLE, link.id)
            row.setToolTip(2, "\n".join(f.message for f in found))
            row.setToolTip(1, link.note or link.url)
            if found:
                row.setForeground(2, WARNING_TEXT)
            if link.to_review:
                for col in range(2):
                    row.setForeground(col, MUTED_TEXT)
            self.list.addTopLevelItem(row)
            if current is not None and link.id == current.id:
                self.list.setCurrentItem(row)
        self.list.setVisible(bool(links))
        self.empty_label.setVisible(not links)
        if self.list.currentItem() is None and links:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._update_buttons()

    def current_link(self) -> EvidenceLink | None:
        row = self.list.currentItem()
        link_id = row.data(0, LINK_ROLE) if row is not None else None
        return next((link for link in self.links if link.id == link_id), None)

    def _update_buttons(self) -> None:
        link = self.current_link()
        self.add_button.setEnabled(self.code is not None)
        for button in (self.edit_button, self.remove_button, self.open_button):
            button.setEnabled(link is not None)
        index = self.links.index(link) if link is not None else -1
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(0 <= index < len(self.links) - 1)
        self.confirm_button.setVisible(any(x.to_review for x in self.links))
        self.confirm_button.setEnabled(link is not None and link.to_review)

    def _do(self, action) -> None:
        _, ok = attempt(self, action)
        if ok:
            self.edited.emit()

    def add(self) -> None:
        if self.code is None:
            return
        dialog = LinkDialog(self.year, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            year, code = self.year, self.code
            self._do(lambda: evidence.add_link(self.store, year, code, **dialog.values()))

    def edit_current(self) -> None:
        link = self.current_link()
        if link is None:
            return
        dialog = LinkDialog(self.year, link, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._do(lambda: evidence.update_link(self.store, link.id, **dialog.values()))

    def remove_current(self) -> None:
        link = self.current_link()
        if link is not None:
            self._do(lambda: evidence.remove_link(self.store, link.id))

    def move_current(self, offset: int) -> None:
        link = self.current_link()
        if link is not None:
            self._do(lambda: evidence.move_link(self.store, link.id, offset))

    def confirm_current(self) -> None:
        link = self.current_link()
        if link is not None and link.to_review:
            self._do(lambda: evidence.confirm_link(self.store, link.id))

    def open_current(self) -> None:
        link = self.current_link()
        url = QUrl.fromUserInput(link.url) if link is not None else QUrl()
        if url.isValid() and url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
        elif link is not None:
            QMessageBox.information(self, tr("เปิดลิงก์ไม่ได้"), tr("ลิงก์นี้ไม่ใช่หน้าเว็บ จึงเปิดในเบราว์เซอร์ไม่ได้"))
