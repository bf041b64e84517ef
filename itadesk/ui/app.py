"""Starting the window: the Qt application, the bundled font, the workspace, first run."""

from __future__ import annotations

import platform
import sys
from pathlib import Path
from types import TracebackType

from filelock import FileLock
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from itadesk import APP_NAME, __version__
from itadesk.crashlog import write_crash_log
from itadesk.db import Store, open_workspace
from itadesk.db.backups import backup_copy, list_backups
from itadesk.db.lock import hold_workspace
from itadesk.errors import DamagedWorkspaceError, WorkspaceBusyError, WorkspaceError, WorkspaceInUseError
from itadesk.paths import resources_dir
from itadesk.ui.dialogs.recovery import offer_missing, offer_recovery
from itadesk.ui.feedback import attempt
from itadesk.ui.fonts import register_fonts, ui_font
from itadesk.ui.i18n import install_translator, tr


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


def _ask_retry(message: str) -> bool:
    """Busy is not damage: say so and let the clerk try again once the other work is done."""
    answer = QMessageBox.warning(
        None,
        tr("ไฟล์ข้อมูลกำลังถูกใช้งาน"),
        message,
        QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Retry,
    )
    return answer == QMessageBox.StandardButton.Retry


def _open_store(workspace: Path) -> Store | None:
    if not workspace.exists() and list_backups(workspace):
        return offer_missing(None, workspace)
    try:
        return Store(open_workspace(workspace))
    except DamagedWorkspaceError as exc:  # only a failed integrity check: offer a backup
        return offer_recovery(None, workspace, exc)


def open_for_window(workspace: Path, lock: FileLock | None) -> tuple[FileLock, Store] | None:
    """Take the workspace's writer lock (``lock`` if already taken) and open its store.

    Another ITADesk or an ``itadesk`` command holding the file, or SQLite finding it busy,
    gets a Thai message with a retry button; a full disk is said to be full. Neither offers
    a backup: the data is whole. None if the clerk gives up."""
    while True:
        try:
            lock = lock or hold_workspace(workspace)
            store = _open_store(workspace)
        except WorkspaceBusyError as exc:
            if lock is not None:  # held by us, but SQLite found another program in the file
                lock.release()
            lock = None
            if _ask_retry(str(exc)):
                continue
            return None
        except WorkspaceError as exc:
            QMessageBox.critical(None, tr("เปิดไฟล์ข้อมูลไม่ได้"), str(exc))
            store = None
        if store is None:
            if lock is not None:
                lock.release()
            return None
        return lock, store


def run(workspace: Path, incoming: Path | None = None) -> int:
    """The window on ``workspace``; ``incoming`` is a file double-clicked on a USB stick,
    offered for merging (or handed to the copy of ITADesk that already has the workspace)."""
    from itadesk.ui.main_window import MainWindow
    from itadesk.ui.single_instance import InstanceServer, send_to_running

    app = application()
    sys.excepthook = show_crash
    workspace.parent.mkdir(parents=True, exist_ok=True)
    try:
        lock = hold_workspace(workspace)
    except WorkspaceInUseError:
        if incoming is not None and send_to_running(workspace, incoming):
            return 0
        lock = None
    opened = open_for_window(workspace, lock)
    if opened is None:
        return 1
    lock, store = opened
    try:
        backup_copy(store.db.conn, workspace, "start")
    except WorkspaceError as exc:
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
        lock.release()


def run_rollup(folder: Path) -> int:
    """The roll-up window alone, on a folder of offices' copies: no workspace is opened,
    so a district office without one of its own can use it."""
    from PySide6.QtCore import QTimer

    from itadesk.ui.rollup_window import RollupWindow

    app = application()
    sys.excepthook = show_crash
    window = RollupWindow(folder)
    window.show()
    QTimer.singleShot(0, window.reload)
    return app.exec()
