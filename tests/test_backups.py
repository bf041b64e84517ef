"""Rotating backups and restoring one: nothing is ever deleted but the oldest backups."""

from __future__ import annotations

import sqlite3

import pytest

from itadesk.db import Store, open_workspace
from itadesk.db.backups import KEEP, backup_copy, list_backups, newest_good_backup, restore_backup
from itadesk.errors import DamagedWorkspaceError, WorkspaceError


def test_backups_rotate_keeping_the_newest(store, workspace_path):
    made = [backup_copy(store.db.conn, workspace_path, "start") for _ in range(KEEP + 3)]
    kept = list_backups(workspace_path)
    assert len(kept) == KEEP
    assert [b.path for b in kept] == list(reversed(made))[:KEEP]


def test_a_backup_is_a_single_consistent_file(store, workspace_path):
    store.add_measure(2567, title="ก่อนสำรอง")
    path = backup_copy(store.db.conn, workspace_path, "start")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT title FROM measures").fetchone()[0] == "ก่อนสำรอง"


def test_damaged_workspace_is_detected_and_restored_from_the_newest_good_backup(workspace_path, damage):
    store = Store(open_workspace(workspace_path))
    for n in range(200):
        store.add_measure(2567, title=f"มาตรการ {n} " + "ข้อความ" * 30)
    good = backup_copy(store.db.conn, workspace_path, "start")
    newer = backup_copy(store.db.conn, workspace_path, "start")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
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
