"""Spreadsheets of any shape are read as a stream, in bounded time and memory, and each
hostile shape seen in the field is imported or refused with a clear Thai message."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import Workbook

from itadesk.spreadsheets import (
    MAX_ROWS,
    SpreadsheetError,
    guess_mapping,
    import_measures,
    read_table,
    remembered_mapping,
)

HEADERS = ["มาตรการ/กิจกรรม", "ผู้รับผิดชอบ"]


def _xlsx(path, rows, *, stray_column=None):
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for n, row in enumerate(rows, start=2):
        sheet.append(row)
        if stray_column:
            sheet.cell(row=n, column=stray_column, value="x")
    book.save(path)
    return path


def test_a_stray_cell_in_column_xfd_does_not_widen_the_table_and_imports(store, tmp_path):
    path = _xlsx(tmp_path / "xfd.xlsx", [[f"มาตรการ {n}", "กองคลัง"] for n in range(10)], stray_column=16384)
    table = read_table(path)
    assert table.headers == [*HEADERS, "คอลัมน์ 16384"]
    mapping = guess_mapping(table.headers, remembered_mapping(store))
    assert import_measures(store, 2567, table, mapping) == 10
    assert remembered_mapping(store)["คอลัมน์ 16384"] == ""


def test_a_declared_range_to_xfd1048576_is_not_walked(tmp_path):
    path = _xlsx(tmp_path / "declared.xlsx", [["มาตรการ", "สำนักปลัด"]])
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    parts["xl/worksheets/sheet1.xml"] = sheet.replace('ref="A1:B2"', 'ref="A1:XFD1048576"').encode()
    assert b"XFD1048576" in parts["xl/worksheets/sheet1.xml"]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    table = read_table(path)
    assert table.headers == HEADERS and table.rows == [["มาตรการ", "สำนักปลัด"]]


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    path = _xlsx(tmp_path / "bomb.xlsx", [["มาตรการ", "สำนักปลัด"]])
    bomb = tmp_path / "bomb2.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            if name != "xl/worksheets/sheet1.xml":
                target.writestr(name, source.read(name))
        with target.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1 << 20)
            for _ in range(260):
                member.write(chunk)
    assert bomb.stat().st_size < 2_000_000
    with pytest.raises(SpreadsheetError, match="MB"):
        read_table(bomb)


def test_the_row_limit_is_the_same_for_csv_and_xlsx(tmp_path):
    rows = [[f"มาตรการ {n}", "กองช่าง"] for n in range(MAX_ROWS + 1)]
    csv_path = tmp_path / "big.csv"
    csv_path.write_text("\n".join(",".join(r) for r in [HEADERS, *rows]), encoding="utf-8")
    for path in (csv_path, _xlsx(tmp_path / "big.xlsx", rows)):
        with pytest.raises(SpreadsheetError, match="20,000 แถว"):
            read_table(path)
    exactly = tmp_path / "exactly.csv"
    exactly.write_text("\n".join(",".join(r) for r in [HEADERS, *rows[:MAX_ROWS]]), encoding="utf-8")
    assert len(read_table(exactly).rows) == MAX_ROWS


def test_mac_csv_with_cr_only_line_endings_is_read(tmp_path):
    path = tmp_path / "mac.csv"
    path.write_bytes("\r".join(["มาตรการ,ผู้รับผิดชอบ", "ประกาศเจตจำนง,สำนักปลัด", "อบรม,กองคลัง"]).encode("utf-8"))
    assert read_table(path).rows == [["ประกาศเจตจำนง", "สำนักปลัด"], ["อบรม", "กองคลัง"]]


def test_a_field_over_131072_characters_is_refused_naming_the_row(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(f"มาตรการ,ผู้รับผิดชอบ\nสั้น,กองคลัง\n{'ก' * 140_000},สำนักปลัด\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="แถวที่ 3"):
        read_table(path)
    path.write_text(f"มาตรการ,ผู้รับผิดชอบ\n{'ก' * 100_001},สำนักปลัด\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="100,000"):
        read_table(path)


def test_a_row_of_nuls_makes_no_measure(store, tmp_path):
    path = tmp_path / "nul.csv"
    path.write_bytes("มาตรการ,ผู้รับผิดชอบ\nจริง,กองคลัง\n".encode() + b"\x00\x00\x00,\x00\x00\n")
    table = read_table(path)
    assert import_measures(store, 2567, table, guess_mapping(table.headers)) == 1
    assert [m.title for m in store.measures(2567)] == ["จริง"]


@pytest.mark.parametrize(
    ("encode", "label"),
    [
        (lambda t: t.encode("utf-8"), "UTF-8"),
        (lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), "UTF-8 (มี BOM)"),
        (lambda t: t.encode("cp874"), "TIS-620"),
        (lambda t: t.encode("utf-16"), "UTF-16"),
    ],
)
def test_thai_text_in_each_encoding_is_read_and_the_guess_is_named(tmp_path, encode, label):
    path = tmp_path / "thai.csv"
    path.write_bytes(encode("มาตรการ,ผู้รับผิดชอบ\nประกาศเจตจำนงสุจริตของผู้บริหาร,สำนักปลัด\n"))
    table = read_table(path)
    assert table.rows == [["ประกาศเจตจำนงสุจริตของผู้บริหาร", "สำนักปลัด"]]
    assert table.encoding.startswith(label)


def test_a_cp1252_file_is_not_read_as_thai(tmp_path):
    path = tmp_path / "west.csv"
    path.write_bytes("Mesure,Responsable\nRéunion d'équipe à côté du café,Bureau général\n".encode("cp1252"))
    table = read_table(path)
    assert table.rows == [["Réunion d'équipe à côté du café", "Bureau général"]]
    assert "1252" in table.encoding


def test_an_import_writes_one_audit_entry_per_measure(store, tmp_path):
    path = tmp_path / "some.csv"
    path.write_text(
        "มาตรการ,วิธีดำเนินการ,ผู้รับผิดชอบ,ตัวชี้วัด\n"
        + "".join(f"มาตรการ {n},ประชุม,กองคลัง,1 9\n" for n in range(300)),
        encoding="utf-8",
    )
    audit_before = store.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    table = read_table(path)
    assert import_measures(store, 2567, table, guess_mapping(table.headers)) == 300
    audit = store.db.execute("SELECT count(*) FROM audit").fetchone()[0] - audit_before
    assert audit <= 300 + 2  # one per measure (+ the remembered mapping)
    measures = store.measures(2567)
    assert [m.title for m in measures[:2]] == ["มาตรการ 0", "มาตรการ 1"]
    assert measures[0].indicators == (1, 9) and measures[0].steps == "ประชุม"
    assert [m.position for m in measures] == sorted(m.position for m in measures)
