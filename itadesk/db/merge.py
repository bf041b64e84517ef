"""Merging a copy that came back on a USB stick into the working file.

Rows meet by UUID; each field goes to the side whose version the other has not seen:
every workspace keeps a version vector (``sync_seen``: the newest stamp it has taken in
from each device), so a version the other side has already seen is older news, and a
version each side has not seen of the other is a *concurrent* edit — two people changed
the same field since the copies parted. A concurrent edit is settled the same way on every
PC (the higher hybrid-logical-clock stamp wins, so merging converges whatever the order),
and both values are kept in ``conflicts`` for the user to choose. Deletes are tombstones
and merge like any other field.

The whole merge is one transaction after an automatic backup; the incoming file is
inspected as hostile first and read only through a read-only, immutable connection.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from itadesk.db.backups import backup_copy
from itadesk.db.schema import FIELD_VERSION_UPSERT, SYNCED_TABLES, natural_id
from itadesk.db.store import Store
from itadesk.db.transfer import _read_only, inspect_file

Version = tuple[str, str]  # (stamp, device)
NOT_FIELDS = {"id", "updated_at", "updated_by"}


@dataclass
class MergeResult:
    added: int = 0
    changed: int = 0
    deleted: int = 0
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    @property
    def summary(self) -> str:
        return (
            f"เพิ่ม {self.added} รายการ · เปลี่ยน {self.changed} ช่อง · ลบ {self.deleted} รายการ · "
            f"แก้ไขพร้อมกัน {len(self.conflicts)} ช่อง"
        )


def version_vector(conn: sqlite3.Connection) -> dict[str, str]:
    """What a workspace has seen from each device, its own edits included."""
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    seen = dict(conn.execute("SELECT device, stamp FROM sync_seen")) if "sync_seen" in names else {}
    meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('device_id', 'hlc')"))
    if meta.get("device_id") and meta.get("hlc"):
        seen[meta["device_id"]] = max(seen.get(meta["device_id"], ""), meta["hlc"])
    return seen


def _rows(conn: sqlite3.Connection, table: str) -> tuple[list[str], dict[str, dict[str, Any]]]:
    cursor = conn.execute(f"SELECT * FROM [{table}]")
    columns = [d[0] for d in cursor.description]
    return columns, {row[0]: dict(zip(columns, row, strict=True)) for row in cursor}


def _versions(conn: sqlite3.Connection, table: str) -> dict[tuple[str, str], Version]:
    rows = conn.execute(
        "SELECT row_id, field, updated_at, updated_by FROM field_versions WHERE table_name = ?", [table]
    )
    return {(row_id, name): (stamp, device) for row_id, name, stamp, device in rows}


def _text(value: Any) -> str | None:
    return None if value is None else value if isinstance(value, str) else json.dumps(value)


def _working_path(conn: sqlite3.Connection) -> Path:
    return Path(next(row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"))


def merge_file(store: Store, incoming: str | Path) -> MergeResult:
    """Merge the ITADesk file ``incoming`` into the store's working file."""
    working = _working_path(store.db.conn)
    inspect_file(incoming, working=working)
    backup_copy(store.db.conn, working, "before-merge")
    source = _read_only(Path(incoming))
    try:
        with store._transaction():
            return _merge(store, source)
    finally:
        source.close()


def _merge(store: Store, source: sqlite3.Connection) -> MergeResult:
    db = store.db
    result = MergeResult()
    versions_taken: list[tuple[str, str, str, str, str]] = []
    audit: list[dict[str, Any]] = []
    seen_here, seen_there = version_vector(db.conn), version_vector(source)
    newest = ""
    for table in SYNCED_TABLES:
        columns, theirs = _rows(source, table)
        _cols, ours = _rows(db.conn, table)
        fields = [c for c in columns if c not in NOT_FIELDS]
        new_rows: list[tuple[Any, ...]] = []
        their_versions, our_versions = _versions(source, table), _versions(db.conn, table)
        for row_id, their_row in theirs.items():
            row_version = (their_row["updated_at"], their_row["updated_by"])
            newest = max(newest, row_version[0])
            if row_id not in ours:
                db[table].insert(their_row)
                for name in fields:
                    stamp, device = their_versions.get((row_id, name), row_version)
                    db["field_versions"].upsert(
                        {
                            "table_name": table,
                            "row_id": row_id,
                            "field": name,
                            "updated_at": stamp,
                            "updated_by": device,
                        },
                        pk=("table_name", "row_id", "field"),
                    )
                result.deleted += bool(their_row["deleted"])
                result.added += not their_row["deleted"]
                continue
            our_row = ours[row_id]
            our_row_version = (our_row["updated_at"], our_row["updated_by"])
            updates: dict[str, Any] = {}
            took_version = False
            for name in fields:
                theirs_v = their_versions.get((row_id, name), row_version)
                ours_v = our_versions.get((row_id, name), our_row_version)
                if theirs_v == ours_v:
                    continue
                take = _decide(name, their_row[name], our_row[name], theirs_v, ours_v, seen_here, seen_there)
                if take == "conflict":
                    winner_theirs = theirs_v > ours_v
                    kept, other = ((their_row[name], theirs_v), (our_row[name], ours_v))
                    if not winner_theirs:
                        kept, other = other, kept
                    result.conflicts.append(_conflict(table, row_id, name, kept, other))
                    take = "theirs" if winner_theirs else "ours"
                if take == "theirs":
                    took_version = True
                    if their_row[name] != our_row[name]:
                        updates[name] = their_row[name]
                    versions_taken.append((table, row_id, name, theirs_v[0], theirs_v[1]))
            if took_version:
                stamp = max(our_row_version, row_version)
                values = {**updates, "updated_at": stamp[0], "updated_by": stamp[1]}
                assignments = ", ".join(f"[{name}] = ?" for name in values)
                db.conn.execute(
                    f"UPDATE [{table}] SET {assignments} WHERE id = ?", [*values.values(), row_id]
                )
                if updates.get("deleted"):
                    result.deleted += 1
                result.changed += len([k for k in updates if k != "deleted"])
                audit += [
                    store._audit_record("merge", table, row_id, k, our_row[k], v) for k, v in updates.items()
                ]
        if new_rows:
            marks = ", ".join("?" * len(columns))
            names = ", ".join(f"[{c}]" for c in columns)
            db.conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({marks})", new_rows)
    db.conn.executemany(FIELD_VERSION_UPSERT, versions_taken)
    if result.conflicts:
        columns = list(result.conflicts[0])
        db.conn.executemany(
            f"INSERT OR IGNORE INTO conflicts ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [tuple(c[k] for k in columns) for c in result.conflicts],
        )
    if audit:
        db["audit"].insert_all(audit, batch_size=500)
    for device in set(seen_here) | set(seen_there):
        stamp = max(seen_here.get(device, ""), seen_there.get(device, ""))
        db["sync_seen"].upsert({"device": device, "stamp": stamp}, pk="device")
    _merge_audit(db, source)
    _merge_conflicts(db, source)
    if newest:
        store._clock.observe(newest)
        store._set_meta("hlc", store._clock.last)
    return result


def _decide(name, their_value, our_value, theirs_v: Version, ours_v: Version, seen_here, seen_there) -> str:
    """'theirs', 'ours' or 'conflict' for one field whose versions differ."""
    if their_value == our_value:  # same value reached twice: keep the higher version, no conflict
        return "theirs" if theirs_v > ours_v else "ours"
    we_saw_theirs = seen_here.get(theirs_v[1], "") >= theirs_v[0]
    they_saw_ours = seen_there.get(ours_v[1], "") >= ours_v[0]
    if we_saw_theirs and not they_saw_ours:
        return "ours"
    if they_saw_ours and not we_saw_theirs:
        return "theirs"
    if we_saw_theirs and they_saw_ours:  # both known on both sides: the later one stands
        return "theirs" if theirs_v > ours_v else "ours"
    return "conflict"


def _conflict(table: str, row_id: str, name: str, kept, other) -> dict[str, Any]:
    (kept_value, (kept_stamp, kept_device)), (other_value, (other_stamp, other_device)) = kept, other
    record = {
        # The same conflict gets the same id on every PC, so merging twice records it once.
        "id": natural_id("conflict", table, row_id, name, kept_stamp, other_stamp),
        "table_name": table,
        "row_id": row_id,
        "field": name,
        "kept_value": _text(kept_value),
        "kept_stamp": kept_stamp,
        "kept_device": kept_device,
        "other_value": _text(other_value),
        "other_stamp": other_stamp,
        "other_device": other_device,
        "detected_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "resolved": 0,
    }
    return record


def _merge_conflicts(db, source: sqlite3.Connection) -> None:
    """Conflicts travel too, so both PCs show the same ones: a union by their shared id;
    one resolved on either PC is resolved."""
    if not source.execute("SELECT 1 FROM sqlite_master WHERE name = 'conflicts'").fetchone():
        return
    cursor = source.execute("SELECT * FROM conflicts")
    columns = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    db.conn.executemany(
        f"INSERT OR IGNORE INTO conflicts ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        rows,
    )
    resolved = [(row[columns.index("id")],) for row in rows if row[columns.index("resolved")]]
    db.conn.executemany("UPDATE conflicts SET resolved = 1 WHERE id = ?", resolved)


def _merge_audit(db, source: sqlite3.Connection) -> None:
    """The audit trail is the union of both copies' trails."""
    cursor = source.execute("SELECT * FROM audit")
    columns = [d[0] for d in cursor.description]
    known = {row[0] for row in db.execute("SELECT id FROM audit")}
    db["audit"].insert_all(
        (dict(zip(columns, row, strict=True)) for row in cursor if row[0] not in known), batch_size=500
    )
