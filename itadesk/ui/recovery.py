"""Backups from the window: restore one on request, or offer the newest good one when the
working file turns out to be damaged at start. Nothing is deleted: the replaced file is
moved beside the backups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from itadesk.db import Store, open_workspace
from itadesk.db.backups import Backup, list_backups, newest_good_backup, restore_backup
from itadesk.errors import ITADeskError, WorkspaceError
from itadesk.ui.i18n import tr

REASONS = {"start": "เมื่อเปิดโปรแกรม", "before-merge": "ก่อนรวมข้อมูลจาก USB", "replaced": "ไฟล์ที่ถูกแทนที่"}


def describe(backup: Backup) -> str:
    when = backup.taken.strftime("%d/%m/") + str(backup.taken.year + 543) + backup.taken.strftime(" %H:%M:%S")
    reason = (
        tr("ก่อนปรับรุ่นไฟล์")
        if backup.reason.startswith("before-v")
        else tr(REASONS.get(backup.reason, backup.reason))
    )
    return f"{when}  ({reason})"


def offer_recovery(parent: QWidget | None, workspace: Path, problem: WorkspaceError) -> Store | None:
    """The working file is damaged: offer the newest backup that passes every check."""
    backup = newest_good_backup(workspace)
    if backup is None:
        QMessageBox.critical(parent, tr("ไฟล์ข้อมูลเสียหาย"), tr("{0}\n\nไม่พบข้อมูลสำรองที่ใช้ได้").format(problem))
        return None
    answer = QMessageBox.question(
        parent,
        tr("ไฟล์ข้อมูลเสียหาย"),
        tr(
            "{0}\n\nเรียกคืนจากข้อมูลสำรองล่าสุดที่สมบูรณ์ ({1}) หรือไม่?\nไฟล์ที่เสียหายจะถูกเก็บไว้ในโฟลเดอร์ข้อมูลสำรอง ไม่ถูกลบ"
        ).format(problem, describe(backup)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    restore_backup(backup.path, workspace)
    return Store(open_workspace(workspace))


def choose_and_restore(parent: QWidget, store: Store, workspace: Path) -> Store | None:
    """Let the user pick a backup; on confirmation close ``store``, restore, reopen."""
    backups = list_backups(workspace)
    if not backups:
        QMessageBox.information(parent, tr("เรียกคืนข้อมูลสำรอง"), tr("ยังไม่มีข้อมูลสำรองของไฟล์นี้"))
        return None
    labels = [describe(b) for b in backups]
    label, ok = QInputDialog.getItem(
        parent, tr("เรียกคืนข้อมูลสำรอง"), tr("เลือกข้อมูลสำรองที่จะเรียกคืน:"), labels, 0, False
    )
    if not ok:
        return None
    backup = backups[labels.index(label)]
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
