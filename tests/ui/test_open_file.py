"""Double-clicking an ``.itadesk`` file: ``itadesk FILE`` offers to merge it or use it in
place of the workspace, never opens it in place; a running ITADesk receives the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from itadesk import cli
from itadesk.db import Store, open_workspace
from itadesk.db.transfer import export_copy
from itadesk.ui.single_instance import InstanceServer, send_to_running

from .test_main_window import db_value


def _copy_from_head(tmp_path) -> Path:
    head = Store(open_workspace(tmp_path / "head.itadesk"))
    head.add_measure(2567, title="มาตรการจาก USB")
    usb = tmp_path / "usb" / "ita-2567.itadesk"
    usb.parent.mkdir()
    export_copy(head.db.conn, usb)
    head.close()
    return usb


def test_a_bare_file_argument_opens_the_window_with_the_file_offered(monkeypatch, tmp_path):
    called = {}
    monkeypatch.setattr(
        "itadesk.ui.app.run", lambda workspace, incoming=None: called.update(w=workspace, i=incoming) or 0
    )
    assert cli.main([str(tmp_path / "ita-2567.itadesk")]) == 0
    assert called["i"] == tmp_path / "ita-2567.itadesk"
    assert cli.main(["--workspace", str(tmp_path / "w.itadesk")]) == 0
    assert called == {"w": tmp_path / "w.itadesk", "i": None}


def _click(button_text: str):
    def handler(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text() == button_text).click()

    return handler


def test_merge_is_offered_first_and_merges(
    make_window, workspace_path, tmp_path, when_dialog_opens, monkeypatch
):
    usb = _copy_from_head(tmp_path)
    window = make_window(workspace_path)
    window.workspace = workspace_path
    window.set_year(2567)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    when_dialog_opens(_click("รวมข้อมูล"))
    assert window.offer_incoming(usb) == "merged"
    assert window.measures_tab.model.measure_at(0).title == "มาตรการจาก USB"


def test_a_new_pc_can_use_the_file_in_place_of_its_workspace_and_keeps_the_old_one(
    make_window, workspace_path, tmp_path, when_dialog_opens
):
    usb = _copy_from_head(tmp_path)
    window = make_window(workspace_path)
    window.workspace = workspace_path
    window.store.set_setting("user_name", "เครื่องใหม่")
    when_dialog_opens(_click("ใช้แทนข้อมูลปัจจุบัน"))
    assert window.offer_incoming(usb) == "replaced"
    assert db_value(workspace_path, "SELECT title FROM measures") == ("มาตรการจาก USB",)
    kept = list((tmp_path / "office-backups").glob("office-replaced-*.itadesk"))
    assert len(kept) == 1 and db_value(kept[0], "SELECT value FROM meta WHERE key = 'setting.user_name'") == (
        "เครื่องใหม่",
    )
    assert usb.exists(), "the file on the stick is read, never moved"
    window.set_year(2567)
    assert window.measures_tab.model.measure_at(0).title == "มาตรการจาก USB"


def test_a_broken_file_is_refused_and_the_workspace_kept(
    make_window, workspace_path, tmp_path, when_dialog_opens, monkeypatch
):
    bad = tmp_path / "broken.itadesk"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    window = make_window(workspace_path)
    window.workspace = workspace_path
    window.store.add_measure(2567, title="ของเดิม")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    when_dialog_opens(_click("ใช้แทนข้อมูลปัจจุบัน"))
    assert window.offer_incoming(bad) is None
    assert shown and "broken.itadesk" in shown[0]
    assert db_value(workspace_path, "SELECT title FROM measures") == ("ของเดิม",)


def test_the_workspace_itself_is_not_offered(make_window, workspace_path):
    window = make_window(workspace_path)
    window.workspace = workspace_path
    assert window.offer_incoming(workspace_path) is None


def test_a_second_copy_hands_its_file_to_the_running_one(qtbot, qapp, tmp_path):
    workspace = tmp_path / "office.itadesk"
    server = InstanceServer(workspace)
    assert server.listening
    with qtbot.waitSignal(server.file_received, timeout=5000) as received:
        assert send_to_running(workspace, tmp_path / "usb.itadesk")
    assert received.args == [str((tmp_path / "usb.itadesk").resolve())]
    assert not send_to_running(tmp_path / "other.itadesk", tmp_path / "usb.itadesk"), "no copy has that one"
    server.server.close()
    server.deleteLater()
    qtbot.wait(50)
