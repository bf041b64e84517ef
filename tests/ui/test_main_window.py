"""The window driven as a clerk would: tick, type, click; then the database is checked."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QPlainTextEdit

from itadesk.db import Store, open_workspace
from itadesk.filters import MeasureFilter
from itadesk.thai import thai_digits
from itadesk.ui.dialogs.agency_dialog import AgencyDialog
from itadesk.ui.dialogs.measure_dialog import MeasureDialog
from itadesk.ui.tabs.checklist_tab import COL_ITEM
from itadesk.ui.tabs.measures_model import COL_OUTCOME, COL_STATUS, COL_TITLE
from itadesk.ui.tabs.scores_tab import COL_RESULT

from .conftest import type_text


def db_value(path, sql, params=()):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchone()
    finally:
        conn.close()


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: shown.append(text))
    return shown


def test_ticked_oit_item_is_done_after_reopening(make_window, workspace_path, qtbot):
    window = make_window(workspace_path)
    window.set_year(2567)
    window.tabs.setCurrentWidget(window.checklist_tab)
    tree = window.checklist_tab.tree
    node = window.checklist_tab.node_for("O12")
    rect = tree.visualItemRect(node)
    # Click the checkbox at the left edge of the item, as a user would.
    tree.scrollToItem(node)
    rect = tree.visualItemRect(node)
    checkbox_x = rect.left() + tree.style().pixelMetric(tree.style().PixelMetric.PM_IndicatorWidth) // 2 + 4
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().__class__(checkbox_x, rect.center().y())
    )
    assert node.checkState(COL_ITEM) == Qt.CheckState.Checked
    assert window.checklist_tab.summary_label.text() == "ดำเนินการแล้ว 1 จาก 43 ข้อ"
    assert db_value(
        workspace_path, "SELECT done FROM checklist WHERE fiscal_year=2567 AND item_code='O12'"
    ) == (1,)
    window.close()

    reopened = make_window(workspace_path)
    assert reopened.year == 2570  # a start opens on the year the office is working on (Dec 2569)
    offered = [reopened.year_combo.itemData(i) for i in range(reopened.year_combo.count())]
    assert offered == [2567, 2570]  # the year with data, and the current one
    reopened.set_year(2567)
    node = reopened.checklist_tab.node_for("O12")
    assert node.checkState(COL_ITEM) == Qt.CheckState.Checked
    group = node.parent()
    assert group.text(1) == "1/8 ข้อ"


def test_checklist_detail_saves_progress_and_shows_components(make_window, workspace_path, qtbot):
    window = make_window(workspace_path)
    window.set_year(2566)
    window.tabs.setCurrentWidget(window.checklist_tab)
    tab = window.checklist_tab
    tab.tree.setCurrentItem(tab.node_for("O22"))
    assert tab.detail.title().startswith("O22 ")
    qtbot.mouseClick(tab.components_button, Qt.MouseButton.LeftButton)
    assert tab.components_view.isVisible()
    assert "เป็นรายงานผลของปี พ.ศ. ๒๕๖๕" in tab.components_view.toPlainText()

    tab.progress_edit.setFocus()
    type_text(tab.progress_edit, "จัดทำรายงานแล้ว 😀")
    tab.tree.setFocus()  # leaving the box saves it
    qtbot.waitUntil(
        lambda: bool(db_value(workspace_path, "SELECT progress FROM checklist WHERE item_code='O22'")[0])
    )
    assert db_value(
        workspace_path, "SELECT progress FROM checklist WHERE fiscal_year=2566 AND item_code='O22'"
    ) == ("จัดทำรายงานแล้ว 😀",)
    assert tab.node_for("O22").text(2) == "จัดทำรายงานแล้ว 😀"


def type_score(qtbot, window, indicator: int, text: str) -> None:
    table = window.scores_tab.table
    item = window.scores_tab.score_cell(indicator)
    table.setCurrentItem(item)
    table.editItem(item)
    editor = table.focusWidget()
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The save runs once the editor has closed; the table is then rebuilt.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    qtbot.wait(10)


def test_typing_scores_shows_total_and_grade(make_window, workspace_path, qtbot):
    window = make_window(workspace_path)
    window.set_year(2565)
    seed_003 = ["100", "99.63", "99.91", "99.66", "99.65", "95.28", "96.13", "95.53", "๗๒.๔๓", "37.5"]
    for number, text in enumerate(seed_003, start=1):
        type_score(qtbot, window, number, text)
    tab = window.scores_tab
    assert tab.grade_label.text() == "B (จากคะแนนคำนวณ)"
    assert tab.estimate_label.text().startswith("80.61")
    row = tab.score_cell(9).row()
    assert tab.table.item(row, COL_RESULT).text() == "ไม่ผ่าน"
    assert tab.table.item(tab.score_cell(1).row(), COL_RESULT).text() == "ผ่าน"
    assert tab.score_cell(10).text() == "37.50"
    assert db_value(workspace_path, "SELECT score FROM scores WHERE fiscal_year=2565 AND indicator=9") == (
        72.43,
    )

    tab.official_edit.setFocus()
    type_text(tab.official_edit, "80.61")
    qtbot.keyClick(tab.official_edit, Qt.Key.Key_Return)
    assert tab.grade_label.text() == "B"
    assert db_value(workspace_path, "SELECT official_total FROM results WHERE fiscal_year=2565") == (80.61,)
    assert window.saved_label.text().startswith("บันทึกแล้ว")


def test_last_years_score_and_change_appear_beside_each_indicator(make_window, demo_path):
    window = make_window(demo_path, year=2566)
    window.set_year(2565)
    tab = window.scores_tab
    row = tab.score_cell(9).row()
    assert tab.table.item(row, 4).text() == "84.64"
    assert tab.table.item(row, 5).text() == "▼ -12.21"


def test_bad_score_is_refused_and_nothing_is_saved(make_window, workspace_path, qtbot, warnings):
    window = make_window(workspace_path)
    window.set_year(2566)
    type_score(qtbot, window, 4, "101")
    type_score(qtbot, window, 5, "เก้าสิบ")
    assert len(warnings) == 2 and "0 ถึง 100" in warnings[0] and "ไม่ใช่ตัวเลข" in warnings[1]
    assert window.scores_tab.score_cell(4).text() == ""
    assert db_value(workspace_path, "SELECT count(*) FROM scores") == (0,)


def test_add_a_measure_through_the_dialog(make_window, workspace_path, qtbot, when_dialog_opens):
    window = make_window(workspace_path)
    window.set_year(2567)
    window.tabs.setCurrentWidget(window.measures_tab)

    def fill(dialog: MeasureDialog) -> None:
        type_text(dialog.editors["title"], "มาตรการ <ป้องกัน> & ต่อต้านการทุจริต")
        type_text(dialog.editors["steps"], "๑. ประชุม")
        qtbot.keyClick(dialog.editors["steps"], Qt.Key.Key_Return)
        type_text(dialog.editors["steps"], "๒. ติดตามผล")
        type_text(dialog.period_edit, "ต.ค. ๖๖ – มี.ค. ๖๗")
        dialog.round_combo.setCurrentIndex(dialog.round_combo.findData("half"))
        qtbot.mouseClick(dialog.indicator_checks[10], Qt.MouseButton.LeftButton)
        dialog.accept()

    handled = when_dialog_opens(fill)
    qtbot.mouseClick(window.measures_tab.add_button, Qt.MouseButton.LeftButton)
    assert handled
    row = db_value(
        workspace_path, "SELECT title, steps, period, round, indicators, fiscal_year FROM measures"
    )
    assert row == (
        "มาตรการ <ป้องกัน> & ต่อต้านการทุจริต",
        "๑. ประชุม\n๒. ติดตามผล",
        "ต.ค. ๖๖ – มี.ค. ๖๗",
        "half",
        "[10]",
        2567,
    )
    model = window.measures_tab.model
    assert model.rowCount() == 1
    assert model.index(0, COL_TITLE).data() == "มาตรการ <ป้องกัน> & ต่อต้านการทุจริต"
    assert window.measures_tab.count_label.text() == "๑ มาตรการ"


def test_dialog_without_a_title_does_not_close(make_window, workspace_path, qtbot, when_dialog_opens):
    window = make_window(workspace_path)
    window.tabs.setCurrentWidget(window.measures_tab)
    messages = []

    def try_empty(dialog: MeasureDialog) -> None:
        dialog.accept()
        messages.append(dialog.error_label.text())
        dialog.reject()

    when_dialog_opens(try_empty)
    window.measures_tab.add_measure()
    assert messages == ["โปรดกรอกชื่อมาตรการ/กิจกรรม"]
    assert db_value(workspace_path, "SELECT count(*) FROM measures") == (0,)


def test_edit_a_cell_in_place_with_a_multiline_editor(make_window, demo_path, qtbot):
    window = make_window(demo_path, year=2566)
    window.tabs.setCurrentWidget(window.measures_tab)
    view = window.measures_tab.view
    index = window.measures_tab.model.index(0, COL_OUTCOME)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    editor.selectAll()
    type_text(editor, "ผลลัพธ์บรรทัดแรก")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # a new line, not the end of the edit
    type_text(editor, "บรรทัดที่สอง")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # leaving the cell saves it
    measure_id = window.measures_tab.model.measure_at(0).id
    assert db_value(demo_path, "SELECT outcome FROM measures WHERE id=?", [measure_id]) == (
        "ผลลัพธ์บรรทัดแรก\nบรรทัดที่สอง",
    )


def test_status_is_chosen_from_a_list(make_window, demo_path, qtbot, warnings):
    window = make_window(demo_path, year=2566)
    window.tabs.setCurrentWidget(window.measures_tab)
    model = window.measures_tab.model
    index = model.index(12, COL_STATUS)  # a six-month measure, in progress
    assert model.setData(index, "done")
    assert index.data() == "ดำเนินการแล้ว"
    assert db_value(demo_path, "SELECT status FROM measures WHERE id=?", [model.measure_at(12).id]) == (
        "done",
    )
    assert not model.setData(index, "finished-ish")
    assert warnings == ["สถานะไม่ถูกต้อง"]
    assert index.data() == "ดำเนินการแล้ว"


def test_edit_dialog_changes_every_field(make_window, demo_path, qtbot, when_dialog_opens):
    window = make_window(demo_path, year=2566)
    window.tabs.setCurrentWidget(window.measures_tab)
    tab = window.measures_tab
    tab.view.selectRow(1)
    target = tab.selected_measure()

    def change(dialog: MeasureDialog) -> None:
        assert dialog.editors["title"].toPlainText() == target.title
        dialog.editors["recommendation"].setPlainText("ควรทำทุกไตรมาส")
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("in_progress"))
        dialog.indicator_checks[7].setChecked(True)
        dialog.accept()

    when_dialog_opens(change)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    row = db_value(
        demo_path, "SELECT recommendation, status, indicators FROM measures WHERE id=?", [target.id]
    )
    assert row == ("ควรทำทุกไตรมาส", "in_progress", "[7, 8]")


def test_delete_asks_first_and_leaves_a_tombstone(make_window, demo_path, qtbot, monkeypatch):
    window = make_window(demo_path, year=2566)
    window.tabs.setCurrentWidget(window.measures_tab)
    tab = window.measures_tab
    before = tab.model.rowCount()
    tab.view.selectRow(0)
    doomed = tab.selected_measure()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == before
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == before - 1
    assert db_value(demo_path, "SELECT deleted FROM measures WHERE id=?", [doomed.id]) == (1,)


def test_reorder_with_buttons(make_window, demo_path, qtbot):
    window = make_window(demo_path, year=2566)
    window.tabs.setCurrentWidget(window.measures_tab)
    tab = window.measures_tab
    titles = [tab.model.measure_at(i).title for i in range(3)]
    tab.view.selectRow(2)
    qtbot.mouseClick(tab.up_button, Qt.MouseButton.LeftButton)
    assert [tab.model.measure_at(i).title for i in range(3)] == [titles[0], titles[2], titles[1]]
    assert tab.selected_measure().title == titles[2]
    store = Store(open_workspace(demo_path))
    assert [m.title for m in store.measures(2566)][:3] == [titles[0], titles[2], titles[1]]
    store.close()


def test_round_filter_shows_six_month_measures_only(make_window, demo_path):
    window = make_window(demo_path, year=2566)
    tab = window.measures_tab
    assert tab.model.rowCount() == 23
    tab.round_combo.setCurrentIndex(tab.round_combo.findData("half"))
    assert tab.model.rowCount() == 12
    assert tab.count_label.text() == "๑๒ มาตรการ"
    tab.view.selectRow(0)
    assert not tab.up_button.isEnabled()


def test_measures_model_passes_qt_model_checks(make_window, demo_path):
    window = make_window(demo_path, year=2566)
    model = window.measures_tab.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.load(2566, MeasureFilter(round="half"))
    model.set_filter(MeasureFilter(text="งบประมาณ", indicator=2))
    model.set_filter(MeasureFilter())
    assert model.rowCount(QModelIndex()) == 23


def test_typing_in_the_search_box_narrows_the_measures_and_counts_them(make_window, demo_path, qtbot):
    window = make_window(demo_path, year=2566)
    tab = window.measures_tab
    tab.search_edit.setFocus()
    type_text(tab.search_edit, "งบ ประมาณ")  # spaces do not matter
    titles = [tab.model.measure_at(r) for r in range(tab.model.rowCount())]
    assert 0 < len(titles) < 23
    assert all(
        "งบประมาณ"
        in "".join(
            " ".join(
                (m.title, m.steps, m.output, m.outcome, m.responsible, m.period, m.recommendation)
            ).split()
        )
        for m in titles
    )
    assert tab.count_label.text() == f"แสดง {thai_digits(str(len(titles)))} จาก ๒๓ มาตรการ"
    assert not tab.up_button.isEnabled(), "no reordering while the list is narrowed"
    tab.search_edit.clear()
    tab.indicator_combo.setCurrentIndex(tab.indicator_combo.findData(9))
    assert {m.indicators for m in (tab.model.measure_at(r) for r in range(tab.model.rowCount()))} == {(9,)}
    numbers = [tab.model.data(tab.model.index(r, 0)) for r in range(tab.model.rowCount())]
    assert numbers == ["๑", "๒๒"], "numbers stay the measures' own, not the rows'"
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("done"))
    tab.responsible_combo.setCurrentIndex(tab.responsible_combo.findData("สำนักปลัด"))
    assert all("สำนักปลัด" in tab.model.measure_at(r).responsible for r in range(tab.model.rowCount()))
    tab.clear_filter()
    assert tab.model.rowCount() == 23 and tab.count_label.text() == "๒๓ มาตรการ"


def test_first_run_asks_for_agency_and_user(make_window, workspace_path, qtbot, when_dialog_opens):
    window = make_window(workspace_path)
    assert window.agency_label.text() == "ยังไม่ได้กรอกข้อมูลหน่วยงาน"

    def fill(dialog: AgencyDialog) -> None:
        type_text(dialog.name_edit, "หินตั้ง")
        type_text(dialog.district_edit, "บ้านไผ่")
        type_text(dialog.province_edit, "ขอนแก่น")
        type_text(dialog.user_edit, "สมศรี มีสุข")
        dialog.accept()

    when_dialog_opens(fill)
    assert window.edit_agency(first_run=True)
    assert window.agency_label.text() == "องค์การบริหารส่วนตำบลหินตั้ง อ.บ้านไผ่ จ.ขอนแก่น"
    assert db_value(workspace_path, "SELECT name, district, province FROM agency") == (
        "หินตั้ง",
        "บ้านไผ่",
        "ขอนแก่น",
    )
    assert db_value(workspace_path, "SELECT user_name FROM audit WHERE table_name='agency'") == ("สมศรี มีสุข",)


def test_year_selector_switches_framework(make_window, demo_path):
    window = make_window(demo_path, year=2566)
    assert window.year == 2566
    assert window.checklist_tab.node_for("O43") is not None
    window.year_combo.setCurrentIndex(window.year_combo.findData(2565))
    assert window.checklist_tab.tree.topLevelItem(2).text(0) == "ตัวชี้วัดย่อยที่ 9.3 การบริหารเงินงบประมาณ"
    assert window.measures_tab.model.rowCount() == 0
    window.set_year(2568)
    assert window.banner.isVisibleTo(window)
    assert "ปีงบประมาณ 2568" in window.windowTitle()


def test_report_is_written_off_the_gui_thread_and_offered_to_open(
    make_window, demo_path, tmp_path, qtbot, when_dialog_opens, monkeypatch
):
    window = make_window(demo_path, year=2566)
    out = tmp_path / "reports" / "มาตรการ 6 เดือน.pdf"
    offered = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a, **k: offered.append(text) or QMessageBox.StandardButton.No,
    )

    def choose(dialog) -> None:
        dialog.round_combo.setCurrentIndex(dialog.round_combo.findData("half"))
        dialog.path_edit.setText(str(out))
        dialog.accept()

    when_dialog_opens(choose)
    window.report_actions["measures"].trigger()
    runner = window.report_runner
    assert runner.thread.isRunning() or out.exists()
    qtbot.waitUntil(lambda: bool(offered), timeout=30_000)
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    assert str(out) in offered[0]
    import pymupdf

    first = "".join(pymupdf.open(out)[0].get_text().split())
    assert "รอบ๖เดือน" in first


def test_report_cancelled_midway_leaves_no_file(make_window, demo_path, tmp_path, qtbot):
    from itadesk.reporting import ReportRequest, prepare_report
    from itadesk.ui.dialogs.report_export import ReportRunner

    window = make_window(demo_path, year=2566)
    out = tmp_path / "oit.pdf"
    prepared = prepare_report(window.store, ReportRequest("oit", 2566))
    runner = ReportRunner(window, prepared, out)
    runner.worker.cancel()
    with qtbot.waitSignal(runner.worker.cancelled, timeout=30_000):
        runner.start()
    runner.thread.wait(5_000)
    assert not out.exists()
    assert not list(tmp_path.glob(".oit-*"))


def test_merge_a_copy_from_another_pc_through_the_file_menu(
    make_window, workspace_path, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from itadesk.db.transfer import export_copy

    other = Store(open_workspace(tmp_path / "head.itadesk"))
    other.set_user_name("หัวหน้าสำนักปลัด")
    other.note_opened("PC-หัวหน้า")
    other.add_measure(2567, title="มาตรการจากเครื่องหัวหน้า")
    other.set_score(2567, 9, 88.5)
    usb = tmp_path / "usb.itadesk"
    export_copy(other.db.conn, usb)
    other.close()

    window = make_window(workspace_path)
    window.set_year(2567)
    told = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(usb), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    merge = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "รวมข้อมูลจาก USB…")

    merge.trigger()
    assert "เครื่อง PC-หัวหน้า" in asked[0] and "ผู้ใช้ หัวหน้าสำนักปลัด" in asked[0]  # before merging
    assert told and "เพิ่ม" in told[0]
    assert window.measures_tab.model.measure_at(0).title == "มาตรการจากเครื่องหัวหน้า"
    assert window.scores_tab.score_cell(9).text() == "88.50"
    assert db_value(workspace_path, "SELECT count(*) FROM measures") == (1,)


def test_merging_a_broken_file_from_the_menu_is_refused_in_thai(
    make_window, workspace_path, tmp_path, warnings
):
    bad = tmp_path / "broken.itadesk"
    bad.write_text("not a database")
    window = make_window(workspace_path)
    assert window.merge_copy(str(bad)) is None
    assert "ไม่ใช่ไฟล์ข้อมูลของ ITADesk" in warnings[0]


def test_checklist_filters_show_what_is_left_to_do(make_window, demo_path, qtbot):
    window = make_window(demo_path, year=2566)
    window.set_year(2566)
    tab = window.checklist_tab
    window.tabs.setCurrentWidget(tab)
    window.store.set_item_done(2566, "O12", False)
    window.store.set_item_done(2566, "O36", False)
    tab.reload()

    def shown() -> list[str]:
        out = []
        for i in range(tab.tree.topLevelItemCount()):
            group = tab.tree.topLevelItem(i)
            out += [
                group.child(j).data(COL_ITEM, Qt.ItemDataRole.UserRole + 1)
                for j in range(group.childCount())
                if not group.isHidden() and not group.child(j).isHidden()
            ]
        return out

    qtbot.mouseClick(tab.not_done_check, Qt.MouseButton.LeftButton)
    assert shown() == ["O12", "O36"] and tab.filter_count.text() == "แสดง 2 จาก 43 ข้อ"
    tab.group_combo.setCurrentIndex(tab.group_combo.findData("10.1"))
    assert shown() == ["O36"]
    qtbot.mouseClick(tab.not_done_check, Qt.MouseButton.LeftButton)
    assert len(shown()) == 8  # O31–O38
    tab.group_combo.setCurrentIndex(0)
    tab.responsible_combo.setCurrentIndex(tab.responsible_combo.findData("กองคลัง"))
    assert shown() and all("กองคลัง" in window.store.checklist(2566)[c].responsible for c in shown())
    tab.responsible_combo.setCurrentIndex(0)
    tab.search_edit.setFocus()
    type_text(tab.search_edit, "no gift")
    assert shown() == ["O31", "O32", "O33"]
    tab.search_edit.clear()
    assert len(shown()) == 43 and tab.filter_count.text() == ""


@pytest.mark.parametrize(
    ("kind", "offers_rounds"), [("guidelines", True), ("measures", True), ("oit", False)]
)
def test_the_report_dialog_offers_the_round_only_for_reports_with_rounds(
    qtbot, tmp_path, kind, offers_rounds
):
    from itadesk.ui.dialogs.report_export import ReportOptionsDialog

    dialog = ReportOptionsDialog(kind, 2566, tmp_path / "r.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.round_combo.isVisible() == offers_rounds
    if offers_rounds:
        dialog.round_combo.setCurrentIndex(dialog.round_combo.findData("half"))
    assert dialog.request().round == ("half" if offers_rounds else "full")


def test_the_report_dialog_writes_word_when_chosen_and_remembers_the_choice(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QPushButton

    from itadesk.ui.dialogs.report_export import ReportOptionsDialog

    dialog = ReportOptionsDialog("measures", 2566, tmp_path / "ITA-2566-measures.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.format_combo.currentData() == "pdf"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("docx"))
    assert dialog.out_path() == tmp_path / "ITA-2566-measures.docx"
    filters = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda _p, _t, path, file_filter: (
            filters.append(file_filter) or (str(tmp_path / "ฉบับแก้ไข"), file_filter)
        ),
    )
    next(b for b in dialog.findChildren(QPushButton) if b.text() == "เลือก…").click()
    assert filters == ["Word (*.docx)"]
    assert dialog.out_path() == tmp_path / "ฉบับแก้ไข.docx"
    dialog.accept()

    again = ReportOptionsDialog("oit", 2566, tmp_path / "ITA-2566-oit.pdf")
    qtbot.addWidget(again)
    assert again.format_combo.currentData() == "docx", "the last choice is offered again"
    assert again.out_path().suffix == ".docx"
    poster = ReportOptionsDialog("poster-eit", 2566, tmp_path / "poster.pdf")
    qtbot.addWidget(poster)
    assert not poster.format_combo.isEnabled() and poster.out_path().suffix == ".pdf"
    assert "PDF เท่านั้น" in poster.format_combo.toolTip()
