"""The one door through which a workspace file is opened.

``open_workspace`` sets the pragmas, recognises ITADesk's own files by ``application_id``,
refuses files it cannot safely use (someone else's database, a file from a newer ITADesk,
a damaged file), backs the file up before migrating it forward, and seeds a new file with
the built-in frameworks. Everything it refuses is refused with a Thai sentence.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import sqlite_utils

from itadesk.db.backups import backup_copy
from itadesk.db.hlc import HybridLogicalClock
from itadesk.db.office import ensure_office_id
from itadesk.db.schema import MIGRATIONS, SCHEMA_VERSION, SYNC_SEEN_UPSERT, natural_id, new_id
from itadesk.errors import DamagedWorkspaceError, DiskFullError, WorkspaceBusyError, WorkspaceError
from itadesk.frameworks import builtin_framework_files, builtin_frameworks

APPLICATION_ID = 0x49544144  # "ITAD"
SQLITE_HEADER = b"SQLite format 3\x00"


BUSY_TIMEOUT_S = 5.0
"""How long an opening waits for another program's transaction before saying the file is busy."""


def _pragmas(conn: sqlite3.Connection) -> None:
    """A rollback journal, not a write-ahead log: after every commit the main file alone holds
    every committed edit, so a copy made with Explorer between edits is complete, and no
    ``-wal`` is left beside the file. A workspace left in WAL mode by an older ITADesk (or a
    crash) is checkpointed into its main file here, its log read first, never dropped.
    ``bench/edit_cost.py`` measures what this costs per edit against WAL."""
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    if mode.lower() != "delete":  # the log could not be folded in: another connection holds it
        raise sqlite3.OperationalError("database is locked")
    conn.execute("PRAGMA synchronous = FULL")


def _opening_error(path: Path, exc: sqlite3.Error) -> WorkspaceError:
    """What an SQLite error at opening means for the office. Only a file whose pages SQLite
    cannot read is damage (a backup may be offered); a busy file, a full disk or a read-only
    folder are not, and their data is whole."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return WorkspaceBusyError(
            f"ไฟล์ {path.name} กำลังถูกใช้งานโดยโปรแกรมอื่นหรือคำสั่ง itadesk อื่น "
            "โปรดรอให้งานนั้นเสร็จแล้วลองอีกครั้ง (ข้อมูลไม่ได้เสียหาย)"
        )
    if "full" in text:
        return DiskFullError(f"ดิสก์ที่เก็บไฟล์ {path.name} เต็ม โปรดลบไฟล์ที่ไม่ใช้แล้วเปิดใหม่ (ข้อมูลไม่ได้เสียหาย)")
    if "readonly" in text or "read-only" in text or "unable to open" in text or "disk i/o" in text:
        return WorkspaceError(f"เปิดไฟล์ {path} ไม่ได้: ไม่มีสิทธิ์เขียน หรืออ่านดิสก์ไม่ได้ ({exc})")
    return DamagedWorkspaceError(f"ไฟล์ {path.name} เสียหายหรือเปิดไม่ได้ ({exc})")


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise WorkspaceError(f"เปิดไฟล์ {path} ไม่ได้: {exc.strerror or exc}") from exc
    if header != SQLITE_HEADER:
        raise WorkspaceError(f"ไฟล์ {path.name} ไม่ใช่ไฟล์ข้อมูลของ ITADesk (ไฟล์ว่างหรือเป็นไฟล์ชนิดอื่น)")


def _is_empty_database(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def _migrate(db: sqlite_utils.Database, path: Path, version: int, *, fresh: bool) -> None:
    conn = db.conn
    if not fresh:
        backup_copy(conn, path, f"before-v{SCHEMA_VERSION}")
    with db.atomic():  # all steps or none: a migration killed half-way leaves the old file
        for target in range(version, SCHEMA_VERSION):
            MIGRATIONS[target](db)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _seed(db: sqlite_utils.Database) -> None:
    """Give this opening of the file a fresh device id, and the file every built-in
    framework it does not hold yet.

    The "device" that stamps edits is one session of one copy, not a PC: an office that
    copies the file with Explorer and edits both copies must still have two sets of edits a
    merge can tell apart. The previous session's id and its last stamp go into the version
    vector (``sync_seen``), which is exactly what this copy has seen from it.

    Runs on every open, so a newer ITADesk that ships a new year's framework adds it to
    existing workspaces without touching the years an office has already edited.
    """
    meta = db["meta"]
    with db.atomic():
        previous = dict(
            db.execute("SELECT key, value FROM meta WHERE key IN ('device_id', 'hlc')").fetchall()
        )
        if previous.get("device_id") and previous.get("hlc"):
            db.execute(SYNC_SEEN_UPSERT, [previous["device_id"], previous["hlc"]])
        device = new_id()
        meta.upsert({"key": "device_id", "value": device}, pk="key")
        clock = HybridLogicalClock(previous.get("hlc"))
        present = {r[0] for r in db.execute("SELECT fiscal_year FROM frameworks")}
        files = builtin_framework_files()
        for year in sorted(set(builtin_frameworks()) - present):
            document = json.loads(files[year].read_text(encoding="utf-8"))
            db["frameworks"].insert(
                {
                    "id": natural_id("frameworks", year),
                    "fiscal_year": year,
                    "document": json.dumps(document, ensure_ascii=False),
                    "updated_at": clock.tick(),
                    "updated_by": device,
                    "deleted": 0,
                }
            )
        meta.upsert({"key": "hlc", "value": clock.last}, pk="key")
        ensure_office_id(db.conn)


def open_workspace(path: str | Path, *, create: bool = True) -> sqlite_utils.Database:
    """Open (or create) the workspace at ``path``, migrated to the current schema.

    Raises ``WorkspaceError`` with a Thai message for anything it will not open.
    """
    path = Path(path)
    if path.exists():
        if path.is_dir():
            raise WorkspaceError(f"{path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ข้อมูล")
        _check_header(path)
    elif not create:
        raise WorkspaceError(f"ไม่พบไฟล์ข้อมูล {path}")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(f"สร้างโฟลเดอร์ {path.parent} ไม่ได้: {exc.strerror or exc}") from exc
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise WorkspaceError(f"เปิดไฟล์ {path} ไม่ได้: {exc}") from exc
    try:
        db = _open(conn, path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _opening_error(path, exc) from exc
    except BaseException:
        conn.close()
        raise
    return db


def _open(conn: sqlite3.Connection, path: Path) -> sqlite_utils.Database:
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    fresh = application_id == 0 and version == 0 and _is_empty_database(conn)
    if not fresh and application_id != APPLICATION_ID:
        raise WorkspaceError(f"ไฟล์ {path.name} เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ไฟล์ของ ITADesk")
    if version > SCHEMA_VERSION:
        raise WorkspaceError(
            f"ไฟล์ {path.name} สร้างจาก ITADesk รุ่นที่ใหม่กว่า (โครงสร้างรุ่น {version}) โปรดปรับปรุง ITADesk ก่อนเปิดไฟล์นี้"
        )
    if not fresh:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise DamagedWorkspaceError(f"ไฟล์ {path.name} เสียหาย: {problems[0]}")
    _pragmas(conn)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    if version < SCHEMA_VERSION:
        _migrate(db, path, version, fresh=fresh)
    _seed(db)
    return db


def check_workspace(path: str | Path) -> tuple[bool, str, int | None]:
    """Integrity and schema version of a file, without changing it: (ok, message, version)."""
    from itadesk.db.transfer import inspect_file

    try:
        info = inspect_file(path)
    except WorkspaceError as exc:
        return False, str(exc), None
    return True, f"ไฟล์สมบูรณ์ โครงสร้างรุ่น {info.schema_version}", info.schema_version
