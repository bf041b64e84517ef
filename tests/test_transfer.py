"""USB copies: export writes a verified single file or nothing; a file that arrives is
treated as hostile and every bad one is refused in Thai, the working file untouched."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from itadesk.db import APPLICATION_ID, SCHEMA_VERSION, Store, open_workspace
from itadesk.db.backups import list_backups
from itadesk.db.merge import merge_file
from itadesk.db.transfer import export_copy, inspect_file
from itadesk.errors import WorkspaceError


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def usb(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def exported(demo_path, usb):
    store = Store(open_workspace(demo_path))
    try:
        return export_copy(store.db.conn, usb / "ita-2566.itadesk")
    finally:
        store.close()


def test_export_writes_one_verified_file_holding_the_data(exported, usb):
    assert sorted(p.name for p in usb.iterdir()) == ["ita-2566.itadesk"]  # no -wal, no .part
    conn = sqlite3.connect(exported)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT count(*) FROM measures WHERE deleted = 0").fetchone()[0] == 23
    info = inspect_file(exported)
    assert info.schema_version == SCHEMA_VERSION and info.counts["checklist"] == 43


def test_export_replaces_an_older_copy(demo_path, exported):
    store = Store(open_workspace(demo_path))
    store.add_measure(2566, title="มาตรการใหม่")
    export_copy(store.db.conn, exported)
    store.close()
    assert sqlite3.connect(exported).execute("SELECT count(*) FROM measures").fetchone()[0] == 24


def _failing_export(monkeypatch, demo_path, target, where: str, code: int) -> str:
    def fail(*_a, **_k):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, where, fail)
    store = Store(open_workspace(demo_path))
    try:
        with pytest.raises(WorkspaceError) as caught:
            export_copy(store.db.conn, target)
    finally:
        monkeypatch.undo()
        store.close()
    return str(caught.value)


@pytest.mark.parametrize(
    ("where", "code", "message"),
    [
        ("replace", errno.EROFS, "อ่านอย่างเดียว"),
        ("fsync", errno.EIO, "ถอด USB"),
        ("replace", errno.ENOSPC, "พื้นที่"),
    ],
)
def test_a_failed_export_keeps_the_old_copy_and_says_why(
    monkeypatch, demo_path, exported, usb, where, code, message
):
    before = digest(exported)
    text = _failing_export(monkeypatch, demo_path, exported, where, code)
    assert message in text and "ไฟล์เดิม" in text
    assert digest(exported) == before
    assert sorted(p.name for p in usb.iterdir()) == ["ita-2566.itadesk"]


def test_a_full_stick_leaves_no_file(demo_path, usb, tmp_path):
    """A real write limit (RLIMIT_FSIZE) stands in for a stick that fills up mid-copy."""
    target = usb / "full.itadesk"
    script = textwrap.dedent(
        f"""
        import resource, signal, sys
        import itadesk.db
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        real_open = itadesk.db.open_workspace
        def open_then_limit(*args, **kwargs):  # the stick fills up, not the PC's own disk
            opened = real_open(*args, **kwargs)
            resource.setrlimit(resource.RLIMIT_FSIZE, (120_000, 120_000))
            return opened
        itadesk.db.open_workspace = open_then_limit
        from itadesk.cli import main
        sys.exit(main(["export", "--workspace", {str(demo_path)!r}, "--out", {str(target)!r}]))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 1
    # SQLite sees a write-size limit as an I/O error, not as ENOSPC: what matters is one Thai
    # line saying the copy failed, and no file on the stick that could pass for a copy.
    assert "ไม่สำเร็จ" in result.stderr and "Traceback" not in result.stderr
    assert list(usb.iterdir()) == []


def test_a_stick_without_room_is_refused_before_writing(monkeypatch, demo_path, usb):
    import shutil

    monkeypatch.setattr(
        shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(1 << 30, (1 << 30) - 1000, 1000)
    )
    store = Store(open_workspace(demo_path))
    with pytest.raises(WorkspaceError, match="พื้นที่บนปลายทางไม่พอ"):
        export_copy(store.db.conn, usb / "x.itadesk")
    store.close()
    assert list(usb.iterdir()) == []


def test_export_to_a_missing_folder_is_refused(demo_path, tmp_path):
    store = Store(open_workspace(demo_path))
    with pytest.raises(WorkspaceError, match="ไม่พบโฟลเดอร์ปลายทาง"):
        export_copy(store.db.conn, tmp_path / "no-stick" / "x.itadesk")
    store.close()


# -- hostile files ---------------------------------------------------------------------------


def _sqlite(path, *statements, app_id=APPLICATION_ID, version=SCHEMA_VERSION):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {app_id}")
    conn.execute(f"PRAGMA user_version = {version}")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def _copy_with(exported, tmp_path, *statements, version=None):
    path = tmp_path / "changed.itadesk"
    path.write_bytes(exported.read_bytes())
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    if version is not None:
        conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    return path


def _corrupt(exported, tmp_path):
    data = bytearray(exported.read_bytes())
    page = 4096
    data[page * 5 : page * 5 + 1500] = os.urandom(1500)
    path = tmp_path / "corrupt.itadesk"
    path.write_bytes(bytes(data))
    return path


def _sparse(tmp_path):
    path = tmp_path / "huge.itadesk"
    with path.open("wb") as handle:
        handle.write(b"SQLite format 3\x00")
        handle.truncate(3 << 30)
    return path


def _file(folder, name: str, data: bytes):
    path = folder / name
    path.write_bytes(data)
    return path


HOSTILE = {
    "empty file": (lambda e, t: _file(t, "empty.itadesk", b""), "ไฟล์ว่างเปล่า"),
    "random bytes": (lambda e, t: _file(t, "r.itadesk", os.urandom(8192)), "ไม่ใช่ไฟล์ข้อมูลของ ITADesk"),
    "text renamed": (
        lambda e, t: _file(t, "t.itadesk", ("ข้อความธรรมดา\n" * 200).encode()),
        "ไม่ใช่ไฟล์ข้อมูลของ ITADesk",
    ),
    "truncated copy": (
        lambda e, t: _file(t, "cut.itadesk", e.read_bytes()[: e.stat().st_size // 3]),
        "เสียหาย",
    ),
    "corrupted page": (lambda e, t: _corrupt(e, t), "เสียหาย"),
    "another application": (
        lambda e, t: _sqlite(t / "other.db", "CREATE TABLE x (y)", app_id=0),
        "โปรแกรมอื่น",
    ),
    "newer ITADesk": (lambda e, t: _copy_with(e, t, version=SCHEMA_VERSION + 1), "รุ่นที่ใหม่กว่า"),
    "hidden trigger": (
        lambda e, t: _copy_with(
            e, t, "CREATE TRIGGER evil AFTER INSERT ON measures BEGIN DELETE FROM scores; END"
        ),
        "ทริกเกอร์",
    ),
    "hidden view": (lambda e, t: _copy_with(e, t, "CREATE VIEW v AS SELECT * FROM measures"), "วิว"),
    "huge sparse file": (lambda e, t: _sparse(t), "ใหญ่ผิดปกติ"),
    "thousands of tables": (
        lambda e, t: _sqlite(t / "many.itadesk", *[f"CREATE TABLE t{i} (x)" for i in range(2000)]),
        "จำนวนมากผิดปกติ",
    ),
    "foreign tables": (
        lambda e, t: _sqlite(t / "foreign.itadesk", "CREATE TABLE measures (x)"),
        "โครงสร้างตาราง",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_files_are_refused_and_the_working_file_is_unchanged(case, exported, demo_path, tmp_path):
    make, message = HOSTILE[case]
    bad = make(exported, tmp_path)
    store = Store(open_workspace(demo_path))  # merged into from the window or ``itadesk merge``
    working_files = sorted(demo_path.parent.glob(demo_path.name + "*"))
    before_bad, before_working = digest(bad), [digest(p) for p in working_files]
    with pytest.raises(WorkspaceError, match=message):
        merge_file(store, bad)
    assert digest(bad) == before_bad, "the incoming file is never written"
    assert [digest(p) for p in working_files] == before_working, "the working file is byte-for-byte unchanged"
    assert not list_backups(demo_path), "refused before even the before-merge backup"
    store.close()
    assert not list(tmp_path.glob("*-wal")) and not list(tmp_path.glob("*-journal"))


def test_the_working_file_itself_is_refused(demo_path):
    store = Store(open_workspace(demo_path))
    before = digest(demo_path)
    with pytest.raises(WorkspaceError, match="กำลังใช้งานอยู่เอง"):
        merge_file(store, demo_path.parent / ".." / demo_path.parent.name / demo_path.name)
    assert digest(demo_path) == before
    store.close()


def test_the_trigger_never_ran(exported, tmp_path):
    bad = _copy_with(
        exported, tmp_path, "CREATE TRIGGER evil AFTER INSERT ON measures BEGIN DELETE FROM scores; END"
    )
    with pytest.raises(WorkspaceError):
        inspect_file(bad)
    assert sqlite3.connect(bad).execute("SELECT count(*) FROM scores").fetchone()[0] == 20


def test_cli_export_and_check(demo_path, usb, capsys):
    from itadesk.cli import main

    out = usb / "copy.itadesk"
    assert main(["export", "--workspace", str(demo_path), "--out", str(out)]) == 0
    assert main(["check", str(out)]) == 0
    assert "ไฟล์สมบูรณ์" in capsys.readouterr().out
