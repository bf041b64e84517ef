"""The workspace file: opening, refusing, migrating, and edits that are committed at once,
stamped for merging, tombstoned instead of deleted, and written to the audit log."""

import sqlite3

import pytest

from itadesk.db import APPLICATION_ID, SCHEMA_VERSION, Store, open_workspace
from itadesk.db.hlc import HybridLogicalClock
from itadesk.db.schema import natural_id
from itadesk.errors import StoreError, WorkspaceError
from itadesk.frameworks import builtin_frameworks
from itadesk.paths import backups_dir_for, default_workspace_path
from itadesk.records import Agency


def raw(path):
    """A second, independent connection: sees only what was committed."""
    return sqlite3.connect(path)


def test_new_workspace_is_marked_as_ours_and_seeded(store, workspace_path):
    conn = raw(workspace_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM frameworks").fetchone()[0] == len(builtin_frameworks())
    assert store.years() == list(range(2563, 2571))
    assert store.device_id


def test_durability_pragmas(store):
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    # a rollback journal: the main file alone holds every committed edit (an Explorer copy is whole)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert store.db.execute("PRAGMA trusted_schema").fetchone()[0] == 0


def test_default_workspace_is_under_the_test_data_dir(tmp_path):
    assert str(default_workspace_path()).startswith(str(tmp_path))


def test_every_edit_is_committed_at_once(store, workspace_path):
    store.set_score(2566, 9, 91.5)
    store.set_item_done(2566, "O7", True)
    m = store.add_measure(2566, title="ประชุมชี้แจง")
    conn = raw(workspace_path)
    assert conn.execute("SELECT score FROM scores WHERE indicator = 9").fetchone()[0] == 91.5
    assert conn.execute("SELECT done FROM checklist WHERE item_code = 'O7'").fetchone()[0] == 1
    assert conn.execute("SELECT title FROM measures WHERE id = ?", [m.id]).fetchone()[0] == "ประชุมชี้แจง"


def test_reopening_shows_the_edits(workspace_path):
    store = Store(open_workspace(workspace_path))
    store.set_official_total(2566, 86.49)
    store.set_item_field(2566, "O1", "url", "https://huorua.go.th/")
    store.close()
    again = Store(open_workspace(workspace_path))
    assert again.official_total(2566) == 86.49
    assert again.checklist(2566)["O1"].url == "https://huorua.go.th/"
    again.close()


def test_rows_carry_merge_columns_and_natural_keys(store):
    store.set_score(2566, 1, 95)
    row = store.db.execute("SELECT id, updated_at, updated_by, deleted FROM scores").fetchone()
    assert row[0] == natural_id("scores", 2566, 1)
    assert row[2] == store.device_id and row[3] == 0
    fields = store.db.execute("SELECT field FROM field_versions WHERE row_id = ?", [row[0]]).fetchall()
    assert {f[0] for f in fields} >= {"score"}


def test_updated_at_increases_with_every_edit(store):
    store.set_score(2566, 1, 90)
    first = store.db.execute("SELECT updated_at FROM scores").fetchone()[0]
    store.set_score(2566, 1, 91)
    second = store.db.execute("SELECT updated_at FROM scores").fetchone()[0]
    assert second > first


def test_delete_leaves_a_tombstone(store):
    keep = store.add_measure(2566, title="เก็บไว้")
    gone = store.add_measure(2566, title="ลบทิ้ง")
    store.delete_measure(gone.id)
    assert [m.title for m in store.measures(2566)] == ["เก็บไว้"]
    assert store.db.execute("SELECT deleted FROM measures WHERE id = ?", [gone.id]).fetchone()[0] == 1
    with pytest.raises(StoreError, match="ไม่พบมาตรการ"):
        store.update_measure(gone.id, title="กลับมา")
    assert keep.id != gone.id


def test_reorder_swaps_neighbours_and_stops_at_the_ends(store):
    a, b, c = (store.add_measure(2566, title=t) for t in "กขค")
    assert store.move_measure(c.id, -1)
    assert [m.title for m in store.measures(2566)] == ["ก", "ค", "ข"]
    assert not store.move_measure(a.id, -1)
    assert [m.title for m in store.measures(2566)] == ["ก", "ค", "ข"]
    assert b.id


def test_audit_log_records_who_what_and_when(store):
    store.set_user_name("สมหญิง ใจดี")
    store.set_score(2566, 3, 80)
    store.set_score(2566, 3, 88.25)
    entry = store.audit_log(1)[0]
    assert entry["user_name"] == "สมหญิง ใจดี"
    assert entry["table_name"] == "scores" and entry["field"] == "score"
    assert (entry["old_value"], entry["new_value"]) == ("80.0", "88.25")
    assert entry["at"]


@pytest.mark.parametrize(
    "text",
    ["<b>ตัวหนา</b> & \"quotes\" 'x'", "บรรทัด ๑\nบรรทัด ๒\tแท็บ", "😀 น้ำ ที่ ปี่ ญู ฐุ", "ก" * 10_000],
)
def test_user_text_is_stored_exactly(store, text):
    m = store.add_measure(2566, title=text, steps=text)
    assert store.measure(m.id).title == text
    store.set_item_field(2566, "O5", "progress", text)
    assert store.checklist(2566)["O5"].progress == text


def test_absurdly_long_text_is_refused_in_thai(store):
    with pytest.raises(StoreError, match="ยาวเกิน"):
        store.add_measure(2566, title="ก" * 200_001)


@pytest.mark.parametrize("value", [-0.01, 100.01, "abc"])
def test_out_of_range_scores_are_refused(store, value):
    with pytest.raises(StoreError, match="คะแนน"):
        store.set_score(2566, 1, value)
    assert store.scores(2566) == {}


def test_unknown_indicator_and_item_are_refused(store):
    with pytest.raises(StoreError):
        store.set_score(2566, 11, 50)
    with pytest.raises(StoreError, match="O44"):
        store.set_item_done(2566, "O44", True)


def test_checklist_defaults_come_from_the_framework(store):
    entries = store.checklist(2566)
    assert len(entries) == 43
    assert entries["O21"].responsible == "กองคลัง" and not entries["O21"].done
    store.set_item_field(2566, "O21", "responsible", "งานพัสดุ")
    assert store.checklist(2566)["O21"].responsible == "งานพัสดุ"


def test_agency_needs_a_name(store):
    with pytest.raises(StoreError, match="ชื่อหน่วยงาน"):
        store.set_agency(Agency(name="  "))
    store.set_agency(Agency(name="หัวเรือ", district="กวาปีปทุม", province="มหาสารคาม"))
    assert store.agency().full_name == "องค์การบริหารส่วนตำบลหัวเรือ"


def test_read_only_file_gives_a_thai_message(workspace_path):
    Store(open_workspace(workspace_path)).close()
    conn = sqlite3.connect(f"{workspace_path.resolve().as_uri()}?mode=ro", uri=True)
    import sqlite_utils

    store = Store(sqlite_utils.Database(conn))
    with pytest.raises(StoreError, match="อ่านอย่างเดียว"):
        store.set_score(2566, 1, 90)


# -- refusals ---------------------------------------------------------------------------


def test_newer_file_is_refused_and_left_unchanged(workspace_path):
    Store(open_workspace(workspace_path)).close()
    conn = raw(workspace_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = workspace_path.read_bytes()
    with pytest.raises(WorkspaceError, match="รุ่นที่ใหม่กว่า"):
        open_workspace(workspace_path)
    assert workspace_path.read_bytes() == before


def test_another_applications_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(WorkspaceError, match="โปรแกรมอื่น"):
        open_workspace(path)


@pytest.mark.parametrize("content", [b"", b"hello, this is text", b"\x00" * 4096])
def test_non_database_files_are_refused(tmp_path, content):
    path = tmp_path / "bad.itadesk"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError, match="ไม่ใช่ไฟล์ข้อมูลของ ITADesk"):
        open_workspace(path)
    assert path.read_bytes() == content


def test_missing_file_is_not_created_when_asked_not_to(tmp_path):
    with pytest.raises(WorkspaceError, match="ไม่พบ"):
        open_workspace(tmp_path / "nope.itadesk", create=False)
    assert not (tmp_path / "nope.itadesk").exists()


def test_corrupted_file_is_refused(workspace_path):
    store = Store(open_workspace(workspace_path))
    for n in range(300):
        store.add_measure(2566, title=f"มาตรการ {n} " + "ข้อความ" * 50)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(workspace_path.read_bytes())
    page = 4096
    data[page * 3 : page * 3 + 2048] = b"\xff" * 2048
    workspace_path.write_bytes(bytes(data))
    with pytest.raises(WorkspaceError, match="เสียหาย"):
        open_workspace(workspace_path)


def test_older_schema_is_backed_up_then_migrated(tmp_path):
    path = tmp_path / "old.itadesk"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE legacy_note (x)")  # a version-0 file of ours
    conn.commit()
    conn.close()
    store = Store(open_workspace(path))
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    backups = list(backups_dir_for(path).glob("*.itadesk"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 0
    assert old.execute("SELECT name FROM sqlite_master").fetchall() == [("legacy_note",)]
    store.close()


def test_frameworks_added_by_a_newer_release_appear_without_touching_edited_years(workspace_path):
    store = Store(open_workspace(workspace_path))
    store.db.execute("DELETE FROM frameworks WHERE fiscal_year = 2568")
    store.db.execute(
        "UPDATE frameworks SET document = replace(document, 'โครงสร้าง', 'ผังโครงสร้าง') WHERE fiscal_year = 2566"
    )
    store.db.conn.commit()
    store.close()
    again = Store(open_workspace(workspace_path))
    assert 2568 in again.years()
    assert again.framework(2566).item("O1").title == "ผังโครงสร้าง"
    again.close()


# -- the clock ------------------------------------------------------------------------------


def test_clock_never_goes_back_when_the_wall_clock_does():
    times = iter([1000, 2000, 1500, 1500, 3000])
    clock = HybridLogicalClock(now_ms=lambda: next(times))
    stamps = [clock.tick() for _ in range(5)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 5


def test_clock_moves_past_a_stamp_from_another_pc():
    clock = HybridLogicalClock(now_ms=lambda: 1000)
    remote = HybridLogicalClock(now_ms=lambda: 9000).tick()
    clock.observe(remote)
    assert clock.tick() > remote


def test_clock_resumes_after_restart(store, workspace_path):
    store.set_score(2566, 1, 90)
    last = store.db.execute("SELECT updated_at FROM scores").fetchone()[0]
    assert store._meta("hlc") >= last
