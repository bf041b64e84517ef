"""Menu entries for publishing the OIT: the office's ITA web page (a folder to upload) and
the table for the NACC's online system (.xlsx or .csv) in the File menu, the survey links
the posters print in the รายงาน menu. Each takes the year shown in
the window, asks where to write, and says in the status bar (and, for the web page, in a
message that can open the folder) what it wrote."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMenu, QMessageBox

from itadesk.publishing.nacc_export import export_oit
from itadesk.publishing.web_page import PAGE, publish
from itadesk.ui.dialogs.survey_dialog import SurveyLinksDialog
from itadesk.ui.feedback import attempt
from itadesk.ui.i18n import tr


class PublishingActions:
    def __init__(self, window: QMainWindow, menu: QMenu):
        self.window = window
        self.web_action = QAction(tr("เผยแพร่หน้าเว็บ ITA…"), window)
        self.web_action.triggered.connect(lambda _checked=False: self.publish_page())
        self.oit_action = QAction(tr("ส่งออกตาราง OIT สำหรับระบบของ ป.ป.ช.…"), window)
        self.oit_action.triggered.connect(lambda _checked=False: self.export_oit_table())
        menu.addAction(self.web_action)
        menu.addAction(self.oit_action)

    def add_survey_action(self, menu: QMenu) -> None:
        """รายงาน → the survey links the posters print, next to the posters."""
        self.survey_action = QAction(tr("ลิงก์แบบวัด IIT/EIT สำหรับโปสเตอร์…"), self.window)
        self.survey_action.triggered.connect(lambda _checked=False: self.edit_survey_links())
        menu.addSeparator()
        menu.addAction(self.survey_action)

    def edit_survey_links(self) -> bool:
        accepted = SurveyLinksDialog(self.store, self.year, self.window).exec() == QDialog.DialogCode.Accepted
        if accepted:
            self.window.statusBar().showMessage(tr("บันทึกลิงก์แบบวัดแล้ว"), 8000)
        return accepted

    @property
    def store(self):
        return self.window.store

    @property
    def year(self) -> int:
        return self.window.year

    def publish_page(self, folder: str | None = None, *, ask_to_open: bool = True) -> Path | None:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self.window, tr("เลือกโฟลเดอร์สำหรับหน้าเว็บ ITA"), str(Path.home())
            )
            if not folder:
                return None
        result, ok = attempt(self.window, lambda: publish(self.store, self.year, folder), tr("เผยแพร่ไม่สำเร็จ"))
        if not ok:
            return None
        page = result.folder / PAGE
        message = tr("เขียนหน้าเว็บแล้ว: {0} ({1} ข้อ, ลิงก์ {2} รายการ)").format(page, result.items, result.links)
        self.window.statusBar().showMessage(message, 10000)
        if ask_to_open:
            note = (
                tr("\nลิงก์ {0} รายการไม่ใช่ที่อยู่เว็บ จึงแสดงเป็นข้อความ: ดูผลการตรวจลิงก์ในแท็บรายการตรวจ").format(
                    result.not_web
                )
                if result.not_web
                else ""
            )
            answer = QMessageBox.question(
                self.window,
                tr("เผยแพร่หน้าเว็บ ITA"),
                message + note + tr("\n\nส่งไฟล์ทั้งสองในโฟลเดอร์นี้ให้ผู้ดูแลเว็บไซต์อัปโหลด เปิดโฟลเดอร์เลยไหม?"),
            )
            if answer == QMessageBox.StandardButton.Yes:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.folder)))
        return page

    def export_oit_table(self, path: str | None = None) -> Path | None:
        if path is None:
            suggested = str(Path.home() / f"OIT-{self.year}.xlsx")
            path, _ = QFileDialog.getSaveFileName(
                self.window, tr("ส่งออกตาราง OIT"), suggested, "Excel (*.xlsx);;CSV UTF-8 (*.csv)"
            )
            if not path:
                return None
        out, ok = attempt(self.window, lambda: export_oit(self.store, self.year, path), tr("ส่งออกไม่สำเร็จ"))
        if ok:
            self.window.statusBar().showMessage(tr("ส่งออกแล้ว: {0}").format(out), 8000)
        return out if ok else None
