"""The checklist's detail panel edits an item's evidence links as a clerk would: add through
the dialog, reorder, remove, confirm last year's link, undo; the checks show at the link."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from itadesk.db import evidence
from itadesk.db.yearly import start_new_year
from itadesk.ui.tabs.checklist_tab import COL_URL
from itadesk.ui.tabs.evidence_panel import LinkDialog

from .conftest import type_text
from .test_undo import _undo


def _open_item(window, code):
    window.set_year(2567)
    window.tabs.setCurrentWidget(window.checklist_tab)
    tab = window.checklist_tab
    tab.tree.setCurrentItem(tab.node_for(code))
    return tab


def _fill_and_save(title, url, note=""):
    def handler(dialog):
        assert isinstance(dialog, LinkDialog)
        for edit, text in ((dialog.title_edit, title), (dialog.url_edit, url), (dialog.note_edit, note)):
            edit.selectAll()
            edit.del_()
            edit.setFocus()
            type_text(edit, text)
        dialog.accept()

    return handler


def test_links_are_added_ordered_removed_and_undone(make_window, workspace_path, qtbot, when_dialog_opens):
    window = make_window(workspace_path)
    tab = _open_item(window, "O12")
    panel = tab.links_panel
    assert panel.empty_label.isVisible() and panel.empty_label.text() == "ยังไม่มีลิงก์"
    assert tab.node_for("O12").text(COL_URL) == "ยังไม่มีลิงก์"

    when_dialog_opens(_fill_and_save("ประกาศ <ผลการจัดซื้อ> & จ้าง", "https://huarua.go.th/o12"))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    when_dialog_opens(_fill_and_save("แผนจัดซื้อ (PDF)", r"C:\Users\clerk\แผน.pdf", "ฉบับลงนาม"))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    links = window.store.checklist(2567)["O12"].links
    assert [(x.title, x.url, x.note) for x in links] == [
        ("ประกาศ <ผลการจัดซื้อ> & จ้าง", "https://huarua.go.th/o12", ""),
        ("แผนจัดซื้อ (PDF)", r"C:\Users\clerk\แผน.pdf", "ฉบับลงนาม"),
    ]
    panel = tab.links_panel
    assert panel.list.topLevelItemCount() == 2 and not panel.empty_label.isVisible()
    assert panel.list.topLevelItem(1).text(2) == "ที่อยู่ไฟล์ในเครื่อง", "the check shows at the link"
    assert panel.list.topLevelItem(0).text(2) == "✓"
    assert tab.node_for("O12").text(COL_URL) == "ประกาศ <ผลการจัดซื้อ> & จ้าง (+1 ลิงก์)"
    assert "ที่อยู่ไฟล์ในเครื่อง ๑" in tab.links_summary_label.text()

    panel.list.setCurrentItem(panel.list.topLevelItem(1))
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert [x.title for x in window.store.checklist(2567)["O12"].links] == [
        "แผนจัดซื้อ (PDF)",
        "ประกาศ <ผลการจัดซื้อ> & จ้าง",
    ]
    assert tab.links_panel.current_link().title == "แผนจัดซื้อ (PDF)", "the moved link stays selected"
    qtbot.mouseClick(tab.links_panel.remove_button, Qt.MouseButton.LeftButton)
    assert [x.title for x in window.store.checklist(2567)["O12"].links] == ["ประกาศ <ผลการจัดซื้อ> & จ้าง"]

    assert window.undo_action.text() == "เลิกทำ แก้ไขลิงก์หลักฐาน: การลบ", window.undo_stack.count()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # back from the dialogs
    _undo(window, qtbot)  # the removal
    assert len(window.store.checklist(2567)["O12"].links) == 2
    _undo(window, qtbot)  # the move
    assert [x.title for x in window.store.checklist(2567)["O12"].links][0] == "ประกาศ <ผลการจัดซื้อ> & จ้าง"
    assert window.checklist_tab.links_panel.list.topLevelItemCount() == 2


def test_editing_keeps_what_was_typed_and_an_empty_url_is_refused(
    make_window, workspace_path, qtbot, when_dialog_opens
):
    window = make_window(workspace_path)
    evidence.add_link(window.store, 2567, "O1", url="https://huarua.go.th/structure", title="โครงสร้าง")
    tab = _open_item(window, "O1")
    refused = []

    def empty_then_cancel(dialog):
        dialog.url_edit.clear()
        dialog.accept()
        refused.append((dialog.isVisible(), dialog.error_label.text()))
        dialog.reject()

    when_dialog_opens(empty_then_cancel)
    qtbot.mouseClick(tab.links_panel.edit_button, Qt.MouseButton.LeftButton)
    assert refused == [(True, "โปรดกรอกลิงก์ (URL) ของหลักฐาน")]
    assert window.store.checklist(2567)["O1"].links[0].url == "https://huarua.go.th/structure"

    when_dialog_opens(_fill_and_save("โครงสร้างองค์กร ๒๕๖๗", "http://huarua.go.th/structure"))
    qtbot.mouseClick(tab.links_panel.edit_button, Qt.MouseButton.LeftButton)
    [link] = window.store.checklist(2567)["O1"].links
    assert (link.title, link.url) == ("โครงสร้างองค์กร ๒๕๖๗", "http://huarua.go.th/structure")
    QApplication.processEvents()


def test_last_years_link_is_confirmed_in_the_panel(make_window, workspace_path, qtbot):
    window = make_window(workspace_path)
    evidence.add_link(window.store, 2566, "O2", url="https://huarua.go.th/executives", title="ผู้บริหาร")
    start_new_year(window.store, 2566)
    tab = _open_item(window, "O2")
    panel = tab.links_panel
    assert panel.confirm_button.isVisible() and panel.confirm_button.isEnabled()
    assert panel.list.topLevelItem(0).text(2) == "ลิงก์ของปีก่อน รอยืนยัน"
    assert window.store.checklist(2567)["O2"].evidence == ()
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    assert [x.url for x in window.store.checklist(2567)["O2"].evidence] == ["https://huarua.go.th/executives"]
    assert not tab.links_panel.confirm_button.isVisible()
