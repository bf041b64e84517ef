"""ปฏิทินการประเมินของปีนี้…: the year's dates (registration, OIT window, IIT/EIT window,
results), edited by the office when the NACC announces them. Until then they are the last
known year's, and the dialog and the dashboard say so."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from itadesk.db import Store
from itadesk.frameworks import CALENDAR_DATES, to_document
from itadesk.thai import BE_OFFSET
from itadesk.ui.feedback import attempt, save_cancel_buttons
from itadesk.ui.i18n import tr
from itadesk.ui.tabs.analysis_tab import date_labels

TYPICAL = {
    "registration_start": (1, 1),
    "registration_end": (2, 28),
    "oit_submission_start": (3, 1),
    "oit_submission_end": (4, 30),
    "survey_start": (3, 1),
    "survey_end": (6, 30),
    "results": (8, 31),
}
"""The NACC's usual calendar (ITA-FRAMEWORKS.md), for a year that carries none."""


class CalendarDialog(QDialog):
    def __init__(self, store: Store, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.year = store, year
        framework = store.framework(year)
        self.setWindowTitle(tr("ปฏิทินการประเมิน ITA ปี {0}").format(year))
        known = dict(framework.calendar) or {"oit_submission_end": framework.oit_deadline_month_day}
        gregorian = year - BE_OFFSET
        form = QFormLayout()
        self.edits: dict[str, QDateEdit] = {}
        for key in CALENDAR_DATES:
            month, day = known.get(key, TYPICAL[key])
            edit = QDateEdit(QDate(gregorian, month, day))
            edit.setLocale(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
            edit.setDisplayFormat("d MMMM")
            edit.setDateRange(QDate(gregorian, 1, 1), QDate(gregorian, 9, 30))
            edit.setCalendarPopup(True)
            form.addRow(date_labels()[key], edit)
            self.edits[key] = edit
        self.assumed_check = QCheckBox(tr("ยังเป็นวันที่ตามปฏิทินปีก่อน (สำนักงาน ป.ป.ช. ยังไม่ประกาศของปีนี้)"))
        self.assumed_check.setChecked(framework.calendar_assumed or not framework.calendar)
        basis = QLabel(framework.calendar_basis)
        basis.setWordWrap(True)
        buttons, self.error_label = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.assumed_check)
        layout.addWidget(basis)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def accept(self) -> None:
        document = to_document(self.store.framework(self.year))
        calendar = {key: f"{e.date().month():02d}-{e.date().day():02d}" for key, e in self.edits.items()}
        if self.assumed_check.isChecked():
            calendar["assumed"] = True
            calendar["basis"] = document["calendar"].get("basis", "")
        else:
            calendar["basis"] = tr("แก้ไขตามประกาศโดยสำนักงาน")
        document["calendar"] = calendar
        _, ok = attempt(self, lambda: self.store.set_framework(self.year, document))
        if ok:
            super().accept()


def edit_calendar(parent: QWidget, store: Store, year: int) -> bool:
    return CalendarDialog(store, year, parent).exec() == QDialog.DialogCode.Accepted
