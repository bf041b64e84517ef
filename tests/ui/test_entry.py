"""Nothing typed is lost: closing, switching year or tab with an editor still open commits
it; scores go in by keyboard alone like a spreadsheet; dialogs ask before discarding;
Ctrl+N, Ctrl+Z, Alt mnemonics and Tab reach where a keyboard user expects."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QPlainTextEdit

from itadesk.db import Store, open_workspace
from itadesk.ui.dialogs.framework_editor import FrameworkEditor
from itadesk.ui.dialogs.import_dialog import ImportDialog
from itadesk.ui.dialogs.measure_dialog import MeasureDialog
from itadesk.ui.tabs.measures_model import COL_OUTCOME
from itadesk.ui.tabs.scores_tab import COL_SCORE


def keys(text: str) -> None:
    """Type ``text`` where the keyboard focus is, key by key, as the user would."""
    for char in text:
        focus = QApplication.focusWidget()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focus, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    qtbot.wait(5)  # Enter's commit is queued by Qt's item delegate


@pytest.fixture
def no_messages(monkeypatch):
    """Any message box is a failure here: each would be an error in the user's face."""
    shown: list[str] = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


def reopened(path) -> Store:
    return Store(open_workspace(path))


def start_score(window, qtbot):
    window.set_year(2566)
    window.show_tab(0)
    table = window.scores_tab.table
    table.setCurrentItem(window.scores_tab.score_cell(3))
    keys("91.75")
    assert table.state() == QAbstractItemView.State.EditingState
    return lambda store: store.scores(2566)[3] == 91.75


def start_official_total(window, qtbot):
    window.set_year(2566)
    window.show_tab(0)
    window.scores_tab.official_edit.setFocus()
    window.scores_tab.official_edit.selectAll()
    keys("86.51")
    return lambda store: store.official_total(2566) == 86.51


def start_checklist_note(window, qtbot):
    window.set_year(2566)
    window.show_tab(1)
    tab = window.checklist_tab
    tab.tree.setCurrentItem(tab.node_for("O22"))
    tab.progress_edit.setFocus()
    tab.progress_edit.selectAll()
    keys("ส่งรายงานแล้ว")
    return lambda store: store.checklist(2566)["O22"].progress == "ส่งรายงานแล้ว"


def start_measure_cell(window, qtbot):
    window.set_year(2566)  # the demo's measures (the window opens on the current fiscal year)
    window.show_tab(2)
    view = window.measures_tab.view
    measure = window.measures_tab.model.measure_at(0)
    index = window.measures_tab.model.index(0, COL_OUTCOME)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    editor.selectAll()
    keys("ผลลัพธ์ใหม่")
    return lambda store: store.measure(measure.id).outcome == "ผลลัพธ์ใหม่"


def start_analysis_cell(window, qtbot):
    window.show_tab(3)
    edit = window.analysis_tab.edits[("EIT", "improve")]
    edit.setFocus()
    edit.selectAll()
    keys("ปรับปรุงเว็บไซต์")
    year = window.year
    return lambda store: store.analysis_texts(year)[("EIT", "improve")][0] == "ปรับปรุงเว็บไซต์"


EDITORS = {
    "score cell": start_score,
    "official total": start_official_total,
    "checklist note": start_checklist_note,
    "measure cell": start_measure_cell,
    "analysis cell": start_analysis_cell,
}


@pytest.mark.parametrize("kind", EDITORS)
def test_closing_the_window_while_typing_saves_the_text(kind, make_window, demo_path, qtbot, no_messages):
    window = make_window(demo_path)
    saved = EDITORS[kind](window, qtbot)
    window.close()  # no Enter, no leaving the field
    assert no_messages == []
    assert window.store.db.conn is None or not window.isVisible()
    store = reopened(demo_path)
    try:
        assert saved(store)
    finally:
        store.close()


@pytest.mark.parametrize("kind", EDITORS)
def test_switching_year_while_typing_saves_into_the_year_shown(
    kind, make_window, demo_path, qtbot, no_messages
):
    window = make_window(demo_path)
    saved = EDITORS[kind](window, qtbot)
    other = next(y for y in window.store.years() if y != window.year)
    window.set_year(other)
    assert no_messages == []
    assert saved(window.store)


@pytest.mark.parametrize("kind", ["score cell", "checklist note", "official total"])
def test_switching_tab_while_typing_saves_the_text(kind, make_window, demo_path, qtbot, no_messages):
    window = make_window(demo_path)
    saved = EDITORS[kind](window, qtbot)
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.measures_tab
    assert no_messages == []
    assert saved(window.store)


@pytest.mark.parametrize("action", ["merge", "new year"])
def test_merging_or_starting_a_year_while_typing_saves_the_text_first(
    action, make_window, demo_path, tmp_path, qtbot, monkeypatch, no_messages
):
    window = make_window(demo_path)
    saved = start_score(window, qtbot)
    if action == "merge":
        copy = tmp_path / "copy.itadesk"
        copy.write_bytes(demo_path.read_bytes())
        monkeypatch.setattr(window, "set_store", lambda store: None)
        window.merge_copy(str(copy))
    else:
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
        window.start_new_year()
    assert saved(window.store)


def test_ten_scores_and_the_official_total_by_keyboard_alone(make_window, workspace_path, qtbot, no_messages):
    window = make_window(workspace_path)
    window.set_year(2566)
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # to the scores, focus in the table
    table = window.scores_tab.table
    assert QApplication.focusWidget() is table
    assert table.currentItem() is window.scores_tab.score_cell(1)
    scores = ["92.5", "88", "๘๕.๒๕", "79", "90.1", "100", "70", "85.55", "60", "77.7"]
    for number, text in enumerate(scores, start=1):
        assert table.currentItem() is window.scores_tab.score_cell(number)  # never rebuilt under the cursor
        keys(text)  # typing starts the editor
        press(qtbot, Qt.Key.Key_Return)  # commits and moves down, past the EIT/OIT group rows
        assert table.state() != QAbstractItemView.State.EditingState
        assert QApplication.focusWidget() is table
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # Tab leaves the table
    assert QApplication.focusWidget() is window.scores_tab.official_edit
    keys("84.31")
    press(qtbot, Qt.Key.Key_Return)
    assert no_messages == []
    store = reopened(workspace_path)
    try:
        assert store.scores(2566) == {
            1: 92.5,
            2: 88.0,
            3: 85.25,
            4: 79.0,
            5: 90.1,
            6: 100.0,
            7: 70.0,
            8: 85.55,
            9: 60.0,
            10: 77.7,
        }
        assert store.official_total(2566) == 84.31
    finally:
        store.close()


def test_tab_in_a_score_editor_commits_and_moves_right(make_window, workspace_path, qtbot):
    window = make_window(workspace_path)
    window.set_year(2566)
    window.show_tab(0)
    table = window.scores_tab.table
    keys("55")
    press(qtbot, Qt.Key.Key_Tab)
    assert window.store.scores(2566)[1] == 55.0
    assert (table.currentRow(), table.currentColumn()) == (
        window.scores_tab.score_cell(1).row(),
        COL_SCORE + 1,
    )


def test_tab_leaves_the_measures_table(make_window, demo_path, qtbot):
    window = make_window(demo_path)
    window.show_tab(2)
    assert QApplication.focusWidget() is window.measures_tab.view
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not window.measures_tab.view


def test_ctrl_n_adds_a_measure_from_any_tab(make_window, demo_path, qtbot, when_dialog_opens):
    window = make_window(demo_path)
    window.set_year(2566)
    window.show_tab(0)
    before = len(window.store.measures(2566))

    def fill(dialog: MeasureDialog) -> None:
        dialog.editors["title"].setPlainText("ประชุมชี้แจงเจ้าหน้าที่")
        dialog.accept()

    handled = when_dialog_opens(fill)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(handled[0], MeasureDialog)
    assert window.tabs.currentWidget() is window.measures_tab
    assert len(window.store.measures(2566)) == before + 1


def test_ctrl_z_after_a_field_committed_undoes_that_edit(make_window, workspace_path, qtbot):
    window = make_window(workspace_path)
    window.set_year(2566)
    window.show_tab(0)
    edit = window.scores_tab.official_edit
    edit.setFocus()
    keys("80.5")
    press(qtbot, Qt.Key.Key_Return)
    assert window.store.official_total(2566) == 80.5
    assert QApplication.focusWidget() is edit  # still in the field
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.store.official_total(2566) is None
    assert edit.text() == ""
    # While typing, Ctrl+Z still undoes the typing in the field, not the store.
    keys("7")
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == ""


def test_menus_have_alt_mnemonics(make_window, workspace_path):
    window = make_window(workspace_path)
    titles = [action.text() for action in window.menuBar().actions()]
    letters = [title.split("&")[1][0] for title in titles]
    assert all("&" in title for title in titles)
    assert len(set(letters)) == len(letters)


# -- dialogs ask before discarding -----------------------------------------------------------


def answer_save_question(qtbot, when_dialog_opens, choice: str):
    """Once the บันทึก / ไม่บันทึก / ยกเลิก question appears, click ``choice``."""
    asked = []

    def click(box: QMessageBox) -> None:
        asked.append(box.text())
        button = next(b for b in box.buttons() if b.text() == choice)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    when_dialog_opens(click)
    return asked


def shown(qtbot, dialog):
    """The dialog on screen and active, as after the user opened it."""
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def measure_dialog(qtbot, window):
    dialog = shown(qtbot, MeasureDialog(window.store.framework(2566), None, window))
    dialog.editors["title"].setFocus()
    keys("อบรมคุณธรรม")
    return dialog


def test_esc_on_a_measure_dialog_with_text_asks_and_cancel_keeps_it(
    make_window, workspace_path, qtbot, when_dialog_opens
):
    window = make_window(workspace_path)
    dialog = measure_dialog(qtbot, window)
    asked = answer_save_question(qtbot, when_dialog_opens, "ยกเลิก")
    press(qtbot, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    assert dialog.editors["title"].toPlainText() == "อบรมคุณธรรม"


def test_closing_a_measure_dialog_and_choosing_save_saves(
    make_window, workspace_path, qtbot, when_dialog_opens
):
    window = make_window(workspace_path)
    dialog = measure_dialog(qtbot, window)
    answer_save_question(qtbot, when_dialog_opens, "บันทึก")
    dialog.close()
    assert dialog.result() == MeasureDialog.DialogCode.Accepted
    assert dialog.values()["title"] == "อบรมคุณธรรม"


def test_discard_closes_and_an_untouched_dialog_closes_without_asking(
    make_window, workspace_path, qtbot, when_dialog_opens
):
    window = make_window(workspace_path)
    dialog = measure_dialog(qtbot, window)
    answer_save_question(qtbot, when_dialog_opens, "ไม่บันทึก")
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == MeasureDialog.DialogCode.Rejected
    untouched = MeasureDialog(window.store.framework(2566), None, window)
    untouched.show()
    untouched.reject()
    assert not untouched.isVisible()


def test_framework_editor_asks_before_discarding_and_saves_on_request(
    make_window, workspace_path, qtbot, when_dialog_opens
):
    window = make_window(workspace_path)
    editor = FrameworkEditor(window.store, 2568, window)
    editor.show()
    editor.reject()  # nothing changed: closes without a question
    assert not editor.isVisible()
    editor = shown(qtbot, FrameworkEditor(window.store, 2568, window))
    editor.title_edit.setFocus()
    editor.title_edit.selectAll()
    keys("เกณฑ์ที่แก้แล้ว")
    asked = answer_save_question(qtbot, when_dialog_opens, "บันทึก")
    press(qtbot, Qt.Key.Key_Escape)
    assert asked
    assert window.store.framework(2568).title == "เกณฑ์ที่แก้แล้ว"


def test_import_mapping_dialog_asks_before_discarding_a_changed_mapping(
    make_window, workspace_path, tmp_path, qtbot, when_dialog_opens
):
    from itadesk.spreadsheets import read_table

    source = tmp_path / "plan.csv"
    source.write_text("มาตรการ,ผู้รับผิดชอบ\nประชุม,สำนักปลัด\n", encoding="utf-8")
    window = make_window(workspace_path)
    dialog = ImportDialog(window.store, 2566, read_table(str(source)), source, window)
    dialog.show()
    combo = next(iter(dialog.combos.values()))
    combo.setCurrentIndex(0)  # the user changes what ITADesk guessed
    asked = answer_save_question(qtbot, when_dialog_opens, "ยกเลิก")
    dialog.reject()
    assert asked and dialog.isVisible()


# -- one office per file, the person on this PC ----------------------------------------------


def test_the_window_refuses_another_offices_copy_naming_both(
    make_window, workspace_path, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from itadesk.db.transfer import export_copy
    from itadesk.records import Agency

    other = Store(open_workspace(tmp_path / "huarua.itadesk"))
    other.set_agency(Agency(name="หัวเรือ", kind="องค์การบริหารส่วนตำบล"))
    other.add_measure(2567, title="มาตรการของหัวเรือ")
    usb = tmp_path / "usb.itadesk"
    export_copy(other.db.conn, usb)
    other.close()
    window = make_window(workspace_path)
    window.store.set_agency(Agency(name="หนองบัวใหญ่", kind="องค์การบริหารส่วนตำบล"))
    window.refresh_agency()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(usb), ""))
    assert window.merge_copy() is None
    assert "หัวเรือ" in warned[0] and "หนองบัวใหญ่" in warned[0]
    assert window.merge_copy(str(usb)) is None  # the double-clicked path refuses too
    assert "หัวเรือ" in warned[1]
    assert window.store.measures(2567) == []
    assert "หนองบัวใหญ่" in window.windowTitle()


def test_the_status_bar_names_the_user_of_this_pc_who_can_be_changed(
    make_window, workspace_path, qtbot, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog

    from itadesk import pc_settings

    window = make_window(workspace_path)
    assert window.user_label.text() == "ผู้ใช้: (ยังไม่ได้ระบุ)"
    asked = []
    monkeypatch.setattr(
        QInputDialog, "getText", lambda _p, _t, question, **k: asked.append(question) or ("วิชัย ใจดี", True)
    )
    change = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "เปลี่ยนผู้ใช้เครื่องนี้…")
    change.trigger()
    assert window.user_label.text() == "ผู้ใช้: วิชัย ใจดี"
    assert pc_settings.user_name() == "วิชัย ใจดี"
    window.scores_tab.official_edit.setText("80")
    window.scores_tab.official_edit.editingFinished.emit()
    names = window.store.db.execute("SELECT user_name FROM audit WHERE table_name = 'results'").fetchall()
    assert names == [("วิชัย ใจดี",)]
    assert window.ask_user_name(taken_over=True)
    assert "เครื่องอื่น" in asked[-1]


def test_long_measure_cells_show_no_half_cut_line_under_the_elision(make_window, demo_path, qtbot):
    from PySide6.QtGui import QColor

    from itadesk.ui.tabs.measures_model import COL_TITLE
    from itadesk.ui.tabs.measures_tab import whole_lines_height

    window = make_window(demo_path, year=2566)
    window.resize(780, 700)
    window.show_tab(2)
    view = window.measures_tab.view
    qtbot.waitUntil(lambda: view.rowHeight(0) > 100)
    steps = next(
        c
        for c in range(window.measures_tab.model.columnCount())
        if c != COL_TITLE and len(str(window.measures_tab.model.index(0, c).data())) > 300
    )
    view.clearSelection()
    view.setCurrentIndex(window.measures_tab.model.index(1, 0))
    rect = view.visualRect(window.measures_tab.model.index(0, steps))
    shown = whole_lines_height(rect.height(), view.fontMetrics().lineSpacing())
    assert shown < rect.height()  # the text is longer than the row: it is elided
    image = view.viewport().grab().toImage()
    background = QColor(image.pixel(rect.left() + 2, rect.bottom() - 1))
    below = {
        image.pixel(x, y)
        for y in range(rect.top() + shown, rect.bottom())
        for x in range(rect.left() + 2, rect.right() - 2)
    }
    assert below == {background.rgb()}, "ink below the last whole line"


def test_an_english_pc_sees_a_refused_value_in_english(make_window, workspace_path, qtbot, monkeypatch):
    from itadesk import messages

    window = make_window(workspace_path)
    window.set_year(2566)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: warned.append(text))
    messages.use_language("en")
    try:
        edit = window.scores_tab.official_edit
        edit.setFocus()
        keys("101")
        press(qtbot, Qt.Key.Key_Return)
    finally:
        messages.use_language("th")
    assert warned == ["A score must be between 0 and 100"]
    assert window.store.official_total(2566) is None


def test_a_file_taken_over_on_another_pc_asks_who_works_here(make_window, tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from itadesk.records import Agency

    path = tmp_path / "office.itadesk"
    first = Store(open_workspace(path))
    first.set_agency(Agency(name="หนองบัวใหญ่", kind="องค์การบริหารส่วนตำบล"))
    first.set_user_name("สมศรี มีสุข")
    first.note_opened("PC-1")
    first.close()
    monkeypatch.setenv("ITADESK_DATA_DIR", str(tmp_path / "pc-2"))  # another PC's own settings
    window = make_window(path)
    asked = []
    monkeypatch.setattr(
        QInputDialog, "getText", lambda _p, _t, question, **k: asked.append(question) or ("วิชัย", True)
    )
    window.ask_first_questions(taken_over=window.store.note_opened("PC-2"))
    assert asked and "เครื่องอื่น" in asked[0]
    assert window.user_label.text() == "ผู้ใช้: วิชัย"


def test_restoring_a_backup_while_typing_saves_the_text_first(make_window, demo_path, qtbot, monkeypatch):
    import itadesk.ui.main_window as main_window

    window = make_window(demo_path)
    window.workspace = demo_path
    saved = start_score(window, qtbot)
    monkeypatch.setattr(main_window, "choose_and_restore", lambda *a: None)  # the user then cancels
    assert window.restore_backup() is False
    assert saved(window.store)
