"""One writer at a time: the lock every ITADesk process takes before it opens a workspace.

The window and every ``itadesk`` command that opens a workspace (each opening writes: a new
device id, a migration, the edits themselves) take the same operating-system file lock on
``<workspace>.lock`` (``filelock``: ``fcntl.flock`` on Linux and macOS, ``msvcrt.locking`` on
Windows), so a command run while the window is open — or the window started while a long
``itadesk import-measures`` runs — is told the file is in use instead of racing it. The
operating system releases the lock when its process ends, however it ends, so a crash never
leaves the office locked out. Not Qt's QLockFile: the command line must not import Qt.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from itadesk.errors import WorkspaceError, WorkspaceInUseError


def lock_path(workspace: Path) -> Path:
    return Path(f"{workspace}.lock")


def hold_workspace(workspace: str | Path) -> FileLock:
    """Take ``workspace``'s writer lock now, or raise ``WorkspaceInUseError`` (Thai message).

    Release it with ``.release()`` after the store is closed."""
    workspace = Path(workspace)
    lock = FileLock(lock_path(workspace), timeout=0, thread_local=False)
    try:
        lock.acquire()
    except Timeout as exc:
        raise WorkspaceInUseError(
            f"ไฟล์ {workspace.name} เปิดอยู่ใน ITADesk อีกหน้าต่างหนึ่ง หรือกำลังใช้โดยคำสั่ง itadesk อื่น "
            "โปรดปิดหน้าต่างนั้นหรือรอให้คำสั่งเสร็จ แล้วลองอีกครั้ง"
        ) from exc
    except OSError as exc:
        raise WorkspaceError(
            f"ล็อกไฟล์ {workspace.name} ไม่ได้ (โฟลเดอร์ {workspace.parent} เขียนไม่ได้): {exc.strerror or exc}"
        ) from exc
    return lock
