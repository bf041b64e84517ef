"""Text fields that save when the user leaves them, and let Ctrl+Z undo that save.

A multi-line box says when the user leaves it, so long notes save on focus-out like the
one-line fields do on Enter. Both kinds leave Ctrl+Z / Ctrl+Y to the window once they
have no typing of their own to undo (a saved field is reloaded, which clears its history),
so Ctrl+Z right after a field was saved undoes that edit in the store.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit


class UndoReachesWindow:
    """Mixin for a text field: Ctrl+Z / Ctrl+Y go to the window when the field has nothing
    of its own to undo or redo."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if (event.matches(QKeySequence.StandardKey.Undo) and not self._can_undo()) or (
                event.matches(QKeySequence.StandardKey.Redo) and not self._can_redo()
            ):
                event.ignore()
                return True  # not claimed: the window's shortcut runs
        return super().event(event)


class FieldEdit(UndoReachesWindow, QLineEdit):
    """A one-line field that saves on Enter or on leaving it."""

    def _can_undo(self) -> bool:
        return self.isUndoAvailable()

    def _can_redo(self) -> bool:
        return self.isRedoAvailable()


class CommittingTextEdit(UndoReachesWindow, QPlainTextEdit):
    editingFinished = Signal()

    def _can_undo(self) -> bool:
        return self.document().isUndoAvailable()

    def _can_redo(self) -> bool:
        return self.document().isRedoAvailable()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.editingFinished.emit()
