"""Merging copies from other PCs: per-field last writer wins, concurrent same-field edits
kept as conflicts, commutative, idempotent, atomic, and hostile files refused first."""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
import threading
import time
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itadesk.db import SCHEMA_VERSION, Store, open_workspace
from itadesk.db import merge as merge_module
from itadesk.db.backups import list_backups
from itadesk.db.conflicts import open_conflicts, resolve_conflict
from itadesk.db.hlc import format_stamp
from itadesk.db.merge import merge_file
from itadesk.db.schema import SYNCED_TABLES, TABLES_BY_VERSION
from itadesk.db.transfer import export_copy
from itadesk.errors import ITADeskError, StoreError, WorkspaceError

DATA_EXCLUDED = {"updated_at", "updated_by"}


class PC:
    """One office PC: its own working file, created the way a fresh install creates it."""

    def __init__(self, folder: Path, name: str):
        self.folder = folder
        self.path = folder / f"{name}.itadesk"
        self.store = Store(open_workspace(self.path))
        self.store.set_user_name(name)

    def send_to(self, other: PC):
        copy = self.folder / f"usb-{uuid.uuid4().hex[:6]}.itadesk"
        export_copy(self.store.db.conn, copy)
        result = merge_file(other.store, copy)
        copy.unlink()
        return result

    def state(self) -> dict:
        out = {}
        for table in SYNCED_TABLES:
            rows = self.store.db.execute(f"SELECT * FROM [{table}] ORDER BY id")
            columns = [d[0] for d in rows.description]
            out[table] = [
                {c: v for c, v in zip(columns, row, strict=True) if c not in DATA_EXCLUDED} for row in rows
            ]
        return out

    def conflicts(self) -> set[tuple[str, str]]:
        return {(r[0], r[1]) for r in self.store.db.execute("SELECT row_id, field FROM conflicts")}


@pytest.fixture
def pcs(tmp_path):
    made = [PC(tmp_path, name) for name in ("clerk", "head", "internet")]
    yield made
    for pc in made:
        pc.store.close()


def test_a_copy_brings_its_rows_and_edits(pcs):
    clerk, head, _ = pcs
    m = clerk.store.add_measure(2567, title="มาตรการจากเครื่องเสมียน")
    clerk.store.set_score(2567, 3, 91.25)
    clerk.store.set_item_done(2567, "O12", True)
    result = clerk.send_to(head)
    assert head.store.measure(m.id).title == "มาตรการจากเครื่องเสมียน"
    assert head.store.scores(2567)[3] == 91.25 and head.store.checklist(2567)["O12"].done
    assert result.added >= 3 and not result.conflicts
    assert "เพิ่ม" in result.summary


def test_merging_the_same_file_twice_changes_nothing(pcs, tmp_path):
    clerk, head, _ = pcs
    clerk.store.add_measure(2567, title="ครั้งเดียว")
    copy = tmp_path / "copy.itadesk"
    export_copy(clerk.store.db.conn, copy)
    merge_file(head.store, copy)
    before = head.state()
    again = merge_file(head.store, copy)
    assert head.state() == before
    assert (again.added, again.changed, again.deleted, again.conflicts) == (0, 0, 0, [])


def test_an_edit_made_after_seeing_the_other_is_not_a_conflict(pcs):
    clerk, head, _ = pcs
    m = clerk.store.add_measure(2567, title="ร่าง")
    clerk.send_to(head)
    head.store.update_measure(m.id, title="ฉบับหัวหน้า")  # the head saw the draft, then edited
    head.send_to(clerk)
    assert clerk.store.measure(m.id).title == "ฉบับหัวหน้า"
    assert not clerk.conflicts() and not head.conflicts()


def test_concurrent_edits_of_one_field_are_kept_as_a_conflict_settled_alike_on_both(pcs):
    clerk, head, _ = pcs
    m = clerk.store.add_measure(2567, title="ร่าง", steps="ขั้นตอนเดิม")
    clerk.send_to(head)
    clerk.store.update_measure(m.id, title="ฉบับเสมียน")
    head.store.update_measure(m.id, title="ฉบับหัวหน้า", steps="ขั้นตอนใหม่")
    head.send_to(clerk)
    clerk.send_to(head)
    assert clerk.state() == head.state()
    assert clerk.store.measure(m.id).steps == "ขั้นตอนใหม่"  # only one side changed it
    assert clerk.conflicts() == head.conflicts() == {(m.id, "title")}
    values = clerk.store.db.execute("SELECT kept_value, other_value FROM conflicts").fetchone()
    assert set(values) == {"ฉบับเสมียน", "ฉบับหัวหน้า"}, "both edits are kept"


def test_choosing_the_other_value_writes_it_and_it_wins_on_the_other_pc_too(pcs):
    clerk, head, _ = pcs
    m = clerk.store.add_measure(2567, title="ร่าง")
    clerk.store.set_score(2567, 3, 70)
    clerk.send_to(head)
    clerk.store.update_measure(m.id, title="ฉบับเสมียน")
    clerk.store.set_score(2567, 3, 71.5)
    head.store.update_measure(m.id, title="ฉบับหัวหน้า")
    head.store.set_score(2567, 3, 88)
    head.send_to(clerk)
    found = {c.field: c for c in open_conflicts(clerk.store)}
    assert set(found) == {"title", "score"}
    title, score = found["title"], found["score"]
    assert title.record == f"มาตรการ «{clerk.store.measure(m.id).title}» ปี 2567"
    assert {title.kept.author, title.other.author} == {"clerk", "head"}
    assert {score.kept.shown, score.other.shown} == {"71.50", "88.00"}
    in_use = clerk.store.measure(m.id).title
    resolve_conflict(clerk.store, title, take_other=True)
    resolve_conflict(clerk.store, score, take_other=False)
    assert clerk.store.measure(m.id).title == title.other.value != in_use
    assert clerk.store.scores(2567)[3] == float(score.kept.value)
    assert open_conflicts(clerk.store) == []
    clerk.send_to(head)
    assert head.store.measure(m.id).title == title.other.value
    assert open_conflicts(head.store) == [], "settled on one PC is settled on both"
    assert clerk.state() == head.state()


def test_a_file_copied_with_explorer_and_edited_on_two_pcs_still_merges_without_loss(tmp_path):
    first = tmp_path / "office.itadesk"
    store = Store(open_workspace(first))
    m = store.add_measure(2567, title="ร่าง", steps="เดิม")
    store.close()
    second = tmp_path / "usb-copy.itadesk"
    second.write_bytes(first.read_bytes())  # a plain file copy: same device id inside
    a, b = Store(open_workspace(first)), Store(open_workspace(second))
    a.update_measure(m.id, title="แก้ที่สำนักงาน")
    b.update_measure(m.id, title="แก้ที่บ้าน", steps="ใหม่")
    b.close()
    result = merge_file(a, second)
    assert a.measure(m.id).steps == "ใหม่"
    assert [(c["field"], {c["kept_value"], c["other_value"]}) for c in result.conflicts] == [
        ("title", {"แก้ที่สำนักงาน", "แก้ที่บ้าน"})
    ]
    a.close()


def test_a_delete_travels_as_a_tombstone(pcs):
    clerk, head, _ = pcs
    m = clerk.store.add_measure(2567, title="จะถูกลบ")
    clerk.send_to(head)
    head.store.delete_measure(m.id)
    head.send_to(clerk)
    assert [x.id for x in clerk.store.measures(2567)] == []
    clerk.send_to(head)  # and it does not come back
    assert head.store.measures(2567) == []


def test_hostile_or_own_files_are_refused_before_anything_changes(pcs, tmp_path):
    clerk, head, _ = pcs
    bad = tmp_path / "bad.itadesk"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    before = hashlib.sha256(head.path.read_bytes()).hexdigest()
    with pytest.raises(WorkspaceError):
        merge_file(head.store, bad)
    with pytest.raises(WorkspaceError, match="กำลังใช้งานอยู่เอง"):
        merge_file(head.store, head.path)
    assert hashlib.sha256(head.path.read_bytes()).hexdigest() == before
    assert not list_backups(head.path), "nothing was even backed up"


def test_a_merge_that_fails_half_way_leaves_the_working_file_as_it_was(pcs, tmp_path, monkeypatch):
    clerk, head, _ = pcs
    for n in range(20):
        clerk.store.add_measure(2567, title=f"มาตรการ {n}")
    before = head.state()

    def boom(*_args):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(merge_module, "_take_trails", boom)  # the very last step
    with pytest.raises(StoreError, match="บันทึกไม่ได้"):
        clerk.send_to(head)
    assert head.state() == before
    assert any(b.reason == "before-merge" for b in list_backups(head.path))


def test_cli_merge(pcs, tmp_path, capsys):
    from itadesk.cli import main

    clerk, head, _ = pcs
    clerk.store.add_measure(2567, title="ผ่านบรรทัดคำสั่ง")
    copy = tmp_path / "usb.itadesk"
    export_copy(clerk.store.db.conn, copy)
    head.store.close()
    assert main(["merge", "--workspace", str(head.path), "--from", str(copy)]) == 0
    assert "รวมข้อมูลแล้ว: เพิ่ม" in capsys.readouterr().out
    head.store = Store(open_workspace(head.path))
    assert [m.title for m in head.store.measures(2567)] == ["ผ่านบรรทัดคำสั่ง"]


def test_a_version_1_file_is_migrated_after_a_backup(version_1_workspace):
    path = version_1_workspace
    store = Store(open_workspace(path))
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert {"sync_seen", "conflicts"} <= set(store.db.table_names())
    assert [b.reason for b in list_backups(path)] == [f"before-v{SCHEMA_VERSION}"]
    store.close()


# -- properties ---------------------------------------------------------------------------------

FIELDS = ("title", "steps", "responsible")
operation = st.one_of(
    st.tuples(
        st.just("edit"), st.integers(0, 2), st.integers(0, 2), st.sampled_from(FIELDS), st.text(max_size=8)
    ),
    st.tuples(
        st.just("score"), st.integers(0, 2), st.integers(1, 10), st.floats(0, 100).map(lambda v: round(v, 2))
    ),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 2)),
    st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 2)),
)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=st.lists(operation, max_size=14), order=st.permutations(list(itertools.permutations(range(3), 2))))
def test_any_edits_and_syncs_converge_in_any_merge_order(tmp_path_factory, ops, order):
    folder = tmp_path_factory.mktemp("pcs")
    pcs = [PC(folder, name) for name in ("a", "b", "c")]
    try:
        ids = [pcs[0].store.add_measure(2567, title=f"ตั้งต้น {i}").id for i in range(3)]
        pcs[0].send_to(pcs[1])
        pcs[0].send_to(pcs[2])
        for op in ops:
            kind, who = op[0], pcs[op[1]]
            if kind == "edit":
                if (
                    who.store.db.execute("SELECT deleted FROM measures WHERE id=?", [ids[op[2]]]).fetchone()[
                        0
                    ]
                    == 0
                ):
                    who.store.update_measure(ids[op[2]], **{op[3]: op[4]})
            elif kind == "score":
                who.store.set_score(2567, op[2], op[3])
            elif kind == "delete":
                if (
                    who.store.db.execute("SELECT deleted FROM measures WHERE id=?", [ids[op[2]]]).fetchone()[
                        0
                    ]
                    == 0
                ):
                    who.store.delete_measure(ids[op[2]])
            elif op[1] != op[2]:
                pcs[op[1]].send_to(pcs[op[2]])
        for _round in range(2):  # every pair, in a random order, twice
            for src, dst in order:
                pcs[src].send_to(pcs[dst])
        states = [pc.state() for pc in pcs]
        assert states[0] == states[1] == states[2]
        conflicts = [pc.conflicts() for pc in pcs]
        assert conflicts[0] == conflicts[1] == conflicts[2]
    finally:
        for pc in pcs:
            pc.store.close()


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    mine=st.dictionaries(st.sampled_from(FIELDS), st.text(min_size=1, max_size=6), max_size=3),
    theirs=st.dictionaries(st.sampled_from(FIELDS), st.text(min_size=1, max_size=6), max_size=3),
)
def test_merge_is_commutative_and_every_concurrent_edit_is_a_conflict(tmp_path_factory, mine, theirs):
    folder = tmp_path_factory.mktemp("two")
    a, b = PC(folder, "a"), PC(folder, "b")
    try:
        m = a.store.add_measure(2567, title="ร่าง", steps="ขั้น", responsible="สำนักปลัด")
        a.send_to(b)
        if mine:
            a.store.update_measure(m.id, **mine)
        if theirs:
            b.store.update_measure(m.id, **theirs)
        # A into B and, from the same starting point, B into A
        a_copy, b_copy = folder / "a-copy.itadesk", folder / "b-copy.itadesk"
        export_copy(a.store.db.conn, a_copy)
        export_copy(b.store.db.conn, b_copy)
        merge_file(b.store, a_copy)
        merge_file(a.store, b_copy)
        assert a.state() == b.state()
        base = {"title": "ร่าง", "steps": "ขั้น", "responsible": "สำนักปลัด"}
        concurrent = {
            f
            for f in set(mine) & set(theirs)
            if mine[f] != theirs[f] and mine[f] != base[f] and theirs[f] != base[f]
        }
        assert a.conflicts() == b.conflicts() == {(m.id, f) for f in concurrent}
    finally:
        a.store.close()
        b.store.close()


def test_a_cancelled_merge_changes_nothing(pcs, tmp_path):
    from itadesk.errors import Cancelled

    clerk, head, _ = pcs
    clerk.store.add_measure(2567, title="จากเครื่องธุรการ")
    copy = tmp_path / "usb.itadesk"
    export_copy(clerk.store.db.conn, copy)
    before = head.state()
    steps = []

    def cancel_at_third_table(done, total):
        steps.append((done, total))
        if done == 3:
            raise Cancelled

    with pytest.raises(Cancelled):
        merge_file(head.store, copy, cancel_at_third_table)
    assert head.state() == before and steps[-1] == (3, len(SYNCED_TABLES))
    merge_file(head.store, copy)  # and once not cancelled, it lands
    assert [m.title for m in head.store.measures(2567)] == ["จากเครื่องธุรการ"]


def test_a_copy_from_an_older_itadesk_merges_into_a_newer_workspace(pcs, tmp_path):
    """A version-2 file (before the analysis texts existed) still brings its rows in."""
    clerk, head, _ = pcs
    clerk.store.add_measure(2567, title="จากเครื่องที่ยังใช้รุ่นเก่า")
    old = tmp_path / "old.itadesk"
    export_copy(clerk.store.db.conn, old)
    conn = sqlite3.connect(old)
    for table in TABLES_BY_VERSION[SCHEMA_VERSION] - TABLES_BY_VERSION[2]:
        conn.execute(f"DROP TABLE {table}")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    result = merge_file(head.store, old)
    assert result.added >= 1
    assert [m.title for m in head.store.measures(2567)] == ["จากเครื่องที่ยังใช้รุ่นเก่า"]


def test_only_rows_the_copies_do_not_share_have_their_field_versions_read(tmp_path, monkeypatch):
    clerk = Store(open_workspace(tmp_path / "clerk.itadesk"))
    for n in range(50):
        clerk.add_measure(2567, title=f"มาตรการ {n}")
    export_copy(clerk.db.conn, tmp_path / "head.itadesk")
    head = Store(open_workspace(tmp_path / "head.itadesk"))
    head.add_measure(2567, title="ของหัวหน้า")
    export_copy(head.db.conn, tmp_path / "usb.itadesk")
    head.close()
    asked: list[str] = []
    real = merge_module._versions
    monkeypatch.setattr(
        merge_module, "_versions", lambda conn, table, ids: asked.extend(ids) or real(conn, table, ids)
    )
    merge_file(clerk, tmp_path / "usb.itadesk")
    new = {m.id for m in clerk.measures(2567) if m.title == "ของหัวหน้า"}
    measure_ids = {m.id for m in clerk.measures(2567)}
    assert new <= set(asked) and not (measure_ids - new) & set(asked), "the 50 shared measures were skipped"
    clerk.close()


def test_a_row_with_the_same_stamp_but_other_values_still_merges_field_by_field(tmp_path):
    """An older ITADesk stamped a row merged from both sides with the higher stamp, so two
    copies can hold the same stamp and different fields: those are not skipped."""
    clerk = Store(open_workspace(tmp_path / "clerk.itadesk"))
    measure = clerk.add_measure(2567, title="ประชุม", steps="เดิม")
    export_copy(clerk.db.conn, tmp_path / "head.itadesk")
    head = sqlite3.connect(tmp_path / "head.itadesk")
    newer = format_stamp(int(time.time() * 1000) + 60_000, 0)  # later, but not beyond what a clock can be
    head.execute("UPDATE measures SET steps = 'จากอีกเครื่อง' WHERE id = ?", [measure.id])
    head.execute(
        "UPDATE field_versions SET updated_at = ? WHERE table_name = 'measures' AND row_id = ? AND field = 'steps'",
        [newer, measure.id],
    )
    head.execute("INSERT OR REPLACE INTO sync_seen (device, stamp) VALUES ('other-device', ?)", [newer])
    head.commit()
    head.close()
    merge_file(clerk, tmp_path / "head.itadesk")
    assert clerk.measure(measure.id).steps == "จากอีกเครื่อง"
    clerk.close()


def test_the_before_merge_backup_is_the_file_as_it_was_however_late_it_is_taken(pcs, monkeypatch):
    """The merge is decided and written while the backup of the working file is still
    being taken; it must reach the file only after the backup is done. Here the backup
    starts only once every row is written, and the merge outgrows SQLite's page cache (which
    would otherwise write pages to the file early and lock the backup out)."""
    from itadesk.db import backups as backups_module

    clerk, head, _ = pcs
    for n in range(300):
        clerk.store.add_measure(2567, title=f"มาตรการ {n}", steps="๑. ประชุม " * 20)
    head.store.db.execute("PRAGMA cache_size = 20")  # 80 KB: the merge writes far more
    before = head.state()
    written = threading.Event()
    write, take_backup = merge_module._write, backups_module._written_aside

    def write_then_signal(*args):
        write(*args)
        written.set()

    def backup_once_written(*args):
        assert written.wait(30), "the merge never wrote its rows"
        take_backup(*args)

    monkeypatch.setattr(merge_module, "_write", write_then_signal)
    monkeypatch.setattr(backups_module, "_written_aside", backup_once_written)
    result = clerk.send_to(head)
    assert result.added >= 300
    backup = next(b for b in list_backups(head.path) if b.reason == "before-merge")
    conn = sqlite3.connect(backup.path)
    try:
        titles = {row[0] for row in conn.execute("SELECT title FROM measures WHERE deleted = 0")}
    finally:
        conn.close()
    assert titles == {m["title"] for m in before["measures"] if not m["deleted"]}
    assert len(head.store.measures(2567)) == 300


def test_an_old_backup_held_open_elsewhere_does_not_fail_the_merge(pcs, monkeypatch):
    """Old backups are pruned on the merge's second thread after its backup is named; one
    that cannot be removed (an antivirus holds it open on Windows) is left for later."""
    from itadesk.db import backups as backups_module

    clerk, head, _ = pcs
    clerk.store.add_measure(2567, title="จากเครื่องธุรการ")

    def held_open(workspace, **_kwargs):
        raise PermissionError(13, "The process cannot access the file", str(workspace))

    monkeypatch.setattr(backups_module, "prune", held_open)
    clerk.send_to(head)
    assert [m.title for m in head.store.measures(2567)] == ["จากเครื่องธุรการ"]
    assert any(b.reason == "before-merge" for b in list_backups(head.path))


def test_a_merge_is_refused_inside_an_unfinished_transaction_instead_of_hanging(pcs):
    """Its pages could not be held back from the backup it is taking: it says so in Thai
    (the window could be asked to merge while another merge shows its progress)."""
    clerk, head, _ = pcs
    clerk.store.add_measure(2567, title="จากเครื่องธุรการ")
    copy = clerk.folder / "usb.itadesk"
    export_copy(clerk.store.db.conn, copy)
    with pytest.raises(StoreError, match="ยังบันทึกไม่เสร็จ"), head.store.batch():
        merge_file(head.store, copy)
    assert head.store.measures(2567) == []
    merge_file(head.store, copy)
    assert [m.title for m in head.store.measures(2567)] == ["จากเครื่องธุรการ"]


def test_a_merge_while_another_program_writes_the_file_says_so_in_thai(pcs, monkeypatch):
    """Another program holding the working file's write lock: the merge waits its while, then
    says the file is in use (before: a raw "database is locked"), and changes nothing."""
    from itadesk.db import backups as backups_module

    clerk, head, _ = pcs
    clerk.store.add_measure(2567, title="จากเครื่องธุรการ")
    copy = clerk.folder / "usb.itadesk"
    export_copy(clerk.store.db.conn, copy)
    monkeypatch.setattr(backups_module, "LOCKED_OUT_S", 0.5)
    head.store.db.execute("PRAGMA busy_timeout = 200")
    other = sqlite3.connect(head.path)
    other.execute("BEGIN EXCLUSIVE")
    started = time.monotonic()
    try:
        with pytest.raises(ITADeskError, match="โปรแกรมอื่น"):
            merge_file(head.store, copy)
    finally:
        other.rollback()
        other.close()
    assert time.monotonic() - started < 30
    assert head.store.measures(2567) == []


def test_a_merge_rolled_back_leaves_the_clock_where_it_was(pcs, monkeypatch):
    """A copy whose stamps run a day ahead, refused once its rows were written (here: its
    integrity check fails), must not carry this PC's later edits a day into the future."""
    from itadesk.db import transfer as transfer_module

    clerk, head, _ = pcs
    clerk.store._clock = type(clerk.store._clock)(format_stamp(int(time.time() * 1000) + 86_400_000, 0))
    clerk.store.add_measure(2567, title="จากเครื่องที่นาฬิกาเดินเร็ว")
    monkeypatch.setattr(transfer_module, "_integrity_problem", lambda _readable: "ไฟล์เสียหาย (ทดสอบ)")
    before = head.store._clock.last
    with pytest.raises(WorkspaceError, match="ทดสอบ"):
        clerk.send_to(head)
    assert head.store._clock.last == before
    assert head.store.add_measure(2567, title="ของเครื่องนี้").id
    assert head.store.db.execute("SELECT max(updated_at) FROM measures").fetchone()[0] < format_stamp(
        int(time.time() * 1000) + 3_600_000, 0
    )


def test_a_framework_changed_on_the_other_pc_is_shown_after_the_merge(pcs):
    clerk, head, _ = pcs
    assert next(head.store.framework(2567).items())  # read, and kept by the store
    document = json.loads(
        clerk.store.db.execute("SELECT document FROM frameworks WHERE fiscal_year = 2567").fetchone()[0]
    )
    document["oit_groups"][0]["items"][0]["title"] = "หัวข้อที่แก้บนเครื่องธุรการ"
    clerk.store.set_framework(2567, document)
    clerk.send_to(head)
    assert next(head.store.framework(2567).items()).title == "หัวข้อที่แก้บนเครื่องธุรการ"
