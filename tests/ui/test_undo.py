"""Ctrl+Z / Ctrl+Y undo and redo every edit, in every tab, through one stack per workspace."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from .test_main_window import db_value


def _undo(window, qtbot):
    window.tabs.setFocus()  # not inside a text box, whose own Ctrl+Z undoes typing
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _redo(window, qtbot):
    window.tabs.setFocus()
    QTest.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)


def test_a_typed_score_is_undone_and_redone(make_window, demo_path, qtbot):
    window = make_window(demo_path, year=2566)
    window.set_year(2565)
    window.scores_tab.score_cell(9).setText("91.5")
    qtbot.waitUntil(lambda: window.store.scores(2565)[9] == 91.5)
    assert window.undo_action.text() == "เลิกทำ แก้ไขคะแนน: คะแนน"
    _undo(window, qtbot)
    assert window.store.scores(2565)[9] == 72.43
    assert window.scores_tab.score_cell(9).text() == "72.43"
    _redo(window, qtbot)
    assert db_value(demo_path, "SELECT score FROM scores WHERE fiscal_year = 2565 AND indicator = 9") == (
        91.5,
    )
    assert window.scores_tab.indicator_chart.current[9] == 91.5


def test_ticks_measures_and_analysis_text_all_undo_in_order(make_window, demo_path, qtbot, monkeypatch):
    window = make_window(demo_path, year=2566)
    window.set_year(2567)
    window.tabs.setCurrentWidget(window.checklist_tab)
    window.checklist_tab.node_for("O3").setCheckState(0, Qt.CheckState.Checked)
    added = window.store.add_measure(2567, title="มาตรการใหม่")
    window.measures_tab.reload()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.measures_tab.view.selectRow(0)
    window.measures_tab.delete_selected()
    window.store.set_analysis_text(2567, "OIT", "urgent", "ข้อความ", draft="")
    assert window.undo_stack.count() == 4

    _undo(window, qtbot)  # the analysis text
    assert ("OIT", "urgent") not in window.store.analysis_texts(2567)
    _undo(window, qtbot)  # the delete
    assert [m.title for m in window.store.measures(2567)] == ["มาตรการใหม่"]
    assert window.measures_tab.model.rowCount() == 1
    _undo(window, qtbot)  # the add
    assert window.store.measures(2567) == []
    _undo(window, qtbot)  # the tick
    assert not window.store.checklist(2567)["O3"].done
    assert window.checklist_tab.node_for("O3").checkState(0) == Qt.CheckState.Unchecked
    assert not window.undo_action.isEnabled()
    for _ in range(4):
        _redo(window, qtbot)
    assert window.store.checklist(2567)["O3"].done and window.store.measures(2567) == []
    assert db_value(demo_path, "SELECT deleted FROM measures WHERE id = ?", [added.id]) == (1,)


def test_an_undone_new_row_can_be_written_again(make_window, workspace_path, qtbot):
    window = make_window(workspace_path)
    window.set_year(2567)
    window.store.set_item_field(2567, "O7", "url", "https://example.go.th/news")
    _undo(window, qtbot)
    assert window.store.checklist(2567)["O7"].url == ""
    window.store.set_item_field(2567, "O7", "url", "https://example.go.th/news2")
    assert window.store.checklist(2567)["O7"].url == "https://example.go.th/news2"


def test_a_new_fiscal_year_is_one_step_and_a_merge_starts_a_new_history(
    make_window, demo_path, tmp_path, qtbot, monkeypatch
):
    window = make_window(demo_path, year=2566)
    window.set_year(2566)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(
        "itadesk.ui.main_window.confirm_carry",
        lambda _w, proposals, *a: {p.entry.code: p.new_code for p in proposals},
    )
    window.start_new_year()
    assert len(window.store.measures(2567)) == 23 and window.undo_stack.count() == 1
    _undo(window, qtbot)
    assert window.store.measures(2567) == [] and len(window.store.measures(2566)) == 23
    _redo(window, qtbot)
    assert len(window.store.measures(2567)) == 23

    from itadesk.db.transfer import export_copy

    export_copy(window.store.db.conn, tmp_path / "usb.itadesk")
    other = tmp_path / "other.itadesk"
    other.write_bytes((tmp_path / "usb.itadesk").read_bytes())
    window.merge_copy(str(other))
    assert window.undo_stack.count() == 0, "history before a merge is not undone across it"
