"""Shared fixtures. Every test runs with ITADesk's data directory and default workspace
pointed into its own temporary folder, so nothing touches the real user directory, and
with Qt's offscreen platform so GUI tests need no display."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from itadesk import clock  # noqa: E402
from itadesk.db import Store, open_workspace  # noqa: E402
from itadesk.demo import write_demo  # noqa: E402
from itadesk.paths import DATA_DIR_ENV, WORKSPACE_ENV  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "userdata"))
    monkeypatch.setenv(WORKSPACE_ENV, str(tmp_path / "userdata" / "default.itadesk"))


TODAY = dt.date(2026, 12, 15)
"""Tests run "in December 2569": fiscal year 2570 has begun, its framework is unconfirmed."""


@pytest.fixture(autouse=True)
def december_2569():
    clock.set_today(TODAY)
    yield TODAY
    clock.set_today(None)


@pytest.fixture
def workspace_path(tmp_path):
    return tmp_path / "office.itadesk"


@pytest.fixture
def store(workspace_path):
    store = Store(open_workspace(workspace_path))
    yield store
    store.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo workspace, built once per run; tests copy it rather than change it."""
    return write_demo(tmp_path_factory.mktemp("demo") / "demo.itadesk")


@pytest.fixture
def demo_path(demo_template, tmp_path):
    target = tmp_path / "demo.itadesk"
    target.write_bytes(demo_template.read_bytes())
    return target


def _damage(path) -> None:
    """Overwrite part of a page in the middle of a database file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 3000] = b"\xa5" * 3000
    path.write_bytes(bytes(data))


@pytest.fixture
def damage():
    return _damage


@pytest.fixture
def version_1_workspace(tmp_path):
    """A workspace as ITADesk's first schema left it (before merging existed), with one row."""
    import sqlite3

    import sqlite_utils

    from itadesk.db.connection import APPLICATION_ID
    from itadesk.db.schema import MIGRATIONS

    path = tmp_path / "v1.itadesk"
    db = sqlite_utils.Database(sqlite3.connect(path))
    with db.atomic():
        MIGRATIONS[0](db)
        db.execute("PRAGMA user_version = 1")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db["meta"].insert({"key": "setting.user_name", "value": "ธุรการ"})
    db.close()
    return path


def _measure_titles(path) -> set[str]:
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT title FROM measures WHERE deleted = 0")}
    finally:
        conn.close()


@pytest.fixture
def measure_titles():
    """The live measure titles of a workspace file, read with its log and without writing."""
    return _measure_titles


def _left_in_log(path, edits: int):
    """A workspace as a crash (or an older ITADesk) leaves it: one edit in the main file and
    ``edits`` committed edits only in ``-wal``, copied while the writer still had them open.
    Returns the copy's path (in a folder of its own beside ``path``)."""
    import shutil
    from pathlib import Path

    store = Store(open_workspace(path))
    store.add_measure(2567, title="ก่อนล็อก")
    store.db.execute("PRAGMA journal_mode = WAL")
    store.db.execute("PRAGMA wal_autocheckpoint = 0")
    for n in range(edits):
        store.add_measure(2567, title=f"ในล็อก {n}")
    crashed = Path(path).parent / f"crashed-{Path(path).stem}"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{path}{suffix}", crashed / f"{Path(path).name}{suffix}")
    store.close()
    return crashed / Path(path).name


@pytest.fixture
def left_in_log():
    return _left_in_log
