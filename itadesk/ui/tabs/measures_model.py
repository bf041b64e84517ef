"""The measures table model: one row per measure of the year, columns as in the seeds.

Holds the ``Measure`` records of the year (a few dozen, at most a few thousand) and writes
every edit through the store, then replaces the row with what the store saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from itadesk.db import Store
from itadesk.errors import ITADeskError
from itadesk.filters import MeasureFilter, search_text
from itadesk.records import MEASURE_FIELD_LABELS, ROUND_LABELS, STATUS_LABELS, Measure
from itadesk.ui.i18n import count_text, tr
from itadesk.ui.style import FLAGGED_BACKGROUND, flagged_note

(
    COL_NUMBER,
    COL_TITLE,
    COL_STEPS,
    COL_PERIOD,
    COL_RESPONSIBLE,
    COL_OUTPUT,
    COL_OUTCOME,
    COL_RECOMMENDATION,
    COL_INDICATORS,
    COL_STATUS,
    COL_ROUND,
) = range(11)

COLUMN_FIELDS = {
    COL_TITLE: "title",
    COL_STEPS: "steps",
    COL_PERIOD: "period",
    COL_RESPONSIBLE: "responsible",
    COL_OUTPUT: "output",
    COL_OUTCOME: "outcome",
    COL_RECOMMENDATION: "recommendation",
    COL_INDICATORS: "indicators",
    COL_STATUS: "status",
    COL_ROUND: "round",
}
TEXT_COLUMNS = {col for col, field in COLUMN_FIELDS.items() if field not in ("indicators", "status", "round")}
HEADERS = ["ลำดับ"] + [MEASURE_FIELD_LABELS[COLUMN_FIELDS[c]] for c in range(1, 11)]
HEADERS[COL_INDICATORS] = "ตัวชี้วัด"
HEADERS[COL_ROUND] = "รอบ"

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
"""Returns the row's ``Measure`` (through any proxy)."""

Index = QModelIndex | QPersistentModelIndex


"""A measure whose stored row held a bad value."""


class MeasuresModel(QAbstractTableModel):
    saved = Signal()
    failed = Signal(str)
    """A Thai message: an edit the store refused (the row keeps its saved value)."""

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.year = 0
        self.filter = MeasureFilter()
        self._all: list[Measure] = []
        self._prepared: dict[str, str] = {}
        self._numbers: dict[str, int] = {}
        self._rows: list[Measure] = []

    def load(self, year: int, measure_filter: MeasureFilter | None = None) -> None:
        """Read the year's measures from the store (after an edit elsewhere, a new year)."""
        self.year = year
        self._all = self.store.measures(year)
        self._prepared = {m.id: search_text(m) for m in self._all}
        self.set_filter(measure_filter or self.filter)

    def set_filter(self, measure_filter: MeasureFilter) -> None:
        """Show the measures matching ``measure_filter``; no database read (per keystroke)."""
        self.beginResetModel()
        self.filter = measure_filter
        in_round = [m for m in self._all if measure_filter.round is None or m.round == measure_filter.round]
        self._numbers = {m.id: n for n, m in enumerate(in_round, start=1)}
        self._rows = [m for m in in_round if measure_filter.matches(m, self._prepared[m.id])]
        self.endResetModel()

    @property
    def all_measures(self) -> list[Measure]:
        """Every measure of the year, whatever the filter shows."""
        return self._all

    @property
    def total(self) -> int:
        """Measures in the year (and round), before the search narrows them."""
        return len(self._numbers)

    def measure_at(self, row: int) -> Measure:
        return self._rows[row]

    def row_of(self, measure_id: str) -> int:
        return next(i for i, m in enumerate(self._rows) if m.id == measure_id)

    # -- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in TEXT_COLUMNS | {COL_STATUS, COL_ROUND}:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        measure = self._rows[index.row()]
        col = index.column()
        if role == RECORD_ROLE:
            return measure
        if measure.problems:  # a bad value stored by hand or an old version: shown, flagged
            if role == Qt.ItemDataRole.BackgroundRole:
                return FLAGGED_BACKGROUND
            if role == Qt.ItemDataRole.ToolTipRole and col == COL_NUMBER:
                return flagged_note(measure.problems)
            if role == Qt.ItemDataRole.DisplayRole and col == COL_NUMBER:
                return f"⚠ {count_text(self._numbers.get(measure.id, index.row() + 1))}"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == COL_NUMBER:
                return count_text(self._numbers.get(measure.id, index.row() + 1))
            if col == COL_INDICATORS:
                return ", ".join(str(n) for n in measure.indicators)
            if col == COL_STATUS:
                return tr(STATUS_LABELS.get(measure.status, measure.status))
            if col == COL_ROUND:
                return tr(ROUND_LABELS.get(measure.round, measure.round))
            return getattr(measure, COLUMN_FIELDS[col])
        if role == Qt.ItemDataRole.EditRole and col in COLUMN_FIELDS:
            return getattr(measure, COLUMN_FIELDS[col])
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_NUMBER, COL_INDICATORS):
            return int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() not in COLUMN_FIELDS:
            return False
        measure = self._rows[index.row()]
        field = COLUMN_FIELDS[index.column()]
        if getattr(measure, field) == value:
            return False
        try:
            saved = self.store.update_measure(measure.id, **{field: value})
        except ITADeskError as exc:
            self.failed.emit(str(exc))
            return False
        self.replace(saved)
        self.saved.emit()
        return True

    def replace(self, measure: Measure) -> None:
        row = self.row_of(measure.id)
        self._rows[row] = measure
        self._all = [measure if m.id == measure.id else m for m in self._all]
        self._prepared[measure.id] = search_text(measure)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
