"""The วิเคราะห์ผล tab, the dashboard line, the new fiscal year, the framework editor and
spreadsheet import/export, driven through the window."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from itadesk.suggestions import suggestions_for
from itadesk.ui.dialogs.framework_editor import FrameworkEditor
from itadesk.ui.dialogs.import_dialog import ImportDialog
from itadesk.ui.tabs.what_if import WhatIfDialog

from .conftest import type_text
from .test_main_window import db_value


def _analysis(window, year):
    window.set_year(year)
    window.tabs.setCurrentWidget(window.analysis_tab)
    return window.analysis_tab


def test_the_draft_from_seed_003_is_shown_edited_and_kept(make_window, demo_path, qtbot):
    window = make_window(demo_path, year=2566)
    tab = _analysis(window, 2565)
    oit_urgent = tab.edits[("OIT", "urgent")].toPlainText()
    assert oit_urgent.startswith("- ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้ 72.43 คะแนน ต่ำกว่าเกณฑ์ 85 คะแนน")
    assert "ตัวชี้วัดที่ 10 การป้องกันการทุจริต ได้ 37.50" in oit_urgent
    assert "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่" in tab.edits[("IIT", "improve")].toPlainText()

    edit = tab.edits[("IIT", "urgent")]
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    type_text(edit, "บุคลากรบางส่วนยังไม่ทราบช่องทางร้องเรียน <ต้องประชาสัมพันธ์> & ติดตาม")
    tab.edits[("EIT", "urgent")].setFocus()
    qtbot.waitUntil(lambda: not edit.hasFocus())
    stored = db_value(
        demo_path, "SELECT text, draft FROM analysis_texts WHERE fiscal_year = 2565 AND tool = 'IIT'"
    )
    assert stored == ("บุคลากรบางส่วนยังไม่ทราบช่องทางร้องเรียน <ต้องประชาสัมพันธ์> & ติดตาม", "")
    window.set_year(2566)
    _analysis(window, 2565)
    assert edit.toPlainText().startswith("บุคลากรบางส่วน")
    assert window.saved_label.text().startswith("บันทึกแล้ว")


def test_regenerating_asks_before_replacing_edited_text_and_flags_a_stale_draft(
    make_window, demo_path, monkeypatch
):
    window = make_window(demo_path, year=2566)
    tab = _analysis(window, 2565)
    window.store.set_analysis_text(
        2565, "OIT", "urgent", "ข้อความของสำนักงาน", draft=tab._drafts[("OIT", "urgent")]
    )
    window.store.set_score(2565, 9, 90)  # the data moves on after the office wrote its text
    tab.reload()
    assert tab.stale_labels[("OIT", "urgent")].isVisibleTo(tab)
    answers = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    tab.regenerate_button.click()
    assert tab.edits[("OIT", "urgent")].toPlainText() == "ข้อความของสำนักงาน"
    answers.append(QMessageBox.StandardButton.Yes)
    tab.regenerate_button.click()
    text = tab.edits[("OIT", "urgent")].toPlainText()
    assert text.startswith("- ตัวชี้วัดที่ 10") and "ตัวชี้วัดที่ 9 " not in text  # 9 now passes
    assert not tab.stale_labels[("OIT", "urgent")].isVisibleTo(tab)
    assert not tab.edited_cells()


def test_a_weakness_becomes_next_years_measure_in_one_click(make_window, demo_path, qtbot):
    window = make_window(demo_path, year=2566)
    tab = _analysis(window, 2565)
    assert list(tab.plan_rows)[:2] == [9, 10], "urgent weaknesses come first"
    combo, button = tab.plan_rows[9]
    combo.setCurrentIndex(1)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    measure = window.store.measures(2566)[-1]
    assert (measure.title, measure.indicators) == (suggestions_for(9)[0].title, (9,))
    assert db_value(demo_path, "SELECT count(*) FROM measures WHERE fiscal_year = 2566 AND deleted = 0") == (
        24,
    )
    assert "เพิ่มมาตรการ" in window.statusBar().currentMessage()


def test_what_if_moves_the_projection_without_saving(make_window, demo_path, when_dialog_opens):
    window = make_window(demo_path, year=2566)
    window.store.set_score(2567, 1, 95)
    tab = _analysis(window, 2567)
    assert "ยังไม่ได้ใช้รายการตรวจ OIT ของปีนี้" in tab.projection_label.text()  # not "OIT 0"
    assert "ตัวชี้วัดที่ 9 0.00" not in tab.projection_label.text()
    seen = {}

    def tick(dialog: WhatIfDialog) -> None:
        seen["before"] = dialog.projection().oit.indicators[9]
        group = dialog.tree.topLevelItem(0)  # 9.1 ข้อมูลพื้นฐาน, ten items
        for i in range(group.childCount()):
            group.child(i).setCheckState(0, Qt.CheckState.Checked)
        seen["after"] = dialog.projection().oit.indicators[9]
        seen["label"] = dialog.preview_label.text()
        dialog.reject()

    when_dialog_opens(tick)
    tab.what_if_button.click()
    assert (seen["before"], seen["after"]) == (0.0, 20.0)  # 9.1 at 100 of five sub-indicators
    assert seen["label"].startswith("ถ้าทำเพิ่มอีก 10 ข้อ")
    assert db_value(demo_path, "SELECT count(*) FROM checklist WHERE fiscal_year = 2567 AND done = 1") == (0,)


def test_the_dashboard_line_counts_items_and_the_deadline(make_window, demo_path):
    window = make_window(demo_path, year=2566)
    window.set_year(2566)
    assert window.dashboard_label.text().startswith("OIT ทำแล้ว 43/43 ข้อ · ")
    window.set_year(2567)
    window.tabs.setCurrentWidget(window.checklist_tab)
    window.checklist_tab.node_for("O1").setCheckState(0, Qt.CheckState.Checked)  # a tick updates the line
    assert window.dashboard_label.text().startswith("OIT ทำแล้ว 1/43 ข้อ")


def test_starting_a_new_year_from_the_menu(make_window, demo_path, monkeypatch, when_dialog_opens):
    window = make_window(demo_path, year=2566)
    window.set_year(2566)
    told, shown = [], {}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))

    def confirm(dialog) -> None:
        shown["moves"] = dialog.table.moves()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(confirm)
    action = next(a for a in window.menuBar().actions() if a.text() == "ปีงบประมาณ (&Y)").menu().actions()[0]
    action.trigger()
    assert shown["moves"] == {f"O{n}": f"O{n}" for n in range(1, 44)}  # the same list in 2567
    assert window.year == 2567
    assert window.measures_tab.model.rowCount() == 23
    assert "คัดลอกมาตรการ 23 รายการ" in told[0]
    assert db_value(
        demo_path, "SELECT count(*) FROM measures WHERE fiscal_year = 2566 AND status = 'not_started'"
    ) == (0,), "last year's statuses are untouched"


def test_the_framework_editor_renames_moves_and_validates(make_window, demo_path, when_dialog_opens, qtbot):
    window = make_window(demo_path, year=2566)
    window.set_year(2567)
    window.store.set_item_done(2567, "O5", True)

    def edit(dialog: FrameworkEditor) -> None:
        group = dialog.tree.topLevelItem(0)
        o5 = next(
            group.child(i) for i in range(group.childCount()) if group.child(i).text(0).startswith("O5 ")
        )
        dialog.tree.setCurrentItem(o5)
        dialog.item_title.setText("ข้อมูลการติดต่อ (ปรับชื่อตามคู่มือ)")
        dialog.move_item("9.2")
        dialog.add_item("ข้อใหม่ตามคู่มือปีนี้")
        dialog.weights.cellWidget(0, 3).setValue(50)
        dialog.accept()  # refused: the weights no longer add up to 100
        assert "น้ำหนักของตัวชี้วัดรวมกันต้องได้ 100" in dialog.error_label.text()
        dialog.weights.cellWidget(0, 3).setValue(6)
        dialog.accept()

    when_dialog_opens(edit)
    assert window.edit_framework()
    framework = window.store.framework(2567)
    assert framework.item("O5").title == "ข้อมูลการติดต่อ (ปรับชื่อตามคู่มือ)"
    assert framework.group_of("O5").code == "9.2"
    assert framework.item("O44").title == "ข้อใหม่ตามคู่มือปีนี้"
    assert window.store.checklist(2567)["O5"].done, "the tick stays with the item"
    assert window.checklist_tab.node_for("O44") is not None


def test_framework_export_and_import(make_window, demo_path, tmp_path, when_dialog_opens, monkeypatch):
    window = make_window(demo_path, year=2566)
    window.set_year(2568)
    editor = FrameworkEditor(window.store, 2568, window)
    out = editor.export_file(str(tmp_path / "ita-2568.json"))
    assert out.read_text(encoding="utf-8").count('"code": "O') == len(
        list(window.store.framework(2568).items())
    )
    editor.reject()
    other = FrameworkEditor(window.store, 2567, window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert other.import_file(str(out))
    assert other.edited_document()["fiscal_year"] == 2567
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert not other.import_file(str(tmp_path / "bad.json"))
    assert "JSON ไม่ถูกต้อง" in warned[0]
    asked = []

    def discard(box: QMessageBox) -> None:  # the imported framework was never saved
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "ไม่บันทึก").click()

    when_dialog_opens(discard)
    other.reject()
    assert asked and not other.isVisible()
    assert window.store.framework(2567).fiscal_year == 2567


def test_measures_imported_from_excel_through_the_mapping_dialog(
    make_window, demo_path, tmp_path, when_dialog_opens
):
    book = Workbook()
    book.active.append(["มาตรการ/แนวทาง", "ผู้รับผิดชอบ", "หมายเหตุภายใน"])
    book.active.append(["๑.จัดทำคู่มือการให้บริการ", "สำนักปลัด", "ไม่ต้องนำเข้า"])
    book.active.append(["๒.ประกาศ No Gift Policy", "สำนักปลัด", "-"])
    book.save(tmp_path / "plan.xlsx")
    window = make_window(demo_path, year=2566)
    window.set_year(2567)
    seen = {}

    def check(dialog: ImportDialog) -> None:
        seen["count"] = dialog.count_label.text()
        assert dialog.combos["หมายเหตุภายใน"].currentData() == ""
        dialog.combos["หมายเหตุภายใน"].setCurrentIndex(
            dialog.combos["หมายเหตุภายใน"].findData("recommendation")
        )
        dialog.accept()

    when_dialog_opens(check)
    assert window.import_measures(str(tmp_path / "plan.xlsx")) == 2
    assert seen["count"] == "จะเพิ่มมาตรการ 2 รายการในปี 2567"
    assert window.measures_tab.model.rowCount() == 2
    assert window.store.measures(2567)[0].recommendation == "ไม่ต้องนำเข้า"
    out = window.export_xlsx(str(tmp_path / "out.xlsx"))
    assert load_workbook(out)["มาตรการ"]["B2"].value == "จัดทำคู่มือการให้บริการ"


@pytest.mark.parametrize(
    ("year", "official", "worse"),
    [
        (2565, "ผลการประเมินจริง: คะแนนรวม 80.61 ระดับ B", ("ระดับ C", "ระดับ D", "ระดับ E", "ระดับ F")),
        (2566, "ผลการประเมินจริง: คะแนนรวม 86.49 ระดับ ผ่าน", ("ต้องปรับปรุง",)),
    ],
)
def test_the_tab_never_shows_a_rating_worse_than_the_official_one_as_the_result(
    make_window, demo_path, year, official, worse
):
    """Seed 003 (2565, official B, checklist not used) and seed 000 (2566, 86.49 ผ่าน, a
    checklist with items not done): the official result is the result; the checklist gives
    only the what-if of finishing the rest."""
    window = make_window(demo_path, year=year)
    tab = _analysis(window, year)
    text = tab.projection_label.text()
    assert text.splitlines()[0] == official
    assert not any(label in text for label in worse), text
    if year == 2565:  # nothing ticked: no projection, only the what-if of doing all 43
        assert "ยังไม่ได้ใช้รายการตรวจ OIT ของปีนี้" in text
        assert "ถ้าทำรายการที่เหลือครบ (43 ข้อ)" in text
        draft = tab.edits[("OIT", "urgent")].toPlainText()
        assert "ยังไม่ได้กรอกรายการตรวจ OIT ของปีนี้" in draft and "ข้อ:" not in draft
    else:  # all 43 ticked: nothing left to project
        assert len(text.splitlines()) == 1


def test_a_new_year_across_a_renumbering_asks_where_entries_go(
    make_window, workspace_path, monkeypatch, when_dialog_opens
):
    window = make_window(workspace_path, year=2568)
    store = window.store
    store.set_item_field(2568, "O14", "url", "https://example.go.th/hr")
    store.set_item_field(2568, "O11", "responsible", "กองการศึกษา")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    seen = {}

    def confirm(dialog) -> None:
        table = dialog.table
        seen["rows"] = [table.item(r, 0).text() for r in range(table.rowCount())]
        seen["proposed"] = table.moves()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(confirm)
    window.start_new_year()
    assert seen["rows"] == ["O11 ข้อมูลสถิติการให้บริการ", "O14 แผนการบริหารและพัฒนาทรัพยากรบุคคล"]
    assert seen["proposed"] == {"O11": None, "O14": "O13"}  # 2569 renumbered the HR plan
    assert window.year == 2569
    assert [(link.url, link.to_review) for link in store.checklist(2569)["O13"].links] == [
        ("https://example.go.th/hr", True)
    ]  # last year's evidence, to review
    (pending,) = store.framework(2569).carried_over
    assert (pending.code, pending.responsible) == ("O11", "กองการศึกษา")
