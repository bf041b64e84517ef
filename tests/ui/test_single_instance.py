"""A second ITADesk on the same workspace is told the file is in use (by another window or
by an ``itadesk`` command: the lock is the same, and needs no Qt); a process that died does
not keep the office out; busy gets a retry button, never a restore."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QMessageBox

from itadesk.db.lock import hold_workspace
from itadesk.errors import WorkspaceInUseError
from itadesk.ui import app

HOLDER = textwrap.dedent(
    """
    import sys, time
    from itadesk.db.lock import hold_workspace
    lock = hold_workspace(sys.argv[1])
    print("locked", flush=True)
    time.sleep(60)
    """
)


def test_second_instance_is_refused_while_the_first_runs_and_admitted_after_it_dies(
    tmp_path, qapp, monkeypatch
):
    workspace = tmp_path / "office.itadesk"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(workspace)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(WorkspaceInUseError):
            hold_workspace(workspace)

        shown = []

        def close(_parent, _title, text, buttons, _default):
            assert buttons & QMessageBox.StandardButton.Retry, "busy is offered a retry"
            shown.append(text)
            return QMessageBox.StandardButton.Close

        monkeypatch.setattr(QMessageBox, "warning", close)
        assert app.run(workspace) == 1
        assert "เปิดอยู่ใน ITADesk อีกหน้าต่างหนึ่ง" in shown[0]
        assert not workspace.exists(), "the refused instance did not touch the file"
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    hold_workspace(workspace).release()  # the dead holder's lock went with it


def test_a_file_busy_at_start_is_offered_a_retry_and_never_a_restore(qapp, workspace_path, monkeypatch):
    """Started while ``itadesk import-measures`` ran, the window used to call the file damaged
    and offer a 1-measure backup in place of 20,001 measures."""
    import sqlite3

    from itadesk.db import Store, connection, open_workspace
    from itadesk.db.backups import backup_copy

    store = Store(open_workspace(workspace_path))
    store.add_measure(2567, title="ของจริง")
    backup_copy(store.db.conn, workspace_path, "start")
    store.add_measure(2567, title="หลังสำรอง")
    store.close()
    other = sqlite3.connect(workspace_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program in the middle of its work
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.2)
    asked = []

    def retry_once_the_other_is_done(_parent, _title, text, buttons, _default):
        asked.append(text)
        other.execute("ROLLBACK")
        return QMessageBox.StandardButton.Retry

    monkeypatch.setattr(QMessageBox, "warning", retry_once_the_other_is_done)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail(f"a restore was offered: {a[2]}"))
    lock, store = app.open_for_window(workspace_path, None)
    try:
        assert "ลองอีกครั้ง" in asked[0] and "ไม่ได้เสียหาย" in asked[0]
        assert {m.title for m in store.measures(2567)} == {"ของจริง", "หลังสำรอง"}
    finally:
        store.close()
        lock.release()
        other.close()


def test_a_start_that_finds_the_workspace_gone_offers_the_newest_good_backup(
    qapp, workspace_path, monkeypatch
):
    from itadesk.db import Store, open_workspace
    from itadesk.db.backups import backup_copy

    store = Store(open_workspace(workspace_path))
    for n in range(3):
        store.add_measure(2567, title=f"งาน {n}")
    backup_copy(store.db.conn, workspace_path, "start")
    store.close()
    workspace_path.unlink()  # e.g. an older ITADesk killed in the middle of a restore
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.No
    )
    assert app.open_for_window(workspace_path, None) is None
    assert "ไม่พบไฟล์ข้อมูล" in asked[0] and "มาตรการ ๓ รายการ" in asked[0]
    assert not workspace_path.exists(), "declining does not silently start an empty workspace"

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    lock, store = app.open_for_window(workspace_path, None)
    assert len(store.measures(2567)) == 3
    store.close()
    lock.release()


def test_a_full_disk_at_start_is_said_to_be_full_and_offers_no_restore(qapp, workspace_path, monkeypatch):
    import sqlite3

    from itadesk.db import Store, connection, open_workspace
    from itadesk.db.backups import backup_copy

    store = Store(open_workspace(workspace_path))
    backup_copy(store.db.conn, workspace_path, "start")
    store.close()

    def full(_db):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(connection, "_seed", full)
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail(f"a restore was offered: {a[2]}"))
    assert app.open_for_window(workspace_path, None) is None
    assert "เต็ม" in said[0] and "ไม่ได้เสียหาย" in said[0]
    hold_workspace(workspace_path).release()  # and the lock was let go
