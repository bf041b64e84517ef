"""Merging a copy that came back on a USB stick into the working file.

Rows meet by UUID; each field goes to the side whose version the other has not seen:
every workspace keeps a version vector (``sync_seen``: the newest stamp it has taken in
from each device), so a version the other side has already seen is older news, and a
version each side has not seen of the other is a *concurrent* edit — two people changed
the same field since the copies parted. A concurrent edit is settled the same way on every
PC (the higher hybrid-logical-clock stamp wins, so merging converges whatever the order),
and both values are kept in ``conflicts`` for the user to choose. Deletes are tombstones
and merge like any other field.

The whole merge is one transaction, committed only once an automatic backup of the working
file and the copy's integrity check are done (one after the other on a second thread while
the merge is decided and written); the incoming file's header, schema and values are
inspected as hostile before anything is decided, and it is read only through a read-only,
immutable connection. Only the rows the copy does not share word for word with
the working file are read, checked value by value and merged (``shared_rows``): two copies
of one office share most of their history, so a merge costs a few times a plain backup
rather than a pass over every row (``bench/merge_speed.py``).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from itadesk.db.backups import backup_while_working, workspace_file
from itadesk.db.evidence import urls_of_an_older_copy
from itadesk.db.incoming import CHECKED_TABLES, BadValue, bad_meta, bad_row, documents_held, refusal
from itadesk.db.office import OFFICE_ID, OtherOfficeError, office_in, read_office, same_office, settled_id
from itadesk.db.schema import FIELD_VERSION_UPSERT, SYNC_SEEN_UPSERT, SYNCED_TABLES, natural_id
from itadesk.db.shared_rows import HERE, beside, differing_rows
from itadesk.db.signers import take_newer
from itadesk.db.store import Store, _storage_error
from itadesk.db.transfer import inspected_while_read
from itadesk.errors import StoreError, WorkspaceError

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


_CHUNK = 500
"""Row ids per ``IN (…)`` query: far below SQLite's limit on bound parameters."""


def _versions(conn: sqlite3.Connection, table: str, row_ids: list[str]) -> dict[str, dict[str, Version]]:
    """The field versions of ``row_ids`` only, by row and field: a ten-year workspace holds
    tens of thousands, and a merge needs those of the rows the two copies do not already share."""
    versions: dict[str, dict[str, Version]] = {}
    for start in range(0, len(row_ids), _CHUNK):
        chunk = row_ids[start : start + _CHUNK]
        rows = conn.execute(
            "SELECT row_id, field, updated_at, updated_by FROM field_versions"
            f" WHERE table_name = ? AND row_id IN ({', '.join('?' * len(chunk))})",
            [table, *chunk],
        )
        for row_id, name, stamp, device in rows:
            versions.setdefault(row_id, {})[name] = (stamp, device)
    return versions


def _ours(conn: sqlite3.Connection, table: str, row_ids: list[str]) -> tuple[list[str], dict[str, tuple]]:
    """The working file's columns of ``table`` and its rows of ``row_ids`` (those the copy
    brings news of), by id."""
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")]
    ours: dict[str, tuple] = {}
    for start in range(0, len(row_ids), _CHUNK):
        chunk = row_ids[start : start + _CHUNK]
        rows = conn.execute(f"SELECT * FROM [{table}] WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
        ours.update((row[0], row) for row in rows)
    return columns, ours


@dataclass
class _News:
    """What the copy holds that the working file does not hold word for word, read once
    before anything is written: per table its columns and those rows, each ``(rowid,
    *values)``. The value check and the merge both work from it."""

    tables: dict[str, tuple[list[str], list[tuple]]] = field(default_factory=dict)
    seen: dict[str, str] = field(default_factory=dict)
    """The copy's version vector."""

    def rows(self, table: str) -> tuple[list[str], list[tuple]]:
        """The table's columns and rows without their rowids."""
        columns, rows = self.tables.get(table, ([], []))
        return columns, [row[1:] for row in rows]

    def versions(self) -> dict[str, dict[str, dict[str, Version]]]:
        """The copy's field versions of the rows it brings news of, by table, row and field."""
        columns, rows = self.tables.get("field_versions", ([], []))
        by_table: dict[str, dict[str, dict[str, Version]]] = {}
        if rows:  # each row is (rowid, *values): a column's place is one past its index
            at = itemgetter(
                *(columns.index(c) + 1 for c in ("table_name", "row_id", "field", "updated_at", "updated_by"))
            )
            for of, row_id, name, stamp, device in map(at, rows):
                by_table.setdefault(of, {}).setdefault(row_id, {})[name] = (stamp, device)
        return by_table


def _their_versions(source: sqlite3.Connection, table: str, row_ids: list[str]) -> list[tuple]:
    """The copy's ``field_versions`` rows (with their rowids) of ``row_ids`` of ``table``:
    the only ones a merge reads, so the only ones checked."""
    rows: list[tuple] = []
    for start in range(0, len(row_ids), _CHUNK):
        chunk = row_ids[start : start + _CHUNK]
        rows += source.execute(
            "SELECT rowid, * FROM main.field_versions"
            f" WHERE table_name = ? AND row_id IN ({', '.join('?' * len(chunk))})",
            [table, *chunk],
        ).fetchall()
    return rows


def _read_news(source: sqlite3.Connection, working: Path) -> tuple[_News, BadValue | None]:
    """The copy's news, and the first value in it the merge must not take. Audit entries
    never change once written: the copy's news there are the ids the working file lacks."""
    news = _News()
    tables = {row[0] for row in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    with beside(source, working) as attached:
        versions: list[tuple] = []
        for table in (*SYNCED_TABLES, "sync_seen", "conflicts", "audit"):
            if table in tables:  # a copy from an older ITADesk may have nothing of a kind yet
                columns, cursor = differing_rows(source, table, attached, by_key=table == "audit")
                news.tables[table] = (columns, cursor.fetchall())
                if table in SYNCED_TABLES:
                    versions += _their_versions(source, table, [row[1] for row in news.tables[table][1]])
        columns = [row[1] for row in source.execute("PRAGMA main.table_info(field_versions)")]
        news.tables["field_versions"] = (columns, versions)
        new_frameworks = news.tables.get("frameworks", ([], []))[1]
        known = documents_held(source, HERE) if attached and new_frameworks else frozenset()
    bad = bad_meta(source)
    for table in CHECKED_TABLES:
        if bad is None and table in news.tables:
            bad = bad_row(table, *news.tables[table], known)
    if bad is None:  # only once its stamps have passed: a hostile copy may hold numbers there
        news.seen = version_vector(source)
    return news, bad


def _text(value: Any) -> str | None:
    return None if value is None else value if isinstance(value, str) else json.dumps(value)


def merge_file(
    store: Store, incoming: str | Path, progress: Callable[[int, int], None] | None = None
) -> MergeResult:
    """Merge the ITADesk file ``incoming`` into the store's working file.

    ``progress(done, total)`` is called after each table; raising ``Cancelled`` from it
    rolls the whole merge back (the working file is as it was).

    The merge is decided and written inside one transaction while the copy's integrity
    check and then the backup of the working file run on a second thread; it commits only
    once both are done, and the working file itself is not written before it commits
    (``_held_in_memory``), so the backup is the file as it was. The deciding reads the
    working file inside that transaction: no other program's commit can come between
    what was decided and what is written."""
    working = workspace_file(store.db.conn)
    # The integrity check and the backup run one after the other on one second thread:
    # two at once would take turns with the merge itself on a two-core PC.
    # A copy made with Explorer may hold edits in its -wal: it is read with it.
    with (
        ThreadPoolExecutor(1, "itadesk-merge") as worker,
        inspected_while_read(incoming, working, worker) as (source, confirm),
    ):
        try:
            ours = read_office(store.db.conn)
        except sqlite3.Error as exc:  # another program is writing it: said as the store says it
            raise _storage_error(exc) from exc
        theirs = office_in(source, Path(incoming))
        if not same_office(ours, theirs):
            raise OtherOfficeError(ours, theirs)
        with (
            backup_while_working(working, "before-merge", worker) as keep_backup,
            _held_in_memory(store.db.conn),
            _undone_on_rollback(store),
            store._transaction(),
        ):
            try:
                news, bad = _read_news(source, working)
            except sqlite3.DatabaseError as exc:
                confirm()  # a damaged file is refused as damaged
                raise WorkspaceError(f"ใช้ไฟล์ {Path(incoming).name} ไม่ได้: อ่านข้อมูลในไฟล์ไม่ได้ ({exc})") from exc
            if bad is not None:
                confirm()
                raise refusal(Path(incoming), bad)
            plan = _plan(store, news, progress)
            try:
                with urls_of_an_older_copy(store, source):
                    _write(store, news, plan)
                    plan.result.changed += take_newer(store, source)  # the report signers: the later save
                    store._set_meta(OFFICE_ID, settled_id(ours, theirs))
            finally:  # once the copy is known sound, its backup is kept even if the writing failed
                confirm()
                keep_backup()
        return plan.result


@contextmanager
def _undone_on_rollback(store: Store) -> Iterator[None]:
    """What the store keeps beside the file follows a merge's transaction that rolls back (a
    copy refused as damaged once its rows were written, a full disk): the clock goes back to
    where it was instead of past the copy's stamps, and frameworks read meanwhile are read
    from the file again."""
    clock = copy.copy(store._clock)
    try:
        yield
    except BaseException:
        store._clock = clock
        store._forget_frameworks()
        raise


@contextmanager
def _held_in_memory(conn: sqlite3.Connection) -> Iterator[None]:
    """Keep the changed pages of the transaction begun inside this block in memory until it
    commits. SQLite otherwise writes them to the file early once they outgrow its cache,
    which takes the file's exclusive lock: the backup still reading the file would wait on
    the merge, and the merge on the backup. The setting holds for transactions begun after
    it, not for one already open: inside one, the merge is refused."""
    if conn.in_transaction:
        raise StoreError("รวมข้อมูลไม่ได้ระหว่างที่งานอื่นยังบันทึกไม่เสร็จ โปรดลองอีกครั้งเมื่องานนั้นเสร็จแล้ว")
    conn.execute("PRAGMA cache_spill = OFF")
    try:
        yield
    finally:
        conn.execute("PRAGMA cache_spill = ON")


def _insert_many(
    db, table: str, columns: list[str], rows: list[tuple[Any, ...]], verb: str = "INSERT"
) -> None:
    if rows:
        names = ", ".join(f"[{c}]" for c in columns)
        db.conn.executemany(f"{verb} INTO [{table}] ({names}) VALUES ({', '.join('?' * len(columns))})", rows)


@dataclass
class _Plan:
    """Everything a merge writes, decided before any of it is written."""

    result: MergeResult = field(default_factory=MergeResult)
    updates: dict[str, dict[tuple[str, ...], list[tuple[Any, ...]]]] = field(default_factory=dict)
    """Per table, the rows to change, grouped by the columns they change (one statement each)."""
    new_rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    """Per table, the copy's rows the working file lacks, in the copy's column order."""
    versions_taken: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    seen: list[tuple[str, str]] = field(default_factory=list)
    newest: str = ""


def _plan(store: Store, news: _News, progress=None) -> _Plan:
    """Decide, field by field, what the merge takes from the copy; reads the working file only."""
    db = store.db
    plan = _Plan()
    result = plan.result
    seen_here, seen_there = version_vector(db.conn), news.seen
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    versions = news.versions()
    for step, table in enumerate(SYNCED_TABLES, start=1):
        if progress is not None:
            progress(step - 1, len(SYNCED_TABLES))
        columns, rows = news.rows(table)
        if not rows:
            continue
        theirs = {row[0]: row for row in rows}
        unshared = list(theirs)
        our_columns, ours = _ours(db.conn, table, unshared)
        fields = [c for c in columns if c not in NOT_FIELDS]
        new_rows = plan.new_rows.setdefault(table, [])
        row_updates = plan.updates.setdefault(table, {})
        their_versions, our_versions = versions.get(table, {}), _versions(db.conn, table, unshared)
        for row_id in unshared:
            their_row = dict(zip(columns, theirs[row_id], strict=True))
            row_version = (their_row["updated_at"], their_row["updated_by"])
            plan.newest = max(plan.newest, row_version[0])
            their_fields = their_versions.get(row_id, {})
            if row_id not in ours:
                new_rows.append(theirs[row_id])
                plan.versions_taken += [
                    (table, row_id, name, *their_fields.get(name, row_version)) for name in fields
                ]
                result.deleted += bool(their_row["deleted"])
                result.added += not their_row["deleted"]
                continue
            our_row = dict(zip(our_columns, ours[row_id], strict=True))
            our_row_version = (our_row["updated_at"], our_row["updated_by"])
            our_fields = our_versions.get(row_id, {})
            updates: dict[str, Any] = {}
            took_version = False
            for name in fields:
                theirs_v = their_fields.get(name, row_version)
                ours_v = our_fields.get(name, our_row_version)
                if theirs_v == ours_v:
                    continue
                take = _decide(their_row[name], our_row[name], theirs_v, ours_v, seen_here, seen_there)
                if take == "conflict":
                    winner_theirs = theirs_v > ours_v
                    kept, other = ((their_row[name], theirs_v), (our_row[name], ours_v))
                    if not winner_theirs:
                        kept, other = other, kept
                    result.conflicts.append(_conflict(table, row_id, name, kept, other, now))
                    take = "theirs" if winner_theirs else "ours"
                if take == "theirs":
                    took_version = True
                    if their_row[name] != our_row[name]:
                        updates[name] = their_row[name]
                    plan.versions_taken.append((table, row_id, name, *theirs_v))
            if took_version:
                stamp = max(our_row_version, row_version)
                values = {**updates, "updated_at": stamp[0], "updated_by": stamp[1]}
                # Rows changed in the same columns are written in one statement.
                row_updates.setdefault(tuple(values), []).append((*values.values(), row_id))
                if updates.get("deleted"):
                    result.deleted += 1
                result.changed += len([k for k in updates if k != "deleted"])
                plan.audit += [
                    store._audit_record("merge", table, row_id, k, our_row[k], v) for k, v in updates.items()
                ]
    plan.seen = [*seen_here.items(), *seen_there.items()]
    return plan


def _write(store: Store, news: _News, plan: _Plan) -> None:
    """Write what ``_plan`` decided, inside the merge's transaction."""
    db = store.db
    for table, row_updates in plan.updates.items():
        for names, rows in row_updates.items():
            assignments = ", ".join(f"[{name}] = ?" for name in names)
            db.conn.executemany(f"UPDATE [{table}] SET {assignments} WHERE id = ?", rows)
        _insert_many(db, table, news.tables[table][0], plan.new_rows[table])
    db.conn.executemany(FIELD_VERSION_UPSERT, plan.versions_taken)
    conflicts = plan.result.conflicts
    if conflicts:
        _insert_many(
            db, "conflicts", list(conflicts[0]), [tuple(c.values()) for c in conflicts], "INSERT OR IGNORE"
        )
    if plan.audit:
        _insert_many(db, "audit", list(plan.audit[0]), [tuple(a.values()) for a in plan.audit])
    db.conn.executemany(SYNC_SEEN_UPSERT, plan.seen)
    _take_trails(db, news)
    if plan.newest:
        store._clock.observe(plan.newest)
        store._set_meta("hlc", store._clock.last)
    if plan.updates.get("frameworks") or plan.new_rows.get("frameworks"):
        store._forget_frameworks()  # the copy brought a framework: the window shows it


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


def _conflict(table: str, row_id: str, name: str, kept, other, now: str) -> dict[str, Any]:
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
        "detected_at": now,
        "resolved": 0,
    }
    return record


def _take_trails(db, news: _News) -> None:
    """The audit trail becomes the union of both copies' trails (entries never change, so
    a known id is skipped). Conflicts travel too, so both PCs show the same ones (a union
    by their shared id); one resolved on either PC is resolved."""
    _insert_many(db, "audit", *news.rows("audit"), "INSERT OR IGNORE")
    columns, conflicts = news.rows("conflicts")
    _insert_many(db, "conflicts", columns, conflicts, "INSERT OR IGNORE")
    if conflicts:
        resolved = columns.index("resolved")
        db.conn.executemany(
            "UPDATE conflicts SET resolved = 1 WHERE id = ?", [(c[0],) for c in conflicts if c[resolved] == 1]
        )
