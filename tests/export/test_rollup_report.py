"""The district's roll-up PDF passes the Thai checker, in Thai and in Arabic digits."""

from __future__ import annotations

import pytest

from itadesk.rollup import write_rollup
from itadesk.rollup.reading import collect
from itadesk.rollup.summary import build_rollup
from tests.rollup_offices import YEAR, make_offices


@pytest.mark.parametrize("thai", [True, False], ids=["thai-digits", "arabic-digits"])
def test_the_rollup_report_passes_the_thai_checker(tmp_path, check_pdf, thai):
    folder = tmp_path / "district"
    make_offices(folder)
    rollup = build_rollup(collect(folder, YEAR, workers=1))
    out = write_rollup(rollup, tmp_path / "สรุป.pdf", place="อำเภอวารินชำราบ จังหวัดอุบลราชธานี", thai_digits=thai)
    total = "๘๖.๔๙" if thai else "86.49"
    passed, summary, output = check_pdf(
        out, ["อำเภอวารินชำราบ จังหวัดอุบลราชธานี", "องค์การบริหารส่วนตำบลหัวเรือ", total, "ไฟล์ที่ไม่ได้นำมาสรุป"]
    )
    assert passed, output


def test_an_empty_folder_gives_a_report_that_says_so(tmp_path, check_pdf):
    (tmp_path / "empty").mkdir()
    out = write_rollup(build_rollup(collect(tmp_path / "empty", YEAR)), tmp_path / "สรุป.pdf")
    passed, _summary, output = check_pdf(out, ["ไม่พบไฟล์ข้อมูลของหน่วยงานที่อ่านได้ในโฟลเดอร์นี้"])
    assert passed, output
