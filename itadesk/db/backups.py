"""Rotating backups of the working file, and putting one back.

A backup is a consistent single-file copy (SQLite backup API) in a folder beside the
workspace, taken when the window starts and before every migration; the newest ``KEEP``
are kept. Restoring never deletes anything: the file it replaces is moved aside first.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from itadesk.errors import WorkspaceError
from itadesk.paths import backups_dir_for

KEEP = 10
_STAMP = r"(?P<stamp>\d{8}-\d{6}-\d{6})"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime
    reason: str


def backup_copy(conn: sqlite3.Connection, workspace: Path, reason: str, *, keep: int = KEEP) -> Path:
    """A consistent copy of the open database beside the workspace; older ones rotated out."""
    folder = backups_dir_for(workspace)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{workspace.stem}-{reason}-{stamp}.itadesk"
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    for old in list_backups(workspace)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def list_backups(workspace: Path) -> list[Backup]:
    """This workspace's backups, newest first."""
    folder = backups_dir_for(workspace)
    name = re.compile(rf"^{re.escape(workspace.stem)}-(?P<reason>[a-z0-9-]+)-{_STAMP}\.itadesk$")
    found = []
    for path in folder.glob(f"{workspace.stem}-*.itadesk") if folder.is_dir() else ():
        match = name.match(path.name)
        if match:
            taken = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
            found.append(Backup(path, taken, match["reason"]))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def newest_good_backup(workspace: Path) -> Backup | None:
    """The newest backup that passes the same checks as a file arriving on USB."""
    from itadesk.db.transfer import inspect_file
    from itadesk.errors import WorkspaceError

    for backup in list_backups(workspace):
        try:
            inspect_file(backup.path)
        except WorkspaceError:
            continue
        return backup
    return None


def restore_backup(backup: Path, workspace: Path) -> Path | None:
    """Put ``backup`` in place of the (closed) workspace; returns where the old file went.

    The copy is written and fsynced beside the workspace first, so a failure (a full disk,
    a stick pulled out) leaves the workspace as it was; only then is the old file moved aside.
    """
    temp = workspace.with_name(f".{workspace.name}.restoring")
    try:
        shutil.copyfile(backup, temp)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise WorkspaceError(
            f"คัดลอกไฟล์ {Path(backup).name} ไม่สำเร็จ ข้อมูลเดิมไม่เปลี่ยนแปลง: {exc.strerror or exc}"
        ) from exc
    aside = None
    if workspace.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        aside = backups_dir_for(workspace) / f"{workspace.stem}-replaced-{stamp}.itadesk"
        aside.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(workspace, aside)
    for sidecar in ("-wal", "-shm"):
        Path(f"{workspace}{sidecar}").unlink(missing_ok=True)
    os.replace(temp, workspace)
    return aside
