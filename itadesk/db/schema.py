"""The workspace schema and its forward-only migrations.

Every table that travels between PCs has the same merge columns: a UUID ``id``, an
``updated_at`` hybrid-logical-clock stamp, the ``updated_by`` device id and a ``deleted``
tombstone flag; ``field_versions`` keeps the stamp of each field's last edit so two copies
can later be merged field by field. Rows with a natural key (a score of indicator 3 in
2566, checklist item O12 in 2567) get a UUID derived from that key, so two PCs that create
the same row independently create the same row.

A migration is a function of the open ``sqlite_utils.Database``; ``MIGRATIONS[n]`` moves a
file from schema version ``n`` to ``n + 1`` and runs in the same transaction as the
``user_version`` bump.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import sqlite_utils

SYNC_COLUMNS = {"updated_at": str, "updated_by": str, "deleted": int}
SYNCED_TABLES = (
    "agency",
    "frameworks",
    "scores",
    "results",
    "checklist",
    "measures",
    "analysis_texts",
    "evidence_links",
    "survey_links",
)
"""Tables whose rows travel between PCs and merge field by field."""
TABLES_BY_VERSION = {
    1: {
        "meta",
        "agency",
        "frameworks",
        "scores",
        "results",
        "checklist",
        "measures",
        "field_versions",
        "audit",
    },
}
TABLES_BY_VERSION[2] = TABLES_BY_VERSION[1] | {"sync_seen", "conflicts"}
TABLES_BY_VERSION[3] = TABLES_BY_VERSION[2] | {"analysis_texts"}
TABLES_BY_VERSION[4] = TABLES_BY_VERSION[3] | {"evidence_links", "survey_links"}

FIELD_VERSION_UPSERT = (
    "INSERT INTO field_versions (table_name, row_id, field, updated_at, updated_by) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (table_name, row_id, field) DO UPDATE SET updated_at = excluded.updated_at, "
    "updated_by = excluded.updated_by"
)
"""Record the stamp of a field's latest edit: used by every local edit and by merges."""

SYNC_SEEN_UPSERT = (
    "INSERT INTO sync_seen (device, stamp) VALUES (?, ?) "
    "ON CONFLICT (device) DO UPDATE SET stamp = max(stamp, excluded.stamp)"
)
"""Raise what a file has seen from a device: on each new session and by merges."""

NAMESPACE = uuid.UUID("7d7c4a9e-2f43-4c55-9b0a-6f0c1e1a2b3c")


def natural_id(*key: object) -> str:
    """The UUID of a row identified by a natural key (same on every PC)."""
    return str(uuid.uuid5(NAMESPACE, "/".join(str(part) for part in key)))


def new_id() -> str:
    return str(uuid.uuid4())


def _synced_table(db: sqlite_utils.Database, name: str, columns: dict, **kwargs) -> None:
    db[name].create(
        {"id": str, **columns, **SYNC_COLUMNS},
        pk="id",
        not_null={"updated_at", "updated_by", "deleted"},
        defaults={"deleted": 0},
        strict=True,
        **kwargs,
    )


def _v1(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key", strict=True)
    _synced_table(
        db,
        "agency",
        {"name": str, "kind": str, "district": str, "province": str, "website": str},
    )
    _synced_table(db, "frameworks", {"fiscal_year": int, "document": str})
    db["frameworks"].create_index(["fiscal_year"], unique=True)
    _synced_table(db, "scores", {"fiscal_year": int, "indicator": int, "score": float})
    db["scores"].create_index(["fiscal_year", "indicator"], unique=True)
    _synced_table(db, "results", {"fiscal_year": int, "official_total": float})
    db["results"].create_index(["fiscal_year"], unique=True)
    _synced_table(
        db,
        "checklist",
        {
            "fiscal_year": int,
            "item_code": str,
            "done": int,
            "responsible": str,
            "progress": str,
            "url": str,
        },
    )
    db["checklist"].create_index(["fiscal_year", "item_code"], unique=True)
    _synced_table(
        db,
        "measures",
        {
            "fiscal_year": int,
            "position": float,
            "title": str,
            "steps": str,
            "period": str,
            "responsible": str,
            "output": str,
            "outcome": str,
            "recommendation": str,
            "indicators": str,
            "status": str,
            "round": str,
        },
    )
    db["measures"].create_index(["fiscal_year", "position"])
    db["field_versions"].create(
        {"table_name": str, "row_id": str, "field": str, "updated_at": str, "updated_by": str},
        pk=("table_name", "row_id", "field"),
        strict=True,
    )
    db["audit"].create(
        {
            "id": str,
            "at": str,
            "user_name": str,
            "device_id": str,
            "action": str,
            "table_name": str,
            "row_id": str,
            "field": str,
            "old_value": str,
            "new_value": str,
        },
        pk="id",
        strict=True,
    )
    db["audit"].create_index(["at"])


def _v2(db: sqlite_utils.Database) -> None:
    """Merging copies: the version vector of what this file has seen from each device, and
    the same-field edits that were made concurrently on two PCs, kept for the user."""
    db["sync_seen"].create({"device": str, "stamp": str}, pk="device", not_null={"stamp"}, strict=True)
    db["conflicts"].create(
        {
            "id": str,
            "table_name": str,
            "row_id": str,
            "field": str,
            "kept_value": str,
            "kept_stamp": str,
            "kept_device": str,
            "other_value": str,
            "other_stamp": str,
            "other_device": str,
            "detected_at": str,
            "resolved": int,
        },
        pk="id",
        defaults={"resolved": 0},
        strict=True,
    )


def _v3(db: sqlite_utils.Database) -> None:
    """The office's own analysis of a year's result: one text per tool (IIT/EIT/OIT) and
    section (urgent weaknesses / points to improve), with the draft it was edited from, so
    a new draft can replace untouched text silently and edited text only when asked."""
    _synced_table(
        db, "analysis_texts", {"fiscal_year": int, "tool": str, "section": str, "text": str, "draft": str}
    )
    db["analysis_texts"].create_index(["fiscal_year", "tool", "section"], unique=True)


def _publishing(db: sqlite_utils.Database) -> None:
    """Publishing the OIT and promoting the surveys.

    ``survey_links``: per year and tool (iit/eit), the survey link the NACC's system gave
    the office and the survey period, which the posters print.

    ``evidence_links``: any number of titled links per checklist item (the evidence the NACC's assessors
    follow), ordered by ``position``; ``carried_from`` is the year a link was carried from
    by the new fiscal year (0 once the clerk confirms it as this year's evidence).

    Each item's single ``checklist.url`` becomes its first link. The link takes the
    checklist row's stamp and an id derived from that row, so two PCs that migrate the same
    copy independently create the very same link and merging them changes nothing. The old
    column stays, unused, so an older ITADesk can still read the file."""
    _synced_table(
        db,
        "evidence_links",
        {
            "fiscal_year": int,
            "item_code": str,
            "position": float,
            "title": str,
            "url": str,
            "note": str,
            "carried_from": int,
        },
    )
    db["evidence_links"].create_index(["fiscal_year", "item_code", "position"])
    _synced_table(db, "survey_links", {"fiscal_year": int, "tool": str, "url": str, "period": str})
    db["survey_links"].create_index(["fiscal_year", "tool"], unique=True)
    rows = db.execute(
        "SELECT id, fiscal_year, item_code, trim(url), updated_at, updated_by, deleted FROM checklist "
        "WHERE trim(coalesce(url, '')) <> ''"
    ).fetchall()
    db["evidence_links"].insert_all(
        {
            "id": natural_id("evidence_links", "migrated", row_id),
            "fiscal_year": year,
            "item_code": code,
            "position": 1.0,
            "title": "",
            "url": url,
            "note": "",
            "carried_from": 0,
            "updated_at": stamp,
            "updated_by": device,
            "deleted": deleted,
        }
        for row_id, year, code, url, stamp, device, deleted in rows
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1, _v2, _v3, _publishing]
SCHEMA_VERSION = len(MIGRATIONS)
