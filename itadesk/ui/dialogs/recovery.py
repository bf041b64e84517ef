"""Backups from the window: restore one on request (each listed with its Thai date and what
it holds), or offer the newest good one when the working file turns out to be damaged — or
missing — at start. Nothing is deleted: the replaced data is kept beside the backups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from itadesk.db import Store, open_workspace
from itadesk.db.backups import Backup, contents, list_backups, newest_good_backup, restore_backup
from itadesk.errors import ITADeskError, WorkspaceError
from itadesk.thai import format_date, thai_digits
from itadesk.ui.i18n import tr

REASONS = {
    "start": "เมื่อเปิดโปรแกรม",
    "before-merge": "ก่อนรวมข้อมูลจาก USB",
    "before-new-year": "ก่อนเริ่มปีงบประมาณใหม่",
    "replaced": "ข้อมูลก่อนเรียกคืนหรือแทนที่",
}


def _when(moment: dt.datetime) -> str:
    return f"{format_date(moment.date(), abbreviated=True)} {thai_digits(moment.strftime('%H:%M'))}"


def describe(backup: Backup) -> str:
    """One line a clerk can choose by: when, why, and what the backup holds."""
    reason = (
        tr("ก่อนปรับรุ่นไฟล์")
        if backup.reason.startswith("before-v")
        else tr(REASONS.get(backup.reason, backup.reason))
    )
    line = f"{_when(backup.taken)}  ({reason})\n"
    held = contents(backup.path)
    if held is None:
        return line + tr("อ่านไม่ได้")
    years = ", ".join(thai_digits(str(y)) for y in held.years) or "–"
    last = _when(held.last_edit) if held.last_edit else "–"
    return line + tr("{0} · ปี {1} · มาตรการ {2} รายการ · แก้ไขล่าสุด {3}").format(
        held.office or tr("ยังไม่ตั้งชื่อหน่วยงาน"), years, thai_digits(str(held.measures)), last
    )


def _offer_newest(
    parent: QWidget | None, workspace: Path, title: str, none_left: str, question: Callable[[str], str]
) -> Store | None:
    """Offer the newest backup that passes every check; ``question`` words the offer of it."""
    backup = newest_good_backup(workspace)
    if backup is None:
        QMessageBox.critical(parent, title, none_left)
        return None
    answer = QMessageBox.question(
        parent,
        title,
        question(describe(backup)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    restore_backup(backup.path, workspace)
    return Store(open_workspace(workspace))


def offer_missing(parent: QWidget | None, workspace: Path) -> Store | None:
    """The working file is gone but its backups are there (deleted, moved, a restore cut
    short by a crash of an older ITADesk): say so, and offer the newest good backup rather
    than silently starting an empty workspace."""
    return _offer_newest(
        parent,
        workspace,
        tr("ไม่พบไฟล์ข้อมูล"),
        tr("ไม่พบไฟล์ข้อมูล {0} และข้อมูลสำรองที่มีอยู่ใช้ไม่ได้ จึงไม่ได้สร้างไฟล์ใหม่ทับ").format(workspace),
        lambda backup: tr(
            "ไม่พบไฟล์ข้อมูล {0} แต่มีข้อมูลสำรองของไฟล์นี้อยู่\n\n"
            "เรียกคืนจากข้อมูลสำรองล่าสุดที่สมบูรณ์หรือไม่?\n{1}\n\n"
            "ถ้าไม่ต้องการ โปรแกรมจะปิดโดยไม่สร้างไฟล์ใหม่"
        ).format(workspace, backup),
    )


def offer_recovery(parent: QWidget | None, workspace: Path, problem: WorkspaceError) -> Store | None:
    """The working file is damaged: offer the newest backup that passes every check."""
    return _offer_newest(
        parent,
        workspace,
        tr("ไฟล์ข้อมูลเสียหาย"),
        tr("{0}\n\nไม่พบข้อมูลสำรองที่ใช้ได้").format(problem),
        lambda backup: tr(
            "{0}\n\nเรียกคืนจากข้อมูลสำรองล่าสุดที่สมบูรณ์ ({1}) หรือไม่?\nไฟล์ที่เสียหายจะถูกเก็บไว้ในโฟลเดอร์ข้อมูลสำรอง ไม่ถูกลบ"
        ).format(problem, backup),
    )


class BackupChooser(QDialog):
    """Every restore point at once, newest first, each with when, why and what it holds."""

    def __init__(self, backups: list[Backup], parent: QWidget | None = None):
        super().__init__(parent)
        self.backups = backups
        self.setWindowTitle(tr("เรียกคืนข้อมูลสำรอง"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        for backup in backups:
            self.list.addItem(QListWidgetItem(describe(backup)))
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("เรียกคืน…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("ยกเลิก"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("เลือกข้อมูลสำรองที่จะเรียกคืน (ล่าสุดอยู่บนสุด):")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def chosen(self) -> Backup:
        return self.backups[max(0, self.list.currentRow())]


def choose_and_restore(parent: QWidget, store: Store, workspace: Path) -> Store | None:
    """Let the user pick a backup; on confirmation close ``store``, restore, reopen."""
    backups = list_backups(workspace)
    if not backups:
        QMessageBox.information(parent, tr("เรียกคืนข้อมูลสำรอง"), tr("ยังไม่มีข้อมูลสำรองของไฟล์นี้"))
        return None
    chooser = BackupChooser(backups, parent)
    if chooser.exec() != QDialog.DialogCode.Accepted:
        return None
    backup = chooser.chosen()
    label = describe(backup)
    answer = QMessageBox.question(
        parent,
        tr("เรียกคืนข้อมูลสำรอง"),
        tr("แทนที่ข้อมูลปัจจุบันด้วยข้อมูลสำรอง {0} หรือไม่?\nข้อมูลปัจจุบันจะถูกเก็บเป็นข้อมูลสำรองก่อน").format(label),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        from itadesk.db.transfer import inspect_file

        inspect_file(backup.path)
        store.close()
        restore_backup(backup.path, workspace)
        return Store(open_workspace(workspace))
    except ITADeskError as exc:
        QMessageBox.warning(parent, tr("เรียกคืนไม่สำเร็จ"), str(exc))
        return Store(open_workspace(workspace))
