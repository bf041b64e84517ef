"""Help, licences, remembered layout, crash logs and keyboard reach."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from itadesk import cli
from itadesk.paths import user_data_dir
from itadesk.ui.app import show_crash
from itadesk.ui.dialogs.help_dialogs import AboutDialog, GuideDialog


def test_the_guide_and_the_about_dialog_with_the_fonts_licence(
    make_window, workspace_path, when_dialog_opens
):
    window = make_window(workspace_path)
    help_menu = next(a for a in window.menuBar().actions() if a.text() == "ช่วยเหลือ (&H)").menu()
    guide_action = help_menu.actions()[0]
    assert guide_action.shortcut().toString() == "F1"
    seen = {}

    def read(dialog: GuideDialog) -> None:
        seen["guide"] = dialog.browser.toPlainText()
        dialog.reject()

    when_dialog_opens(read)
    guide_action.trigger()
    assert "Ctrl+Z" in seen["guide"] and "รวมข้อมูลจาก USB" in seen["guide"]
    about = AboutDialog(window)
    tabs = [about.tabs.tabText(i) for i in range(about.tabs.count())]
    assert tabs == ["เกี่ยวกับ", "OFL.txt", "DejaVu-LICENSE.txt"]
    assert "SIL OPEN FONT LICENSE" in about.tabs.widget(1).toPlainText().upper()
    assert "ITADesk 0." in about.tabs.widget(0).toPlainText()


def test_window_size_and_column_widths_are_remembered(make_window, workspace_path):
    window = make_window(workspace_path)
    window.resize(777, 611)  # within the offscreen screen (800×800 available), above the minimum
    window.measures_tab.view.horizontalHeader().resizeSection(1, 333)
    window.close()
    again = make_window(workspace_path)
    assert (again.width(), again.height()) == (777, 611)
    assert again.measures_tab.view.horizontalHeader().sectionSize(1) == 333


def test_an_unexpected_error_is_logged_and_explained_in_thai(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: shown.append((title, text)))
    try:
        raise ZeroDivisionError("a bug")
    except ZeroDivisionError:
        path = show_crash(*sys.exc_info())
    assert path.parent == user_data_dir() / "logs"
    assert "ZeroDivisionError: a bug" in path.read_text(encoding="utf-8")
    assert shown[0][0] == "เกิดข้อผิดพลาดที่ไม่คาดคิด"
    assert "ข้อมูลที่บันทึกแล้วไม่สูญหาย" in shown[0][1] and str(path) in shown[0][1]


def test_the_command_line_logs_an_unexpected_error_in_one_thai_line(monkeypatch, capsys):
    def broken(_args):
        raise RuntimeError("internal")

    monkeypatch.setattr(cli, "_run_demo", broken)
    assert cli.main(["demo", "--out", "x.itadesk"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("itadesk: เกิดข้อผิดพลาดที่ไม่คาดคิด") and "Traceback" not in err
    logs = list((user_data_dir() / "logs").glob("itadesk-error-*.log"))
    assert len(logs) == 1 and "RuntimeError: internal" in logs[0].read_text(encoding="utf-8")


def test_every_menu_action_is_reachable_by_keyboard(make_window, workspace_path):
    window = make_window(workspace_path)
    shortcuts = {}
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.isSeparator():
                continue
            key = action.shortcut().toString()
            if key:
                assert key not in shortcuts, f"{key} is on both {shortcuts[key]} and {action.text()}"
                shortcuts[key] = action.text()
    # The menus themselves open with the keyboard (F10/Alt), so every action is reachable;
    # the everyday ones also have their own keys.
    for key in (
        "Ctrl+Z",
        "Ctrl+Y",
        "Ctrl+1",
        "Ctrl+4",
        "Ctrl+Shift+S",
        "Ctrl+Shift+O",
        "Ctrl+I",
        "Ctrl+E",
        "F1",
        "Ctrl+N",  # a window action, so it adds a measure from any tab
    ):
        assert key in shortcuts, key


def test_the_progress_dialog_cancels_the_work(qapp):
    import pytest

    from itadesk.errors import Cancelled
    from itadesk.ui.widgets.progress import ProgressReporter

    progress = ProgressReporter(None, "กำลังทำงาน…")
    progress(1, 10)
    progress.dialog.cancel()
    with pytest.raises(Cancelled):
        progress(2, 10)
    progress.close()
