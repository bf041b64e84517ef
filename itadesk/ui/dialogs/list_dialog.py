"""ปรับรายการตามคู่มือ…: the clerk pastes the item list copied from the NACC manual (or
opens the manual's file), sees what ITADesk recognised and what changes against the year's
list, then confirms where the office's entries go; only then is anything saved.

The recognising is ``itemlist`` (no Qt); this dialog shows it: the recognised items by
sub-indicator, the changes (added, renamed, renumbered, removed), the lines it could not
place, and, second step, the match confirmation of ``match_view``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itadesk import clock
from itadesk.db import Store
from itadesk.db.relist import entries_with_data, propose, replace_list
from itadesk.itemlist import ParsedList, apply_list, compare, parse_list
from itadesk.manual_text import ManualError, read_manual
from itadesk.ui.dialogs.match_view import MatchTable
from itadesk.ui.feedback import attempt
from itadesk.ui.i18n import tr


class ListDialog(QDialog):
    def __init__(self, store: Store, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.year = store, year
        self.framework = store.framework(year)
        self.parsed: ParsedList | None = None
        self.setWindowTitle(tr("ปรับรายการข้อ OIT ปี {0} ตามคู่มือ ป.ป.ช.").format(year))
        self.resize(1100, 700)

        intro = QLabel(
            tr(
                "เปิดคู่มือการประเมินของปี {0} คัดลอกรายการข้อ (O1, O2, …) ทั้งหมด แล้ววางในช่องด้านซ้าย หรือเปิดไฟล์คู่มือ (PDF, Word, Excel, หน้าเว็บ) ตรวจสิ่งที่โปรแกรมอ่านได้ทางขวาก่อนบันทึก"
            ).format(year)
        )
        intro.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(
            tr("วางรายการข้อจากคู่มือที่นี่ เช่น\nตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน\nO1 โครงสร้าง …")
        )
        self.file_button = QPushButton(tr("เปิดไฟล์คู่มือ…"))
        self.file_button.clicked.connect(lambda _checked=False: self.open_file())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.items_tree = QTreeWidget()
        self.items_tree.setHeaderLabels([tr("ข้อที่อ่านได้"), tr("องค์ประกอบ")])
        self.items_tree.setColumnWidth(0, 430)
        self.changes_tree = QTreeWidget()
        self.changes_tree.setHeaderLabels([tr("เทียบกับรายการปัจจุบันของปี {0}").format(year)])

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.text_edit, 1)
        left_layout.addWidget(self.file_button)
        right = QSplitter()
        right.setOrientation(right.orientation().Vertical)
        right.addWidget(self.items_tree)
        right.addWidget(self.changes_tree)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 680])
        paste_page = QWidget()
        paste_layout = QVBoxLayout(paste_page)
        paste_layout.setContentsMargins(0, 0, 0, 0)
        paste_layout.addWidget(intro)
        paste_layout.addWidget(splitter, 1)
        paste_layout.addWidget(self.message)

        self.match_intro = QLabel()
        self.match_intro.setWordWrap(True)
        self.match_holder = QVBoxLayout()
        match_page = QWidget()
        match_layout = QVBoxLayout(match_page)
        match_layout.setContentsMargins(0, 0, 0, 0)
        match_layout.addWidget(self.match_intro)
        match_layout.addLayout(self.match_holder, 1)
        self.match_table: MatchTable | None = None

        self.pages = QStackedWidget()
        self.pages.addWidget(paste_page)
        self.pages.addWidget(match_page)
        self.buttons = QDialogButtonBox()
        self.back_button = self.buttons.addButton(tr("ย้อนกลับ"), QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button = self.buttons.addButton(tr("ถัดไป"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(tr("ยกเลิก"))
        widest = max(self.fontMetrics().horizontalAdvance(t) for t in (tr("บันทึกรายการ"), tr("ถัดไป")))
        self.next_button.setMinimumWidth(widest + 32)  # the same button says both; no relayout
        self.back_button.clicked.connect(lambda _checked=False: self._show_page(0))
        self.next_button.clicked.connect(lambda _checked=False: self.next_step())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh_preview)
        self.text_edit.textChanged.connect(self._timer.start)
        self._show_page(0)
        self.refresh_preview()

    # -- step 1: paste and preview -----------------------------------------------------------

    def open_file(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, tr("เปิดไฟล์คู่มือ"), "", tr("คู่มือ (*.pdf *.docx *.xlsx *.html *.htm *.txt)")
            )
            if not path:
                return False
        try:
            text = read_manual(Path(path))
        except ManualError as exc:
            self.message.setText(str(exc))
            self.message.setStyleSheet("color: #a4262c")
            return False
        self.text_edit.setPlainText(text)
        self.refresh_preview()
        return True

    def refresh_preview(self) -> None:
        self._timer.stop()
        text = self.text_edit.toPlainText()
        self.parsed = parse_list(text) if text.strip() else None
        self.items_tree.clear()
        self.changes_tree.clear()
        parsed = self.parsed
        if parsed is None or not parsed.items:
            self.next_button.setEnabled(False)
            if text.strip():
                self._say(tr("ยังไม่พบบรรทัดที่เป็นข้อ (เช่น “O1 โครงสร้าง…”) ในข้อความที่วาง"), error=True)
            else:
                self._say(tr("ยังไม่มีข้อความ"))
            return
        groups: dict[str | None, QTreeWidgetItem] = {}
        for item in parsed.items:
            if item.group not in groups:
                name = parsed.groups.get(item.group or "", "")
                label = (
                    tr("ตัวชี้วัดย่อยที่ {0} {1}").format(item.group, name).strip()
                    if item.group
                    else tr("ไม่ระบุตัวชี้วัดย่อย (ใช้กลุ่มเดิม)")
                )
                groups[item.group] = QTreeWidgetItem(self.items_tree, [label])
                groups[item.group].setExpanded(True)
            QTreeWidgetItem(groups[item.group], [f"{item.code} {item.title}", str(len(item.components))])
        changes = compare(self.framework, parsed)
        sections = [
            (tr("เพิ่ม {0} ข้อ"), [f"{c} {parsed.item(c).title}" for c in changes.added]),
            (tr("เปลี่ยนชื่อ {0} ข้อ"), [f"{c}: {old} → {new}" for c, old, new in changes.renamed]),
            (tr("เปลี่ยนเลขข้อ {0} ข้อ"), [f"{old} → {new} {title}" for old, new, title in changes.renumbered]),
            (tr("นำออก {0} ข้อ"), [f"{c} {title}" for c, title in changes.removed]),
            (
                tr("บรรทัดที่จัดเข้าข้อใดไม่ได้ {0} บรรทัด"),
                [tr("บรรทัด {0}: {1}").format(n, t) for n, t in parsed.unplaced],
            ),
        ]
        for title, lines in sections:
            if not lines:
                continue
            node = QTreeWidgetItem(self.changes_tree, [title.format(len(lines))])
            for line in lines:
                QTreeWidgetItem(node, [line])
            node.setExpanded(True)
        if not changes.any:
            QTreeWidgetItem(self.changes_tree, [tr("รายการเหมือนเดิม ไม่มีข้อที่เปลี่ยน")])
        summary = tr("อ่านได้ {0} ข้อ ใน {1} ตัวชี้วัดย่อย").format(len(parsed.items), len(parsed.groups))
        if not parsed.groups:
            summary += tr(" — ไม่พบหัวข้อตัวชี้วัดย่อย: ข้อเดิมอยู่กลุ่มเดิม ข้อใหม่อยู่กลุ่มเดียวกับข้อก่อนหน้า")
        if parsed.unplaced:
            summary += tr(" — มี {0} บรรทัดที่จัดเข้าข้อใดไม่ได้ โปรดตรวจ").format(len(parsed.unplaced))
        self._say(summary, error=bool(parsed.unplaced))
        self.next_button.setEnabled(True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #a4262c" if error else "")

    # -- step 2: where the office's entries go ---------------------------------------------

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setVisible(index == 1)
        self.next_button.setText(tr("บันทึกรายการ") if index == 1 else tr("ถัดไป"))

    def next_step(self) -> None:
        if self.parsed is None or not self.parsed.items:
            return
        if self.pages.currentIndex() == 0:
            proposals = propose(entries_with_data(self.store, self.year), self._targets())
            if proposals:
                self._show_matches(proposals)
                return
        self.save()

    def _targets(self) -> dict[str, str]:
        return {item.code: item.title for item in self.parsed.items} if self.parsed else {}

    def _show_matches(self, proposals) -> None:
        if self.match_table is not None:
            self.match_table.setParent(None)
        self.match_table = MatchTable(proposals, self._targets(), parent=self)
        self.match_holder.addWidget(self.match_table)
        moving = sum(1 for p in proposals if p.new_code and p.new_code != p.entry.code)
        self.match_intro.setText(
            tr(
                "ข้อมูลที่บันทึกไว้แล้ว {0} ข้อ (ติ๊ก ผู้รับผิดชอบ ลิงก์ ความก้าวหน้า) จะย้ายไปยังข้อในรายการใหม่ตามความหมายของชื่อข้อ — ย้ายเลขข้อ {1} ข้อ โปรดตรวจและเปลี่ยนได้ก่อนบันทึก ข้อที่ไม่มีคู่จะเก็บไว้เป็น “จากปีก่อน” ไม่สูญหาย"
            ).format(len(proposals), moving)
        )
        self._show_page(1)

    def save(self) -> bool:
        moves = (
            self.match_table.moves()
            if self.match_table is not None and self.pages.currentIndex() == 1
            else {}
        )
        if self.match_table is not None and self.match_table.duplicate_targets():
            self._say(
                tr("ข้อ {0} ถูกเลือกให้รับข้อมูลมากกว่าหนึ่งข้อ โปรดเลือกใหม่").format(
                    ", ".join(self.match_table.duplicate_targets())
                ),
                error=True,
            )
            self.match_intro.setText(self.message.text())
            return False
        today = clock.today()
        source = tr("คู่มือ ป.ป.ช. (วางเมื่อ {0}/{1}/{2})").format(today.day, today.month, today.year + 543)
        document = apply_list(self.framework, self.parsed, source=source)

        _, ok = attempt(
            self, lambda: replace_list(self.store, self.year, document, moves), tr("บันทึกรายการไม่สำเร็จ")
        )
        if ok:
            self.accept()
        return ok


def adjust_list(parent: QWidget, store: Store, year: int) -> bool:
    return ListDialog(store, year, parent).exec() == QDialog.DialogCode.Accepted
