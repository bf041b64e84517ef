"""A copy that passes every structural check is still checked value by value before it is
merged: each poisoned value seen in the field is refused with a Thai message naming the
record, the working file stays exactly as it was, and no value hypothesis can put in a
column gets past the check and later breaks the store's readers or the Excel export."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itadesk.cli import main
from itadesk.db import Store, evidence, open_workspace
from itadesk.db.backups import list_backups
from itadesk.db.merge import merge_file
from itadesk.db.surveys import set_survey_link, survey_links
from itadesk.db.transfer import export_copy
from itadesk.errors import ITADeskError, WorkspaceError
from itadesk.paths import backups_dir_for
from itadesk.records import Agency
from itadesk.spreadsheets import export_workbook


def _digest(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        # what opening a workspace writes (this PC's session in meta and sync_seen) aside
        dump = "\n".join(
            line
            for line in conn.iterdump()
            if not line.startswith(('INSERT INTO "meta"', 'INSERT INTO "sync_seen"'))
        )
    finally:
        conn.close()
    return hashlib.sha256(dump.encode()).hexdigest()


@pytest.fixture
def copy_from_other_pc(tmp_path):
    """A sound copy from another PC holding one of each kind of row, and a function that
    poisons one of its values the way a database tool would."""
    other = Store(open_workspace(tmp_path / "other.itadesk"))
    other.set_user_name("สมศรี")
    other.set_agency(Agency(name="หัวเรือ", province="อุบลราชธานี"))
    measure = other.add_measure(2567, title="ประกาศเจตจำนงสุจริต", indicators=[1, 9])
    other.set_score(2567, 3, 90)
    other.set_item_done(2567, "O12", True)
    evidence.add_link(other, 2567, "O12", url="https://huarua.go.th/o12.pdf", title="รายงาน")
    set_survey_link(other, 2567, "eit", url="https://itas.nacc.go.th/eit/abc")
    copy = tmp_path / "usb.itadesk"
    export_copy(other.db.conn, copy)
    other.close()

    def poison(sql: str, *params) -> Path:
        conn = sqlite3.connect(copy)
        conn.execute(sql, params)
        conn.commit()
        conn.close()
        return copy

    return copy, measure, poison


POISONS = [
    ("UPDATE frameworks SET document = 'not json' WHERE fiscal_year = 2567", (), "เกณฑ์การประเมิน ปี 2567"),
    (
        "UPDATE frameworks SET document = json_set(document, '$.oit_groups[0].items', 5) WHERE fiscal_year = 2567",
        (),
        "oit_groups[0].items",
    ),
    ("UPDATE measures SET indicators = '[[['", (), "ตัวชี้วัดที่เกี่ยวข้อง"),
    ("UPDATE measures SET status = 'hacked'", (), "hacked"),
    ("UPDATE measures SET title = ?", ("ก" * 5_000_000,), "มาตรการ/กิจกรรม"),
    ("UPDATE measures SET updated_at = 'zzzz'", (), "เวลาแก้ไข"),
    ("UPDATE measures SET updated_at = '004102444800000.000000'", (), "อนาคต"),
    ("UPDATE field_versions SET updated_at = 'zzzz'", (), "ประวัติเวลาแก้ไข"),
    ("UPDATE scores SET score = 500", (), "คะแนนตัวชี้วัดที่ 3 ปี 2567"),
    ("UPDATE checklist SET item_code = 'X' || item_code", (), "O1, O2"),
    ("UPDATE meta SET value = 'zzzz' WHERE key = 'hlc'", (), "hlc"),
    ("UPDATE measures SET round = 'weekly'", (), "weekly"),
    ("UPDATE evidence_links SET url = ?", ("h" * 5_000_000,), "ลิงก์หลักฐาน OIT"),
    ("UPDATE evidence_links SET carried_from = 42", (), "carried_from"),
    ("UPDATE survey_links SET tool = 'xyz'", (), "xyz"),
    ("UPDATE agency SET name = ?", ("ก" * 7_000,), "ข้อมูลหน่วยงาน"),
    ("UPDATE agency SET kind = 'hacked'", (), "hacked"),
]


@pytest.mark.parametrize(("sql", "params", "named"), POISONS, ids=[p[2][:20] for p in POISONS])
def test_a_poisoned_copy_is_refused_naming_the_record_and_the_working_file_is_unchanged(
    store, workspace_path, copy_from_other_pc, sql, params, named
):
    copy, _measure, poison = copy_from_other_pc
    poison(sql, *params)
    store.add_measure(2567, title="งานของเครื่องนี้")
    before = _digest(workspace_path)
    with pytest.raises(WorkspaceError) as caught:
        merge_file(store, copy)
    assert named in str(caught.value)
    assert "ไม่ได้รวมข้อมูล" in str(caught.value)
    assert len(str(caught.value)) < 600  # a 5 MB title is not repeated in the message
    assert _digest(workspace_path) == before
    # the backup written while the copy was checked is removed with the refusal
    assert not list_backups(workspace_path)
    assert not list(backups_dir_for(workspace_path).glob(".*.part"))


def test_the_measure_named_is_the_poisoned_one(store, copy_from_other_pc):
    copy, measure, poison = copy_from_other_pc
    poison("UPDATE measures SET status = 'hacked' WHERE id = ?", measure.id)
    with pytest.raises(WorkspaceError, match="มาตรการ “ประกาศเจตจำนงสุจริต” ปี 2567 ช่อง สถานะ"):
        merge_file(store, copy)


def test_the_command_line_refuses_a_poisoned_copy_with_exit_1(
    store, workspace_path, copy_from_other_pc, capsys
):
    copy, _measure, poison = copy_from_other_pc
    poison("UPDATE measures SET indicators = '[[['")
    store.close()
    before = _digest(workspace_path)
    assert main(["merge", "--workspace", str(workspace_path), "--from", str(copy)]) == 1
    err = capsys.readouterr().err
    assert "ตัวชี้วัดที่เกี่ยวข้อง" in err and "เกิดข้อผิดพลาดที่ไม่คาดคิด" not in err
    assert _digest(workspace_path) == before


def test_a_sound_copy_still_merges(store, copy_from_other_pc):
    copy, measure, _poison = copy_from_other_pc
    merge_file(store, copy)
    assert store.measure(measure.id).indicators == (1, 9)


COLUMNS = {
    "measures": ["title", "steps", "indicators", "status", "round", "position", "fiscal_year", "deleted",
                 "updated_at", "updated_by", "id"],
    "checklist": ["item_code", "done", "progress", "url", "fiscal_year", "updated_at"],
    "scores": ["score", "indicator", "fiscal_year"],
    "frameworks": ["document", "fiscal_year"],
    "field_versions": ["updated_at", "table_name", "row_id", "field"],
    "evidence_links": ["url", "title", "position", "carried_from", "item_code"],
    "survey_links": ["tool", "url", "period", "fiscal_year"],
}  # fmt: skip
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.sampled_from(["[[[", "[1, 99]", "[true]", "{}", "hacked", "half", "done", "zzzz", "O999", "", "null",
                     '{"format": "itadesk-framework"}', "999999999999999.000000", "2567", "[1]"]),
    st.binary(max_size=8),
)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzzed_incoming_values_are_refused_or_harmless(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("fuzz")
    other = Store(open_workspace(folder / "other.itadesk"))
    other.add_measure(2567, title="มาตรการ", indicators=[2])
    other.set_score(2567, 4, 88)
    other.set_item_done(2567, "O3", True)
    evidence.add_link(other, 2567, "O3", url="https://huarua.go.th/o3", title="คู่มือ")
    set_survey_link(other, 2567, "iit", url="https://itas.nacc.go.th/iit/abc")
    copy = folder / "usb.itadesk"
    export_copy(other.db.conn, copy)
    other.close()
    table = data.draw(st.sampled_from(sorted(COLUMNS)))
    column = data.draw(st.sampled_from(COLUMNS[table]))
    value = data.draw(VALUES)
    conn = sqlite3.connect(copy)
    try:
        conn.execute(
            f"UPDATE [{table}] SET [{column}] = ? WHERE rowid = (SELECT min(rowid) FROM [{table}])", [value]
        )
        conn.commit()
    except sqlite3.Error:  # the column's STRICT type refused it: nothing to merge
        return
    finally:
        conn.close()
    here = Store(open_workspace(folder / "here.itadesk"))
    try:
        try:
            merge_file(here, copy)
        except ITADeskError:
            return
        for year in here.years():
            here.framework(year)
            here.checklist(year)
            here.scores(year)
            for measure in here.measures(year):
                assert measure.status in ("not_started", "in_progress", "done")
                assert all(1 <= n <= 10 for n in measure.indicators)
        survey_links(here, 2567)
        export_workbook(here, 2567, folder / "out.xlsx", tabs=("checklist", "measures"))
        json.dumps(here.audit_log(5), default=str)
    finally:
        here.close()


def test_each_value_is_checked_as_its_own_type_even_beside_an_equal_one():
    """Each distinct value is checked once; 2567 and 2567.0 are equal in Python, but a
    year held as a real number is still refused (the second row names it)."""
    from itadesk.db.hlc import format_stamp
    from itadesk.db.incoming import bad_row

    columns = ["id", "fiscal_year", "indicator", "score", "updated_at", "updated_by", "deleted"]
    stamp = format_stamp(1_700_000_000_000, 0)

    def row(rowid: int, year) -> tuple:
        return (rowid, str(uuid.uuid4()), year, 3, 90.0, stamp, "pc", 0)

    assert bad_row("scores", columns, [row(1, 2567), row(2, 2567)]) is None
    found = bad_row("scores", columns, [row(1, 2567), row(2, 2567.0), row(3, 2567)])
    assert found is not None and found.field == "fiscal_year" and "2567.0" in found.reason
    assert bad_row("scores", columns, [row(1, 2567.0), row(2, 2567)]).field == "fiscal_year"


@pytest.mark.parametrize(("key", "value"), [("hlc", 12345), ("device_id", 7)])
def test_a_copy_whose_table_was_rebuilt_to_hold_a_number_as_its_clock_is_refused(
    store, workspace_path, copy_from_other_pc, key, value
):
    """A hand-made copy can declare its ``meta`` without STRICT and keep a number where
    ITADesk keeps a stamp or a device id: refused in Thai, never an unexpected error."""
    copy, _measure, _poison = copy_from_other_pc
    conn = sqlite3.connect(copy)
    rows = conn.execute("SELECT key, value FROM meta").fetchall()
    conn.execute("DROP TABLE meta")
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value)")
    conn.executemany("INSERT INTO meta VALUES (?, ?)", [(k, value if k == key else v) for k, v in rows])
    conn.commit()
    conn.close()
    before = _digest(workspace_path)
    with pytest.raises(WorkspaceError, match=key):
        merge_file(store, copy)
    assert _digest(workspace_path) == before
