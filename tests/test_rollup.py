"""The roll-up of many offices' copies: read safely, figures right, nothing written."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from itadesk.errors import Cancelled
from itadesk.rollup.reading import RollupError, collect
from itadesk.rollup.summary import NOT_ANNOUNCED, build_rollup
from tests.rollup_offices import HUA_RUEA, HUA_RUEA_BEFORE, YEAR, make_offices

TODAY = dt.date(2024, 3, 1)  # B.E. 2567, two months before the OIT deadline of 30 April


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    folder = tmp_path_factory.mktemp("district")
    return folder, make_offices(folder)


def _digests(folder):
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()}


def _row(rollup, name):
    return next(r for r in rollup.rows if r.name == name)


def test_every_office_appears_once_with_its_figures(district):
    folder, _paths = district
    rollup = build_rollup(collect(folder, YEAR, workers=1), today=TODAY)
    names = sorted(r.name for r in rollup.rows)
    assert names == ["องค์การบริหารส่วนตำบลหนองบัว", "องค์การบริหารส่วนตำบลหัวเรือ", "เทศบาลตำบลวารินชำราบ"]
    hua = _row(rollup, "องค์การบริหารส่วนตำบลหัวเรือ")
    assert hua.total == 86.49 and hua.rating == "ผ่าน" and hua.passed
    assert hua.scores == dict(enumerate(HUA_RUEA, start=1))
    assert hua.changes[1] == pytest.approx(HUA_RUEA[0] - HUA_RUEA_BEFORE[0])
    assert (hua.oit_done, hua.oit_total) == (5, 43)  # O4 ticked after the older copy was sent
    assert hua.measures == 2 and hua.measures_done == 1
    assert hua.days_to_deadline == (dt.date(2024, 4, 30) - TODAY).days
    assert hua.checklist_used
    nong = _row(rollup, "องค์การบริหารส่วนตำบลหนองบัว")
    assert nong.rating == NOT_ANNOUNCED and nong.total is None and not nong.checklist_used
    assert nong.changes[1] is None  # no score the year before


def test_a_hostile_file_is_listed_with_its_reason_and_stops_nothing(district):
    folder, paths = district
    collection = collect(folder, YEAR, workers=1)
    assert [r.path for r in collection.refused] == [paths["hostile"]]
    assert "ไม่ใช่ไฟล์ข้อมูลของ ITADesk" in collection.refused[0].reason
    assert len(collection.offices) == 3


def test_the_copy_edited_last_is_used_and_the_other_listed_as_older(district):
    folder, paths = district
    collection = collect(folder, YEAR, workers=1)
    assert [(old.path, newer.path) for old, newer in collection.older] == [
        (paths["hua_ruea_old"], paths["hua_ruea"])
    ]


def test_an_office_on_another_list_is_marked_and_compared_on_what_it_shares(district):
    folder, _paths = district
    rollup = build_rollup(collect(folder, YEAR, workers=1), today=TODAY)
    town = _row(rollup, "เทศบาลตำบลวารินชำราบ")
    assert not town.shared_framework
    assert _row(rollup, "องค์การบริหารส่วนตำบลหัวเรือ").shared_framework
    o1 = next(m for m in rollup.items if m.item.code == "O1")
    assert o1.compared == 2  # the town renamed O1: it is not counted for that item
    assert o1.missing == ("องค์การบริหารส่วนตำบลหนองบัว",)
    o2 = next(m for m in rollup.items if m.item.code == "O2")
    assert o2.compared == 3 and o2.missing == ("องค์การบริหารส่วนตำบลหนองบัว",)
    assert rollup.items[0].missing and len(rollup.items[0].missing) == 3  # most missed first
    assert [len(m.missing) for m in rollup.items] == sorted(
        (len(m.missing) for m in rollup.items), reverse=True
    )


def test_ratings_and_averages(district):
    folder, _paths = district
    rollup = build_rollup(collect(folder, YEAR, workers=1), today=TODAY)
    # the town's 91.20 has no tool scores entered, so it cannot be rated above ผ่าน
    assert rollup.ratings == (("ผ่าน", 2), (NOT_ANNOUNCED, 1))
    assert rollup.averages[1] == pytest.approx((HUA_RUEA[0] + 80.0) / 2)
    assert rollup.previous_averages[1] == pytest.approx(HUA_RUEA_BEFORE[0])


def test_nothing_is_written_to_any_file(district):
    folder, _paths = district
    before = _digests(folder)
    collect(folder, YEAR, workers=2)
    assert _digests(folder) == before


def test_reading_in_worker_processes_gives_the_same_roll_up(district, monkeypatch):
    folder, _paths = district
    monkeypatch.setattr("itadesk.rollup.reading.PARALLEL_FROM", 1)
    serial = build_rollup(collect(folder, YEAR, workers=1), today=TODAY)
    parallel = build_rollup(collect(folder, YEAR, workers=2), today=TODAY)
    assert [(r.name, r.total, r.oit_done, r.scores) for r in parallel.rows] == [
        (r.name, r.total, r.oit_done, r.scores) for r in serial.rows
    ]


def test_cancelling_stops_the_reading(district):
    folder, _paths = district
    seen = []

    def progress(done, total):
        seen.append(done)
        if done >= 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        collect(folder, YEAR, progress, workers=1)
    assert seen == [0, 1, 2]


def test_a_missing_folder_is_refused_in_thai(tmp_path):
    with pytest.raises(RollupError, match="ไม่พบโฟลเดอร์"):
        collect(tmp_path / "ไม่มี", YEAR)


def test_the_workbook_has_one_sheet_per_view_with_the_figures(district, tmp_path):
    from openpyxl import load_workbook

    from itadesk.rollup import write_rollup

    folder, paths = district
    out = write_rollup(build_rollup(collect(folder, YEAR, workers=1), today=TODAY), tmp_path / "สรุป.xlsx")
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["หน่วยงาน", "รายการ OIT", "แผนภูมิ", "ไฟล์ที่ไม่ได้ใช้"]
    chart = {r[0]: r[1:] for r in list(book["แผนภูมิ"].iter_rows(values_only=True))[1:]}
    assert chart["ผ่าน"][0] == 2 and chart["ตัวชี้วัดที่ 1"][1:] == ((HUA_RUEA[0] + 80.0) / 2, HUA_RUEA_BEFORE[0])
    offices = list(book["หน่วยงาน"].iter_rows(values_only=True))
    header, rows = offices[0], {r[0]: r for r in offices[1:]}
    hua = rows["องค์การบริหารส่วนตำบลหัวเรือ"]
    assert hua[header.index("คะแนนรวม (ประกาศ)")] == 86.49
    assert hua[header.index("ตัวชี้วัดที่ 1")] == HUA_RUEA[0]
    assert hua[header.index("OIT ทำแล้ว")] == 5
    assert "ต่างจากหน่วยงานส่วนใหญ่" in rows["เทศบาลตำบลวารินชำราบ"][header.index("หมายเหตุ")]
    unused = {r[0]: r[1] for r in list(book["ไฟล์ที่ไม่ได้ใช้"].iter_rows(values_only=True))[1:]}
    assert "ไม่ใช่ไฟล์ข้อมูลของ ITADesk" in unused[str(paths["hostile"])]
    assert "สำเนาเก่ากว่า" in unused[str(paths["hua_ruea_old"])]


def test_an_unknown_output_kind_is_refused_in_thai(district, tmp_path):
    from itadesk.rollup import write_rollup

    folder, _paths = district
    with pytest.raises(RollupError, match=".xlsx หรือ .pdf"):
        write_rollup(build_rollup(collect(folder, YEAR, workers=1)), tmp_path / "สรุป.docx")


def test_the_command_line_writes_the_pdf_and_lists_what_it_left_out(district, tmp_path, capsys):
    import pymupdf

    from itadesk.cli import main

    folder, _paths = district
    out = tmp_path / "สรุป.pdf"
    assert main(["rollup", "--from", str(folder), "--year", str(YEAR), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "สรุป 3 หน่วยงาน" in printed and "virus.itadesk" in printed and "huaruea-copy.itadesk" in printed
    text = "".join(page.get_text() for page in pymupdf.open(out))
    for expected in ("องค์การบริหารส่วนตำบลหัวเรือ", "ยังไม่ประกาศ", "๘๖.๔๙", "virus.itadesk", "จังหวัดอุบลราชธานี"):
        assert expected in text


def test_a_copy_from_an_older_itadesk_is_read_as_it_is_never_migrated(tmp_path, version_1_workspace):
    folder = tmp_path / "district"
    folder.mkdir()
    old = folder / "old-version.itadesk"
    old.write_bytes(version_1_workspace.read_bytes())
    before = old.read_bytes()
    rollup = build_rollup(collect(folder, YEAR, workers=1), today=TODAY)
    assert [r.name for r in rollup.rows] == ["old-version"]  # no agency typed yet: named by its file
    assert rollup.rows[0].rating == "ไม่มีข้อมูลปีนี้"
    assert old.read_bytes() == before


def test_a_copy_with_its_log_beside_it_is_rolled_up_with_the_edits_in_the_log(tmp_path):
    import shutil
    import sqlite3

    folder = tmp_path / "district"
    make_offices(folder)
    log_folder = tmp_path / "log"
    log_folder.mkdir()
    source = folder / "huaruea.itadesk"
    copy = log_folder / "huaruea.itadesk"
    shutil.copy(source, copy)
    conn = sqlite3.connect(copy)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE results SET official_total = 88.88 WHERE fiscal_year = ?", [YEAR])
    conn.commit()
    shutil.copy(copy, tmp_path / "main-only")  # what Explorer copies: the main file, then the log
    shutil.copy(f"{copy}-wal", tmp_path / "log-only")
    conn.close()
    copy.unlink(missing_ok=True)
    shutil.move(tmp_path / "main-only", copy)
    shutil.move(tmp_path / "log-only", f"{copy}-wal")
    before = {p.name: p.read_bytes() for p in log_folder.iterdir()}
    rollup = build_rollup(collect(log_folder, YEAR, workers=1), today=TODAY)
    assert rollup.rows[0].total == 88.88
    assert {p.name: p.read_bytes() for p in log_folder.iterdir()} == before


def test_a_second_pcs_own_workspace_of_the_same_office_counts_once(district, tmp_path):
    """Before its first merge a second PC's workspace has an id of its own; it names the same
    office, so the roll-up takes it as a copy of that office (the merge settles the ids)."""
    import shutil
    import sqlite3

    folder, paths = district
    second = tmp_path / "second-pc"
    shutil.copytree(folder, second)
    other_pc = second / "huaruea-pc2.itadesk"
    shutil.copy(paths["hua_ruea_old"], other_pc)
    conn = sqlite3.connect(other_pc)
    with conn:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('office_id', 'a-second-pc')")
    conn.close()
    collection = collect(second, YEAR, workers=1)
    assert len(collection.offices) == 3
    assert {old.path.name for old, _newer in collection.older} == {
        "huaruea-copy.itadesk",
        "huaruea-pc2.itadesk",
    }
