"""The measures report's intro names what its table prints, column by column, and nothing
else, for each preset and for columns chosen on the command line."""

from __future__ import annotations

import pymupdf
import pytest

from itadesk.cli import main
from itadesk.export.measures_report import PRESETS

START = "องค์การบริหารส่วนตำบลหัวเรือ ได้รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"


def squashed(text: str) -> str:
    return "".join(text.split())


def intro_of(pdf) -> str:
    """The intro sentence as printed: from the agency to ดังนี้ (whitespace dropped, as
    lines wrap wherever the page ends)."""
    text = squashed(pymupdf.open(pdf)[0].get_text())
    start = text.index(squashed(START))
    return text[start : text.index("ดังนี้", start) + len("ดังนี้")]


def report(demo_path, tmp_path, round_: str, columns: str | None = None, arabic: bool = False):
    out = tmp_path / f"measures-{round_}-{columns}.pdf"
    args = ["report", "measures", "--workspace", str(demo_path), "--year", "2566", "--round", round_]
    args += ["--columns", columns] if columns else []
    args += ["--arabic-digits"] if arabic else []
    assert main([*args, "--out", str(out)]) == 0
    return out


@pytest.mark.parametrize(
    ("round_", "columns", "shown"),
    [
        pytest.param(
            "full",
            None,
            "ประจำปี โดยแสดงมาตรการหรือกิจกรรมที่ดำเนินการ วิธีดำเนินการ ระยะเวลา ผู้รับผิดชอบ "
            "ผลการดำเนินการ และผลลัพธ์ของการดำเนินการ ดังนี้",
            id="full-year-preset",
        ),
        pytest.param(
            "half",
            None,
            "รอบ ๖ เดือน โดยแสดงมาตรการหรือกิจกรรมที่ดำเนินการ วิธีดำเนินการ ผู้รับผิดชอบ ระยะเวลา "
            "ผลการดำเนินการ และข้อเสนอแนะ ดังนี้",
            id="six-month-preset",
        ),
        pytest.param(
            "full",
            ",".join(PRESETS["indicators"]),
            "ประจำปี โดยแสดงตัวชี้วัดที่เกี่ยวข้อง มาตรการหรือกิจกรรมที่ดำเนินการ วิธีดำเนินการ "
            "ผลการดำเนินการ และสถานะการดำเนินการ ดังนี้",
            id="indicators-preset",
        ),
        pytest.param(
            "full",
            "title,status",
            "ประจำปี โดยแสดงมาตรการหรือกิจกรรมที่ดำเนินการ และสถานะการดำเนินการ ดังนี้",
            id="custom",
        ),
        pytest.param("half", "number,period", "รอบ ๖ เดือน โดยแสดงระยะเวลา ดังนี้", id="one-column-named"),
        pytest.param("full", "number", "ประจำปี ดังนี้", id="nothing-to-name"),
    ],
)
def test_the_intro_names_the_printed_columns_only(demo_path, tmp_path, round_, columns, shown):
    assert intro_of(report(demo_path, tmp_path, round_, columns)) == squashed(
        f"{START} ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ {shown}"
    )


def test_the_intro_of_a_custom_table_does_not_name_columns_it_leaves_out(demo_path, tmp_path):
    intro = intro_of(report(demo_path, tmp_path, "full", "title,status", arabic=True))
    assert "พ.ศ.2566ประจำปีโดยแสดง" in intro
    for missing in ("วิธีดำเนินการ", "ระยะเวลา", "ผู้รับผิดชอบ", "ผลการดำเนินการ"):
        assert missing not in intro
