"""The roll-up as an Excel workbook for the district or province: one sheet per view
(offices, OIT items most offices miss, files not used), numbers as numbers so the office
can sort and chart them again in Excel."""

from __future__ import annotations

from pathlib import Path

from itadesk.rollup.summary import Rollup
from itadesk.spreadsheets import save_workbook, write_sheet


def _edited(row) -> str:
    stamp = row.office.last_edit
    return stamp.date().isoformat() if stamp else ""


def office_sheet_rows(rollup: Rollup) -> tuple[list[str], list[list[object]]]:
    numbers = [ind.number for ind in rollup.reference.indicators] if rollup.reference else list(range(1, 11))
    groups = [g.code for g in rollup.reference.oit_groups] if rollup.reference else []
    headers = ["หน่วยงาน", "ประเภท", "อำเภอ", "จังหวัด", "คะแนนรวม (ประกาศ)", "ผลการประเมิน"]
    for n in numbers:
        headers += [f"ตัวชี้วัดที่ {n}", f"เปลี่ยนแปลง {n}"]
    headers += ["OIT ทำแล้ว", "OIT ทั้งหมด", *(f"ตัวชี้วัดย่อย {g}" for g in groups)]
    headers += ["วันถึงกำหนดส่ง OIT", "มาตรการ", "มาตรการที่ดำเนินการแล้ว", "แก้ไขล่าสุด", "หมายเหตุ", "ไฟล์"]
    rows = []
    for row in rollup.rows:
        agency = row.office.agency
        values: list[object] = [
            row.name,
            agency.kind,
            agency.district,
            agency.province,
            row.total,
            row.rating,
        ]
        for n in numbers:
            values += [row.scores.get(n), row.changes.get(n)]
        by_code = {g.code: g for g in row.groups}
        values += [row.oit_done, row.oit_total]
        values += [f"{by_code[g].done}/{by_code[g].total}" if g in by_code else "" for g in groups]
        values += [
            row.days_to_deadline,
            row.measures,
            row.measures_done,
            _edited(row),
            remark(row),
            str(row.office.path),
        ]
        rows.append(values)
    return headers, rows


def remark(row) -> str:
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


def write_workbook(rollup: Rollup, path: str | Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    headers, rows = office_sheet_rows(rollup)
    write_sheet(book, "หน่วยงาน", headers, rows, [40, 22, 18, 16, 14, 18] + [9] * (len(headers) - 6))
    write_sheet(
        book,
        "รายการ OIT",
        ("ตัวชี้วัดย่อย", "ข้อ", "ข้อมูล", "จำนวนที่ยังไม่ทำ", "จำนวนที่เทียบ", "หน่วยงานที่ยังไม่ทำ"),
        [
            [m.group, m.item.code, m.item.title, len(m.missing), m.compared, "\n".join(m.missing)]
            for m in rollup.items
        ],
        (12, 8, 60, 14, 14, 60),
    )
    collection = rollup.collection
    write_sheet(
        book,
        "ไฟล์ที่ไม่ได้ใช้",
        ("ไฟล์", "เหตุผล"),
        [[str(r.path), r.reason] for r in collection.refused]
        + [
            [str(old.path), f"สำเนาเก่ากว่าของหน่วยงานเดียวกัน (ใช้ {newer.path.name})"]
            for old, newer in collection.older
        ],
        (60, 80),
    )
    return save_workbook(book, Path(path))
