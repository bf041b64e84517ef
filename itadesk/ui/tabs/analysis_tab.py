"""วิเคราะห์ผล: the year's analysis drafted from its scores and checklist, edited by the
office, turned into next year's measures; and the score the checklist projects.

Each cell of the analysis table (tool × urgent/improve) shows the office's text where it
edited the draft, else the live draft. A cell is saved when the user leaves it; a cell whose
draft changed after it was edited says so, and "สร้างร่างใหม่" replaces edited cells only
after asking. Each indicator row of the plan section adds a measure for the next fiscal year
in one click, started from a suggestion drawn from the seeds' real measures.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from itadesk import analysis, clock
from itadesk.db import Store
from itadesk.db.yearly import add_plan_measure
from itadesk.frameworks import TOOLS
from itadesk.suggestions import suggestions_for
from itadesk.thai import format_number
from itadesk.ui.feedback import attempt
from itadesk.ui.i18n import DATA, tr
from itadesk.ui.style import FAIL_TEXT, MUTED_TEXT, PASS_TEXT
from itadesk.ui.tabs.what_if import WhatIfDialog, outlook_text
from itadesk.ui.tabs.year_tab import YearTab
from itadesk.ui.widgets.text_edit import CommittingTextEdit

STALE_NOTE = "คะแนนหรือรายการตรวจเปลี่ยนไปหลังจากแก้ไขข้อความนี้ (กด “สร้างร่างใหม่” เพื่อดูร่างล่าสุด)"


class AnalysisTab(YearTab):
    years_changed = Signal()
    """A plan measure created a fiscal year that did not exist yet."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(store, parent)
        self.edits: dict[tuple[str, str], CommittingTextEdit] = {}
        self.stale_labels: dict[tuple[str, str], QLabel] = {}
        self.plan_rows: dict[int, tuple[QComboBox, QPushButton]] = {}
        self._drafts: dict[tuple[str, str], str] = {}
        self._stored: dict[tuple[str, str], tuple[str, str]] = {}

        self.projection_label = QLabel()
        self.projection_label.setWordWrap(True)
        self.projection_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.what_if_button = QPushButton(tr("ทดลองติ๊กรายการ (ถ้า…จะได้คะแนนเท่าไร)…"))
        self.what_if_button.clicked.connect(self.open_what_if)
        projection_box = QGroupBox(tr("ผลการประเมินและคะแนนที่คาดการณ์"))
        projection_layout = QHBoxLayout(projection_box)
        projection_layout.addWidget(self.projection_label, 1)
        projection_layout.addWidget(self.what_if_button, 0, Qt.AlignmentFlag.AlignTop)

        self.regenerate_button = QPushButton(tr("สร้างร่างใหม่จากคะแนนและรายการตรวจ"))
        self.regenerate_button.clicked.connect(self.regenerate)
        note = QLabel(tr("แก้ไขข้อความได้ทุกช่อง ระบบบันทึกเมื่อออกจากช่อง และใช้ข้อความนี้ในรายงานการวิเคราะห์ผล"))
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {MUTED_TEXT.name()}")
        table_box = QGroupBox(tr("การวิเคราะห์ผลการประเมินแต่ละเครื่องมือ"))
        grid = QGridLayout(table_box)
        grid.addWidget(note, 0, 0, 1, 2)
        grid.addWidget(self.regenerate_button, 0, 2, Qt.AlignmentFlag.AlignRight)
        for column, title in enumerate(analysis.SECTIONS.values(), start=1):
            header = QLabel(f"<b>{tr(title)}</b>")
            header.setWordWrap(True)
            grid.addWidget(header, 1, column)
        for row, tool in enumerate(TOOLS, start=2):
            name = QLabel(f"<b>{tr(analysis.TOOL_NAMES[tool])}</b>")
            name.setWordWrap(True)
            name.setAlignment(Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, row, 0)
            for column, section in enumerate(analysis.SECTIONS, start=1):
                cell = QWidget()
                cell_layout = QVBoxLayout(cell)
                cell_layout.setContentsMargins(0, 0, 0, 0)
                edit = CommittingTextEdit()
                edit.setMinimumHeight(130)
                edit.setPlaceholderText(tr("ไม่มีประเด็นในหัวข้อนี้จากคะแนนที่กรอก (พิมพ์ข้อความเองได้)"))
                edit.setAccessibleName(f"{tool} {analysis.SECTIONS[section]}")
                edit.editingFinished.connect(lambda t=tool, s=section: self._cell_edited(t, s))
                stale = QLabel(tr(STALE_NOTE))
                stale.setWordWrap(True)
                stale.setStyleSheet("color: #8a5300")
                stale.hide()
                cell_layout.addWidget(edit)
                cell_layout.addWidget(stale)
                self.edits[(tool, section)] = edit
                self.stale_labels[(tool, section)] = stale
                grid.addWidget(cell, row, column)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)

        self.plan_box = QGroupBox()
        self.plan_note = QLabel()
        self.plan_note.setWordWrap(True)
        plan_rows = QWidget()
        self.plan_grid = QGridLayout(plan_rows)
        self.plan_grid.setContentsMargins(0, 0, 0, 0)
        plan_layout = QVBoxLayout(self.plan_box)
        plan_layout.addWidget(self.plan_note)
        plan_layout.addWidget(plan_rows)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(projection_box)
        layout.addWidget(table_box)
        layout.addWidget(self.plan_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        if not self.year:
            return
        self._drafts = self.store.analysis_draft(self.year)
        self._stored = self.store.analysis_texts(self.year)
        for key, edit in self.edits.items():
            text, based_on = self._stored.get(key, ("", ""))
            edited = key in self._stored and text != based_on
            edit.setPlainText(text if edited else self._drafts[key])
            self.stale_labels[key].setVisible(edited and based_on != self._drafts[key])
        self._show_projection()
        self._fill_plan()

    def _show_projection(self) -> None:
        outlook = analysis.outlook(
            self.store.framework(self.year),
            self.store.checklist(self.year),
            self.store.scores(self.year),
            self.store.scores(self.year - 1),
            self.store.official_total(self.year),
        )
        self.projection_label.setText(outlook_text(outlook))

    def _fill_plan(self) -> None:
        while self.plan_grid.count():
            widget = self.plan_grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # gone from the screen now, not at the next event loop turn
                widget.deleteLater()
        self.plan_rows.clear()
        plan_year = self.year + 1
        framework = self.store.framework(self.year)
        self.plan_box.setTitle(tr("แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ ปีงบประมาณ พ.ศ. {0}").format(plan_year))
        existing = len(self.store.measures(plan_year)) if plan_year in self.store.years() else 0
        self.plan_note.setText(
            tr(
                "เลือกมาตรการตัวอย่างจากรายงานจริงของหน่วยงานอื่น แล้วกด “เพิ่ม” เพื่อสร้างมาตรการของปี {0} ที่เชื่อมกับตัวชี้วัดนั้น (แก้ไขต่อได้ในแท็บมาตรการ) · ปี {1} มีมาตรการแล้ว {2} รายการ"
            ).format(plan_year, plan_year, existing)
        )
        findings = sorted(
            analysis.findings(framework, self.store.scores(self.year)),
            key=lambda f: (f.section != "urgent", f.indicator),
        )
        if not findings:
            empty = QLabel(tr("ยังไม่มีคะแนนของปีนี้ กรอกคะแนนในแท็บคะแนนตัวชี้วัดก่อน"))
            empty.setStyleSheet(f"color: {MUTED_TEXT.name()}")
            self.plan_grid.addWidget(empty, 1, 0, 1, 3)
        for row, finding in enumerate(findings, start=1):
            urgent = finding.section == "urgent"
            verdict = tr("ต่ำกว่าเกณฑ์ ต้องแก้ไขโดยเร่งด่วน") if urgent else tr("ผ่านเกณฑ์")
            label = QLabel(
                tr("ตัวชี้วัดที่ {0} {1} {2} คะแนน ({3})").format(
                    finding.indicator, finding.name, format_number(finding.score, 2, thai=False), verdict
                )
            )
            label.setWordWrap(True)
            label.setObjectName(DATA)  # names the framework's indicator
            label.setStyleSheet(f"color: {(FAIL_TEXT if urgent else PASS_TEXT).name()}")
            combo = QComboBox()
            combo.addItem(tr("เริ่มจากหัวข้อเปล่า"), None)
            for suggestion in suggestions_for(finding.indicator):
                combo.addItem(suggestion.title, suggestion)
                combo.setItemData(combo.count() - 1, suggestion.steps, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(1 if combo.count() > 1 else 0)
            combo.setMinimumContentsLength(30)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            button = QPushButton(tr("เพิ่มเป็นมาตรการปี {0}").format(plan_year))
            button.clicked.connect(lambda _checked=False, n=finding.indicator: self.add_plan_measure(n))
            self.plan_grid.addWidget(label, row, 0)
            self.plan_grid.addWidget(combo, row, 1)
            self.plan_grid.addWidget(button, row, 2)
            self.plan_rows[finding.indicator] = (combo, button)
        self.plan_grid.setColumnStretch(0, 3)
        self.plan_grid.setColumnStretch(1, 4)

    # -- editing ---------------------------------------------------------------------------

    def _cell_edited(self, tool: str, section: str) -> None:
        key = (tool, section)
        text = self.edits[key].toPlainText()
        stored_text, based_on = self._stored.get(key, ("", ""))
        shown = stored_text if key in self._stored and stored_text != based_on else self._drafts[key]
        if text == shown:
            return
        draft = self._drafts[key]

        def save() -> None:
            # Edited back to the draft: stored as unedited, so it follows the data again.
            self.store.set_analysis_text(self.year, tool, section, text, draft=draft)

        _, ok = attempt(self, save)
        if ok:
            self._stored[key] = (text, draft)
            self.stale_labels[key].hide()
            self.edited.emit()
        else:
            self.reload()

    def edited_cells(self) -> list[tuple[str, str]]:
        return [key for key, (text, draft) in self._stored.items() if text != draft]

    def regenerate(self) -> None:
        """Bring every cell to the current draft; edited cells only if the user agrees."""
        edited = self.edited_cells()
        if not edited:
            self.reload()
            return
        answer = QMessageBox.question(
            self,
            tr("สร้างร่างใหม่"),
            tr(
                "มี {0} ช่องที่แก้ไขข้อความเองแล้ว\nแทนที่ข้อความเหล่านั้นด้วยร่างใหม่จากคะแนนและรายการตรวจหรือไม่?\n(ถ้าเลือก “ไม่” ข้อความที่แก้ไขไว้จะคงเดิม)"
            ).format(len(edited)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        drafts = self.store.analysis_draft(self.year)

        def replace() -> None:
            for tool, section in edited:
                draft = drafts[(tool, section)]
                self.store.set_analysis_text(self.year, tool, section, draft, draft=draft)

        _, ok = attempt(self, replace)
        if ok:
            self.edited.emit()
        self.reload()

    def add_plan_measure(self, indicator: int) -> None:
        combo, _button = self.plan_rows[indicator]
        suggestion = combo.currentData()
        years_before = set(self.store.years())
        measure, ok = attempt(
            self, lambda: add_plan_measure(self.store, self.year + 1, indicator, suggestion)
        )
        if not ok or measure is None:
            return
        self.edited.emit()
        if set(self.store.years()) != years_before:
            self.years_changed.emit()
        self._fill_plan()
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                tr("เพิ่มมาตรการ “{0}” ในปี {1} แล้ว").format(measure.title, measure.fiscal_year), 8000
            )

    def open_what_if(self) -> None:
        dialog = WhatIfDialog(self.store, self.year, self)
        dialog.exec()


def date_labels() -> dict[str, str]:
    """The calendar's dates as the window names them (``frameworks.CALENDAR_DATES``)."""
    return {
        "registration_start": tr("เปิดลงทะเบียนหน่วยงาน"),
        "registration_end": tr("ปิดลงทะเบียนหน่วยงาน"),
        "oit_submission_start": tr("เริ่มส่งข้อมูล OIT"),
        "oit_submission_end": tr("วันสุดท้ายของการส่งข้อมูล OIT"),
        "survey_start": tr("เริ่มเก็บแบบสำรวจ IIT/EIT"),
        "survey_end": tr("ปิดแบบสำรวจ IIT/EIT"),
        "results": tr("ประกาศผลการประเมิน"),
    }


def deadline_text(store: Store, year: int, today: dt.date | None = None) -> str:
    """The dashboard line: OIT items done / total and the countdown to the next date of the
    year's calendar that matters, named, and marked when the calendar is last year's."""
    framework = store.framework(year)
    entries = store.checklist(year)
    done = sum(entry.done for entry in entries.values())
    today = today or clock.today()
    coming = analysis.next_date(framework, today)
    if coming is not None:
        when = f"{coming.date.day}/{coming.date.month}/{coming.date.year + 543}"
        label = date_labels()[coming.key]
        if coming.days > 0:
            timing = tr("อีก {0} วันถึง{1} ({2})").format(coming.days, label, when)
        else:
            timing = tr("วันนี้: {0} ({1})").format(label, when)
        if coming.assumed:
            timing += tr(" — วันที่ตามปฏิทินปีก่อน ยังไม่ประกาศ")
    else:
        deadline = framework.oit_deadline
        when = f"{deadline.day}/{deadline.month}/{deadline.year + 543}"
        days = analysis.days_to_deadline(framework, today)
        if days >= -30:
            timing = tr("พ้นกำหนดส่ง OIT ({0}) มาแล้ว {1} วัน").format(when, -days)
        else:
            timing = tr("กำหนดส่ง OIT ({0}) ผ่านไปแล้ว").format(when)
    return tr("OIT ทำแล้ว {0}/{1} ข้อ · {2}").format(done, len(entries), timing)
