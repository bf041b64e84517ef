"""Files that travel on a USB stick: writing a safe copy, and inspecting one that arrives.

``export_copy`` writes one self-contained file (no -wal/-shm sidecars) through SQLite's
backup API to a temporary name beside the target, makes it durable (fsync), verifies it,
and only then renames it into place, so a stick pulled out mid-write leaves the old file or
none — never a half file that looks valid.

``inspect_file`` treats a file as hostile: it reads nothing until the file's size and
header look sane, opens it read-only and immutable with ``trusted_schema=OFF``, refuses
anything in its schema that could run (triggers, views) or that ITADesk did not create,
checks ``application_id``, schema version and integrity, and never writes to it. Every
refusal is a ``WorkspaceError`` whose Thai message names the problem. A file copied with
Explorer while an older ITADesk (or a crash) left its edits in a ``-wal`` log beside it is
read with that log (``with_its_log``), from a private copy of both.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from concurrent.futures import wait as futures_wait
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from itadesk.db.connection import APPLICATION_ID, SQLITE_HEADER
from itadesk.db.durable import fsync_dir, fsync_file
from itadesk.db.schema import SCHEMA_VERSION, TABLES_BY_VERSION
from itadesk.errors import WorkspaceError

MAX_FILE_SIZE = 1 << 30
"""No office's workspace comes near 1 GiB; a larger (or sparse, blown-up) file is refused unread."""
MAX_SCHEMA_OBJECTS = 64


@dataclass(frozen=True)
class FileInfo:
    schema_version: int
    counts: dict[str, int]
    """Live (not deleted) rows per merged table, for the summary shown to the user."""


def _refuse(path: Path, why: str) -> WorkspaceError:
    return WorkspaceError(f"ใช้ไฟล์ {path.name} ไม่ได้: {why}")


def _read_only(path: Path) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    return conn


@contextmanager
def with_its_log(path: str | Path) -> Iterator[Path]:
    """The file to read for ``path``: ``path`` itself, or, when a ``-wal`` log lies beside it,
    a private copy of the file and its log in a temporary folder with the log folded in.

    The immutable read-only connection that reads hostile files ignores a log, so without
    this a copy whose recent edits are still in its ``-wal`` would arrive without them. The
    source (a stick, another PC's folder) is never written: only the private copy is.
    """
    path = Path(path)
    log = Path(f"{path}-wal")
    if not path.is_file() or not log.is_file() or log.stat().st_size == 0:
        yield path
        return
    if log.stat().st_size > MAX_FILE_SIZE:
        raise _refuse(path, f"ไฟล์บันทึกต่อท้าย {log.name} ใหญ่ผิดปกติ")
    with tempfile.TemporaryDirectory(prefix="itadesk-read-") as folder:
        copy = Path(folder) / path.name
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(log, f"{copy}-wal")
        except OSError as exc:
            raise _refuse(path, f"คัดลอกไฟล์และไฟล์ {log.name} มาอ่านไม่ได้ ({exc.strerror or exc})") from exc
        conn = sqlite3.connect(copy)
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA journal_mode = DELETE")  # folds the log into the private copy
        except sqlite3.Error:
            pass  # a log that cannot be read: the checks that follow say the copy is damaged
        finally:
            conn.close()
        yield copy


def inspect_file(path: str | Path, *, working: str | Path | None = None, full_check: bool = True) -> FileInfo:
    """Check a file that came from elsewhere, without trusting or changing it."""
    path = _arrived(path, working)
    with with_its_log(path) as readable:
        return _inspect_file(readable, path, full_check)


def _arrived(path: str | Path, working: str | Path | None) -> Path:
    path = Path(path)
    if not path.is_file():
        raise _refuse(path, "ไม่พบไฟล์ หรือไม่ใช่ไฟล์ธรรมดา")
    if working is not None and Path(working).exists() and os.path.samefile(path, working):
        raise _refuse(path, "เป็นไฟล์ข้อมูลที่กำลังใช้งานอยู่เอง")
    return path


@contextmanager
def inspected_while_read(
    path: str | Path, working: str | Path, worker: Executor
) -> Iterator[tuple[sqlite3.Connection, Callable[[], None]]]:
    """``inspect_file`` for a merge, which reads the whole copy anyway: yields a read-only,
    immutable connection to the copy once its size, header and schema have passed, while
    SQLite's integrity check (a third of a merge's time) runs on ``worker``'s thread —
    SQLite works without Python's lock, so the two share the PC's cores. ``confirm()``
    waits for the check and raises its refusal; nothing read from the copy may be kept
    before it returns."""
    path = _arrived(path, working)
    with with_its_log(path) as readable:
        conn = _inspected_connection(readable, path, integrity=False)
        check = worker.submit(_integrity_problem, readable)

        def confirm() -> None:
            problem = check.result()
            if problem:
                raise _refuse(path, problem)

        try:
            yield conn, confirm
        finally:
            if not check.cancel():
                futures_wait([check])  # the private copy it reads is removed next
            conn.close()


def _integrity_problem(readable: Path) -> str | None:
    try:
        conn = _read_only(readable)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"ไฟล์เสียหาย ({exc})"
    return None if problems == ["ok"] else f"ไฟล์เสียหาย ({problems[0]})"


def _inspect_file(readable: Path, path: Path, full_check: bool = True) -> FileInfo:
    """``inspect_file`` on ``readable``, the file itself or a private copy with its log folded
    in; messages name ``path``, the file the user chose."""
    conn = _inspected_connection(readable, path, full_check)
    try:
        return _counts(conn, path)
    finally:
        conn.close()


def _inspected_connection(
    readable: Path, path: Path, full_check: bool = True, integrity: bool = True
) -> sqlite3.Connection:
    """A read-only connection to ``readable`` once it has passed ``inspect_file``'s checks
    (``integrity=False`` leaves the integrity check to the caller: ``inspected_while_read``)."""
    size = readable.stat().st_size
    if size == 0:
        raise _refuse(path, "ไฟล์ว่างเปล่า (อาจคัดลอกไม่สำเร็จ)")
    if size > MAX_FILE_SIZE:
        raise _refuse(path, f"ไฟล์ใหญ่ผิดปกติ ({size / (1 << 30):.1f} GiB)")
    with readable.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise _refuse(path, "ไม่ใช่ไฟล์ข้อมูลของ ITADesk")
    try:
        conn = _read_only(readable)
    except sqlite3.Error as exc:
        raise _refuse(path, f"เปิดไฟล์ไม่ได้ ({exc})") from exc
    with ExitStack() as refused:
        refused.callback(conn.close)
        try:
            _inspect(conn, path, full_check, integrity)
        except sqlite3.DatabaseError as exc:
            raise _refuse(path, f"ไฟล์เสียหาย ({exc})") from exc
        refused.pop_all()  # passed: the caller closes it
    return conn


def _inspect(conn: sqlite3.Connection, path: Path, full_check: bool, integrity: bool) -> None:
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        raise _refuse(path, "เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ไฟล์ของ ITADesk")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise _refuse(path, f"สร้างจาก ITADesk รุ่นที่ใหม่กว่า (โครงสร้างรุ่น {version}) โปรดปรับปรุง ITADesk ก่อน")
    if version < 1:
        raise _refuse(path, "เป็นไฟล์ ITADesk ที่ยังไม่สมบูรณ์ (ไม่มีโครงสร้างข้อมูล)")
    objects = conn.execute(f"SELECT type, name FROM sqlite_master LIMIT {MAX_SCHEMA_OBJECTS + 1}").fetchall()
    if len(objects) > MAX_SCHEMA_OBJECTS:
        raise _refuse(path, "มีตารางจำนวนมากผิดปกติ")
    active = sorted(name for kind, name in objects if kind in ("trigger", "view"))
    if active:
        raise _refuse(path, f"มีทริกเกอร์หรือวิวซ่อนอยู่ ({', '.join(active[:3])}) ซึ่ง ITADesk ไม่ได้สร้าง")
    tables = {name for kind, name in objects if kind == "table" and not name.startswith("sqlite_")}
    if tables != TABLES_BY_VERSION[version]:
        raise _refuse(path, "โครงสร้างตารางไม่ตรงกับไฟล์ของ ITADesk")
    if integrity:
        problems = [
            row[0] for row in conn.execute("PRAGMA integrity_check" if full_check else "PRAGMA quick_check")
        ]
        if problems != ["ok"]:
            raise _refuse(path, f"ไฟล์เสียหาย ({problems[0]})")


def _counts(conn: sqlite3.Connection, path: Path) -> FileInfo:
    try:
        counts = {
            table: conn.execute(f"SELECT count(*) FROM [{table}] WHERE deleted = 0").fetchone()[0]
            for table in ("scores", "results", "checklist", "measures")
        }
        return FileInfo(conn.execute("PRAGMA user_version").fetchone()[0], counts)
    except sqlite3.DatabaseError as exc:
        raise _refuse(path, f"ไฟล์เสียหาย ({exc})") from exc


def _write_error(target: Path, exc: BaseException) -> WorkspaceError:
    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT) or "full" in text:
        why = "พื้นที่บนปลายทางไม่พอ โปรดลบไฟล์ที่ไม่ใช้หรือใช้ USB อื่น"
    elif code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text:
        why = "ปลายทางเป็นแบบอ่านอย่างเดียว หรือไม่มีสิทธิ์เขียน (ตรวจสวิตช์ล็อกของ USB)"
    elif code in (errno.ENOENT, errno.ENODEV, errno.EIO) or "unable to open" in text or "disk i/o" in text:
        why = "เขียนไม่สำเร็จ อาจถอด USB ออกระหว่างบันทึก โปรดเสียบแล้วลองใหม่"
    else:
        why = str(exc)
    return WorkspaceError(f"บันทึกสำเนาไปที่ {target} ไม่สำเร็จ: {why} — ไฟล์เดิมบนปลายทาง (ถ้ามี) ไม่ถูกเปลี่ยนแปลง")


def _database_size(conn: sqlite3.Connection) -> int:
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    return conn.execute("PRAGMA page_count").fetchone()[0] * page_size


def export_copy(source: sqlite3.Connection, target: str | Path) -> Path:
    """Write a verified, self-contained copy of the open workspace ``source`` to ``target``."""
    target = Path(target)
    if not target.parent.is_dir():
        raise WorkspaceError(f"ไม่พบโฟลเดอร์ปลายทาง {target.parent} (ยังไม่ได้เสียบ USB หรือไม่?)")
    needed = _database_size(source)
    try:
        free = shutil.disk_usage(target.parent).free
    except OSError:
        free = needed * 2  # unknown: let the write itself report
    if free < needed * 1.05:
        raise _write_error(target, OSError(errno.ENOSPC, "no space"))
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        dest = sqlite3.connect(temp)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one file: no -wal needed to read it
            dest.commit()
        finally:
            dest.close()
        fsync_file(temp)
        inspect_file(temp)
        os.replace(temp, target)
        fsync_dir(target.parent)
    except WorkspaceError as exc:
        raise WorkspaceError(f"สำเนาที่เขียนไม่ผ่านการตรวจสอบ จึงไม่ได้บันทึก: {exc}") from exc
    except (OSError, sqlite3.Error) as exc:
        raise _write_error(target, exc) from exc
    finally:
        try:
            temp.unlink(missing_ok=True)
        except OSError:
            pass
    return target
