"""Nothing typed is lost: the field or cell still being edited is committed before the
window closes or shows something else, and a dialog with changes asks before it throws
them away.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from itadesk.ui.i18n import tr
from itadesk.ui.screen_fit import fit_on_screen
from itadesk.ui.widgets.text_edit import CommittingTextEdit


def commit_open_editor(root: QWidget, leave: bool = False) -> None:
    """Commit whatever is being typed inside ``root`` (a cell editor, a line or a note).

    Each editor saves as it does when the user leaves it: a cell editor hands its text to
    the table, a line or note says it has finished. This works whether or not the window
    is active (it may be closed from the taskbar), and the store is still open. With
    ``leave`` the focus is then taken away too, so that nothing commits again once the
    window closes its store.
    """
    focus = root.focusWidget()
    if focus is None:
        return
    view, editor = _cell_editor_of(focus)
    if view is not None and view.state() == QAbstractItemView.State.EditingState:
        view.commitData(editor)
        view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    elif isinstance(focus, (QLineEdit, CommittingTextEdit)):
        focus.editingFinished.emit()
    if leave and root.focusWidget() is not None:
        root.focusWidget().clearFocus()


def _cell_editor_of(widget: QWidget) -> tuple[QAbstractItemView | None, QWidget]:
    """The table or tree whose open cell editor holds ``widget``, and that editor."""
    editor, parent = widget, widget.parentWidget()
    while parent is not None:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractItemView) and parent is grand.viewport():
            return grand, editor
        editor, parent = parent, grand
    return None, widget


SAVE, DISCARD, STAY = "save", "discard", "stay"


def ask_save_changes(parent: QWidget) -> str:
    """บันทึก / ไม่บันทึก / ยกเลิก for a dialog about to close with changes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("บันทึกการเปลี่ยนแปลง"))
    box.setText(tr("มีข้อความที่แก้ไขแต่ยังไม่ได้บันทึก ต้องการบันทึกก่อนปิดหรือไม่?"))
    save = box.addButton(tr("บันทึก"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("ไม่บันทึก"), QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(tr("ยกเลิก"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    return SAVE if clicked is save else DISCARD if clicked is discard else STAY


class ConfirmingDialog(QDialog):
    """A dialog that asks before Esc, the close button or ยกเลิก discard its changes, and
    fits the screen it opens on (these are the large editors).

    Subclasses say what "changed" means in ``has_changes``; บันทึก runs their ``accept``,
    which may still refuse (and keep the dialog open) if something is missing.
    """

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        fit_on_screen(self)

    def has_changes(self) -> bool:
        raise NotImplementedError

    def reject(self) -> None:
        if self.has_changes():
            answer = ask_save_changes(self)
            if answer == STAY:
                return
            if answer == SAVE:
                self.accept()
                return
        super().reject()
