"""The workspace's report signers, stored once in the ``meta`` table.

One value under the key ``signers``: JSON holding the signers (``itadesk.signing``) with the
hybrid-logical-clock stamp and the device of the save that wrote them. A merge takes the
copy's value when its (stamp, device) is the later (``take_newer``), so the last save on
any PC wins whichever way the copies travel; the copy's value is checked before anything is
merged (``itadesk.db.incoming.bad_meta``). A stored value that is not what ITADesk writes
(an older version, a hand edit) reads as empty signers: dotted lines, never a crash.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from itadesk.db.store import Change, Store
from itadesk.signing import MAX_STORED_LENGTH, Signers, shape_problem

KEY = "signers"


def _decoded(raw: Any) -> dict[str, Any] | None:
    """The stored document when it has ITADesk's shape, else None."""
    if not isinstance(raw, str) or len(raw) > MAX_STORED_LENGTH:
        return None
    try:
        document = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict) or set(document) != {"stamp", "device", "signers"}:
        return None
    if not isinstance(document["stamp"], str) or not isinstance(document["device"], str):
        return None
    if shape_problem(document["signers"]) is not None:
        return None
    return document


def _raw(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [KEY]).fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def read_signers(conn: sqlite3.Connection) -> Signers:
    return _signers_of(_raw(conn))


def signers(store: Store) -> Signers:
    """The workspace's signers (empty ones when none were set or the value is unreadable)."""
    return read_signers(store.db.conn)


def _version(raw: Any) -> tuple[str, str]:
    document = _decoded(raw)
    return (document["stamp"], document["device"]) if document else ("", "")


def set_signers(store: Store, new: Signers) -> bool:
    """Save ``new`` as the workspace's signers (one edit: audited, undoable, merged by its
    stamp); False when they are what is stored already."""
    new = Signers.of(**{s.role: s for s in new})  # checked: lengths, control characters
    old_raw = _raw(store.db.conn)
    if _decoded(old_raw) is not None and _signers_of(old_raw) == new:
        return False
    with store._transaction():
        _write(store, new)
        store._audit("update", "meta", KEY, KEY, old_raw, _raw(store.db.conn))
        if store._changes is not None:
            store._changes.append(Change("meta", KEY, KEY, _signers_of(old_raw), new, False))
    return True


def _signers_of(raw: Any) -> Signers:
    document = _decoded(raw)
    return Signers.from_dict(document["signers"]) if document else Signers()


def _write(store: Store, new: Signers) -> None:
    stamp = store._clock.tick()
    value = json.dumps(
        {"stamp": stamp, "device": store.device_id, "signers": new.to_dict()},
        ensure_ascii=False,
        sort_keys=True,
    )
    store._set_meta(KEY, value)
    store._set_meta("hlc", store._clock.last)


def restore(store: Store, value: Signers) -> None:
    """Undo or redo of a signers edit: ``value`` written back as a new save."""
    _write(store, value)


def take_newer(store: Store, source: sqlite3.Connection) -> bool:
    """During a merge (inside its transaction): take the copy's signers when they were
    saved later than the working file's. The copy's value was checked beforehand."""
    theirs = _raw(source)
    if _decoded(theirs) is None:
        return False
    ours = _raw(store.db.conn)
    if _version(theirs) <= _version(ours) or theirs == ours:
        return False
    store._set_meta(KEY, theirs)
    store._audit("merge", "meta", KEY, KEY, ours, theirs)
    store._clock.observe(_version(theirs)[0])
    store._set_meta("hlc", store._clock.last)
    return True
