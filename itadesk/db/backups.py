"""Backups of the working file that reach back in time, and putting one back.

A backup is a consistent single-file copy (SQLite backup API) in a folder beside the
workspace, written to a temporary name, flushed to disk and only then renamed, so a power
cut never leaves a half backup that looks whole. One is taken at every opening of the
window and before every merge, restore, migration and new fiscal year.

They are kept by age, as backup tools do (``kept``): every backup of the last two days, the
newest of each day for 30 days, the newest of each month for two years, every one taken
before a merge, restore, migration or new year for two years, always the newest one — and
all of it within ``MAX_TOTAL_BYTES``, the oldest going first. The clock is a parameter so
that tests can live through two years in a second.

Restoring never loses committed work: what it replaces is first kept aside as a complete,
openable copy (read with its log), the log is folded into (never dropped from) the old
file, and the new file comes in by one atomic rename — a kill at any step leaves the old
data or the new, never no workspace.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from concurrent.futures import wait as futures_wait
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from itadesk.db.durable import fsync_dir, fsync_file
from itadesk.errors import DiskFullError, WorkspaceBusyError, WorkspaceError
from itadesk.paths import backups_dir_for

RECENT = dt.timedelta(days=2)
DAILY = dt.timedelta(days=30)
MONTHLY = dt.timedelta(days=730)
MAX_TOTAL_BYTES = 512 << 20
"""Room the backups of one workspace may take; an office's workspace is a few megabytes."""
EVENT_PREFIX = "before-"
"""Backups named ``before-…`` (merge, migration, new year) or ``replaced`` (before a restore)
are kept for every event, not thinned to one per day."""
SIDECARS = ("-wal", "-journal")
"""Files beside a workspace that may hold committed pages (WAL) or pages to roll back."""
_STAMP = r"(?P<stamp>\d{8}-\d{6}-\d{6})"
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime
    reason: str

    @property
    def for_an_event(self) -> bool:
        return self.reason.startswith(EVENT_PREFIX) or self.reason == "replaced"


def _target(workspace: Path, reason: str, now: dt.datetime | None) -> Path:
    folder = backups_dir_for(workspace)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now()).strftime(_STAMP_FORMAT)
    return folder / f"{workspace.stem}-{reason}-{stamp}.itadesk"


def _part(target: Path) -> Path:
    return target.with_name(f".{target.name}.part")


LOCKED_OUT_S = 10.0
"""How long a backup waits for another program's write lock on the workspace before it gives
up (Python's backup otherwise retries for ever, and a merge waiting for it would hang)."""


def _locked_out_after(seconds: float) -> Callable[[int, int, int], None]:
    """A backup ``progress`` callback that ends the backup once it has been refused the
    source's lock for ``seconds``."""
    deadline = time.monotonic() + seconds

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")

    return progress


def _write_part(source: sqlite3.Connection, target: Path) -> None:
    """``source`` as one self-contained, durable file under ``target``'s unfinished name.

    The unfinished file needs no rollback journal and no syncs of SQLite's own: a copy cut
    short is never named, and the whole file is flushed once before it is (half the time
    of a backup that journals and syncs like a working file)."""
    dest = sqlite3.connect(_part(target))
    try:
        dest.execute("PRAGMA journal_mode = OFF")
        dest.execute("PRAGMA synchronous = OFF")
        source.backup(dest, progress=_locked_out_after(LOCKED_OUT_S))
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    fsync_file(_part(target))


def _name(target: Path) -> None:
    os.replace(_part(target), target)
    fsync_dir(target.parent)


def _write_copy(source: sqlite3.Connection, target: Path) -> None:
    """``source`` into ``target`` as one self-contained file, durable before it gets its name."""
    try:
        _write_part(source, target)
        _name(target)
    finally:
        _part(target).unlink(missing_ok=True)


def backup_copy(
    conn: sqlite3.Connection, workspace: Path, reason: str, *, now: dt.datetime | None = None
) -> Path:
    """A consistent, durable copy of the open database beside the workspace; then the
    backups no longer worth keeping (``kept``) are removed."""
    try:
        target = _target(workspace, reason, now)
        _write_copy(conn, target)
    except (OSError, sqlite3.Error) as exc:
        raise _backup_error(exc) from exc
    prune(workspace, now=now)
    return target


def _backup_error(exc: OSError | sqlite3.Error) -> WorkspaceError:
    if getattr(exc, "errno", None) in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT) or "full" in str(exc).lower():
        return DiskFullError("สำรองข้อมูลไม่สำเร็จ เพราะดิสก์เต็ม โปรดลบไฟล์ที่ไม่ใช้แล้วลองอีกครั้ง (ข้อมูลไม่ได้เสียหาย)")
    if "locked" in str(exc).lower():
        return WorkspaceBusyError(
            "สำรองข้อมูลไม่สำเร็จ เพราะไฟล์ข้อมูลกำลังถูกเขียนโดยโปรแกรมอื่น โปรดปิดโปรแกรมนั้นแล้วลองอีกครั้ง (ข้อมูลไม่ได้เสียหาย)"
        )
    return WorkspaceError(f"สำรองข้อมูลไม่สำเร็จ: {getattr(exc, 'strerror', None) or exc}")


def workspace_file(conn: sqlite3.Connection) -> Path | None:
    """The file behind an open connection's main database (None for one in memory)."""
    main = next((row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"), "")
    return Path(main) if main else None


def backup_open_store(conn: sqlite3.Connection, reason: str) -> Path | None:
    """``backup_copy`` of the workspace ``conn`` has open (None for a database in memory)."""
    main = workspace_file(conn)
    return backup_copy(conn, main, reason) if main else None


def _written_aside(workspace: Path, target: Path) -> None:
    source = sqlite3.connect(f"{workspace.resolve().as_uri()}?mode=ro", uri=True)
    try:
        _write_part(source, target)
    finally:
        source.close()


@contextmanager
def backup_while_working(
    workspace: Path | None, reason: str, worker: Executor
) -> Iterator[Callable[[], Path | None]]:
    """A backup of ``workspace`` written on ``worker``'s thread, through a connection of its
    own, while the caller works (a merge checks the incoming copy and prepares its
    transaction meanwhile; SQLite works without Python's lock, so the two share the PC's
    cores). ``keep()`` waits for it and names it; the backups no longer worth keeping go on
    the worker while the caller finishes. The caller must not commit to the workspace, nor
    let its transaction's pages reach the file, before ``keep()``. Left without ``keep()``
    (the copy was refused), the unfinished backup is removed."""
    if workspace is None:  # a database in memory
        yield lambda: None
        return
    target = _target(workspace, reason, None)
    writing = worker.submit(_written_aside, workspace, target)
    pruning = []

    def keep() -> Path:
        try:
            writing.result()
            _name(target)
        except (OSError, sqlite3.Error) as exc:
            raise _backup_error(exc) from exc
        # Old backups go on the worker; one that cannot be removed now (an antivirus holds it
        # open) stays for a later prune: the future's error is not the merge's.
        pruning.append(worker.submit(prune, workspace))
        return target

    try:
        yield keep
    finally:
        if not writing.cancel():
            futures_wait([writing, *pruning])
        _part(target).unlink(missing_ok=True)


def list_backups(workspace: Path) -> list[Backup]:
    """This workspace's backups, newest first."""
    folder = backups_dir_for(workspace)
    name = re.compile(rf"^{re.escape(workspace.stem)}-(?P<reason>[a-z0-9-]+)-{_STAMP}\.itadesk$")
    found = []
    for path in folder.glob(f"{workspace.stem}-*.itadesk") if folder.is_dir() else ():
        match = name.match(path.name)
        if match:
            taken = dt.datetime.strptime(match["stamp"], _STAMP_FORMAT)
            found.append(Backup(path, taken, match["reason"]))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def kept(backups: list[Backup], now: dt.datetime, sizes: dict[Path, int] | None = None) -> list[Backup]:
    """Which of ``backups`` (newest first) to keep at ``now``, newest first."""
    keep: list[Backup] = []
    days: set[dt.date] = set()
    months: set[tuple[int, int]] = set()
    for backup in backups:
        age = now - backup.taken
        day, month = backup.taken.date(), (backup.taken.year, backup.taken.month)
        if (
            not keep  # the newest one, however old
            or age <= RECENT
            or (backup.for_an_event and age <= MONTHLY)
            or (age <= DAILY and day not in days)
            or (age <= MONTHLY and month not in months)
        ):
            keep.append(backup)
        days.add(day)
        months.add(month)
    if sizes is not None:
        total = sum(sizes.get(b.path, 0) for b in keep)
        while len(keep) > 1 and total > MAX_TOTAL_BYTES:
            total -= sizes.get(keep.pop().path, 0)
    return keep


def prune(workspace: Path, *, now: dt.datetime | None = None) -> None:
    """Remove the backups ``kept`` no longer keeps (with any log beside them)."""
    backups = list_backups(workspace)
    sizes = {}
    for backup in backups:
        try:
            sizes[backup.path] = backup.path.stat().st_size
        except OSError:
            sizes[backup.path] = 0
    keep = {b.path for b in kept(backups, now or dt.datetime.now(), sizes)}
    for backup in backups:
        if backup.path not in keep:
            for suffix in ("", *SIDECARS):
                Path(f"{backup.path}{suffix}").unlink(missing_ok=True)


def newest_good_backup(workspace: Path) -> Backup | None:
    """The newest backup that passes the same checks as a file arriving on USB."""
    from itadesk.db.transfer import inspect_file

    for backup in list_backups(workspace):
        try:
            inspect_file(backup.path)
        except WorkspaceError:
            continue
        return backup
    return None


def _keep_aside(workspace: Path, now: dt.datetime | None) -> Path:
    """A complete copy of the (closed) workspace in the backups folder, read with its log.

    A file SQLite can still read is copied through the backup API, which reads the pages
    still in its ``-wal``; one it cannot read is copied as it lies, its log and journal beside
    the copy under the copy's name, so opening the copy reads them too."""
    target = _target(workspace, "replaced", now)
    try:
        conn = sqlite3.connect(workspace)
        try:
            _write_copy(conn, target)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        for suffix in (*SIDECARS, ""):  # the file itself last: a listed backup is always whole
            source = Path(f"{workspace}{suffix}")
            if source.exists():
                part = target.with_name(f".{target.name}{suffix}.part")
                shutil.copyfile(source, part)
                fsync_file(part)
                os.replace(part, f"{target}{suffix}")
        fsync_dir(target.parent)
    return target


def _fold_log(workspace: Path) -> None:
    """Leave no log or hot journal beside the (closed) workspace that could be applied to the
    file about to replace it: fold it into the old file if SQLite can, else remove it — only
    ever called once ``_keep_aside`` holds a durable copy of it."""
    if not any(Path(f"{workspace}{suffix}").exists() for suffix in SIDECARS):
        return
    try:
        conn = sqlite3.connect(workspace)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")  # rolls back a hot journal, checkpoints a log
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        pass
    for suffix in SIDECARS:
        Path(f"{workspace}{suffix}").unlink(missing_ok=True)
    fsync_dir(workspace.parent)


def restore_backup(backup: Path, workspace: Path, *, now: dt.datetime | None = None) -> Path | None:
    """Put ``backup`` in place of the (closed) workspace; returns where the old data was kept.

    The incoming copy is written and fsynced beside the workspace first, so a failure (a full
    disk, a stick pulled out) leaves the workspace as it was; the data it replaces is then kept
    aside whole, and the swap itself is one atomic rename."""
    from itadesk.db.transfer import with_its_log

    temp = workspace.with_name(f".{workspace.name}.restoring")
    try:
        with with_its_log(backup) as readable:
            shutil.copyfile(readable, temp)
        fsync_file(temp)
    except (OSError, WorkspaceError) as exc:
        temp.unlink(missing_ok=True)
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise WorkspaceError(f"คัดลอกไฟล์ {Path(backup).name} ไม่สำเร็จ ข้อมูลเดิมไม่เปลี่ยนแปลง: {why}") from exc
    try:
        aside = _keep_aside(workspace, now) if workspace.exists() else None
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise WorkspaceError(
            f"เก็บสำเนาข้อมูลปัจจุบันไว้ก่อนไม่สำเร็จ จึงไม่ได้เรียกคืน ข้อมูลเดิมไม่เปลี่ยนแปลง: {exc.strerror or exc}"
        ) from exc
    _fold_log(workspace)
    os.replace(temp, workspace)
    fsync_dir(workspace.parent)
    Path(f"{workspace}-shm").unlink(missing_ok=True)
    prune(workspace, now=now)
    return aside


@dataclass(frozen=True)
class Contents:
    """What a backup holds, for the office to choose the right one."""

    office: str
    years: tuple[int, ...]
    """Fiscal years with scores, checklist work or measures."""
    measures: int
    last_edit: dt.datetime | None


def contents(path: Path) -> Contents | None:
    """What the backup at ``path`` holds, read without changing it; None if unreadable."""
    from itadesk.db.hlc import parse_stamp
    from itadesk.db.transfer import _read_only

    try:
        conn = _read_only(path)
    except sqlite3.Error:
        return None
    try:
        office = conn.execute("SELECT name FROM agency WHERE deleted = 0 LIMIT 1").fetchone()
        years = conn.execute(
            "SELECT fiscal_year FROM scores WHERE deleted = 0 AND score IS NOT NULL"
            " UNION SELECT fiscal_year FROM measures WHERE deleted = 0"
            " UNION SELECT fiscal_year FROM checklist WHERE deleted = 0 ORDER BY 1"
        ).fetchall()
        measures = conn.execute("SELECT count(*) FROM measures WHERE deleted = 0").fetchone()[0]
        stamps = [
            conn.execute(f"SELECT max(updated_at) FROM [{table}]").fetchone()[0]
            for table in ("agency", "scores", "results", "checklist", "measures")
        ]
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    stamp = max((s for s in stamps if s), default=None)
    last = dt.datetime.fromtimestamp(parse_stamp(stamp)[0] / 1000) if stamp else None
    return Contents((office[0] or "") if office else "", tuple(y for (y,) in years), measures, last)
