"""The roll-up as an Excel workbook for the district or province: one sheet per view
(offices, OIT items most offices miss, files not used), numbers as numbers so the office
can sort and chart them again in Excel."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from itadesk.rollup.columns import ITEM_COLUMNS, Column, office_columns
from itadesk.rollup.summary import Rollup, unused_files
from itadesk.spreadsheets import save_workbook, write_sheet


def _write(book, title: str, columns: Sequence[Column], rows) -> None:
    write_sheet(
        book,
        title,
        [c.header for c in columns],
        [[c.value(row) for c in columns] for row in rows],
        [c.width for c in columns],
    )


def write_workbook(rollup: Rollup, path: str | Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    _write(book, "หน่วยงาน", office_columns(rollup), rollup.rows)
    _write(book, "รายการ OIT", ITEM_COLUMNS, rollup.items)
    write_sheet(
        book,
        "แผนภูมิ",
        ("ผลการประเมิน / ตัวชี้วัด", "จำนวนหน่วยงาน", f"คะแนนเฉลี่ยปี {rollup.year}", f"คะแนนเฉลี่ยปี {rollup.year - 1}"),
        [[label, count, None, None] for label, count in rollup.ratings]
        + [
            [f"ตัวชี้วัดที่ {n}", None, average, rollup.previous_averages.get(n)]
            for n, average in rollup.averages.items()
        ],
        (26, 16, 18, 18),
    )
    write_sheet(book, "ไฟล์ที่ไม่ได้ใช้", ("ไฟล์", "เหตุผล"), unused_files(rollup), (60, 80))
    return save_workbook(book, Path(path))
