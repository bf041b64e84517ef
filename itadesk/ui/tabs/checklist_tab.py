"""OIT checklist: every O-item of the year, grouped by sub-indicator, ticked done or not.

The tree shows each item with a checkbox, its responsible unit, the first line of its
progress note and its evidence links (or ยังไม่มีลิงก์), with what the offline link checks
found; each sub-indicator shows done/total. The panel below
edits the selected item and shows, on demand, the components (องค์ประกอบด้านข้อมูล) the
published item must contain, with the years filled in for the chosen fiscal year. Above:
the overall count and the OIT indicator scores the checklist projects.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itadesk import analysis, scoring
from itadesk.db import Store
from itadesk.figures import group_progress
from itadesk.filters import ChecklistFilter, responsible_units
from itadesk.frameworks import OitItem
from itadesk.publishing.link_checks import YearCheck, check_stored_year
from itadesk.records import ChecklistEntry
from itadesk.thai import format_score
from itadesk.ui.dialogs.pending_dialog import PendingDialog
from itadesk.ui.feedback import attempt
from itadesk.ui.i18n import tr
from itadesk.ui.style import (
    FAIL_TEXT,
    FLAGGED_BACKGROUND,
    GROUP_BACKGROUND,
    MUTED_TEXT,
    PASS_TEXT,
    flagged_note,
)
from itadesk.ui.tabs.evidence_panel import EvidenceLinksPanel
from itadesk.ui.tabs.year_tab import YearTab
from itadesk.ui.widgets.charts import ProgressChart
from itadesk.ui.widgets.text_edit import CommittingTextEdit, FieldEdit

COL_ITEM, COL_RESPONSIBLE, COL_PROGRESS, COL_URL = range(4)
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def _first_line(text: str, limit: int = 90) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


class ChecklistTab(YearTab):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(store, parent)
        self._loading = False
        self._current_code: str | None = None

        self.summary_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(True)
        self.projection_label = QLabel()
        self.projection_label.setWordWrap(True)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([tr("ข้อ / ข้อมูล"), tr("ผู้รับผิดชอบ"), tr("ความก้าวหน้า"), tr("ลิงก์ที่เผยแพร่")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_ITEM, 460)
        header.resizeSection(COL_RESPONSIBLE, 160)
        header.resizeSection(COL_PROGRESS, 320)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(self._current_changed)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(tr("ค้นหาข้อ… (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.not_done_check = QCheckBox(tr("เฉพาะข้อที่ยังไม่ทำ"))
        self.responsible_combo = QComboBox()
        self.responsible_combo.setMinimumContentsLength(12)
        self.group_combo = QComboBox()
        self.group_combo.setMinimumContentsLength(14)
        self.filter_count = QLabel()
        self.search_edit.textChanged.connect(lambda _t: self.apply_filter())
        self.not_done_check.toggled.connect(lambda _c: self.apply_filter())
        for combo in (self.responsible_combo, self.group_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(lambda: (self.search_edit.setFocus(), self.search_edit.selectAll()))

        self.detail = QGroupBox(tr("รายละเอียดข้อ"))
        form = QFormLayout(self.detail)
        self.components_button = QPushButton(tr("แสดงองค์ประกอบด้านข้อมูล"))
        self.components_button.setCheckable(True)
        self.components_button.toggled.connect(self._toggle_components)
        self.components_view = QTextBrowser()
        self.components_view.setOpenExternalLinks(False)
        self.components_view.setVisible(False)
        self.responsible_edit = FieldEdit()
        self.responsible_edit.editingFinished.connect(lambda: self._field_edited("responsible"))
        self.links_panel = EvidenceLinksPanel(store)
        self.links_panel.edited.connect(self._links_edited)
        self.links_summary_label = QLabel()
        self.links_summary_label.setWordWrap(True)
        self.links_summary_label.setStyleSheet(f"color: {MUTED_TEXT.name()}")
        self.link_check: YearCheck | None = None
        self.progress_edit = CommittingTextEdit()
        self.progress_edit.setPlaceholderText(tr("ความก้าวหน้าผลการดำเนินการ"))
        self.progress_edit.setMaximumHeight(110)
        self.progress_edit.editingFinished.connect(lambda: self._field_edited("progress"))
        form.addRow(self.components_button)
        form.addRow(self.components_view)
        form.addRow(tr("ผู้รับผิดชอบ"), self.responsible_edit)
        form.addRow(tr("ลิงก์หลักฐาน"), self.links_panel)
        form.addRow(tr("ความก้าวหน้า"), self.progress_edit)
        self.detail.setEnabled(False)

        self.progress_chart = ProgressChart()
        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        detail_scroll = QScrollArea()  # the item's form scrolls rather than make the window taller
        detail_scroll.setWidget(self.detail)
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        lower_layout.addWidget(detail_scroll, 3)
        lower_layout.addWidget(self.progress_chart, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        top = QHBoxLayout()
        top.addWidget(self.summary_label)
        top.addWidget(self.progress_bar, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.projection_label)
        layout.addWidget(self.links_summary_label)
        self.pending_button = QPushButton()
        self.pending_button.setStyleSheet("text-align: left; padding: 4px 8px")
        self.pending_button.clicked.connect(lambda _checked=False: self.sort_pending())
        layout.addWidget(self.pending_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.not_done_check)
        filters.addWidget(self.responsible_combo, 1)
        filters.addWidget(self.group_combo, 1)
        filters.addWidget(self.filter_count)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.tree)

    # -- loading ---------------------------------------------------------------------------

    def sort_pending(self) -> bool:
        """จากปีก่อน…: put the entries that matched no item where they belong."""
        if PendingDialog(self.store, self.year, self).exec() != QDialog.DialogCode.Accepted:
            return False
        self.reload()
        self.edited.emit()
        return True

    def _show_pending(self, framework) -> None:
        count = len(framework.carried_over)
        self.pending_button.setVisible(count > 0)
        self.pending_button.setText(
            tr("จากปีก่อน: ข้อมูล {0} ข้อยังไม่ได้จัดเข้าข้อใดในรายการนี้ — จัดหรือทิ้ง…").format(count)
        )

    def set_year(self, year: int) -> None:
        if year != self.year:  # the same year again (after an undo): stay on the item
            self._current_code = None
        super().set_year(year)

    def reload(self) -> None:
        framework = self.store.framework(self.year)
        entries, self.link_check = check_stored_year(self.store, self.year)
        self.links_summary_label.setText(tr("ลิงก์หลักฐานปีนี้: ") + self.link_check.summary())
        expanded = {
            self.tree.topLevelItem(i).text(COL_ITEM): self.tree.topLevelItem(i).isExpanded()
            for i in range(self.tree.topLevelItemCount())
        }
        self._loading = True
        try:
            self.tree.clear()
            for group in framework.oit_groups:
                node = QTreeWidgetItem([tr("ตัวชี้วัดย่อยที่ {0} {1}").format(group.code, group.name)])
                node.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = node.font(COL_ITEM)
                font.setBold(True)
                for col in range(4):
                    node.setBackground(col, GROUP_BACKGROUND)
                    node.setFont(col, font)
                for item in group.items:
                    node.addChild(self._item_node(framework.render, item, entries[item.code]))
                self.tree.addTopLevelItem(node)
                node.setExpanded(expanded.get(node.text(COL_ITEM), True))
                node.setFirstColumnSpanned(False)
            self._update_counts()
            self._fill_filter_choices(framework, entries)
            self.apply_filter(entries)
            self._select(self._current_code)
        finally:
            self._loading = False
        self._show_pending(framework)

    def _fill_filter_choices(self, framework, entries) -> None:
        for combo, everything, choices in (
            (
                self.responsible_combo,
                tr("ทุกผู้รับผิดชอบ"),
                [(u, u) for u in responsible_units(e.responsible for e in entries.values())],
            ),
            (
                self.group_combo,
                tr("ทุกตัวชี้วัดย่อย"),
                [(g.code, f"{g.code} {g.name}") for g in framework.oit_groups],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value, label in choices:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def current_filter(self) -> ChecklistFilter:
        return ChecklistFilter(
            not_done_only=self.not_done_check.isChecked(),
            responsible=self.responsible_combo.currentData(),
            group=self.group_combo.currentData(),
            text=self.search_edit.text(),
        )

    def apply_filter(self, entries: dict[str, ChecklistEntry] | None = None) -> None:
        """Hide the items (and emptied sub-indicators) the filter leaves out; count the rest.

        ``entries`` saves a second read when the caller has just loaded the checklist."""
        framework = self.store.framework(self.year)
        entries = entries if entries is not None else self.store.checklist(self.year)
        visible = set(self.current_filter().visible(framework, entries))
        for i in range(self.tree.topLevelItemCount()):
            node = self.tree.topLevelItem(i)
            shown = 0
            for j in range(node.childCount()):
                child = node.child(j)
                hide = child.data(COL_ITEM, CODE_ROLE) not in visible
                child.setHidden(hide)
                shown += not hide
            node.setHidden(shown == 0)
        total = len(entries)
        self.filter_count.setText(
            tr("แสดง {0} จาก {1} ข้อ").format(len(visible), total) if len(visible) != total else ""
        )

    def _item_node(self, render, item: OitItem, entry: ChecklistEntry) -> QTreeWidgetItem:
        node = QTreeWidgetItem(
            [
                f"{item.code} {item.title}",
                entry.responsible,
                _first_line(entry.progress),
                self._links_text(entry),
            ]
        )
        node.setData(COL_ITEM, CODE_ROLE, item.code)
        node.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
        )
        node.setCheckState(COL_ITEM, Qt.CheckState.Checked if entry.done else Qt.CheckState.Unchecked)
        status = tr("ดำเนินการ") if entry.done else tr("ยังไม่ได้ดำเนินการ")
        components = "\n".join(f"- {render(c, thai=True)}" for c in item.components)
        node.setToolTip(
            COL_ITEM, f"{item.code} {item.title} — {status}" + (f"\n{components}" if components else "")
        )
        node.setToolTip(COL_PROGRESS, entry.progress)
        if entry.problems:  # a bad value stored by hand or an old version: shown, flagged
            node.setText(COL_ITEM, f"⚠ {node.text(COL_ITEM)}")
            node.setToolTip(COL_ITEM, f"{flagged_note(entry.problems)}\n\n{node.toolTip(COL_ITEM)}")
            for column in range(node.columnCount()):
                node.setBackground(column, FLAGGED_BACKGROUND)
        findings = self.link_check.findings if self.link_check else {}
        node.setToolTip(
            COL_URL,
            "\n".join(
                f"{link.label}: {link.url}" + "".join(f"\n  ⚠ {f.message}" for f in findings.get(link.id, []))
                for link in entry.links
            ),
        )
        if any(link.id in findings for link in entry.links):
            node.setForeground(COL_URL, FAIL_TEXT)
        return node

    @staticmethod
    def _links_text(entry: ChecklistEntry) -> str:
        """The first link (and how many more), or ยังไม่มีลิงก์."""
        if not entry.links:
            return tr("ยังไม่มีลิงก์")
        first = entry.links[0].label
        return first if len(entry.links) == 1 else tr("{0} (+{1} ลิงก์)").format(first, len(entry.links) - 1)

    def _update_counts(self) -> None:
        framework = self.store.framework(self.year)
        done_codes = set()
        for i in range(self.tree.topLevelItemCount()):
            node = self.tree.topLevelItem(i)
            group = framework.oit_groups[i]
            done = 0
            for j in range(node.childCount()):
                child = node.child(j)
                if child.checkState(COL_ITEM) == Qt.CheckState.Checked:
                    done += 1
                    done_codes.add(child.data(COL_ITEM, CODE_ROLE))
            node.setText(COL_RESPONSIBLE, tr("{0}/{1} ข้อ").format(done, node.childCount()))
            node.setForeground(COL_RESPONSIBLE, PASS_TEXT if done == node.childCount() else FAIL_TEXT)
            node.setText(COL_ITEM, tr("ตัวชี้วัดย่อยที่ {0} {1}").format(group.code, group.name))
        total = sum(len(g.items) for g in framework.oit_groups)
        self.progress_chart.set_data(group_progress(framework, done_codes))
        self.summary_label.setText(tr("ดำเนินการแล้ว {0} จาก {1} ข้อ").format(len(done_codes), total))
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(len(done_codes))
        self.progress_bar.setFormat(f"{len(done_codes)}/{total}")
        if not done_codes and not analysis.checklist_used(self.store.checklist(self.year)):
            self.projection_label.setText(
                tr("ยังไม่ได้ติ๊กหรือบันทึกความก้าวหน้าข้อใด จึงยังไม่คาดการณ์คะแนน OIT จากรายการนี้")
            )
            self.projection_label.setStyleSheet(f"color: {MUTED_TEXT.name()}")
            return
        projection = scoring.oit_projection(framework, done_codes)
        parts = [
            tr("ตัวชี้วัดที่ {0} {1} {2}").format(number, framework.indicator(number).name, format_score(score))
            for number, score in sorted(projection.indicators.items())
        ]
        self.projection_label.setText(tr("คะแนน OIT ที่คาดการณ์จากรายการนี้ (ประมาณการ): ") + " · ".join(parts))
        self.projection_label.setStyleSheet(f"color: {MUTED_TEXT.name()}")

    def _select(self, code: str | None) -> None:
        node = self.node_for(code) if code else None
        if node is not None:
            self.tree.setCurrentItem(node)
        self._show_detail(code if node is not None else None)

    def node_for(self, code: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                if group.child(j).data(COL_ITEM, CODE_ROLE) == code:
                    return group.child(j)
        return None

    # -- detail panel --------------------------------------------------------------------

    def _current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if self._loading:
            return
        code = current.data(COL_ITEM, CODE_ROLE) if current is not None else None
        self._show_detail(code)

    def _show_detail(self, code: str | None) -> None:
        self._current_code = code
        self.detail.setEnabled(code is not None)
        if code is None:
            self.detail.setTitle(tr("รายละเอียดข้อ (เลือกข้อจากรายการด้านบน)"))
            self.responsible_edit.clear()
            self.links_panel.show_item(self.year, None, (), {})
            self.progress_edit.clear()
            self.components_view.clear()
            return
        framework = self.store.framework(self.year)
        item = framework.item(code)
        entry = self.store.checklist(self.year)[code]
        self.detail.setTitle(f"{item.code} {item.title}")
        self.responsible_edit.setText(entry.responsible)
        self.links_panel.show_item(
            self.year, code, entry.links, self.link_check.findings if self.link_check else {}
        )
        self.progress_edit.setPlainText(entry.progress)
        if item.components:
            bullets = "".join(f"<li>{escape(framework.render(c))}</li>" for c in item.components)
            self.components_view.setHtml(tr("<b>องค์ประกอบด้านข้อมูล</b><ul>{0}</ul>").format(bullets))
        else:
            self.components_view.setHtml(tr("<i>ยังไม่มีข้อมูลองค์ประกอบของข้อนี้ในเกณฑ์ปีนี้</i>"))

    def _toggle_components(self, shown: bool) -> None:
        self.components_view.setVisible(shown)
        self.components_button.setText(tr("ซ่อนองค์ประกอบด้านข้อมูล") if shown else tr("แสดงองค์ประกอบด้านข้อมูล"))

    # -- edits -------------------------------------------------------------------------------

    def _item_changed(self, node: QTreeWidgetItem, column: int) -> None:
        if self._loading or column != COL_ITEM:
            return
        code = node.data(COL_ITEM, CODE_ROLE)
        if code is None:
            return
        done = node.checkState(COL_ITEM) == Qt.CheckState.Checked
        _, ok = attempt(self, lambda: self.store.set_item_done(self.year, code, done))
        if ok:
            self.edited.emit()
            self._loading = True
            try:
                self._update_counts()
            finally:
                self._loading = False
        else:
            self.reload()

    def _links_edited(self) -> None:
        self.edited.emit()
        self.reload()

    def _field_edited(self, field: str) -> None:
        code = self._current_code
        if self._loading or code is None:
            return
        widget = {"responsible": self.responsible_edit}.get(field)
        value = widget.text().strip() if widget is not None else self.progress_edit.toPlainText()
        entry = self.store.checklist(self.year)[code]
        if getattr(entry, field) == value:
            return
        _, ok = attempt(self, lambda: self.store.set_item_field(self.year, code, field, value))
        if ok:
            self.edited.emit()
        self.reload()
