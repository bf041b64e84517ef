"""File → ผู้ลงนามท้ายรายงาน… as the clerk uses it: the names typed are saved to the
workspace, the save is one undoable edit, and the report dialog's ลงนาม box starts as the
report kind's default and cannot be ticked for a report without a signature block."""

from __future__ import annotations

import pytest

from itadesk.db.signers import set_signers, signers
from itadesk.signing import LIMIT, Signers

from .conftest import type_text


def test_signers_typed_in_the_dialog_are_saved_and_undone(make_window, workspace_path, when_dialog_opens):
    from itadesk.ui.dialogs.signers_dialog import SignersDialog

    window = make_window(workspace_path)
    set_signers(window.store, Signers.of(reviewer=("นายเดิม ก่อนหน้า", "ปลัด")))
    seen = []

    def fill(dialog):
        assert isinstance(dialog, SignersDialog)
        seen.append(dialog.name_edits["reviewer"].text())
        assert all(
            e.maxLength() == LIMIT for e in (*dialog.name_edits.values(), *dialog.position_edits.values())
        )
        dialog.name_edits["reporter"].setFocus()
        type_text(dialog.name_edits["reporter"], "นางสาวสมศรี ใจดี")
        type_text(dialog.position_edits["reporter"], "นักวิเคราะห์นโยบายและแผน")
        dialog.name_edits["reviewer"].clear()
        type_text(dialog.name_edits["executive"], "นายประเสริฐ มั่นคง")
        type_text(dialog.position_edits["executive"], "นายกองค์การบริหารส่วนตำบลหัวเรือ")
        dialog.accept()

    file_menu = window.menuBar().actions()[0].menu()
    assert window.signers_action in file_menu.actions() and window.signers_action.text() == "ผู้ลงนามท้ายรายงาน…"
    when_dialog_opens(fill)
    window.signers_action.trigger()
    assert seen == ["นายเดิม ก่อนหน้า"], "the dialog opens on the stored signers"
    assert signers(window.store) == Signers.of(
        reporter=("นางสาวสมศรี ใจดี", "นักวิเคราะห์นโยบายและแผน"),
        reviewer=("", "ปลัด"),
        executive=("นายประเสริฐ มั่นคง", "นายกองค์การบริหารส่วนตำบลหัวเรือ"),
    )
    assert "ผู้ลงนาม" in window.statusBar().currentMessage()
    assert window.undo_action.text().endswith("แก้ไขผู้ลงนามท้ายรายงาน")
    window.undo_action.trigger()
    assert signers(window.store) == Signers.of(reviewer=("นายเดิม ก่อนหน้า", "ปลัด"))
    window.redo_action.trigger()
    assert signers(window.store).executive.name == "นายประเสริฐ มั่นคง"


@pytest.mark.parametrize(
    ("kind", "checked", "enabled"),
    [
        ("measures", True, True),
        ("guidelines", True, True),
        ("analysis", True, True),
        ("oit", False, True),
        ("oit-links", False, False),
        ("poster-eit", False, False),
    ],
)
def test_the_report_dialog_signs_by_the_kind_s_default(qtbot, tmp_path, kind, checked, enabled):
    from itadesk.ui.dialogs.report_export import ReportOptionsDialog

    dialog = ReportOptionsDialog(kind, 2566, tmp_path / "r.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.signed_check.isChecked() == checked and dialog.signed_check.isEnabled() == enabled
    assert dialog.request().signed == (checked if enabled else None)
    if enabled:
        dialog.signed_check.setChecked(not checked)
        assert dialog.request().signed == (not checked)
