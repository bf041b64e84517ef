"""What offices do to the working file: copy it with Explorer while ITADesk is open, open it
on a full disk or while another program holds it, run a command beside the window."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from itadesk.cli import main
from itadesk.db import Store, connection, open_workspace
from itadesk.db.lock import hold_workspace
from itadesk.db.merge import merge_file
from itadesk.db.transfer import inspect_file
from itadesk.errors import (
    DamagedWorkspaceError,
    DiskFullError,
    WorkspaceBusyError,
    WorkspaceInUseError,
)

# -- an Explorer copy of the working file ------------------------------------------------------


@pytest.mark.parametrize("edits", [5, 150])
def test_the_main_file_alone_holds_every_committed_edit(workspace_path, tmp_path, edits, measure_titles):
    """Explorer copies only the file the office sees: after 5 edits it used to be "another
    program's database", after 150 edits 143 arrived."""
    store = Store(open_workspace(workspace_path))
    for n in range(edits):
        store.add_measure(2567, title=f"งาน {n}")
    other_pc = tmp_path / "other-pc"
    other_pc.mkdir()
    copy = other_pc / workspace_path.name
    shutil.copyfile(workspace_path, copy)  # while the window is still open
    store.close()
    assert inspect_file(copy).counts["measures"] == edits
    assert measure_titles(copy) == {f"งาน {n}" for n in range(edits)}


def test_closing_leaves_no_log_beside_the_file(workspace_path):
    store = Store(open_workspace(workspace_path))
    store.add_measure(2567, title="งาน")
    store.close()
    assert sorted(p.name for p in workspace_path.parent.iterdir() if p.name.startswith("office")) == [
        "office.itadesk"
    ]


def test_a_workspace_left_with_edits_in_its_log_opens_with_all_of_them(tmp_path, left_in_log):
    crashed = left_in_log(tmp_path / "old.itadesk", 40)
    store = Store(open_workspace(crashed))
    assert len(store.measures(2567)) == 41
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    store.close()
    assert not Path(f"{crashed}-wal").exists()


def test_a_copy_with_its_log_beside_it_is_checked_and_merged_with_the_log(
    store, tmp_path, left_in_log, capsys
):
    """``check`` and merge used to ignore a copied -wal: 390 of 400 edits reached the other PC."""
    crashed = left_in_log(tmp_path / "clerk.itadesk", 60)
    before = {p.name: p.read_bytes() for p in crashed.parent.iterdir()}

    assert inspect_file(crashed).counts["measures"] == 61
    assert main(["check", str(crashed)]) == 0
    result = merge_file(store, crashed)
    assert result.added >= 61
    assert len(store.measures(2567)) == 61
    after = {p.name: p.read_bytes() for p in crashed.parent.iterdir()}
    assert after == before, "the copy and its log are never written"


# -- opening: busy and full are not damage ---------------------------------------------------


def test_a_busy_workspace_at_open_is_busy_not_damaged(workspace_path, monkeypatch):
    Store(open_workspace(workspace_path)).close()
    other = sqlite3.connect(workspace_path, isolation_level=None)
    other.execute("PRAGMA journal_mode = WAL")  # as another program might set it
    other.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.2)
    try:
        with pytest.raises(WorkspaceBusyError, match="ลองอีกครั้ง") as caught:
            open_workspace(workspace_path)
        assert not isinstance(caught.value, DamagedWorkspaceError)
    finally:
        other.execute("ROLLBACK")
        other.close()
    Store(open_workspace(workspace_path)).close()  # and once the other program is done, it opens


def test_a_full_disk_at_open_is_said_to_be_full(workspace_path, monkeypatch):
    Store(open_workspace(workspace_path)).close()

    def full(_db):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(connection, "_seed", full)
    with pytest.raises(DiskFullError, match="ดิสก์.*เต็ม") as caught:
        open_workspace(workspace_path)
    assert not isinstance(caught.value, DamagedWorkspaceError)


def test_a_write_limit_at_open_is_not_called_damage(demo_path, tmp_path):
    """A real write limit (RLIMIT_FSIZE) while the opening converts the file and seeds it."""
    big = tmp_path / "big.itadesk"
    shutil.copyfile(demo_path, big)
    script = textwrap.dedent(
        f"""
        import resource, signal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
        from itadesk.db import open_workspace
        from itadesk.errors import DamagedWorkspaceError, WorkspaceError
        try:
            open_workspace({str(big)!r})
        except DamagedWorkspaceError as exc:
            print("damaged", exc)
        except WorkspaceError as exc:
            print("refused", exc)
        else:
            print("opened")
        """
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, encoding="utf-8")
    assert run.stdout.startswith("refused"), run.stdout + run.stderr


# -- one lock for every writer ---------------------------------------------------------------

HOLDER = textwrap.dedent(
    """
    import sys, time
    from itadesk.db.lock import hold_workspace
    lock = hold_workspace(sys.argv[1])
    print("locked", flush=True)
    time.sleep(60)
    """
)


def test_a_command_is_refused_while_another_itadesk_holds_the_workspace(demo_path, tmp_path, capsys):
    held = hold_workspace(demo_path)  # the window has it open
    try:
        code = main(["report", "measures", "--workspace", str(demo_path), "--out", str(tmp_path / "r.pdf")])
        assert code == 1
        assert "เปิดอยู่ใน ITADesk อีกหน้าต่างหนึ่ง" in capsys.readouterr().err
        with pytest.raises(WorkspaceInUseError):
            hold_workspace(demo_path)
    finally:
        held.release()
    assert not (tmp_path / "r.pdf").exists()


def test_a_command_running_keeps_other_writers_out_until_it_ends(demo_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(demo_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(WorkspaceInUseError, match="ลองอีกครั้ง"):
            hold_workspace(demo_path)
    finally:
        holder.kill()
        holder.wait()
    hold_workspace(demo_path).release()  # the operating system let go when the holder died
