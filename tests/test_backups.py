"""Backups that reach back in time, and restoring one without ever losing committed work."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from itadesk.db import Store, open_workspace
from itadesk.db.backups import (
    MAX_TOTAL_BYTES,
    Backup,
    backup_copy,
    contents,
    kept,
    list_backups,
    newest_good_backup,
    restore_backup,
)
from itadesk.errors import DamagedWorkspaceError, WorkspaceError

NOW = dt.datetime(2026, 12, 2, 9, 0)


def _openings(days: int, per_day: int, reason: str = "start") -> list[Backup]:
    """A clerk opening the window ``per_day`` times a day for ``days`` days, newest first."""
    made = [
        Backup(Path(f"/b/{d}-{n}.itadesk"), NOW - dt.timedelta(days=d, hours=n), reason)
        for d in range(days)
        for n in range(per_day)
    ]
    return sorted(made, key=lambda b: b.taken, reverse=True)


def test_restore_points_reach_back_two_years_not_forty_minutes():
    """Ten openings a morning used to leave a restore point 40 minutes old at best."""
    backups = _openings(days=800, per_day=10)
    keep = kept(backups, NOW)
    ages = [NOW - b.taken for b in keep]
    recent = [b for b in keep if NOW - b.taken <= dt.timedelta(days=2)]
    assert len(recent) == len([b for b in backups if NOW - b.taken <= dt.timedelta(days=2)])
    days = {b.taken.date() for b in keep if dt.timedelta(days=2) < NOW - b.taken <= dt.timedelta(days=30)}
    assert len(days) >= 27, "one a day for the last month"
    months = {(b.taken.year, b.taken.month) for b in keep if NOW - b.taken > dt.timedelta(days=30)}
    assert len(months) >= 22, "one a month for two years"
    assert max(ages) > dt.timedelta(days=700)
    assert max(ages) <= dt.timedelta(days=730)
    assert len(keep) < 100


def test_every_backup_before_a_merge_restore_migration_or_new_year_is_kept():
    events = _openings(days=60, per_day=3, reason="before-merge")
    keep = kept(events, NOW)
    assert len(keep) == len(events)


def test_backups_stay_within_their_total_size_dropping_the_oldest():
    backups = _openings(days=2, per_day=20)
    sizes = {b.path: MAX_TOTAL_BYTES // 10 for b in backups}
    keep = kept(backups, NOW, sizes)
    assert 1 <= len(keep) <= 10
    assert keep == backups[: len(keep)], "the newest stay"


def test_backups_are_pruned_by_age_on_disk_with_a_clock_we_control(store, workspace_path):
    store.add_measure(2567, title="งานแรก")
    for day in range(40, -1, -1):  # forty days of two openings each, oldest first
        for hour in (8, 13):
            backup_copy(store.db.conn, workspace_path, "start", now=NOW - dt.timedelta(days=day, hours=-hour))
    backup_copy(store.db.conn, workspace_path, "before-merge", now=NOW - dt.timedelta(days=35))
    on_disk = list_backups(workspace_path)
    assert len(on_disk) < 40
    assert any(b.reason == "before-merge" for b in on_disk)
    assert max(NOW - b.taken for b in on_disk) > dt.timedelta(days=30)
    assert not list(on_disk[0].path.parent.glob(".*.part")), "no half-written backup left"


def test_a_backup_is_a_single_consistent_file(store, workspace_path):
    store.add_measure(2567, title="ก่อนสำรอง")
    path = backup_copy(store.db.conn, workspace_path, "start")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT title FROM measures").fetchone()[0] == "ก่อนสำรอง"


def test_a_backup_says_what_it_holds(store, workspace_path):
    from itadesk.records import Agency

    store.set_agency(Agency(name="อบต.หนองบัวใหญ่"))
    store.add_measure(2567, title="หนึ่ง")
    store.add_measure(2568, title="สอง")
    held = contents(backup_copy(store.db.conn, workspace_path, "start"))
    assert held.office == "อบต.หนองบัวใหญ่"
    assert {2567, 2568} <= set(held.years)
    assert held.measures == 2
    assert abs(held.last_edit - dt.datetime.now()) < dt.timedelta(minutes=1)


def test_damaged_workspace_is_detected_and_restored_from_the_newest_good_backup(workspace_path, damage):
    store = Store(open_workspace(workspace_path))
    for n in range(200):
        store.add_measure(2567, title=f"มาตรการ {n} " + "ข้อความ" * 30)
    good = backup_copy(store.db.conn, workspace_path, "start")
    newer = backup_copy(store.db.conn, workspace_path, "start")
    store.close()
    damage(newer)  # the newest backup is bad too: it must be skipped
    damage(workspace_path)
    with pytest.raises(DamagedWorkspaceError, match="เสียหาย"):
        open_workspace(workspace_path)

    backup = newest_good_backup(workspace_path)
    assert backup is not None and backup.path == good
    aside = restore_backup(backup.path, workspace_path)
    assert aside is not None and aside.exists(), "the damaged file is kept, not deleted"
    store = Store(open_workspace(workspace_path))
    assert len(store.measures(2567)) == 200
    store.close()


def test_a_restore_that_cannot_copy_leaves_the_workspace_as_it_was(store, workspace_path, tmp_path):
    store.add_measure(2567, title="ของเดิม")
    store.close()
    before = workspace_path.read_bytes()
    with pytest.raises(WorkspaceError, match="ข้อมูลเดิมไม่เปลี่ยนแปลง"):
        restore_backup(tmp_path / "gone" / "missing.itadesk", workspace_path)
    assert workspace_path.read_bytes() == before
    assert not list(tmp_path.glob(".*.restoring"))


def test_restoring_keeps_aside_the_edits_still_in_the_log(
    workspace_path, tmp_path, measure_titles, left_in_log
):
    """Restore used to move the file aside and delete its -wal: 0 of 27 edits survived."""
    store = Store(open_workspace(workspace_path))
    store.add_measure(2567, title="ในข้อมูลสำรอง")
    backup = backup_copy(store.db.conn, workspace_path, "start")
    store.close()
    crashed = left_in_log(tmp_path / "live.itadesk", 27)
    restored_into = workspace_path
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{crashed}{suffix}", f"{restored_into}{suffix}")

    aside = restore_backup(backup, restored_into)
    assert measure_titles(restored_into) == {"ในข้อมูลสำรอง"}
    assert not Path(f"{restored_into}-wal").exists(), "no stale log beside the restored file"
    kept_titles = measure_titles(aside)
    assert {f"ในล็อก {n}" for n in range(27)} <= kept_titles, "every committed edit is kept aside"
    Store(open_workspace(aside, create=False)).close()  # and the copy kept aside opens


def test_a_backup_is_flushed_to_disk_before_it_gets_its_name(store, workspace_path, monkeypatch):
    import os

    from itadesk.db import backups

    events = []
    real_replace = os.replace
    monkeypatch.setattr(backups, "fsync_file", lambda path: events.append(("fsync", Path(path).name)))
    monkeypatch.setattr(
        backups, "fsync_dir", lambda folder: events.append(("fsync folder", Path(folder).name))
    )
    monkeypatch.setattr(
        backups.os,
        "replace",
        lambda a, b: events.append(("rename", Path(a).name, Path(b).name)) or real_replace(a, b),
    )
    target = backup_copy(store.db.conn, workspace_path, "start")
    part = f".{target.name}.part"
    assert events == [("fsync", part), ("rename", part, target.name), ("fsync folder", target.parent.name)]


def test_a_new_fiscal_year_and_a_restore_each_leave_a_restore_point(store, workspace_path):
    from itadesk.db.yearly import start_new_year

    store.add_measure(2567, title="แผนปีนี้")
    start_new_year(store, 2567)
    assert [b.reason for b in list_backups(workspace_path)] == ["before-new-year"]
    before_new_year = list_backups(workspace_path)[0]
    assert contents(before_new_year.path).measures == 1, "taken before the year's measures were copied"
    store.close()
    restore_backup(before_new_year.path, workspace_path)
    assert [b.reason for b in list_backups(workspace_path)] == ["replaced", "before-new-year"]
    assert contents(list_backups(workspace_path)[0].path).measures == 2, "the data the restore replaced"


def test_a_backup_locked_out_by_another_program_gives_up_with_a_thai_message(tmp_path, monkeypatch):
    """Python's backup retries a locked file for ever: a merge waiting on its backup would
    hang while another program held the workspace's write lock."""
    import time

    from itadesk.db import backups as backups_module
    from itadesk.errors import WorkspaceBusyError

    path = tmp_path / "ws.itadesk"
    store = Store(open_workspace(path))
    store.db.execute("PRAGMA busy_timeout = 200")
    monkeypatch.setattr(backups_module, "LOCKED_OUT_S", 0.5)
    other = sqlite3.connect(path)
    other.execute("BEGIN EXCLUSIVE")
    started = time.monotonic()
    try:
        with pytest.raises(WorkspaceBusyError, match="โปรแกรมอื่น"):
            backup_copy(store.db.conn, path, "manual")
    finally:
        other.rollback()
        other.close()
        store.close()
    assert time.monotonic() - started < 10
    assert not list_backups(path)


def test_a_written_file_is_flushed_through_a_handle_that_may_write_it(tmp_path, monkeypatch):
    """Windows flushes a file (FlushFileBuffers, behind os.fsync) only through a handle
    opened for writing: a read-only one fails, and with it every backup and USB copy."""
    import os

    from itadesk.db import durable

    written = tmp_path / "copy.itadesk"
    written.write_bytes(b"x")
    modes = []
    real_open = os.open

    def recording_open(path, flags, *args):
        modes.append(flags & (os.O_RDONLY | os.O_WRONLY | os.O_RDWR))
        return real_open(path, flags, *args)

    monkeypatch.setattr(durable.os, "open", recording_open)
    durable.fsync_file(written)
    assert modes and all(mode in (os.O_WRONLY, os.O_RDWR) for mode in modes)
