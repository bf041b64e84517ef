"""Processes killed with SIGKILL in the middle of work never damage the working file.

Edits: the writer prints ``committed N`` only after ``add_measure`` returned, i.e. after
SQLite's COMMIT with synchronous=FULL; the test kills it at a random moment (a bounded
number of trials, a fixed seed so a failure can be replayed) and then checks that the file
passes integrity_check and holds every edit reported as committed.

Merges and migrations: a dry run lists every SQL statement the process runs; the test then
kills fresh runs exactly as chosen statements of the merge's (or migration's) transaction
start, from its BEGIN to its COMMIT, and checks the file is as it was before.
"""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from itadesk.db import Store, open_workspace
from itadesk.db.backups import list_backups
from itadesk.db.conflicts import open_conflicts
from itadesk.db.schema import SCHEMA_VERSION
from itadesk.db.transfer import export_copy

TRIALS = 12
WRITER = textwrap.dedent(
    """
    import sys
    from itadesk.db import Store, open_workspace
    store = Store(open_workspace(sys.argv[1]))
    start = int(sys.argv[2])
    for n in range(start, start + 100000):
        store.add_measure(2567, title=f"edit {n}", steps="ข้อความ " * 40)
        store.set_score(2567, 1 + n % 10, n % 101)
        print(f"committed {n}", flush=True)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_sigkill_never_corrupts_the_file_nor_loses_a_committed_edit(tmp_path):
    path = tmp_path / "crash.itadesk"
    Store(open_workspace(path)).close()
    rng = random.Random(20261122)
    committed: set[int] = set()
    next_edit = 0
    for _trial in range(TRIALS):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(next_edit)],
            stdout=subprocess.PIPE,
            text=True,
        )
        # Let it start writing, then kill it at a random moment.
        first = writer.stdout.readline()
        assert first.startswith("committed"), first
        time.sleep(rng.uniform(0.0, 0.25))
        writer.send_signal(signal.SIGKILL)
        output, _ = writer.communicate()
        for line in [first, *output.splitlines()]:
            if line.startswith("committed "):
                committed.add(int(line.split()[1]))
        next_edit = max(committed) + 1000  # never reuse a number a killed writer may have used

        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        titles = {row[0] for row in conn.execute("SELECT title FROM measures")}
        missing = {n for n in committed if f"edit {n}" not in titles}
        conn.close()
        assert not missing, f"edits reported committed but lost: {sorted(missing)[:5]}"
    assert len(committed) > TRIALS  # the kills did land in the middle of real work

    store = Store(open_workspace(path))  # and the file still opens as a workspace
    assert len(store.measures(2567)) >= len(committed)
    store.close()


STATEMENT_KILLER = textwrap.dedent(
    """
    import os, signal, sqlite3, sys
    mode, path, incoming, kill_at = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    count = 0
    def trace(statement):
        global count
        count += 1
        if count == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        if kill_at == 0:
            print(count, " ".join(statement.split())[:120], flush=True)
    real_connect = sqlite3.connect
    def connect(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(trace)
        return conn
    sqlite3.connect = connect
    from itadesk.db import Store, open_workspace
    from itadesk.db.merge import merge_file
    store = Store(open_workspace(path))
    if mode == "merge":
        merge_file(store, incoming)
    store.close()
    print("finished", flush=True)
    """
)


def _run_killer(mode: str, path, incoming, kill_at: int) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", STATEMENT_KILLER, mode, str(path), str(incoming), str(kill_at)],
        capture_output=True,
        text=True,
        check=False,
    )


def _transaction_statements(mode: str, template, incoming, marker: str, tmp_path) -> list[int]:
    """The numbers of the statements from BEGIN to COMMIT of the transaction that runs ``marker``."""
    dry = tmp_path / "dry.itadesk"
    shutil.copyfile(template, dry)
    run = _run_killer(mode, dry, incoming, 0)
    assert run.stdout.endswith("finished\n"), run.stderr
    lines = [line.split(" ", 1) for line in run.stdout.splitlines()[:-1]]
    at = next(i for i, (_n, sql) in enumerate(lines) if marker in sql)
    begin = max(i for i in range(at) if lines[i][1].startswith("BEGIN"))
    commit = next(i for i in range(at, len(lines)) if lines[i][1].startswith("COMMIT"))
    return [int(n) for n, _sql in lines[begin : commit + 1]]


def _logical_state(path) -> list[str]:
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    state = [*conn.iterdump(), str(conn.execute("PRAGMA user_version").fetchone()[0])]
    conn.close()
    return state


def _kill_points(statements: list[int], trials: int) -> list[int]:
    """Evenly spread over the transaction, its first and last (COMMIT) statement included."""
    step = max(1, len(statements) // (trials - 1))
    return sorted({*statements[::step], statements[-1]})


def _assert_killed_runs_leave_the_file_as_before(mode, template, incoming, marker, tmp_path) -> int:
    before = _logical_state(template)
    points = _kill_points(_transaction_statements(mode, template, incoming, marker, tmp_path), 10)
    for kill_at in points:
        working = tmp_path / "working.itadesk"
        for leftover in tmp_path.glob("working.itadesk*"):
            leftover.unlink()
        shutil.copyfile(template, working)
        run = _run_killer(mode, working, incoming, kill_at)
        assert run.returncode == -signal.SIGKILL, (kill_at, run.stderr)
        assert _logical_state(working) == before, f"killed at statement {kill_at}: the file changed"
    return len(points)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_merge_killed_half_way_leaves_the_working_file_as_it_was(tmp_path):
    clerk, head = tmp_path / "clerk.itadesk", tmp_path / "head.itadesk"
    store = Store(open_workspace(clerk))
    for n in range(30):
        store.add_measure(2567, title=f"มาตรการ {n}", responsible="สำนักปลัด")
    store.set_item_done(2567, "O1", True)
    store.close()
    shutil.copyfile(clerk, head)
    store = Store(open_workspace(clerk))  # news from the clerk, including a same-field edit
    first = store.measures(2567)[0]
    store.update_measure(first.id, title="แก้โดยธุรการ")
    store.add_measure(2567, title="มาตรการใหม่")
    usb = tmp_path / "usb.itadesk"
    export_copy(store.db.conn, usb)
    store.close()
    store = Store(open_workspace(head))
    store.update_measure(first.id, title="แก้โดยหัวหน้า")
    store.close()

    kills = _assert_killed_runs_leave_the_file_as_before("merge", head, usb, "INTO sync_seen", tmp_path)
    assert kills >= 5
    finished = _run_killer("merge", head, usb, -1)  # and uninterrupted, the merge does land
    assert finished.stdout == "finished\n", finished.stderr
    assert _logical_state(head) != _logical_state(usb)
    store = Store(open_workspace(head))
    assert [c.field for c in open_conflicts(store)] == ["title"]
    store.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_migration_killed_half_way_leaves_the_old_file(version_1_workspace, tmp_path):
    old = version_1_workspace
    marker = f"PRAGMA user_version = {SCHEMA_VERSION}"
    kills = _assert_killed_runs_leave_the_file_as_before("migrate", old, "-", marker, tmp_path)
    assert kills >= 2
    finished = _run_killer("migrate", old, "-", -1)  # and uninterrupted, the migration does land
    assert finished.stdout == "finished\n", finished.stderr
    assert _logical_state(old)[-1] == str(SCHEMA_VERSION)


STEP_KILLER = textwrap.dedent(
    """
    import os, shutil, signal, sqlite3, sys, threading
    from pathlib import Path
    mode, path, other, kill_at = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    count = 0
    counting = threading.Lock()  # a merge checks and backs up on second threads: one count, whole lines
    def step(what):
        global count
        with counting:
            count += 1
            if count == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            if kill_at == 0:
                print(count, what, flush=True)
    def wrap(module, name):
        real = getattr(module, name)
        def wrapped(*args, **kwargs):
            step(f"file {name}")
            return real(*args, **kwargs)
        setattr(module, name, wrapped)
    for name in ("replace", "rename", "unlink", "fsync"):
        wrap(os, name)
    for name in ("copyfile", "move"):
        wrap(shutil, name)
    real_connect = sqlite3.connect
    def connect(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(lambda sql: step("sql " + " ".join(sql.split())[:60]))
        return conn
    sqlite3.connect = connect
    from itadesk.db import Store, open_workspace
    from itadesk.db.backups import restore_backup
    from itadesk.db.merge import merge_file
    from itadesk.db.transfer import inspect_file
    from itadesk.db.yearly import start_new_year
    if mode in ("restore", "replace"):
        if mode == "replace":
            inspect_file(other)
        restore_backup(other, path)
    else:
        store = Store(open_workspace(path))
        merge_file(store, other) if mode == "merge" else start_new_year(store, 2567)
        store.close()
    print("finished", flush=True)
    """
)


def _titles(path, year: int = 2567) -> frozenset[str]:
    assert path.exists(), "the office found no workspace"
    store = Store(open_workspace(path, create=False))
    try:
        return frozenset(m.title for m in store.measures(year))
    finally:
        store.close()


def _workspace_with(path, titles: list[str]):
    path.parent.mkdir(exist_ok=True)
    store = Store(open_workspace(path))
    for title in titles:
        store.add_measure(2567, title=title)
    store.close()
    return path


def _kill_every_step(mode, template_folder, name, other, year, tmp_path) -> tuple[frozenset, frozenset, int]:
    """Run ``mode`` killed at each of its file steps (and a spread of its SQL statements) on
    fresh copies of ``template_folder``; every run must leave the old or the new data."""
    folder = tmp_path / f"run-{mode}"

    def fresh():
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(template_folder, folder)
        return folder / name

    run = subprocess.run(
        [sys.executable, "-c", STEP_KILLER, mode, str(fresh()), str(other), "0"],
        capture_output=True,
        text=True,
    )
    assert run.stdout.endswith("finished\n"), run.stderr
    steps = [line.split(" ", 2) for line in run.stdout.splitlines()[:-1]]
    new = _titles(folder / name, year)
    old = _titles(fresh(), year)
    assert old != new
    files = [int(n) for n, kind, _ in steps if kind == "file"]
    sql = [int(n) for n, kind, _ in steps if kind == "sql"]
    points = sorted({*files, *sql[:: max(1, len(sql) // 6)]})
    for kill_at in points:
        working = fresh()
        killed = subprocess.run(
            [sys.executable, "-c", STEP_KILLER, mode, str(working), str(other), str(kill_at)],
            capture_output=True,
        )
        assert killed.returncode == -signal.SIGKILL, (kill_at, killed.stderr)
        found = _titles(working, year)
        assert found in (old, new), (
            f"killed at step {kill_at} ({steps[kill_at - 1]}): neither old nor new data"
        )
        if found == new and mode in ("restore", "replace"):
            kept = [b.path for b in list_backups(working) if b.reason == "replaced"]
            assert any(_titles(p, year) == old for p in kept), f"step {kill_at}: the replaced data was lost"
    return old, new, len(points)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
@pytest.mark.parametrize("mode", ["restore", "replace"])
def test_a_restore_or_replace_killed_at_any_step_leaves_the_old_data_or_the_new(tmp_path, left_in_log, mode):
    """Killed between moving the old file aside and moving the new one in, a restore used to
    leave no workspace, and the next start silently made an empty one."""
    live = tmp_path / "live"
    live.mkdir()
    crashed = left_in_log(live / "office.itadesk", 20)  # the old data: partly in its -wal
    other = _workspace_with(tmp_path / "incoming.itadesk", ["จากไฟล์ที่นำมาแทน"])
    if mode == "replace":  # a copy made with Explorer: its newest edits in the -wal beside it
        other = left_in_log(tmp_path / "usb.itadesk", 5)
    old, new, kills = _kill_every_step(mode, crashed.parent, crashed.name, other, 2567, tmp_path)
    assert len(old) == 21 and kills >= 8


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_merge_killed_at_any_step_leaves_the_old_data_or_the_new(tmp_path):
    template = _workspace_with(tmp_path / "template" / "office.itadesk", ["ของเครื่องนี้"]).parent
    usb = _workspace_with(tmp_path / "usb.itadesk", [f"จากอีกเครื่อง {n}" for n in range(5)])
    _old, new, kills = _kill_every_step("merge", template, "office.itadesk", usb, 2567, tmp_path)
    assert len(new) == 6 and kills >= 6


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_new_fiscal_year_killed_at_any_step_leaves_the_old_data_or_the_new(tmp_path):
    template = _workspace_with(
        tmp_path / "template" / "office.itadesk", [f"มาตรการ {n}" for n in range(5)]
    ).parent
    old, new, kills = _kill_every_step("new-year", template, "office.itadesk", "-", 2568, tmp_path)
    assert not old and len(new) == 5 and kills >= 6
