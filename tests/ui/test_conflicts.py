"""After a merge, the fields edited on both PCs are chosen side by side in the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from itadesk.db import Store, open_workspace
from itadesk.db.transfer import export_copy
from itadesk.ui.dialogs.conflicts_dialog import ConflictsDialog

from .test_main_window import db_value


def test_merge_offers_the_side_by_side_choice_and_stores_it(
    make_window, workspace_path, tmp_path, monkeypatch, when_dialog_opens, qtbot
):
    base = Store(open_workspace(workspace_path))
    base.set_user_name("ธุรการ")
    measure = base.add_measure(2567, title="ร่างมาตรการ")
    base.set_score(2567, 4, 70)
    base.close()
    head_path = tmp_path / "head.itadesk"
    head_path.write_bytes(workspace_path.read_bytes())  # the file carried to the head's PC
    head = Store(open_workspace(head_path))
    head.set_user_name("หัวหน้าสำนักปลัด")
    head.update_measure(measure.id, title="มาตรการ <ฉบับหัวหน้า> & ผู้บริหาร")
    head.set_score(2567, 4, 91)
    usb = tmp_path / "usb.itadesk"
    export_copy(head.db.conn, usb)
    head.close()

    window = make_window(workspace_path)
    window.set_year(2567)
    window.store.update_measure(measure.id, title="ฉบับธุรการ")
    window.store.set_score(2567, 4, 75)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    seen = {}

    def choose(dialog: ConflictsDialog) -> None:
        seen["items"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        for _ in range(dialog.list.count()):
            panel = dialog.other_panel if "มาตรการ" in dialog.heading.text() else dialog.kept_panel
            seen.setdefault("shown", []).append(
                (dialog.kept_panel.text.toPlainText(), dialog.other_panel.text.toPlainText())
            )
            seen.setdefault("authors", []).append(dialog.other_panel.author.text())
            qtbot.mouseClick(panel.choose, Qt.MouseButton.LeftButton)
        seen["left"] = dialog.list.count()
        seen["intro"] = dialog.intro.text()
        dialog.reject()

    when_dialog_opens(choose)
    result = window.merge_copy(str(usb))
    assert len(result.conflicts) == 2
    assert "เลือกค่าที่ถูกต้องตอนนี้หรือไม่" in asked[0]
    assert len(seen["items"]) == 2 and seen["left"] == 0
    assert "เลือกครบทุกช่องแล้ว" in seen["intro"]
    assert ("ฉบับธุรการ", "มาตรการ <ฉบับหัวหน้า> & ผู้บริหาร") in seen["shown"]
    assert any("หัวหน้าสำนักปลัด" in a for a in seen["authors"])
    # The head's title was chosen, the clerk's score kept; both are what the database holds.
    assert db_value(workspace_path, "SELECT title FROM measures WHERE id = ?", [measure.id]) == (
        "มาตรการ <ฉบับหัวหน้า> & ผู้บริหาร",
    )
    assert db_value(
        workspace_path, "SELECT score FROM scores WHERE fiscal_year = 2567 AND indicator = 4"
    ) == (75.0,)
    assert db_value(workspace_path, "SELECT count(*) FROM conflicts WHERE resolved = 0") == (0,)
    assert window.measures_tab.model.measure_at(0).title == "มาตรการ <ฉบับหัวหน้า> & ผู้บริหาร"
    assert not window.conflicts_action.isEnabled()


def test_conflicts_left_for_later_stay_listed_in_the_file_menu(
    make_window, workspace_path, tmp_path, monkeypatch
):
    base = Store(open_workspace(workspace_path))
    measure = base.add_measure(2567, title="ร่าง")
    base.close()
    other = tmp_path / "other.itadesk"
    other.write_bytes(workspace_path.read_bytes())
    store = Store(open_workspace(other))
    store.update_measure(measure.id, steps="ขั้นตอนจากอีกเครื่อง")
    store.close()
    window = make_window(workspace_path)
    window.store.update_measure(measure.id, steps="ขั้นตอนเครื่องนี้")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.merge_copy(str(other))
    assert window.conflicts_action.isEnabled()
    assert "(1 ช่อง)" in window.conflicts_action.text()
