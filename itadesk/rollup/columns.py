"""The columns of the roll-up's tables, defined once: the window shows their text and sorts
by their value, the workbook writes their value (numbers stay numbers for Excel)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from itadesk.rollup.summary import OfficeRow, Rollup
from itadesk.thai import format_number


@dataclass(frozen=True)
class Column:
    title: str
    """The header, or its template with ``{0}`` for ``arg`` (the window translates the template)."""
    value: Callable[[Any], Any]
    """The raw value: a number, a text or None (sorted last)."""
    width: int = 10
    """Width in Excel's characters (the window sizes to its contents)."""
    kind: str = "text"
    """``score`` (two decimals), ``change`` (signed), ``count`` or ``text``: how it is shown."""
    arg: object = None

    @property
    def header(self) -> str:
        return self.title if self.arg is None else self.title.format(self.arg)

    def text(self, row: Any) -> str:
        value = self.value(row)
        if value is None:
            return "–" if self.kind != "text" else ""
        if self.kind == "score":
            return format_number(value, 2, thai=False)
        if self.kind == "change":
            return ("+" if value > 0 else "") + format_number(value, 2, thai=False)
        return str(value)


def remark(row: OfficeRow) -> str:
    """What a reader must know before comparing this office with the others."""
    notes = []
    if row.framework is None:
        notes.append("ไม่มีข้อมูลปีนี้")
    else:
        if not row.shared_framework:
            notes.append("ใช้รายการ OIT ต่างจากหน่วยงานส่วนใหญ่ (เทียบเฉพาะข้อที่ตรงกัน)")
        if not row.checklist_used:
            notes.append("ยังไม่ได้กรอกรายการตรวจ OIT")
    return "; ".join(notes)


def _group_cell(code: str) -> Callable[[OfficeRow], str | None]:
    def cell(row: OfficeRow) -> str | None:
        group = next((g for g in row.groups if g.code == code), None)
        return f"{group.done}/{group.total}" if group else None

    return cell


def office_columns(rollup: Rollup) -> list[Column]:
    """One column per figure of an office; indicators and sub-indicators follow the list
    most offices use this year."""
    numbers = [ind.number for ind in rollup.reference.indicators] if rollup.reference else list(range(1, 11))
    groups = [g.code for g in rollup.reference.oit_groups] if rollup.reference else []
    return _office_columns(numbers, groups)


def _office_columns(numbers: list[int], groups: list[str]) -> list[Column]:
    columns = [
        Column("หน่วยงาน", lambda r: r.name, 40),
        Column("ประเภท", lambda r: r.office.agency.kind, 22),
        Column("อำเภอ", lambda r: r.office.agency.district, 18),
        Column("จังหวัด", lambda r: r.office.agency.province, 16),
        Column("คะแนนรวม (ประกาศ)", lambda r: r.total, 14, "score"),
        Column("ผลการประเมิน", lambda r: r.rating, 18),
    ]
    for n in numbers:
        columns.append(Column("ตัวชี้วัดที่ {0}", lambda r, n=n: r.scores.get(n), 11, "score", n))
        columns.append(Column("เปลี่ยนแปลง {0}", lambda r, n=n: r.changes.get(n), 11, "change", n))
    columns += [
        Column("OIT ทำแล้ว", lambda r: r.oit_done if r.framework else None, 10, "count"),
        Column("OIT ทั้งหมด", lambda r: r.oit_total if r.framework else None, 10, "count"),
    ]
    columns += [Column("ตัวชี้วัดย่อย {0}", _group_cell(g), 10, "count", g) for g in groups]
    columns += [
        Column("วันถึงกำหนดส่ง OIT", lambda r: r.days_to_deadline, 12, "count"),
        Column("มาตรการ", lambda r: r.measures if r.framework else None, 10, "count"),
        Column("มาตรการที่ดำเนินการแล้ว", lambda r: r.measures_done if r.framework else None, 12, "count"),
        Column(
            "แก้ไขล่าสุด",
            lambda r: r.office.last_edit.astimezone().date().isoformat() if r.office.last_edit else None,
            12,
        ),
        Column("หมายเหตุ", remark, 40),
        Column("ไฟล์", lambda r: str(r.office.path), 40),
    ]
    return columns


ITEM_COLUMNS: tuple[Column, ...] = (
    Column("ตัวชี้วัดย่อย", lambda m: m.group, 12),
    Column("ข้อ", lambda m: m.item.code, 8),
    Column("ข้อมูล", lambda m: m.item.title, 60),
    Column("จำนวนที่ยังไม่ทำ", lambda m: len(m.missing), 14, "count"),
    Column("จำนวนที่เทียบ", lambda m: m.compared, 14, "count"),
    Column("หน่วยงานที่ยังไม่ทำ", lambda m: ", ".join(m.missing), 60),
)
"""Per OIT item of the list most offices use: how many (and which) offices have not done it."""

UNUSED_COLUMNS: tuple[Column, ...] = (
    Column("ไฟล์", lambda u: u[0], 60),
    Column("เหตุผล", lambda u: u[1], 80),
)
"""Files the roll-up did not use: (path, why)."""

TITLES = tuple(
    dict.fromkeys(c.title for c in (*_office_columns([1], ["9.1"]), *ITEM_COLUMNS, *UNUSED_COLUMNS))
)
"""Every header (template) the window shows, for its translations."""
