"""Same-field edits made on two PCs, as the user sees and settles them.

A merge settles a concurrent edit the same way on every PC (the later stamp wins) and keeps
the other value in the ``conflicts`` table. Here the user's choice is applied: keeping the
value in use only marks the conflict resolved; taking the other value writes it through
the store as a new edit, so it travels to the other PCs and wins there too (they have seen
the value it replaces). Each conflict is described in Thai — which record, which field,
the two values and who wrote them — so the chooser and the command line say the same thing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from itadesk.db.hlc import parse_stamp
from itadesk.db.store import Store
from itadesk.errors import StoreError
from itadesk.records import MEASURE_FIELD_LABELS, ROUND_LABELS, STATUS_LABELS
from itadesk.thai import format_number

FIELD_LABELS = {
    **MEASURE_FIELD_LABELS,
    "done": "ดำเนินการแล้ว",
    "progress": "ผลการดำเนินการ",
    "url": "ลิงก์",
    "score": "คะแนน",
    "official_total": "คะแนนรวมที่ประกาศ",
    "deleted": "การลบ",
    "position": "ลำดับ",
    "name": "ชื่อหน่วยงาน",
    "kind": "ประเภทหน่วยงาน",
    "district": "อำเภอ",
    "province": "จังหวัด",
    "website": "เว็บไซต์",
    "document": "เนื้อหาเกณฑ์",
    "note": "หมายเหตุ",
    "carried_from": "ลิงก์ที่ยกมาจากปีก่อน",
}
TABLE_FIELD_LABELS = {("evidence_links", "title"): "ชื่อลิงก์", ("survey_links", "period"): "ระยะเวลาการประเมิน"}
"""Where a field's name means something else in one table."""


@dataclass(frozen=True)
class Side:
    """One of the two values: what it is, when and on which PC (by its user's name) it was set."""

    value: str | None
    shown: str
    stamp: str
    device: str
    author: str

    @property
    def when(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(parse_stamp(self.stamp)[0] / 1000).astimezone()


@dataclass(frozen=True)
class Conflict:
    id: str
    table: str
    row_id: str
    field: str
    record: str
    field_label: str
    kept: Side
    other: Side


def _shown(field: str, value: str | None) -> str:
    if value is None or value == "":
        return "(ว่าง)"
    if field == "done":
        return "ทำแล้ว" if value == "1" else "ยังไม่ทำ"
    if field == "deleted":
        return "ลบแล้ว" if value == "1" else "ยังอยู่"
    if field == "status":
        return STATUS_LABELS.get(value, value)
    if field == "round":
        return ROUND_LABELS.get(value, value)
    if field == "indicators":
        return ", ".join(f"ตัวชี้วัดที่ {n}" for n in json.loads(value)) or "(ว่าง)"
    if field in {"score", "official_total"}:
        return format_number(float(value), decimals=2, thai=False)
    return value


def _authors(store: Store) -> dict[str, str]:
    """Each device's latest user name, from the audit trail (which travels with merges)."""
    rows = store.db.execute(  # SQLite takes the bare column from the row holding max(at)
        "SELECT device_id, user_name, max(at) FROM audit WHERE user_name != '' GROUP BY device_id"
    )
    return {device: name for device, name, _at in rows.fetchall()}


def _record(store: Store, table: str, row_id: str) -> str:
    row = store.db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
    columns = [d[0] for d in row.description]
    values = dict(zip(columns, row.fetchone() or [None] * len(columns), strict=True))
    year = values.get("fiscal_year")
    if table == "measures":
        return f"มาตรการ «{values['title'] or 'ไม่มีชื่อ'}» ปี {year}"
    if table == "scores":
        return f"คะแนนตัวชี้วัดที่ {values['indicator']} ปี {year}"
    if table == "checklist":
        return f"รายการตรวจ {values['item_code']} ปี {year}"
    if table == "results":
        return f"ผลการประเมินที่ประกาศ ปี {year}"
    if table == "frameworks":
        return f"เกณฑ์การประเมิน ปี {year}"
    if table == "evidence_links":
        return f"ลิงก์หลักฐานข้อ {values['item_code']} ปี {year}"
    if table == "survey_links":
        return f"ลิงก์แบบวัด {(values['tool'] or '').upper()} ปี {year}"
    return "ข้อมูลหน่วยงาน"


def open_conflicts(store: Store) -> list[Conflict]:
    """Conflicts the user has not settled yet, oldest first."""
    authors = _authors(store)
    cursor = store.db.execute("SELECT * FROM conflicts WHERE resolved = 0 ORDER BY detected_at, id")
    columns = [d[0] for d in cursor.description]
    out = []
    for row in cursor.fetchall():
        c = dict(zip(columns, row, strict=True))

        def side(prefix: str, c: dict[str, Any] = c) -> Side:
            device = c[f"{prefix}_device"]
            return Side(
                value=c[f"{prefix}_value"],
                shown=_shown(c["field"], c[f"{prefix}_value"]),
                stamp=c[f"{prefix}_stamp"],
                device=device,
                author=authors.get(device, "เครื่องอื่น" if device != store.device_id else "เครื่องนี้"),
            )

        out.append(
            Conflict(
                id=c["id"],
                table=c["table_name"],
                row_id=c["row_id"],
                field=c["field"],
                record=_record(store, c["table_name"], c["row_id"]),
                field_label=TABLE_FIELD_LABELS.get(
                    (c["table_name"], c["field"]), FIELD_LABELS.get(c["field"], c["field"])
                ),
                kept=side("kept"),
                other=side("other"),
            )
        )
    return out


def _typed(store: Store, table: str, field: str, value: str | None) -> Any:
    """The conflict keeps values as text; give the column its own type back."""
    types = {row[1]: row[2].upper() for row in store.db.execute(f"PRAGMA table_info([{table}])")}
    if value is None or types.get(field) == "TEXT":
        return value
    return json.loads(value)


def resolve_conflict(store: Store, conflict: Conflict, take_other: bool) -> None:
    """Settle one conflict: keep the value in use, or write the other one as a new edit."""
    with store._transaction():
        row = store.db.execute("SELECT resolved FROM conflicts WHERE id = ?", [conflict.id]).fetchone()
        if row is None:
            raise StoreError("ไม่พบรายการนี้ในไฟล์ข้อมูลแล้ว")
        if take_other:
            value = _typed(store, conflict.table, conflict.field, conflict.other.value)
            store._write(conflict.table, conflict.row_id, {conflict.field: value})
        store.db.execute("UPDATE conflicts SET resolved = 1 WHERE id = ?", [conflict.id])
        store._audit(
            "resolve",
            "conflicts",
            conflict.id,
            conflict.field,
            None,
            conflict.other.value if take_other else conflict.kept.value,
        )
