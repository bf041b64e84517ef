"""ภาพรวมหลายหน่วยงาน: the district's or province's window over a folder of its offices'
copies — one row per office, the OIT items most offices miss, the charts, and the files
that were not used — with the workbook and PDF a click away.

It needs no workspace: it reads the folder (read-only, as ``itadesk.rollup`` guarantees)
and keeps nothing but the folder's path in this PC's settings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from itadesk import clock
from itadesk.errors import Cancelled, ITADeskError
from itadesk.figures import GroupProgress
from itadesk.rollup import write_rollup
from itadesk.rollup.columns import ITEM_COLUMNS, UNUSED_COLUMNS, Column, office_columns
from itadesk.rollup.reading import collect
from itadesk.rollup.summary import Rollup, build_rollup, unused_files
from itadesk.thai import fiscal_year_of
from itadesk.ui.i18n import count_text, tr
from itadesk.ui.settings import ui_settings
from itadesk.ui.widgets.charts import IndicatorChart, ProgressChart
from itadesk.ui.widgets.progress import ProgressReporter

FOLDER_SETTING = "rollup/folder"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def header_text(column: Column) -> str:
    return tr(column.title) if column.arg is None else tr(column.title).format(column.arg)


class RowsModel(QAbstractTableModel):
    """Read-only rows shown through their ``Column`` definitions (text shown, value sorted)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns: Sequence[Column] = ()
        self.rows: Sequence[Any] = ()

    def set_rows(self, columns: Sequence[Column], rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.columns, self.rows = columns, rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column, row = self.columns[index.column()], self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == SORT_ROLE:
            return column.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind != "text":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return header_text(self.columns[section])
        return str(section + 1)


class OfficeFilter(QSortFilterProxyModel):
    """Narrows the offices by a text (name, district, province), a district and a rating;
    sorts by the columns' values with empty cells last."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.text, self.district, self.rating = "", "", ""
        self.setSortRole(SORT_ROLE)
        self.collator = QCollator(QLocale("th_TH"))
        """Thai dictionary order: เทศบาล files under ท, not after every consonant."""

    def set_filter(self, text: str, district: str, rating: str) -> None:
        self.text, self.district, self.rating = "".join(text.split()), district, rating
        self.invalidate()  # a few hundred rows: filtering and sorting again is instant

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 (Qt override)
        rows = self.sourceModel().rows
        if not rows or source_row >= len(rows) or not hasattr(rows[source_row], "office"):
            return True
        row = rows[source_row]
        agency = row.office.agency
        if self.district and agency.district != self.district:
            return False
        if self.rating and row.rating != self.rating:
            return False
        haystack = "".join(f"{row.name}{agency.district}{agency.province}".split())
        return self.text in haystack

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 (Qt override)
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:  # empty cells last, whichever way the column is sorted
            empty_last = a is not None and b is None
            return (
                empty_last
                if self.sortOrder() == Qt.SortOrder.AscendingOrder
                else not empty_last and a is None
            )
        if isinstance(a, str) or isinstance(b, str):
            return self.collator.compare(str(a), str(b)) < 0
        return a < b


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the roll-up's own order until a header is clicked
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view


class RollupWindow(QMainWindow):
    def __init__(
        self, folder: str | Path | None = None, *, today: dt.date | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.today = today or clock.today()
        self.rollup: Rollup | None = None
        self.setWindowTitle(tr("ภาพรวมหลายหน่วยงาน — ITADesk"))
        self.folder_edit = QLineEdit(str(folder or ui_settings().value(FOLDER_SETTING, "") or ""))
        self.folder_edit.setPlaceholderText(tr("โฟลเดอร์ที่เก็บไฟล์สำเนา .itadesk ของหน่วยงาน"))
        self.folder_edit.returnPressed.connect(self.reload)
        browse = QPushButton(tr("เลือกโฟลเดอร์…"))
        browse.clicked.connect(self._browse)
        self.year_combo = QComboBox()
        self._fill_years([fiscal_year_of(self.today)], fiscal_year_of(self.today))
        self.year_combo.activated.connect(lambda _i: self.reload())
        read = QPushButton(tr("อ่านไฟล์ใหม่"))
        read.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("โฟลเดอร์")))
        top.addWidget(self.folder_edit, 1)
        top.addWidget(browse)
        top.addWidget(QLabel(tr("ปีงบประมาณ")))
        top.addWidget(self.year_combo)
        top.addWidget(read)
        self.summary_label = QLabel(tr("เลือกโฟลเดอร์ที่เก็บไฟล์สำเนาของหน่วยงานต่าง ๆ แล้วกด “อ่านไฟล์ใหม่”"))
        self.summary_label.setWordWrap(True)

        self.offices_model = RowsModel(self)
        self.office_filter = OfficeFilter(self)
        self.office_filter.setSourceModel(self.offices_model)
        self.offices_view = _table(self.office_filter)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(tr("ค้นหาชื่อหน่วยงาน อำเภอ หรือจังหวัด"))
        self.search_edit.setClearButtonEnabled(True)
        self.district_combo = QComboBox()
        self.rating_combo = QComboBox()
        for combo in (self.district_combo, self.rating_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = QLabel()
        self.search_edit.textChanged.connect(self._filter)
        self.district_combo.currentIndexChanged.connect(self._filter)
        self.rating_combo.currentIndexChanged.connect(self._filter)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(QLabel(tr("อำเภอ")))
        filters.addWidget(self.district_combo)
        filters.addWidget(QLabel(tr("ผลการประเมิน")))
        filters.addWidget(self.rating_combo)
        filters.addWidget(self.count_label)
        offices_page = QWidget()
        offices_layout = QVBoxLayout(offices_page)
        offices_layout.addLayout(filters)
        offices_layout.addWidget(self.offices_view)

        self.items_model = RowsModel(self)
        self.items_view = _table(self.items_model)
        self.items_view.setSortingEnabled(False)  # most missed first, as the roll-up orders them
        self.unused_model = RowsModel(self)
        self.unused_view = _table(self.unused_model)
        self.ratings_chart = ProgressChart()
        self.ratings_chart.title = tr("จำนวนหน่วยงานตามผลการประเมิน")
        self.averages_chart = IndicatorChart()
        self.averages_chart.title = tr("คะแนนเฉลี่ยรายตัวชี้วัดเทียบกับปีก่อน")
        charts_page = QWidget()
        charts_layout = QHBoxLayout(charts_page)
        charts_layout.addWidget(self.ratings_chart, 1, Qt.AlignmentFlag.AlignTop)
        charts_layout.addWidget(self.averages_chart, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(offices_page, tr("รายหน่วยงาน"))
        self.tabs.addTab(self.items_view, tr("รายการ OIT ที่ยังไม่ทำ"))
        self.tabs.addTab(charts_page, tr("แผนภูมิ"))
        self.tabs.addTab(self.unused_view, tr("ไฟล์ที่ไม่ได้ใช้"))

        self.xlsx_button = QPushButton(tr("บันทึกเป็น Excel…"))
        self.xlsx_button.clicked.connect(lambda _checked=False: self.save(".xlsx"))
        self.pdf_button = QPushButton(tr("บันทึกเป็นรายงาน PDF…"))
        self.pdf_button.clicked.connect(lambda _checked=False: self.save(".pdf"))
        close = QPushButton(tr("ปิด"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.xlsx_button)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(close)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(body)
        self._set_outputs_enabled(False)
        self.resize(1200, 680)

    # -- reading ---------------------------------------------------------------------------

    @property
    def year(self) -> int:
        return int(self.year_combo.currentData())

    def _fill_years(self, years: Sequence[int], chosen: int) -> None:
        self.year_combo.clear()
        for year in sorted(set(years) | {chosen}):
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(chosen))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("เลือกโฟลเดอร์ไฟล์สำเนาของหน่วยงาน"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)
            self.reload()

    def reload(self) -> Rollup | None:
        folder = self.folder_edit.text().strip()
        if not folder:
            return None
        progress = ProgressReporter(self, tr("กำลังอ่านไฟล์ของหน่วยงาน…"))
        try:
            collection = collect(folder, self.year, progress)
        except Cancelled:
            self.summary_label.setText(tr("ยกเลิกการอ่านไฟล์แล้ว"))
            return None
        except ITADeskError as exc:
            QMessageBox.warning(self, tr("อ่านโฟลเดอร์ไม่ได้"), str(exc))
            return None
        finally:
            progress.close()
        ui_settings().setValue(FOLDER_SETTING, folder)
        self.show_rollup(build_rollup(collection, self.today))
        return self.rollup

    def show_rollup(self, rollup: Rollup) -> None:
        self.rollup = rollup
        self._fill_years(rollup.collection.years, rollup.year)
        self.offices_model.set_rows(office_columns(rollup), rollup.rows)
        self.items_model.set_rows(ITEM_COLUMNS, rollup.items)
        self.unused_model.set_rows(UNUSED_COLUMNS, unused_files(rollup))
        for view in (self.offices_view, self.items_view, self.unused_view):
            view.resizeColumnsToContents()
            header = view.horizontalHeader()
            for section in range(header.count()):
                header.resizeSection(section, min(header.sectionSize(section), 360))
        self._fill_choice(
            self.district_combo, tr("ทุกอำเภอ"), sorted({r.office.agency.district for r in rollup.rows})
        )
        self._fill_choice(self.rating_combo, tr("ทุกผล"), [label for label, _count in rollup.ratings])
        self.ratings_chart.set_data(
            [GroupProgress("", label, count, len(rollup.rows)) for label, count in rollup.ratings]
        )
        self.ratings_chart.setFixedHeight(self.ratings_chart.minimumHeight() + 16 * len(rollup.ratings))
        pass_mark = rollup.reference.pass_mark if rollup.reference else 85.0
        self.averages_chart.set_data(
            rollup.averages, rollup.previous_averages, pass_mark, (str(rollup.year - 1), str(rollup.year))
        )
        unused = len(rollup.collection.refused) + len(rollup.collection.older)
        self.summary_label.setText(
            tr("ปี {0}: {1} หน่วยงาน · ไฟล์ที่ไม่ได้ใช้ {2} ไฟล์").format(
                rollup.year, count_text(len(rollup.rows)), count_text(unused)
            )
        )
        self.tabs.setTabText(3, tr("ไฟล์ที่ไม่ได้ใช้ ({0})").format(count_text(unused)))
        self._set_outputs_enabled(True)
        self._filter()

    def _fill_choice(self, combo: QComboBox, everything: str, choices: Sequence[str]) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for choice in choices:
            if choice:
                combo.addItem(choice, choice)
        combo.blockSignals(False)

    def _filter(self) -> None:
        self.office_filter.set_filter(
            self.search_edit.text(),
            self.district_combo.currentData() or "",
            self.rating_combo.currentData() or "",
        )
        self.count_label.setText(
            tr("แสดง {0} จาก {1} หน่วยงาน").format(
                count_text(self.office_filter.rowCount()), count_text(self.offices_model.rowCount())
            )
        )

    def _set_outputs_enabled(self, enabled: bool) -> None:
        self.xlsx_button.setEnabled(enabled)
        self.pdf_button.setEnabled(enabled)

    # -- outputs ---------------------------------------------------------------------------

    def save(self, suffix: str, path: str | None = None) -> Path | None:
        if self.rollup is None:
            return None
        if path is None:
            suggested = str(Path(self.folder_edit.text()) / f"สรุป-ITA-{self.rollup.year}{suffix}")
            kind = "Excel (*.xlsx)" if suffix == ".xlsx" else "PDF (*.pdf)"
            path, _filter = QFileDialog.getSaveFileName(self, tr("บันทึกสรุป"), suggested, kind)
            if not path:
                return None
            if not path.lower().endswith(suffix):
                path += suffix
        progress = ProgressReporter(self, tr("กำลังบันทึก {0}…").format(Path(path).name))
        try:
            out = write_rollup(self.rollup, path, today=self.today, progress=lambda page: progress(page, 0))
        except Cancelled:
            return None
        except ITADeskError as exc:
            QMessageBox.warning(self, tr("บันทึกไม่สำเร็จ"), str(exc))
            return None
        finally:
            progress.close()
        self.statusBar().showMessage(tr("บันทึกแล้ว: {0}").format(out), 8000)
        return out
