"""Starting the window: the Qt application, the bundled font, the workspace, first run."""

from __future__ import annotations

import platform
import sqlite3
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLockFile
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from itadesk import APP_NAME, __version__
from itadesk.crashlog import write_crash_log
from itadesk.db import Store, open_workspace
from itadesk.db.backups import backup_copy
from itadesk.errors import DamagedWorkspaceError, WorkspaceError
from itadesk.paths import resources_dir
from itadesk.ui.feedback import attempt
from itadesk.ui.fonts import register_fonts, ui_font
from itadesk.ui.i18n import install_translator, tr
from itadesk.ui.recovery import offer_recovery


def application() -> QApplication:
    """The process's QApplication, created once with ITADesk's name and Thai font."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "itadesk.png")))
    install_translator(app)
    register_fonts()
    app.setFont(ui_font())
    return app  # type: ignore[return-value]


def show_crash(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> Path | None:
    """The window's last resort: log the error for support and tell the user in Thai.

    Installed as ``sys.excepthook``, which PySide6 calls for an exception escaping a slot;
    every edit already committed is safe in the workspace, so the window carries on.
    """
    path = write_crash_log(kind, error, trace)
    where = tr("\n\nรายละเอียดถูกบันทึกไว้ในไฟล์\n{0}\nโปรดส่งไฟล์นี้ให้ผู้ดูแลระบบ").format(path) if path else ""
    QMessageBox.critical(
        QApplication.activeWindow(),
        tr("เกิดข้อผิดพลาดที่ไม่คาดคิด"),
        tr("ITADesk ทำงานนี้ไม่สำเร็จ ({0}) ข้อมูลที่บันทึกแล้วไม่สูญหาย โปรดลองอีกครั้ง หรือปิดแล้วเปิดโปรแกรมใหม่{1}").format(
            kind.__name__, where
        ),
    )
    return path


def lock_workspace(workspace: Path) -> QLockFile | None:
    """Hold the workspace for this process, or None if another ITADesk has it open.

    Two windows writing the same file would each show the other's edits only after a
    restart and could overwrite them. A lock left by a process that died is taken over.
    """
    lock = QLockFile(f"{workspace}.lock")
    lock.setStaleLockTime(0)  # never by age: a clerk may keep the window open for days
    if lock.tryLock(0):
        return lock
    if lock.removeStaleLockFile() and lock.tryLock(0):
        return lock
    return None


def run(workspace: Path, incoming: Path | None = None) -> int:
    """The window on ``workspace``; ``incoming`` is a file double-clicked on a USB stick,
    offered for merging (or handed to the copy of ITADesk that already has the workspace)."""
    from itadesk.ui.main_window import MainWindow
    from itadesk.ui.single_instance import InstanceServer, send_to_running

    app = application()
    sys.excepthook = show_crash
    workspace.parent.mkdir(parents=True, exist_ok=True)
    lock = lock_workspace(workspace)
    if lock is None and incoming is not None and send_to_running(workspace, incoming):
        return 0
    if lock is None:
        QMessageBox.warning(
            None,
            tr("ไฟล์ข้อมูลกำลังถูกใช้งาน"),
            tr("ไฟล์ {0} เปิดอยู่ใน ITADesk อีกหน้าต่างหนึ่งแล้ว\nโปรดใช้หน้าต่างนั้น หรือปิดก่อนแล้วเปิดใหม่").format(workspace),
        )
        return 1
    try:
        store = Store(open_workspace(workspace))
    except DamagedWorkspaceError as exc:
        store = offer_recovery(None, workspace, exc)
        if store is None:
            return 1
    except WorkspaceError as exc:
        QMessageBox.critical(None, tr("เปิดไฟล์ข้อมูลไม่ได้"), str(exc))
        return 1
    try:
        backup_copy(store.db.conn, workspace, "start")
    except (OSError, sqlite3.Error) as exc:
        QMessageBox.warning(
            None, tr("สำรองข้อมูลไม่สำเร็จ"), tr("สำรองข้อมูลเมื่อเปิดโปรแกรมไม่สำเร็จ: {0}").format(exc)
        )
    taken_over, _ = attempt(None, lambda: store.note_opened(platform.node()))
    window = MainWindow(store, workspace)
    server = InstanceServer(workspace, window)
    server.file_received.connect(lambda path: window.offer_incoming(Path(path)))
    window.show()
    if incoming is not None:
        window.offer_incoming(incoming)
    else:
        window.ask_first_questions(taken_over=bool(taken_over))
    try:
        return app.exec()
    finally:
        lock.unlock()
