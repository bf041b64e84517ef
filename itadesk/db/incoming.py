"""Every value of a copy from another PC, checked before any of it is merged.

``inspect_file`` proves a copy is a sound ITADesk file; it says nothing of the values inside.
A copy from an old version, a hand edit with a database tool or a hostile file can hold a
framework that is not JSON, a status no screen knows, a 5 MB title or a stamp ``'zzzz'``,
and once merged these break reports and the window. So each row of each table the merge
reads is checked here first — types, enumerations, lengths, the framework document through
the same parser the editor and the loader use, indicator lists, stamps well-formed and not
far in the future — and the first bad value refuses the whole copy with a Thai message
naming the record and the field. Nothing is written before that, to either file.
"""

from __future__ import annotations

import itertools
import json
import math
import re
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from itadesk.analysis import SECTIONS
from itadesk.db.evidence import LINK_TEXT_FIELDS
from itadesk.db.schema import SYNCED_TABLES
from itadesk.db.surveys import SURVEYS
from itadesk.db.transfer import _read_only, with_its_log
from itadesk.errors import WorkspaceError
from itadesk.frameworks import TOOLS, FrameworkError, decode_document, parse_framework
from itadesk.records import (
    AGENCY_KINDS,
    AGENCY_LIMITS,
    MAX_TEXT_LENGTH,
    MEASURE_FIELD_LABELS,
    MEASURE_TEXT_FIELDS,
    ROUND_LABELS,
    STATUS_LABELS,
)
from itadesk.signing import MAX_STORED_LENGTH, shape_problem

MAX_DOCUMENT_LENGTH = 2_000_000
"""A framework document (and an audit entry or conflict holding one): 40 KB today."""
MAX_NAME_LENGTH = 200
"""Ids, device ids, field and table names, dates: short by construction."""
FUTURE_SLACK_MS = 2 * 24 * 3600 * 1000
"""A PC whose clock runs a day or so ahead is an office reality; a stamp from 2100 is not."""
_STAMP = re.compile(r"[0-9]{15}\.[0-9]{6}")
_ITEM_CODE = re.compile(r"O[0-9]{1,3}")

Check = Callable[[Any], str | None]
"""A rule for one column: None when the value is sound, else the Thai reason."""


def _shown(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f"“{value}”"
    return text if len(text) <= 40 else f"{text[:37]}…"


def text(limit: int = MAX_TEXT_LENGTH, *, required: bool = False) -> Check:
    def check(value: Any) -> str | None:
        if value is None:
            return "ต้องไม่ว่าง" if required else None
        if not isinstance(value, str):
            return f"ต้องเป็นข้อความ ไม่ใช่ {_shown(value)}"
        if len(value) > limit:
            return f"ยาว {len(value):,} ตัวอักษร เกินที่รับได้ ({limit:,})"
        if required and not value:
            return "ต้องไม่ว่าง"
        return None

    return check


def integer(low: int, high: int) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return f"ต้องเป็นจำนวนเต็ม {low} ถึง {high} ไม่ใช่ {_shown(value)}"
        return None

    return check


def number(low: float = -math.inf, high: float = math.inf, *, optional: bool = False) -> Check:
    def check(value: Any) -> str | None:
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            where = f" {low:g} ถึง {high:g}" if math.isfinite(low) else ""
            return f"ต้องเป็นตัวเลข{where} ไม่ใช่ {_shown(value)}"
        return None

    return check


def choice(allowed: Iterable[str], *, optional: bool = True) -> Check:
    allowed = tuple(allowed)

    def check(value: Any) -> str | None:
        if (value is None or value == "") and optional:
            return None
        if value not in allowed:
            return f"ค่า {_shown(value)} ไม่ใช่ค่าที่ ITADesk รู้จัก ({', '.join(allowed)})"
        return None

    return check


def pattern(regex: re.Pattern[str], example: str) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, str) or len(value) > MAX_NAME_LENGTH or not regex.fullmatch(value):
            return f"ต้องเป็นรูป {example} ไม่ใช่ {_shown(value)}"
        return None

    return check


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def row_id(value: Any) -> str | None:
    if isinstance(value, str) and _CANONICAL_UUID.fullmatch(value):
        return None  # the form ITADesk writes, checked without building a UUID
    try:
        uuid.UUID(value)
    except (TypeError, ValueError, AttributeError):
        return f"รหัสแถวต้องเป็น UUID ไม่ใช่ {_shown(value)}"
    return None


def stamp(value: Any) -> str | None:
    """A hybrid-logical-clock stamp (``hlc.format_stamp``), not far past this PC's clock."""
    if not isinstance(value, str) or not _STAMP.fullmatch(value):
        return f"เวลาแก้ไขต้องเป็นรูป 000001700000000.000000 ไม่ใช่ {_shown(value)}"
    if int(value[:15]) > time.time() * 1000 + FUTURE_SLACK_MS:  # the pattern: 15 digits, a dot, 6
        return "เวลาแก้ไขอยู่ในอนาคต (นาฬิกาของเครื่องที่ส่งมาผิด หรือไฟล์ถูกแก้ไข)"
    return None


def indicator_list(value: Any) -> str | None:
    """The measures' ``indicators`` column: a JSON list of indicator numbers 1–10."""
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > MAX_NAME_LENGTH:
        return f"ต้องเป็นรายการเลขตัวชี้วัด เช่น [1, 3] ไม่ใช่ {_shown(value)}"
    try:
        numbers = json.loads(value)
    except (ValueError, RecursionError):
        numbers = None
    if not isinstance(numbers, list) or any(integer(1, 10)(n) for n in numbers):
        return f"ต้องเป็นรายการเลขตัวชี้วัด 1 ถึง 10 เช่น [1, 3] ไม่ใช่ {_shown(value)}"
    return None


def framework_document(value: Any) -> str | None:
    """Through the same parser the framework editor and the built-in loader use."""
    problem = text(MAX_DOCUMENT_LENGTH, required=True)(value)
    if problem:
        return problem
    try:
        parse_framework(decode_document(value))
    except FrameworkError as exc:
        return str(exc)
    return None


YEAR = integer(2500, 2700)
NAME = text(MAX_NAME_LENGTH)
SYNC: dict[str, Check] = {
    "id": row_id,
    "updated_at": stamp,
    "updated_by": text(MAX_NAME_LENGTH, required=True),
    "deleted": lambda v: None if v in (0, 1) and not isinstance(v, bool) else "ต้องเป็น 0 หรือ 1",
}
FLAG_INT = SYNC["deleted"]

RULES: dict[str, dict[str, Check]] = {
    "agency": {
        **{name: text(AGENCY_LIMITS[name]) for name in ("name", "district", "province", "website")},
        "kind": choice(AGENCY_KINDS),
    },
    "frameworks": {"fiscal_year": YEAR, "document": framework_document},
    "scores": {"fiscal_year": YEAR, "indicator": integer(1, 50), "score": number(0, 100, optional=True)},
    "results": {"fiscal_year": YEAR, "official_total": number(0, 100, optional=True)},
    "checklist": {
        "fiscal_year": YEAR,
        "item_code": pattern(_ITEM_CODE, "O1, O2, …"),
        "done": lambda v: None if v is None else FLAG_INT(v),
        **{name: text() for name in ("responsible", "progress", "url")},
    },
    "measures": {
        "fiscal_year": YEAR,
        "position": number(-1e15, 1e15),
        **{name: text() for name in MEASURE_TEXT_FIELDS},
        "indicators": indicator_list,
        "status": choice(STATUS_LABELS),
        "round": choice(ROUND_LABELS),
    },
    "analysis_texts": {
        "fiscal_year": YEAR,
        "tool": choice(TOOLS, optional=False),
        "section": choice(SECTIONS, optional=False),
        "text": text(),
        "draft": text(),
    },
    "evidence_links": {
        "fiscal_year": YEAR,
        "item_code": pattern(_ITEM_CODE, "O1, O2, …"),
        "position": number(-1e15, 1e15),
        **{name: text() for name in LINK_TEXT_FIELDS},
        "carried_from": lambda v: None if v == 0 and not isinstance(v, bool) else YEAR(v),
    },
    "survey_links": {
        "fiscal_year": YEAR,
        "tool": choice(SURVEYS, optional=False),
        "url": text(),
        "period": text(),
    },
}
RULES = {table: {**SYNC, **rules} for table, rules in RULES.items()}
"""Per synced table, every column and its rule (a copy with other columns is refused)."""

BOOKKEEPING: dict[str, dict[str, Check]] = {
    "field_versions": {
        "table_name": choice(SYNCED_TABLES, optional=False),
        "row_id": row_id,
        "field": NAME,
        "updated_at": stamp,
        "updated_by": NAME,
    },
    "sync_seen": {"device": NAME, "stamp": stamp},
    "audit": {
        "id": NAME,
        "at": NAME,
        "user_name": text(MAX_NAME_LENGTH * 5),
        "device_id": NAME,
        "action": NAME,
        "table_name": NAME,
        "row_id": NAME,
        "field": NAME,
        "old_value": text(MAX_DOCUMENT_LENGTH),
        "new_value": text(MAX_DOCUMENT_LENGTH),
    },
    "conflicts": {
        "id": NAME,
        "table_name": choice(SYNCED_TABLES, optional=False),
        "row_id": row_id,
        "field": NAME,
        "kept_value": text(MAX_DOCUMENT_LENGTH),
        "kept_stamp": stamp,
        "kept_device": NAME,
        "other_value": text(MAX_DOCUMENT_LENGTH),
        "other_stamp": stamp,
        "other_device": NAME,
        "detected_at": NAME,
        "resolved": FLAG_INT,
    },
}
"""What the merge takes besides the rows: field stamps, version vectors, audit, conflicts."""

_TABLE_NAMES = {
    "agency": "ข้อมูลหน่วยงาน",
    "frameworks": "เกณฑ์การประเมิน",
    "scores": "คะแนนตัวชี้วัด",
    "results": "คะแนนรวมที่ประกาศ",
    "checklist": "รายการตรวจ OIT",
    "measures": "มาตรการ",
    "analysis_texts": "การวิเคราะห์ผล",
    "field_versions": "ประวัติเวลาแก้ไข",
    "sync_seen": "ประวัติการรวมข้อมูล",
    "audit": "บันทึกการแก้ไข",
    "conflicts": "ค่าที่แก้ไขบนสองเครื่อง",
    "evidence_links": "ลิงก์หลักฐาน OIT",
    "survey_links": "ลิงก์แบบวัด IIT/EIT",
    "meta": "ข้อมูลของไฟล์",
}
_FIELD_NAMES = {**MEASURE_FIELD_LABELS, "document": "เนื้อหาเกณฑ์", "updated_at": "เวลาแก้ไข"}


@dataclass(frozen=True)
class BadValue:
    table: str
    record: str
    """The record as the office knows it: มาตรการ “…” ปี 2567, รายการตรวจ ข้อ O12 ปี 2567."""
    field: str
    reason: str

    @property
    def message(self) -> str:
        label = _FIELD_NAMES.get(self.field)
        field = f"{label} ({self.field})" if label else self.field
        return f"{self.record} ช่อง {field}: {self.reason}"


def _record(table: str, row: dict[str, Any], rowid: int) -> str:
    year = row.get("fiscal_year")
    of_year = f" ปี {year}" if isinstance(year, int) else ""
    if table == "measures" and isinstance(row.get("title"), str) and row["title"].strip():
        return f"มาตรการ “{' '.join(row['title'].split())[:40]}”{of_year}"
    if table == "checklist" and isinstance(row.get("item_code"), str):
        return f"รายการตรวจ OIT ข้อ {row['item_code'][:10]}{of_year}"
    if table == "scores" and isinstance(row.get("indicator"), int):
        return f"คะแนนตัวชี้วัดที่ {row['indicator']}{of_year}"
    if table in ("frameworks", "results", "analysis_texts", "agency") and (of_year or table == "agency"):
        return f"{_TABLE_NAMES[table]}{of_year}"
    return f"{_TABLE_NAMES.get(table, table)} แถวที่ {rowid}"


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")]


def _conflict_value(row: dict[str, Any], side: str) -> str | None:
    """A conflict's value is the column's value as text (JSON for numbers): check it as the
    column it belongs to would be checked, so the chooser can show it."""
    rule = RULES.get(row["table_name"], {}).get(row["field"])
    value = row[f"{side}_value"]
    if rule is None or value is None:
        return None
    problem = rule(value)
    if problem:
        try:
            problem = rule(json.loads(value)) and problem
        except (ValueError, RecursionError):
            pass
    return problem


_EQUAL_ACROSS_TYPES = {bool, int, float}
"""Types whose values can be equal to each other's (``1 == 1.0 == True``) but not to a rule."""


def _bad_values(checks: list[tuple[str, Check]], rows: list[tuple[Any, ...]], known: frozenset[str]):
    """Per column, the ``(type, value)`` pairs among ``rows`` its rule refuses, with the
    reason. Each distinct value is checked once: a copy's news repeat the same stamps,
    devices, years, field and table names row after row, and checking each once is what
    keeps the check a small part of a merge. A column mixing numbers of two types has its
    values told apart by type."""
    bad: list[dict[tuple[type, Any], str]] = []
    for (name, check), column in zip(checks, list(zip(*rows, strict=True))[1:], strict=True):
        skip = known if name == "document" else frozenset()
        if len(_EQUAL_ACROSS_TYPES.intersection(map(type, column))) > 1:
            distinct = set(zip(map(type, column), column, strict=True))
        else:
            distinct = {(type(value), value) for value in set(column)}
        reasons = ((key, check(key[1])) for key in distinct if key[1] not in skip)
        bad.append({key: reason for key, reason in reasons if reason})
    return bad


_BATCH = 5000
"""Rows checked at a time, so that checking a whole (hostile, up to 1 GiB) file holds one
batch of rows in memory, not a table."""


def bad_row(
    table: str, columns: list[str], rows: Iterable[tuple[Any, ...]], known: frozenset[str] = frozenset()
) -> BadValue | None:
    """The first bad value among ``rows`` of ``table`` (each ``(rowid, *values)`` in
    ``columns``' order): the first row holding one, and in it the first column. A framework
    document the working file already holds word for word is not parsed again (each parse
    is ~20 ms of schema checking)."""
    rules = RULES.get(table) or BOOKKEEPING[table]
    if set(columns) != set(rules):
        odd = sorted(set(columns) ^ set(rules))
        return BadValue(table, _TABLE_NAMES.get(table, table), ", ".join(odd[:3]), "คอลัมน์ไม่ตรงกับของ ITADesk")
    checks = [(name, rules[name]) for name in columns]
    rows = iter(rows)
    while batch := list(itertools.islice(rows, _BATCH)):
        found = _first_bad(table, columns, checks, batch, known)
        if found is not None:
            return found
    return None


_ROW_RULES = ("conflicts", "frameworks")
"""Tables with a rule on a row's values together, besides each value's own."""


def _first_bad(
    table: str, columns: list[str], checks: list[tuple[str, Check]], rows: list[tuple[Any, ...]], known
) -> BadValue | None:
    bad = _bad_values(checks, rows, known)
    flagged = [(at, refused) for at, refused in enumerate(bad, start=1) if refused]
    if not flagged and table not in _ROW_RULES:
        return None
    for rowid, *values in rows:
        for at, refused in flagged:
            value = values[at - 1]
            reason = refused.get((type(value), value))
            if reason:
                row = dict(zip(columns, values, strict=True))
                return BadValue(table, _record(table, row, rowid), checks[at - 1][0], reason)
        if table == "conflicts":
            row = dict(zip(columns, values, strict=True))
            for side in ("kept", "other"):
                reason = _conflict_value(row, side)
                if reason:
                    return BadValue(table, _record(table, row, rowid), f"{side}_value", reason)
        if table == "frameworks":
            row = dict(zip(columns, values, strict=True))
            document_year = json.loads(row["document"].removeprefix("\ufeff")).get("fiscal_year")
            if document_year != row["fiscal_year"]:
                return BadValue(table, _record(table, row, rowid), "document", f"เป็นเกณฑ์ของปี {document_year}")
    return None


CHECKED_TABLES = (*RULES, *BOOKKEEPING)
"""Every table a merge reads, in the order they are checked."""


def signers_value(value: Any) -> str | None:
    """The report signers a workspace keeps in ``meta`` (``itadesk.db.signers``): JSON of
    the signers with the stamp and device of their save."""
    if not isinstance(value, str) or len(value) > MAX_STORED_LENGTH:
        return f"ต้องเป็นข้อความ JSON ขนาดไม่เกิน {MAX_STORED_LENGTH:,} ตัวอักษร"
    try:
        document = json.loads(value)
    except (ValueError, RecursionError):
        return "ไม่ใช่ JSON"
    if not isinstance(document, dict) or set(document) != {"stamp", "device", "signers"}:
        return "ต้องมีเฉพาะ stamp, device และ signers"
    return stamp(document["stamp"]) or NAME(document["device"]) or shape_problem(document["signers"])


def bad_meta(conn: sqlite3.Connection) -> BadValue | None:
    rows = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('device_id', 'hlc', 'signers')"))
    for key, check in (("hlc", stamp), ("device_id", NAME), ("signers", signers_value)):
        if key in rows:
            reason = check(rows[key])
            if reason:
                return BadValue("meta", _TABLE_NAMES["meta"], key, reason)
    return None


def documents_held(conn: sqlite3.Connection, schema: str = "main") -> frozenset[str]:
    """The framework documents a workspace holds (``bad_row``'s ``known``)."""
    return frozenset(row[0] for row in conn.execute(f"SELECT document FROM {schema}.frameworks"))


def first_bad_value(conn: sqlite3.Connection) -> BadValue | None:
    """The first value of an (already inspected) ITADesk file that a merge must not take,
    every row read (the merge itself checks only the rows it would take: ``merge._read_news``)."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    found = bad_meta(conn)
    for table in CHECKED_TABLES:
        if found is None and table in tables:
            cursor = conn.execute(f"SELECT rowid, * FROM [{table}]")
            found = bad_row(table, [d[0] for d in cursor.description][1:], cursor)
    return found


def refusal(path: Path, found: BadValue) -> WorkspaceError:
    return WorkspaceError(f"ใช้ไฟล์ {path.name} ไม่ได้: มีค่าที่ไม่ถูกต้อง — {found.message} ไม่ได้รวมข้อมูลใดจากไฟล์นี้")


def check_incoming(path: str | Path) -> None:
    """Refuse a copy holding any value ITADesk would not have written (a ``WorkspaceError``
    naming the first one); read only, through a read-only immutable connection."""
    path = Path(path)
    with with_its_log(path) as readable:  # the values a merge would read, its -wal included
        conn = _read_only(readable)
        try:
            found = first_bad_value(conn)
        except sqlite3.DatabaseError as exc:
            raise WorkspaceError(f"ใช้ไฟล์ {path.name} ไม่ได้: อ่านข้อมูลในไฟล์ไม่ได้ ({exc})") from exc
        finally:
            conn.close()
    if found is not None:
        raise refusal(path, found)
