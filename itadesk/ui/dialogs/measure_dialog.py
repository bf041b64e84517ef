"""The full measure editor: every field of a measure in one form, multi-line where the
seeds' cells run to several paragraphs, with the ten indicators as checkboxes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from itadesk.frameworks import Framework
from itadesk.records import MEASURE_FIELD_LABELS, ROUND_LABELS, STATUS_LABELS, Measure
from itadesk.ui.editing import ConfirmingDialog
from itadesk.ui.feedback import save_cancel_buttons
from itadesk.ui.i18n import DATA, tr

MULTILINE_FIELDS = ("title", "steps", "responsible", "output", "outcome", "recommendation")


class MeasureDialog(ConfirmingDialog):
    def __init__(self, framework: Framework, measure: Measure | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("แก้ไขมาตรการ") if measure else tr("เพิ่มมาตรการ"))
        self.editors: dict[str, QPlainTextEdit] = {}
        form_host = QWidget()
        form = QFormLayout(form_host)
        for field in MULTILINE_FIELDS:
            editor = QPlainTextEdit(getattr(measure, field) if measure else "")
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(48 if field in ("title", "responsible") else 90)
            self.editors[field] = editor
            form.addRow(tr(MEASURE_FIELD_LABELS[field]), editor)
            if field == "steps":
                self.period_edit = QLineEdit(measure.period if measure else "")
                self.period_edit.setPlaceholderText(tr("เช่น ต.ค. ๖๕ – มี.ค. ๖๖ หรือ ตลอดปีงบประมาณ"))
                form.addRow(tr(MEASURE_FIELD_LABELS["period"]), self.period_edit)
        self.status_combo = QComboBox()
        for key, label in STATUS_LABELS.items():
            self.status_combo.addItem(tr(label), key)
        self.status_combo.setCurrentIndex(
            self.status_combo.findData(measure.status if measure else "not_started")
        )
        self.round_combo = QComboBox()
        for key, label in ROUND_LABELS.items():
            self.round_combo.addItem(tr(label), key)
        self.round_combo.setCurrentIndex(self.round_combo.findData(measure.round if measure else "full"))
        form.addRow(tr(MEASURE_FIELD_LABELS["status"]), self.status_combo)
        form.addRow(tr(MEASURE_FIELD_LABELS["round"]), self.round_combo)

        indicators_box = QGroupBox(tr(MEASURE_FIELD_LABELS["indicators"]))
        grid = QGridLayout(indicators_box)
        self.indicator_checks: dict[int, QCheckBox] = {}
        chosen = set(measure.indicators) if measure else set()
        for i, indicator in enumerate(framework.indicators):
            check = QCheckBox(f"{indicator.number}. {indicator.name} ({indicator.tool})")
            check.setObjectName(DATA)  # the framework's indicator names
            check.setChecked(indicator.number in chosen)
            self.indicator_checks[indicator.number] = check
            grid.addWidget(check, i % 5, i // 5)
        form.addRow(indicators_box)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        buttons, self.error_label = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(860, 720)
        self._opened_with = self.values()

    def has_changes(self) -> bool:
        return self.values() != self._opened_with

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            field: editor.toPlainText().strip() for field, editor in self.editors.items()
        }
        values["period"] = self.period_edit.text().strip()
        values["status"] = self.status_combo.currentData()
        values["round"] = self.round_combo.currentData()
        values["indicators"] = [n for n, check in self.indicator_checks.items() if check.isChecked()]
        return values

    def accept(self) -> None:
        if not self.editors["title"].toPlainText().strip():
            self.error_label.setText(tr("โปรดกรอกชื่อมาตรการ/กิจกรรม"))
            self.editors["title"].setFocus()
            return
        super().accept()

    @classmethod
    def edit(
        cls, parent: QWidget | None, framework: Framework, measure: Measure | None = None
    ) -> tuple[dict[str, Any] | None, bool]:
        dialog = cls(framework, measure, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.values(), True
        return None, False
