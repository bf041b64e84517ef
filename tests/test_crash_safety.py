"""SIGKILL at random moments while a process writes edits through the store: afterwards
the file passes integrity_check and every edit the writer reported as committed is there.

The writer prints ``committed N`` only after ``add_measure`` returned, i.e. after SQLite's
COMMIT with synchronous=FULL; the test kills it at a random moment (a bounded number of
trials, a fixed seed so a failure can be replayed) and then checks the file.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from itadesk.db import Store, open_workspace

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
