"""Which office a workspace file belongs to, and where a copy of it was last worked on.

A workspace belongs to one office. The identity is a random id written into the file's
``meta`` table when the workspace is created (or first opened by this version), so every
copy — a USB copy, an Explorer copy, a backup — carries it. Beside it the file records the
PC and the person who last opened it, shown before a merge.

How two identities are settled when copies meet (``same_office``):

- the same id: the same office;
- different ids, but the two files name the same office (the agency's full name, spaces
  ignored) or one side has not entered its office yet: a workspace started on a second PC
  of the same office before the first copy arrived. The merge goes ahead and both sides
  keep the *smaller* id (``settled_id``), so whichever PC merges first, and in whatever
  order the copies travel, every PC of the office ends with the same id;
- different ids naming different offices: another office's file, refused.

``office_of(path)`` reads a file's identity without Qt and without changing the file (a
roll-up of many offices' files reads them with it).
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from itadesk.errors import WorkspaceError
from itadesk.records import Agency

OFFICE_ID = "office_id"
LAST_PC = "last_pc"
LAST_USER = "last_user"
LAST_OPENED = "last_opened"


@dataclass(frozen=True)
class Office:
    """A file's office identity and the PC and person that last worked on it."""

    id: str
    name: str
    pc: str = ""
    user: str = ""
    opened: str = ""

    def describe(self) -> str:
        """``อบต.หัวเรือ (เครื่อง PC-01 · ผู้ใช้ สมศรี)`` for the question before a merge."""
        origin = " · ".join(
            part
            for part in (f"เครื่อง {self.pc}" if self.pc else "", f"ผู้ใช้ {self.user}" if self.user else "")
            if part
        )
        name = self.name or "ยังไม่ได้กรอกชื่อหน่วยงาน"
        return f"{name} ({origin})" if origin else name


def _key(name: str) -> str:
    return "".join(name.split())


def same_office(ours: Office, theirs: Office) -> bool:
    """Whether two files are workspaces of one office (see the module's rule)."""
    if ours.id and ours.id == theirs.id:
        return True
    return not ours.name or not theirs.name or _key(ours.name) == _key(theirs.name)


def settled_id(ours: Office, theirs: Office) -> str:
    """The id both sides keep after merging copies of one office: the smaller one."""
    return min(i for i in (ours.id, theirs.id) if i) if (ours.id or theirs.id) else ""


def ensure_office_id(conn: sqlite3.Connection) -> str:
    """The workspace's office id, created the first time (inside the caller's transaction)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", [OFFICE_ID]).fetchone()
    if row and row[0]:
        return row[0]
    office = str(uuid.uuid4())
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [OFFICE_ID, office])
    return office


def read_office(conn: sqlite3.Connection) -> Office:
    """The identity held by an open workspace connection (read only)."""
    meta = dict(
        conn.execute(
            "SELECT key, value FROM meta WHERE key IN (?, ?, ?, ?)",
            [OFFICE_ID, LAST_PC, LAST_USER, LAST_OPENED],
        ).fetchall()
    )
    row = conn.execute("SELECT name, kind FROM agency WHERE deleted = 0 LIMIT 1").fetchone()
    name = Agency(name=row[0] or "", kind=row[1] or Agency.kind).full_name if row else ""
    return Office(
        meta.get(OFFICE_ID, ""),
        name,
        meta.get(LAST_PC, ""),
        meta.get(LAST_USER, ""),
        meta.get(LAST_OPENED, ""),
    )


def office_of(path: str | Path) -> Office:
    """The office identity of the ITADesk file at ``path``, read without changing it."""
    path = Path(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise WorkspaceError(f"อ่านไฟล์ {path.name} ไม่ได้ ({exc})") from exc
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        return office_in(conn, path)
    finally:
        conn.close()


def office_in(conn: sqlite3.Connection, path: Path) -> Office:
    """``read_office`` of a connection to a copy at ``path``, refused in Thai when unreadable."""
    try:
        return read_office(conn)
    except sqlite3.Error as exc:
        raise WorkspaceError(f"อ่านไฟล์ {path.name} ไม่ได้ ({exc})") from exc


class OtherOfficeError(WorkspaceError):
    """A copy of another office's workspace: merging it would take this office over."""

    def __init__(self, ours: Office, theirs: Office):
        super().__init__(
            f"ไฟล์นี้เป็นข้อมูลของ {theirs.name} ไม่ใช่ของ {ours.name} จึงรวมข้อมูลไม่ได้ "
            "ข้อมูลของเครื่องนี้ไม่เปลี่ยนแปลง (ไฟล์ของแต่ละหน่วยงานเก็บแยกกัน)"
        )
        self.ours, self.theirs = ours, theirs
