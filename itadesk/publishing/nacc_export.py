"""The hand-off to the NACC's online system: one row per O-item in the framework's order
(the order the NACC's form lists them), with its done status and this year's evidence
links, for copying into the form without retyping a link.

Only confirmed links go out: a link carried from last year and not yet confirmed is not
this year's evidence, and the last column says so (with the other check findings), so the
clerk sees what to fix before copying. CSV is UTF-8 with a byte-order mark, which Thai
Excel needs to show Thai instead of mojibake.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from itadesk.db import Store
from itadesk.errors import ITADeskError, StoreError
from itadesk.publishing.link_checks import check_stored_year
from itadesk.spreadsheets import _safe, write_sheet

FORMATS = (".xlsx", ".csv")


@dataclass(frozen=True)
class OitTable:
    headers: list[str]
    rows: list[list[object]]
    link_columns: int


def oit_table(store: Store, year: int) -> OitTable:
    if year not in store.years():
        raise StoreError(f"ไม่มีเกณฑ์การประเมินของปี {year} ในไฟล์นี้")
    framework = store.framework(year)
    entries, check = check_stored_year(store, year)
    width = max([1, *(len(entry.evidence) for entry in entries.values())])
    rows = []
    for group in framework.oit_groups:
        for item in group.items:
            entry = entries[item.code]
            cells: list[object] = [
                item.code,
                group.code,
                item.title,
                "ดำเนินการแล้ว" if entry.done else "ยังไม่ดำเนินการ",
            ]
            for index in range(width):
                link = entry.evidence[index] if index < len(entry.evidence) else None
                cells += [link.url, link.title] if link else ["", ""]
            notes = [] if entry.links else ["ยังไม่มีลิงก์"]
            for link in entry.links:
                notes += [f"{link.label}: {finding.message}" for finding in check.findings.get(link.id, [])]
            cells.append("\n".join(notes))
            rows.append(cells)
    headers = ["ข้อ", "ตัวชี้วัดย่อย", "ข้อมูล", "สถานะ"]
    for index in range(1, width + 1):
        headers += [f"URL {index}", f"ชื่อลิงก์ {index}"]
    headers.append("สิ่งที่ควรตรวจก่อนกรอก")
    return OitTable(headers, rows, width)


def _csv_cell(value: object) -> object:
    """A text Excel would run as a formula (``=``, ``+``, ``-``, ``@`` first) stays text."""
    value = _safe(value)
    return f"'{value}" if isinstance(value, str) and value[:1] in ("=", "+", "-", "@") else value


def export_oit(store: Store, year: int, path: str | Path) -> Path:
    """Write the table as .xlsx or .csv (by the file's suffix), atomically."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ITADeskError(f"ไฟล์ต้องลงท้ายด้วย {' หรือ '.join(FORMATS)} ({path.name})")
    table = oit_table(store, year)
    temp = path.with_name(f".{path.name}.saving")
    try:
        if suffix == ".csv":
            with temp.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(table.headers)
                writer.writerows([_csv_cell(value) for value in row] for row in table.rows)
        else:
            from openpyxl import Workbook

            book = Workbook()
            book.remove(book.active)
            widths = (8, 12, 50, 16, *(60, 30) * table.link_columns, 60)
            write_sheet(book, f"OIT {year}", table.headers, table.rows, widths)
            book.save(temp)
        temp.replace(path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ITADeskError(f"บันทึกไฟล์ {path.name} ไม่ได้: {exc.strerror or exc}") from exc
    return path
