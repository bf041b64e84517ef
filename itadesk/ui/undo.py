"""Undo and redo (Ctrl+Z / Ctrl+Y) for every edit in every tab: one stack per workspace.

The store tells the stack about every committed edit (``Store.on_commit`` with the fields it
changed), so no tab has to know about undo: a score typed, an item ticked, a measure added,
moved or deleted, an analysis text, a framework corrected, a whole import or a new fiscal
year — each is one step. Undoing writes the old values back as a new edit (so it merges with
other PCs like any edit); the window then reloads its tabs. A merge, a restore or another
workspace starts a new history.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand, QUndoStack

from itadesk.db import Store
from itadesk.db.conflicts import FIELD_LABELS
from itadesk.db.store import Change
from itadesk.errors import ITADeskError
from itadesk.ui.i18n import tr

TABLE_LABELS = {
    "scores": "คะแนน",
    "results": "คะแนนรวมทางการ",
    "checklist": "รายการตรวจ",
    "measures": "มาตรการ",
    "analysis_texts": "การวิเคราะห์ผล",
    "frameworks": "เกณฑ์การประเมิน",
    "agency": "ข้อมูลหน่วยงาน",
    "evidence_links": "ลิงก์หลักฐาน",
    "survey_links": "ลิงก์แบบวัด",
}


def describe(changes: Sequence[Change]) -> str:
    """A short Thai name for the edit, shown in the Edit menu (เลิกทำ …)."""
    tables = {c.table for c in changes}
    first = changes[0]
    if tables == {"meta"}:  # the workspace's report signers (itadesk.db.signers)
        return tr("แก้ไขผู้ลงนามท้ายรายงาน")
    if first.table == "measures" and first.created:
        return tr("เพิ่มมาตรการ") if len({c.row_id for c in changes}) == 1 else tr("เพิ่มมาตรการหลายรายการ")
    if first.table == "measures" and [c.field for c in changes] == ["deleted"]:
        return tr("ลบมาตรการ")
    if len(tables) > 1:
        return tr("แก้ไขหลายรายการ")
    fields = {c.field for c in changes}
    label = tr(TABLE_LABELS.get(first.table, first.table))
    if len(fields) == 1:
        return tr("แก้ไข{0}: {1}").format(label, tr(FIELD_LABELS.get(first.field, first.field)))
    return tr("แก้ไข{0}").format(label)


class StoreEdit(QUndoCommand):
    def __init__(self, history: History, changes: Sequence[Change]):
        super().__init__(describe(changes))
        self.history = history
        self.changes = list(changes)
        self._already_done = True  # pushed after the edit was committed

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self.history.replay(self.changes, undo=False)

    def undo(self) -> None:
        self.history.replay(self.changes, undo=True)


class History:
    """The undo stack of one workspace, fed by the store and replayed through it."""

    def __init__(self, stack: QUndoStack, reload: Callable[[], None], report: Callable[[str], None]):
        self.stack = stack
        self.reload = reload
        self.report = report
        self.store: Store | None = None
        self._replaying = False

    def attach(self, store: Store) -> None:
        if self.store is not None and self.store is not store:
            self.store.on_commit = None
        self.store = store
        store.on_commit = self._committed
        self.stack.clear()

    def _committed(self, changes: list[Change]) -> None:
        if not self._replaying:
            self.stack.push(StoreEdit(self, changes))

    def replay(self, changes: Sequence[Change], *, undo: bool) -> None:
        assert self.store is not None
        self._replaying = True
        try:
            self.store.apply_changes(changes, undo=undo)
        except ITADeskError as exc:
            self.report(str(exc))
        finally:
            self._replaying = False
        self.reload()
