"""The user path of issue 13 on a fresh workspace in December 2569: the window opens on
2570 with the banner, the clerk pastes the manual's list, checks the preview, confirms where
the office's entries go, and the banner is gone. Screenshots go to $ITADESK_SHOTS if set."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from itadesk.frameworks import builtin_frameworks
from itadesk.ui.dialogs.list_dialog import ListDialog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from test_itemlist import LIST_2569, _manual_text  # noqa: E402


def _shot(widget, name: str) -> None:
    folder = os.environ.get("ITADESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / name))


def test_fresh_workspace_in_december_2569_opens_on_2570_with_the_banner(make_window, workspace_path):
    window = make_window(workspace_path)
    assert window.year == 2570
    assert [window.year_combo.itemData(i) for i in range(window.year_combo.count())] == [2570]
    assert window.banner.isVisibleTo(window)
    text = window.banner.message.text()
    assert "เกณฑ์ปี 2570 ยังไม่ยืนยัน" in text and "ยังไม่ประกาศ — โปรดปรับตามคู่มือ ป.ป.ช." in text
    assert "องค์กรปกครองส่วนท้องถิ่น" in text
    assert window.banner.fix_button.text() == "ปรับรายการตามคู่มือ…"
    window.resize(1366, 768)
    _shot(window, "banner.png")


def test_pasting_the_manuals_list_previews_confirms_matches_and_saves(
    make_window, workspace_path, when_dialog_opens, qtbot
):
    window = make_window(workspace_path)
    store = window.store
    # the office already worked on 2570 with the copied list: two entries under old numbers
    store.set_item_done(2570, "O13", True)
    store.set_item_field(2570, "O13", "url", "https://example.go.th/hr-plan")
    store.set_item_field(2570, "O25", "progress", "รอประชุมผู้บริหาร")
    # the manual (as the test imagines it) drops O25 and swaps O12/O13
    manual = [(c, t) for c, t in LIST_2569 if c != "O25"]
    manual = [("O12" if c == "O13" else "O13" if c == "O12" else c, t) for c, t in manual]
    pasted = _manual_text().splitlines()
    pasted = "\n".join(
        line.replace("O13 ", "OX ").replace("O12 ", "O13 ").replace("OX ", "O12 ")
        for line in pasted
        if not line.startswith("O25 ") and line != "พัฒนาองค์กร"  # O25 and its wrapped tail
    )
    seen = {}

    def work(dialog: ListDialog) -> None:
        QApplication.clipboard().setText(pasted)
        dialog.text_edit.setFocus()
        QTest.keyClick(dialog.text_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        dialog.refresh_preview()
        seen["items"] = dialog.items_tree.topLevelItemCount()
        seen["changes"] = [
            dialog.changes_tree.topLevelItem(i).text(0)
            for i in range(dialog.changes_tree.topLevelItemCount())
        ]
        dialog.resize(1200, 720)
        _shot(dialog, "paste-preview.png")
        dialog.next_button.click()
        table = dialog.match_table
        seen["matches"] = table.moves()
        seen["first"] = table.item(0, 0).text()
        _shot(dialog, "match-confirmation.png")
        dialog.next_button.click()  # บันทึกรายการ

    when_dialog_opens(work)
    window.banner.fix_button.click()
    qtbot.waitUntil(lambda: "matches" in seen)
    assert seen["items"] == 7  # 9.1 … 10.2
    assert seen["changes"][0].startswith("เปลี่ยนเลขข้อ 2 ข้อ") and "นำออก 1 ข้อ" in seen["changes"]
    assert seen["matches"] == {"O13": "O12", "O25": None}
    framework = store.framework(2570)
    assert sorted((i.code, i.title) for i in framework.items()) == sorted(manual)
    assert framework.group_of("O12").code == "9.4"  # the HR item, under its heading
    assert store.checklist(2570)["O12"].url == "https://example.go.th/hr-plan"
    assert [c.code for c in framework.carried_over] == ["O25"]
    assert not window.banner.isVisibleTo(window)
    assert builtin_frameworks()[2570].unconfirmed  # the shipped data is untouched


def test_entries_from_last_year_stay_visible_until_assigned_or_discarded(
    make_window, workspace_path, when_dialog_opens, qtbot
):
    from itadesk.db.relist import carry_forward

    window = make_window(workspace_path)
    store = window.store
    store.set_item_field(2569, "O25", "url", "https://example.go.th/ita-plan")
    store.set_item_field(2569, "O26", "progress", "ส่งแล้ว")
    carry_forward(store, 2569, 2570, {"O25": None, "O26": None})
    window.set_year(2570)
    tab = window.checklist_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.pending_button.isVisibleTo(tab) and "ข้อมูล 2 ข้อ" in tab.pending_button.text()

    def sort(dialog) -> None:
        table = dialog.table
        table.combos[0].setCurrentIndex(table.combos[0].findData("O24"))  # the clerk puts it on O24
        table.combos[1].setCurrentIndex(table.combos[1].findData("discard"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    when_dialog_opens(sort)
    tab.pending_button.click()
    qtbot.waitUntil(lambda: not tab.pending_button.isVisibleTo(tab))
    assert [(link.url, link.to_review) for link in store.checklist(2570)["O24"].links] == [
        ("https://example.go.th/ita-plan", True)
    ]  # last year's evidence, to review
    assert store.framework(2570).carried_over == ()


def test_the_dashboard_counts_down_to_the_next_date_and_the_calendar_is_editable(
    make_window, workspace_path, when_dialog_opens, qtbot
):
    from PySide6.QtCore import QDate

    from itadesk.ui.dialogs.calendar_dialog import CalendarDialog

    window = make_window(workspace_path)
    text = window.dashboard_label.text()
    assert "อีก 17 วันถึงเปิดลงทะเบียนหน่วยงาน (1/1/2570)" in text  # 15 Dec 2569 → 1 Jan 2570
    assert "วันที่ตามปฏิทินปีก่อน ยังไม่ประกาศ" in text

    def announce(dialog: CalendarDialog) -> None:
        dialog.edits["registration_start"].setDate(QDate(2027, 1, 5))
        dialog.assumed_check.setChecked(False)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(announce)
    assert window.edit_calendar()
    framework = window.store.framework(2570)
    assert dict(framework.calendar)["registration_start"] == (1, 5) and not framework.calendar_assumed
    text = window.dashboard_label.text()
    assert "อีก 21 วันถึงเปิดลงทะเบียนหน่วยงาน (5/1/2570)" in text and "ปฏิทินปีก่อน" not in text
