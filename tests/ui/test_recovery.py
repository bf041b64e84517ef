"""Backups from the window: recovery of a damaged file at start, restore from the menu."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from itadesk.db import Store, open_workspace
from itadesk.db.backups import backup_copy, list_backups
from itadesk.errors import DamagedWorkspaceError
from itadesk.ui.dialogs.recovery import BackupChooser, offer_recovery


def _answer(monkeypatch, button):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or button)
    return asked


def test_damaged_file_at_start_is_offered_the_newest_good_backup(qapp, workspace_path, monkeypatch, damage):
    store = Store(open_workspace(workspace_path))
    for n in range(150):
        store.add_measure(2567, title=f"งาน {n} " + "ข้อความ" * 30)
    backup_copy(store.db.conn, workspace_path, "start")
    store.close()
    damage(workspace_path)
    try:
        open_workspace(workspace_path)
    except DamagedWorkspaceError as exc:
        problem = exc
    damaged_bytes = workspace_path.read_bytes()

    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    assert offer_recovery(None, workspace_path, problem) is None
    assert "เรียกคืนจากข้อมูลสำรองล่าสุด" in asked[0]
    assert workspace_path.read_bytes() == damaged_bytes, "declining changes nothing"

    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    restored = offer_recovery(None, workspace_path, problem)
    assert restored is not None and len(restored.measures(2567)) == 150
    restored.close()


def test_restore_from_the_menu_brings_back_the_backup_and_keeps_the_current(
    make_window, workspace_path, monkeypatch
):
    window = make_window(workspace_path)
    window.workspace = workspace_path
    window.store.add_measure(window.year, title="ก่อนสำรอง")
    backup_copy(window.store.db.conn, workspace_path, "start")
    window.store.add_measure(window.year, title="หลังสำรอง")
    window.measures_tab.reload()
    assert window.measures_tab.model.rowCount() == 2

    listed = []

    def choose_the_newest():
        chooser = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, BackupChooser) and w.isVisible()
        )
        listed.extend(chooser.list.item(i).text() for i in range(chooser.list.count()))
        rect = chooser.list.visualItemRect(chooser.list.item(0))
        QTest.mouseClick(chooser.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        ok = chooser.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose_the_newest)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert window.restore_backup()
    # each restore point with its Thai date and what it holds
    assert "เมื่อเปิดโปรแกรม" in listed[0] and "มาตรการ ๑ รายการ" in listed[0] and "แก้ไขล่าสุด" in listed[0]
    assert any(
        month in listed[0]
        for month in (
            "ม.ค.",
            "ก.พ.",
            "มี.ค.",
            "เม.ย.",
            "พ.ค.",
            "มิ.ย.",
            "ก.ค.",
            "ส.ค.",
            "ก.ย.",
            "ต.ค.",
            "พ.ย.",
            "ธ.ค.",
        )
    )
    assert [
        window.measures_tab.model.measure_at(i).title for i in range(window.measures_tab.model.rowCount())
    ] == ["ก่อนสำรอง"]
    assert any(b.reason == "replaced" for b in list_backups(workspace_path)), "the current data was kept"
