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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from itadesk.db.backups import backup_copy
from itadesk.db.evidence import urls_of_an_older_copy
from itadesk.db.incoming import check_incoming
from itadesk.db.office import OFFICE_ID, OtherOfficeError, office_of, read_office, same_office, settled_id
from itadesk.db.schema import FIELD_VERSION_UPSERT, SYNC_SEEN_UPSERT, SYNCED_TABLES, natural_id
from itadesk.db.store import Store
from itadesk.db.transfer import _read_only, inspect_file, with_its_log

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


def _rows(conn: sqlite3.Connection, table: str) -> tuple[list[str], dict[str, tuple[Any, ...]]]:
    cursor = conn.execute(f"SELECT * FROM [{table}]")
    columns = [d[0] for d in cursor.description]
    return columns, {row[0]: row for row in cursor}


_CHUNK = 500
"""Row ids per ``IN (…)`` query: far below SQLite's limit on bound parameters."""


def _versions(conn: sqlite3.Connection, table: str, row_ids: list[str]) -> dict[tuple[str, str], Version]:
    """The field versions of ``row_ids`` only: a ten-year workspace holds tens of thousands,
    and a merge needs those of the rows the two copies do not already share."""
    versions: dict[tuple[str, str], Version] = {}
    for start in range(0, len(row_ids), _CHUNK):
        chunk = row_ids[start : start + _CHUNK]
        rows = conn.execute(
            "SELECT row_id, field, updated_at, updated_by FROM field_versions"
            f" WHERE table_name = ? AND row_id IN ({', '.join('?' * len(chunk))})",
            [table, *chunk],
        )
        versions.update({(row_id, name): (stamp, device) for row_id, name, stamp, device in rows})
    return versions


def _unshared(theirs: dict[str, tuple], ours: dict[str, tuple], same_columns: bool) -> list[str]:
    """Rows that are new here, or whose stamp or content differs. A row both copies hold with
    the same stamp and the same values has nothing to merge: reading its field versions is
    skipped (the whole row is compared, not only its stamp, since a row merged by an older
    ITADesk could keep a stamp while holding fields from both sides). Tables whose columns
    lie in another order (migrated on one PC, created on the other) are compared in full."""
    if not same_columns:
        return list(theirs)
    return [row_id for row_id, row in theirs.items() if ours.get(row_id) != row]


def _text(value: Any) -> str | None:
    return None if value is None else value if isinstance(value, str) else json.dumps(value)


def _working_path(conn: sqlite3.Connection) -> Path:
    return Path(next(row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"))


def merge_file(
    store: Store, incoming: str | Path, progress: Callable[[int, int], None] | None = None
) -> MergeResult:
    """Merge the ITADesk file ``incoming`` into the store's working file.

    ``progress(done, total)`` is called after each table; raising ``Cancelled`` from it
    rolls the whole merge back (the working file is as it was)."""
    working = _working_path(store.db.conn)
    inspect_file(incoming, working=working)
    ours, theirs = read_office(store.db.conn), office_of(incoming)
    if not same_office(ours, theirs):
        raise OtherOfficeError(ours, theirs)
    check_incoming(incoming, store.db.conn)
    backup_copy(store.db.conn, working, "before-merge")
    with with_its_log(incoming) as readable:  # a copy made with Explorer may hold edits in its -wal
        source = _read_only(readable)
        try:
            with store._transaction(), urls_of_an_older_copy(store, source):
                result = _merge(store, source, progress)
                store._set_meta(OFFICE_ID, settled_id(ours, theirs))
                return result
        finally:
            source.close()


def _insert_many(
    db, table: str, columns: list[str], rows: list[tuple[Any, ...]], verb: str = "INSERT"
) -> None:
    if rows:
        names = ", ".join(f"[{c}]" for c in columns)
        db.conn.executemany(f"{verb} INTO [{table}] ({names}) VALUES ({', '.join('?' * len(columns))})", rows)


def _merge(store: Store, source: sqlite3.Connection, progress=None) -> MergeResult:
    db = store.db
    result = MergeResult()
    versions_taken: list[tuple[str, str, str, str, str]] = []
    audit: list[dict[str, Any]] = []
    seen_here, seen_there = version_vector(db.conn), version_vector(source)
    newest = ""
    their_tables = {row[0] for row in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for step, table in enumerate(SYNCED_TABLES, start=1):
        if progress is not None:
            progress(step - 1, len(SYNCED_TABLES))
        if table not in their_tables:  # a copy from an older ITADesk: nothing of this kind yet
            continue
        columns, theirs = _rows(source, table)
        our_columns, ours = _rows(db.conn, table)
        fields = [c for c in columns if c not in NOT_FIELDS]
        new_rows: list[tuple[Any, ...]] = []
        unshared = _unshared(theirs, ours, columns == our_columns)
        their_versions, our_versions = _versions(source, table, unshared), _versions(db.conn, table, unshared)
        for row_id in unshared:
            their_row = dict(zip(columns, theirs[row_id], strict=True))
            row_version = (their_row["updated_at"], their_row["updated_by"])
            newest = max(newest, row_version[0])
            if row_id not in ours:
                new_rows.append(tuple(their_row[c] for c in columns))
                versions_taken += [
                    (table, row_id, name, *their_versions.get((row_id, name), row_version)) for name in fields
                ]
                result.deleted += bool(their_row["deleted"])
                result.added += not their_row["deleted"]
                continue
            our_row = dict(zip(our_columns, ours[row_id], strict=True))
            our_row_version = (our_row["updated_at"], our_row["updated_by"])
            updates: dict[str, Any] = {}
            took_version = False
            for name in fields:
                theirs_v = their_versions.get((row_id, name), row_version)
                ours_v = our_versions.get((row_id, name), our_row_version)
                if theirs_v == ours_v:
                    continue
                take = _decide(their_row[name], our_row[name], theirs_v, ours_v, seen_here, seen_there)
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
                    versions_taken.append((table, row_id, name, *theirs_v))
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
        _insert_many(db, table, columns, new_rows)
    db.conn.executemany(FIELD_VERSION_UPSERT, versions_taken)
    if result.conflicts:
        columns = list(result.conflicts[0])
        _insert_many(
            db, "conflicts", columns, [tuple(c.values()) for c in result.conflicts], "INSERT OR IGNORE"
        )
    if audit:
        columns = list(audit[0])
        _insert_many(db, "audit", columns, [tuple(a.values()) for a in audit])
    db.conn.executemany(SYNC_SEEN_UPSERT, [*seen_here.items(), *seen_there.items()])
    _merge_audit(db, source)
    _merge_conflicts(db, source)
    if newest:
        store._clock.observe(newest)
        store._set_meta("hlc", store._clock.last)
    return result


def _decide(their_value, our_value, theirs_v: Version, ours_v: Version, seen_here, seen_there) -> str:
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


def _union(db, source: sqlite3.Connection, table: str) -> None:
    """Copy the rows of ``table`` this file lacks (by id) from ``source``. Two copies share
    most of their history, so only the ids are read first, and then the rows missing here."""
    present = {row[0] for row in db.conn.execute(f"SELECT id FROM [{table}]")}
    missing = [row[0] for row in source.execute(f"SELECT id FROM [{table}]") if row[0] not in present]
    for start in range(0, len(missing), _CHUNK):
        chunk = missing[start : start + _CHUNK]
        cursor = source.execute(f"SELECT * FROM [{table}] WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
        columns = [d[0] for d in cursor.description]
        _insert_many(db, table, columns, cursor.fetchall(), "INSERT OR IGNORE")


def _merge_conflicts(db, source: sqlite3.Connection) -> None:
    """Conflicts travel too, so both PCs show the same ones: a union by their shared id;
    one resolved on either PC is resolved."""
    if not source.execute("SELECT 1 FROM sqlite_master WHERE name = 'conflicts'").fetchone():
        return
    _union(db, source, "conflicts")
    resolved = source.execute("SELECT id FROM conflicts WHERE resolved = 1").fetchall()
    db.conn.executemany("UPDATE conflicts SET resolved = 1 WHERE id = ?", resolved)


def _merge_audit(db, source: sqlite3.Connection) -> None:
    """The audit trail is the union of both copies' trails."""
    _union(db, source, "audit")
