"""A second ITADesk on the same workspace is told the file is in use; a lock left by a
process that died does not keep the office out."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QMessageBox

from itadesk.ui import app

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from itadesk.ui.app import lock_workspace
    qapp = QCoreApplication([])
    lock = lock_workspace(Path(sys.argv[1]))
    print("locked" if lock else "refused", flush=True)
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
        assert app.lock_workspace(workspace) is None

        shown = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
        assert app.run(workspace) == 1
        assert "เปิดอยู่ใน ITADesk อีกหน้าต่างหนึ่ง" in shown[0]
        assert not workspace.exists(), "the refused instance did not touch the file"
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    lock = app.lock_workspace(workspace)  # the dead holder's lock is stale
    assert lock is not None
    lock.unlock()
