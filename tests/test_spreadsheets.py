"""Measures in and out of Excel and CSV: seed 001's table round-trips; odd files are refused
in Thai; text stays text."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook

from itadesk.cli import main
from itadesk.db import Store, open_workspace
from itadesk.records import MEASURE_TEXT_FIELDS
from itadesk.spreadsheets import (
    SpreadsheetError,
    export_workbook,
    guess_mapping,
    import_measures,
    read_table,
    remembered_mapping,
)
from itadesk.thai import thai_digits

SEED_001_HEADERS = [
    "มาตรการ/แนวทาง",
    "วิธีการดำเนินการ",
    "ผู้รับผิดชอบ",
    "ระยะเวลาดำเนินงาน",
    "ผลการดำเนินการ",
    "ข้อเสนอแนะ",
]
FIELDS = ("title", "steps", "responsible", "period", "output", "recommendation")


@pytest.fixture
def demo(demo_path):
    store = Store(open_workspace(demo_path))
    yield store
    store.close()


def _seed_001_workbook(store, path):
    """Seed 001's six-month table as the office keeps it in Excel: a title row, its headers,
    numbered measures."""
    book = Workbook()
    sheet = book.active
    sheet.append(["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส รอบ ๖ เดือน"])
    sheet.append(SEED_001_HEADERS)
    measures = store.measures(2566, "half")
    for number, m in enumerate(measures, start=1):
        sheet.append([f"{thai_digits(str(number))}.{m.title}", *(getattr(m, f) for f in FIELDS[1:])])
    book.save(path)
    return measures


def _fields(measures):
    return [tuple(getattr(m, f) for f in FIELDS) for m in measures]


def test_seed_001s_measures_import_and_round_trip_through_export(demo, tmp_path):
    source = _seed_001_workbook(demo, tmp_path / "hintang.xlsx")
    table = read_table(tmp_path / "hintang.xlsx")
    assert table.headers == SEED_001_HEADERS
    mapping = guess_mapping(table.headers)
    assert [mapping[h] for h in SEED_001_HEADERS] == list(FIELDS)
    assert import_measures(demo, 2567, table, mapping) == len(source) == 12
    assert _fields(demo.measures(2567)) == _fields(source)

    export_workbook(demo, 2567, tmp_path / "out.xlsx")
    sheets = load_workbook(tmp_path / "out.xlsx").sheetnames
    assert sheets == ["คะแนนตัวชี้วัด", "รายการตรวจ OIT", "มาตรการ", "วิเคราะห์ผล"]
    other = Store(open_workspace(tmp_path / "other.itadesk"))
    exported = read_table(tmp_path / "out.xlsx")  # the workbook's measures sheet, not its first
    import_measures(other, 2567, exported, guess_mapping(exported.headers))
    assert _fields(other.measures(2567)) == _fields(source)
    demo.update_measure(demo.measures(2567)[0].id, status="done", indicators=[2, 9])
    export_workbook(demo, 2567, tmp_path / "out.xlsx")
    again = Store(open_workspace(tmp_path / "again.itadesk"))
    import_measures(
        again,
        2567,
        read_table(tmp_path / "out.xlsx"),
        guess_mapping(exported.headers),
    )
    first = again.measures(2567)[0]
    assert (first.status, first.indicators) == ("done", (2, 9)), "status and indicators survive the trip"
    again.close()
    other.close()


def test_the_mapping_the_user_chose_is_remembered(demo, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("ชื่อโครงการของเรา,หมายเหตุ\nโครงการหนึ่ง,เก็บไว้\n", encoding="utf-8")
    table = read_table(path)
    chosen = {"ชื่อโครงการของเรา": "title", "หมายเหตุ": "recommendation"}
    import_measures(demo, 2567, table, chosen)
    assert remembered_mapping(demo) == chosen
    assert guess_mapping(["หมายเหตุ", "ชื่อโครงการของเรา"], remembered_mapping(demo)) == chosen


def test_a_csv_from_thai_excel_in_tis_620_is_read(demo, tmp_path):
    path = tmp_path / "thai.csv"
    path.write_bytes("มาตรการ,ผู้รับผิดชอบ\nจัดทำคู่มือ,กองคลัง\n".encode("cp874"))
    assert import_measures(demo, 2567, read_table(path), guess_mapping(["มาตรการ", "ผู้รับผิดชอบ"])) == 1
    assert (demo.measures(2567)[0].title, demo.measures(2567)[0].responsible) == ("จัดทำคู่มือ", "กองคลัง")


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("fake.xlsx", b"this is not a zip", "ไม่ใช่ไฟล์ Excel"),
        ("empty.csv", b"", "ไม่มีข้อมูล"),
        ("one-column.csv", "มาตรการ\nหนึ่ง\n".encode(), "ไม่พบแถวหัวตาราง"),
        ("binary.csv", bytes(range(256)) * 4, "ไม่ใช่ข้อความ"),
        ("table.ods", b"PK", "เฉพาะไฟล์ Excel"),
    ],
)
def test_files_that_are_not_tables_are_refused_in_thai(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SpreadsheetError, match=message):
        read_table(path)


def test_an_import_without_a_title_column_adds_nothing(demo, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("ผู้รับผิดชอบ,ระยะเวลา\nกองคลัง,ตลอดปี\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="มาตรการ/กิจกรรม"):
        import_measures(demo, 2567, read_table(path), guess_mapping(["ผู้รับผิดชอบ", "ระยะเวลา"]))
    assert demo.measures(2567) == []


def test_text_that_looks_like_a_formula_stays_text(demo, tmp_path):
    demo.add_measure(2567, title='=HYPERLINK("http://evil")', steps="ขั้นตอน\x07ที่มีอักขระควบคุม & <b>")
    export_workbook(demo, 2567, tmp_path / "x.xlsx", ["measures"])
    sheet = load_workbook(tmp_path / "x.xlsx")["มาตรการ"]
    assert sheet["B2"].value == '=HYPERLINK("http://evil")' and sheet["B2"].data_type == "s"
    assert sheet["C2"].value == "ขั้นตอนที่มีอักขระควบคุม & <b>"


def test_cli_import_and_export(demo_path, tmp_path, capsys):
    store = Store(open_workspace(demo_path))
    _seed_001_workbook(store, tmp_path / "in.xlsx")
    store.close()
    args = ["--workspace", str(demo_path), "--year", "2567"]
    assert main(["import-measures", *args, "--from", str(tmp_path / "in.xlsx"), "--map", "ข้อเสนอแนะ="]) == 0
    assert "นำเข้ามาตรการแล้ว 12 รายการ" in capsys.readouterr().out
    assert main(["export-xlsx", *args, "--tabs", "measures", "--out", str(tmp_path / "o.xlsx")]) == 0
    assert load_workbook(tmp_path / "o.xlsx").sheetnames == ["มาตรการ"]
    store = Store(open_workspace(demo_path))
    assert all(m.recommendation == "" for m in store.measures(2567)), (
        "the column mapped to nothing is skipped"
    )
    store.close()
    assert main(["import-measures", *args, "--from", str(tmp_path / "in.xlsx"), "--map", "x=nonsense"]) == 1
    assert "--map" in capsys.readouterr().err


def test_the_analysis_tab_exports_the_offices_text(demo, tmp_path):
    demo.set_analysis_text(2565, "OIT", "urgent", "แก้ไขโดยสำนักงาน", draft="")
    export_workbook(demo, 2565, tmp_path / "a.xlsx", ["analysis"])
    sheet = load_workbook(tmp_path / "a.xlsx")["วิเคราะห์ผล"]
    assert sheet["B4"].value == "แก้ไขโดยสำนักงาน"
    assert sheet["C2"].value.startswith("- ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่")


def test_the_exported_analysis_is_the_reports_not_the_windows_hints(demo, tmp_path):
    """2565's checklist was never filled in: the window's draft says so to its user; the
    exported analysis, like the report, leaves the hint out."""
    from itadesk.analysis import CHECKLIST_NOT_USED

    assert CHECKLIST_NOT_USED in demo.analysis_draft(2565)[("OIT", "urgent")]
    export_workbook(demo, 2565, tmp_path / "a.xlsx", ["analysis"])
    cell = load_workbook(tmp_path / "a.xlsx")["วิเคราะห์ผล"]["B4"].value
    assert cell.startswith("- ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล") and "โปรแกรม" not in cell


def test_every_text_field_can_be_mapped():
    headers = ["มาตรการ", "วิธีดำเนินการ", "ระยะเวลา", "ผู้รับผิดชอบ", "ผลการดำเนินการ", "ผลลัพธ์", "ข้อเสนอแนะ"]
    assert sorted(guess_mapping(headers).values()) == sorted(MEASURE_TEXT_FIELDS)


def test_a_cancelled_import_adds_nothing(demo, tmp_path):
    from itadesk.errors import Cancelled

    path = tmp_path / "many.csv"
    path.write_text(
        "มาตรการ,ผู้รับผิดชอบ\n" + "".join(f"มาตรการที่ {n},กองคลัง\n" for n in range(250)), encoding="utf-8"
    )
    table = read_table(path)

    def cancel(done, total):
        raise Cancelled

    with pytest.raises(Cancelled):
        import_measures(demo, 2567, table, {"มาตรการ": "title"}, cancel)
    assert demo.measures(2567) == []


def test_a_cancelled_export_leaves_no_file(demo, tmp_path):
    from itadesk.errors import Cancelled

    for n in range(600):
        demo.add_measure(2567, title=f"มาตรการ {n}")

    def cancel(done, total):
        raise Cancelled

    out = tmp_path / "usb"
    out.mkdir()
    with pytest.raises(Cancelled):
        export_workbook(demo, 2567, out / "x.xlsx", progress=cancel)
    assert list(out.iterdir()) == []
