"""The window's exchanges with other PCs: a verified copy to a USB stick, a merge from one
(with progress, cancel and the side-by-side conflict chooser), and a file double-clicked on
a stick, merged or used in place of a new PC's workspace.

A mixin of ``MainWindow``: it uses the window's store, workspace, status bar and reload.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from itadesk.db import Store, open_workspace
from itadesk.db.backups import restore_backup
from itadesk.db.conflicts import open_conflicts
from itadesk.db.incoming import check_incoming
from itadesk.db.merge import MergeResult, merge_file
from itadesk.db.office import Office, OtherOfficeError, office_of, same_office
from itadesk.db.transfer import export_copy, inspect_file
from itadesk.errors import Cancelled, ITADeskError
from itadesk.ui.dialogs.conflicts_dialog import ConflictsDialog
from itadesk.ui.editing import commit_open_editor
from itadesk.ui.feedback import attempt
from itadesk.ui.i18n import tr
from itadesk.ui.widgets.progress import ProgressReporter


class ExchangeActions:
    def export_copy(self) -> Path | None:
        """Ask where, then write a verified copy of the workspace there (a USB stick)."""
        suggested = str(Path.home() / f"ita-{self.year}.itadesk")
        target, _filter = QFileDialog.getSaveFileName(
            self, tr("บันทึกสำเนาไปยัง USB"), suggested, "ITADesk (*.itadesk)"
        )
        if not target:
            return None
        path, ok = attempt(self, lambda: export_copy(self.store.db.conn, target), tr("บันทึกสำเนาไม่สำเร็จ"))
        if ok:
            self.statusBar().showMessage(tr("บันทึกสำเนาแล้ว: {0}").format(path), 8000)
        return path

    def merge_copy(self, path: str | None = None) -> MergeResult | None:
        """Merge a copy from another PC (a USB stick) and say what came in."""
        commit_open_editor(self)
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, tr("รวมข้อมูลจาก USB"), str(Path.home()), tr("ITADesk (*.itadesk);;ทุกไฟล์ (*)")
            )
            if not path:
                return None
            if not self._confirm_merge(Path(path)):
                return None
        progress = ProgressReporter(self, tr("กำลังรวมข้อมูลจาก {0}…").format(Path(path).name))
        try:
            result, ok = attempt(self, lambda: merge_file(self.store, path, progress), tr("รวมข้อมูลไม่สำเร็จ"))
        except Cancelled:
            self.statusBar().showMessage(tr("ยกเลิกการรวมข้อมูลแล้ว ข้อมูลไม่เปลี่ยนแปลง"), 8000)
            return None
        finally:
            progress.close()
        if not ok or result is None:
            return None
        self.set_store(self.store)  # reload every tab
        self._edited()
        text = tr("รวมข้อมูลจาก {0} แล้ว\n{1}").format(Path(path).name, result.summary)
        if not result.conflicts:
            QMessageBox.information(self, tr("รวมข้อมูลจาก USB"), text)
            return result
        text += tr(
            "\n\nบางช่องถูกแก้ไขบนทั้งสองเครื่อง ตอนนี้ใช้ค่าที่บันทึกทีหลัง และเก็บอีกค่าไว้ให้เลือก\nเลือกค่าที่ถูกต้องตอนนี้หรือไม่?"
        )
        answer = QMessageBox.question(
            self,
            tr("รวมข้อมูลจาก USB"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.choose_conflicts()
        return result

    def _origin(self, path: Path) -> Office | None:
        """The office, PC and user a copy comes from; None (and a Thai message) if it is
        another office's file or cannot be read."""
        theirs, ok = attempt(self, lambda: office_of(path), tr("รวมข้อมูลไม่ได้"))
        if not ok or theirs is None:
            return None
        ours = self.store.office()
        if not same_office(ours, theirs):
            QMessageBox.warning(self, tr("รวมข้อมูลไม่ได้"), str(OtherOfficeError(ours, theirs)))
            return None
        return theirs

    def _origin_text(self, theirs: Office) -> str:
        return tr("ไฟล์นี้มาจาก: {0}").format(theirs.describe())

    def _confirm_merge(self, path: Path) -> bool:
        """Before merging a file chosen from the menu: where it comes from, and go ahead?"""
        theirs = self._origin(path)
        if theirs is None:
            return False
        answer = QMessageBox.question(
            self,
            tr("รวมข้อมูลจาก USB"),
            tr("{0}\n\nรวมข้อมูลในไฟล์นี้เข้ากับข้อมูลของเครื่องนี้หรือไม่?").format(self._origin_text(theirs)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def offer_incoming(self, path: Path) -> str | None:
        """A file double-clicked on a USB stick: merge it (the usual case) or, on a PC that
        is only starting, use it in place of the workspace. Never opened in place: the stick
        may be pulled out at any moment. Returns what was done."""
        self.show()
        self.raise_()
        self.activateWindow()
        if self.workspace is not None and path.resolve() == self.workspace.resolve():
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("เปิดไฟล์ ITADesk"))
        text = tr("ไฟล์ {0} มาจากเครื่องอื่นหรือ USB จะทำอย่างไรกับไฟล์นี้?").format(path.name)
        try:
            text += "\n" + self._origin_text(office_of(path))
        except ITADeskError:
            pass  # an unreadable file: the merge or the replacement says why
        box.setText(text)
        box.setInformativeText(
            tr(
                "รวมข้อมูล: นำข้อมูลในไฟล์มารวมกับข้อมูลของเครื่องนี้ ไม่มีข้อมูลใดหาย\n"
                "ใช้แทนข้อมูลปัจจุบัน: เหมาะกับเครื่องที่เพิ่งเริ่มใช้ ข้อมูลเดิมจะถูกเก็บเป็นข้อมูลสำรอง"
            )
        )
        merge = box.addButton(tr("รวมข้อมูล"), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(tr("ใช้แทนข้อมูลปัจจุบัน"), QMessageBox.ButtonRole.DestructiveRole)
        replace.setEnabled(self.workspace is not None)
        box.addButton(tr("ยกเลิก"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(merge)
        box.exec()
        if box.clickedButton() is merge:
            return "merged" if self.merge_copy(str(path)) is not None else None
        if box.clickedButton() is replace:
            return "replaced" if self.replace_with(path) else None
        return None

    def replace_with(self, path: Path) -> bool:
        """Use a copy from another PC as this workspace; the current file becomes a backup."""
        assert self.workspace is not None
        commit_open_editor(self)
        _, ok = attempt(
            self,
            lambda: (inspect_file(path, working=self.workspace), check_incoming(path)),
            tr("ใช้ไฟล์นี้ไม่ได้"),
        )
        if not ok:
            return False
        self.store.close()
        _, ok = attempt(self, lambda: restore_backup(path, self.workspace), tr("ใช้ไฟล์นี้ไม่ได้"))
        self.set_store(Store(open_workspace(self.workspace)))
        if ok:
            self.statusBar().showMessage(
                tr("ใช้ข้อมูลจาก {0} แล้ว ข้อมูลเดิมเก็บไว้ในข้อมูลสำรอง").format(path.name), 8000
            )
        return ok

    def choose_conflicts(self) -> None:
        """Side by side, settle the fields two PCs edited before their copies met."""
        dialog = ConflictsDialog(self.store, self)
        dialog.resolved.connect(lambda: self.set_store(self.store))
        dialog.resolved.connect(self._edited)
        dialog.exec()
        self._update_conflicts_action()

    def _update_conflicts_action(self) -> None:
        count = len(open_conflicts(self.store))
        self.conflicts_action.setEnabled(count > 0)
        self.conflicts_action.setText(
            tr("เลือกค่าที่แก้ไขบนสองเครื่อง ({0} ช่อง)…").format(count) if count else tr("เลือกค่าที่แก้ไขบนสองเครื่อง…")
        )
