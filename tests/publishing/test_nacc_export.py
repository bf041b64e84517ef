"""The table for the NACC's online system: item order, done status, this year's links
exactly as stored, in .xlsx and in CSV that Thai Excel opens (UTF-8 with BOM)."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from itadesk.cli import main

from .conftest import LINKS


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_oit_lists_every_item_in_order_with_its_links(published, tmp_path, capsys, suffix):
    path, store = published
    out = tmp_path / f"oit{suffix}"
    store.close()
    assert main(["export-oit", "--workspace", str(path), "--year", "2567", "--out", str(out)]) == 0
    assert "ส่งออกตาราง OIT แล้ว" in capsys.readouterr().out
    if suffix == ".csv":
        assert out.read_bytes().startswith(b"\xef\xbb\xbf"), "BOM for Thai Excel"
        with out.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    else:
        sheet = openpyxl.load_workbook(out).active
        rows = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    header, body = rows[0], rows[1:]
    from itadesk.db import Store, open_workspace

    store = Store(open_workspace(path))
    framework = store.framework(2567)
    assert [row[0] for row in body] == [item.code for item in framework.items()], "the NACC's item order"
    assert header[:6] == ["ข้อ", "ตัวชี้วัดย่อย", "ข้อมูล", "สถานะ", "URL 1", "ชื่อลิงก์ 1"]
    assert header[-1] == "สิ่งที่ควรตรวจก่อนกรอก" and "URL 3" in header and "URL 4" not in header
    by_code = {row[0]: dict(zip(header, row, strict=True)) for row in body}
    for code, links in LINKS.items():
        for number, (title, url) in enumerate(links, start=1):
            assert by_code[code][f"URL {number}"] == url
            expected_title = f"'{title}" if suffix == ".csv" and title.startswith("-") else title
            assert by_code[code][f"ชื่อลิงก์ {number}"] == expected_title
    assert by_code["O1"]["สถานะ"] == "ดำเนินการแล้ว" and by_code["O3"]["สถานะ"] == "ยังไม่ดำเนินการ"
    assert by_code["O5"]["URL 1"] == "", "last year's link is not this year's evidence until confirmed"
    assert "ยกมาจากปี ๒๕๖๖" in by_code["O5"]["สิ่งที่ควรตรวจก่อนกรอก"]
    assert "ยังไม่มีลิงก์" in by_code["O3"]["สิ่งที่ควรตรวจก่อนกรอก"]
    assert "ที่อยู่ไฟล์ในเครื่อง" in by_code["O2"]["สิ่งที่ควรตรวจก่อนกรอก"]
    store.close()


def test_export_oit_refuses_other_formats_and_unknown_years(published, tmp_path, capsys):
    path, store = published
    store.close()
    assert (
        main(["export-oit", "--workspace", str(path), "--year", "2567", "--out", str(tmp_path / "x.pdf")])
        == 1
    )
    assert ".xlsx หรือ .csv" in capsys.readouterr().err
    assert (
        main(["export-oit", "--workspace", str(path), "--year", "2501", "--out", str(tmp_path / "x.csv")])
        == 1
    )
    assert "ไม่มีเกณฑ์การประเมินของปี 2501" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.csv")) and not list(tmp_path.glob(".*saving"))


def test_check_links_command_lists_findings_and_the_summary(published, capsys):
    path, store = published
    store.close()
    assert main(["check-links", "--workspace", str(path), "--year", "2567"]) == 0
    out = capsys.readouterr().out
    assert r"O2 C:\Users\clerk\Desktop\ทำเนียบ.pdf: เป็นที่อยู่ไฟล์ในเครื่อง" in out
    assert "O10 http://www.huarua.go.th/plan: เว็บไซต์ huarua.go.th เปิดด้วย https://" in out
    assert out.strip().splitlines()[-1].startswith("ปี 2567: ๘ ลิงก์ · ยังไม่มีลิงก์")
