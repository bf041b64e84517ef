"""Correcting or completing a year's framework: items, sub-indicators, weights, deadline.

The NACC changes its item list every year and ITADesk's 2568 list ships incomplete, so the
office edits the framework from the manual it receives: rename, add, remove and move items
between sub-indicators, set indicator names and weights, and the OIT submission deadline.
The dialog edits a copy of the framework document; "บันทึก" validates it (a Thai message
names what is wrong) and stores it. Checklist entries follow items by code, so they stay
attached whatever is renamed or moved. Import and export read and write the same JSON.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itadesk.db import Store
from itadesk.errors import StoreError
from itadesk.frameworks import FrameworkError, load_framework_file, to_document
from itadesk.ui.editing import ConfirmingDialog
from itadesk.ui.feedback import attempt, save_cancel_buttons
from itadesk.ui.i18n import tr

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP, ITEM = "group", "item"


class FrameworkEditor(ConfirmingDialog):
    def __init__(self, store: Store, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.year = year
        self.document: dict[str, Any] = to_document(store.framework(year))
        self._current: tuple[int, int] | None = None  # (group index, item index) shown in the form
        self.setWindowTitle(tr("แก้ไขเกณฑ์การประเมิน ปี {0}").format(year))
        self.resize(1100, 760)

        self.title_edit = QLineEdit(self.document["title"])
        self.complete_check = QCheckBox(tr("รายการข้อครบถ้วนตามคู่มือการประเมินแล้ว"))
        self.complete_check.setChecked(self.document["complete"])
        self.deadline_edit = QDateEdit()
        self.deadline_edit.setLocale(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
        self.deadline_edit.setDisplayFormat("d MMMM")
        month, day = (int(x) for x in self.document["calendar"]["oit_submission_end"].split("-"))
        self.deadline_edit.setDate(QDate(2000, month, day))
        top = QFormLayout()
        top.addRow(tr("ชื่อเกณฑ์"), self.title_edit)
        top.addRow("", self.complete_check)
        top.addRow(tr("วันสุดท้ายของการส่ง OIT"), self.deadline_edit)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("ตัวชี้วัดย่อย / ข้อ")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.add_item_button = QPushButton(tr("เพิ่มข้อ"))
        self.remove_item_button = QPushButton(tr("ลบข้อ"))
        self.move_item_button = QPushButton(tr("ย้ายไปตัวชี้วัดย่อยอื่น…"))
        self.add_group_button = QPushButton(tr("เพิ่มตัวชี้วัดย่อย…"))
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_item_button.clicked.connect(self.remove_item)
        self.move_item_button.clicked.connect(lambda: self.move_item())
        self.add_group_button.clicked.connect(lambda: self.add_group())
        tree_buttons = QHBoxLayout()
        for button in (
            self.add_item_button,
            self.remove_item_button,
            self.move_item_button,
            self.add_group_button,
        ):
            tree_buttons.addWidget(button)

        self.code_label = QLabel()
        self.item_title = QLineEdit()
        self.item_components = QPlainTextEdit()
        self.item_components.setPlaceholderText(tr("องค์ประกอบด้านข้อมูล ข้อละหนึ่งบรรทัด ใช้ {year} แทนปีที่ประเมิน"))
        self.item_responsible = QLineEdit()
        self.item_responsible.setPlaceholderText(tr("เช่น สำนักปลัด, กองคลัง"))
        self.group_name = QLineEdit()
        self.item_form = QGroupBox(tr("ข้อที่เลือก"))
        form = QFormLayout(self.item_form)
        form.addRow(tr("รหัสข้อ"), self.code_label)
        form.addRow(tr("ชื่อข้อ"), self.item_title)
        form.addRow(tr("องค์ประกอบ"), self.item_components)
        form.addRow(tr("ผู้รับผิดชอบ"), self.item_responsible)
        form.addRow(tr("ชื่อตัวชี้วัดย่อย"), self.group_name)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(tree_buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.item_form)
        splitter.setSizes([520, 560])

        self.weights = QTableWidget(0, 4)
        self.weights.setHorizontalHeaderLabels([tr("ตัวชี้วัด"), tr("ชื่อ"), tr("เครื่องมือ"), tr("น้ำหนัก (%)")])
        self.weights.verticalHeader().hide()
        self.weights.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.weight_sum = QLabel()
        weights_box = QGroupBox(tr("ตัวชี้วัดและน้ำหนัก"))
        weights_layout = QVBoxLayout(weights_box)
        weights_layout.addWidget(self.weights)
        weights_layout.addWidget(self.weight_sum)

        self.import_button = QPushButton(tr("นำเข้าจากไฟล์…"))
        self.export_button = QPushButton(tr("ส่งออกเป็นไฟล์…"))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button.clicked.connect(lambda: self.export_file())
        buttons, self.error_label = save_cancel_buttons(self)
        self.error_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 3)
        layout.addWidget(weights_box, 2)
        layout.addWidget(self.error_label)
        layout.addLayout(bottom)
        self._fill()
        self._opened_with = self.edited_document()

    def has_changes(self) -> bool:
        return self.edited_document() != self._opened_with

    # -- showing the document --------------------------------------------------------------

    def _fill(self, select: tuple[int, int] | None = None) -> None:
        self._current = None
        self.tree.blockSignals(True)
        self.tree.clear()
        for g, group in enumerate(self.document["oit_groups"]):
            node = QTreeWidgetItem(
                [tr("{0} {1} (ตัวชี้วัดที่ {2})").format(group["code"], group["name"], group["indicator"])]
            )
            node.setData(0, KIND_ROLE, (GROUP, g, -1))
            self.tree.addTopLevelItem(node)
            for i, item in enumerate(group["items"]):
                child = QTreeWidgetItem([f"{item['code']} {item['title']}"])
                child.setData(0, KIND_ROLE, (ITEM, g, i))
                node.addChild(child)
            node.setExpanded(True)
        self.tree.blockSignals(False)
        self.weights.blockSignals(True)
        self.weights.setRowCount(len(self.document["indicators"]))
        for row, ind in enumerate(self.document["indicators"]):
            number = QTableWidgetItem(str(ind["number"]))
            number.setFlags(Qt.ItemFlag.ItemIsEnabled)
            tool = QTableWidgetItem(ind["tool"])
            tool.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.weights.setItem(row, 0, number)
            self.weights.setItem(row, 1, QTableWidgetItem(ind["name"]))
            self.weights.setItem(row, 2, tool)
            spin = QDoubleSpinBox()
            spin.setRange(0, 100)
            spin.setDecimals(2)
            spin.setValue(float(ind["weight"]))
            spin.valueChanged.connect(self._show_weight_sum)
            self.weights.setCellWidget(row, 3, spin)
        self.weights.blockSignals(False)
        self._show_weight_sum()
        if select is not None:
            group = self.tree.topLevelItem(select[0])
            self.tree.setCurrentItem(group.child(select[1]) if select[1] >= 0 else group)
        else:
            self._show_item(None)

    def _show_weight_sum(self) -> None:
        total = sum(self.weights.cellWidget(r, 3).value() for r in range(self.weights.rowCount()))
        ok = abs(total - 100) < 1e-6
        self.weight_sum.setText(tr("รวม {0:.2f}%").format(total) + ("" if ok else tr(" (ต้องรวมได้ 100%)")))
        self.weight_sum.setStyleSheet("" if ok else "color: #b00020")

    def _current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        self._store_form()
        kind = current.data(0, KIND_ROLE) if current is not None else None
        self._show_item(kind)

    def _show_item(self, kind) -> None:
        self._current = None
        has_item = kind is not None and kind[0] == ITEM
        for widget in (self.item_title, self.item_components, self.item_responsible):
            widget.setEnabled(has_item)
        self.remove_item_button.setEnabled(has_item)
        self.move_item_button.setEnabled(has_item)
        self.add_item_button.setEnabled(kind is not None)
        self.group_name.setEnabled(kind is not None)
        if kind is None:
            self.code_label.clear()
            self.item_title.clear()
            self.item_components.clear()
            self.item_responsible.clear()
            self.group_name.clear()
            return
        _kind, g, i = kind
        group = self.document["oit_groups"][g]
        self.group_name.setText(group["name"])
        if has_item:
            item = group["items"][i]
            self.code_label.setText(item["code"])
            self.item_title.setText(item["title"])
            self.item_components.setPlainText("\n".join(item["components"]))
            self.item_responsible.setText(", ".join(item["responsible"]))
        else:
            self.code_label.setText(tr("ตัวชี้วัดย่อย {0}").format(group["code"]))
            for widget in (self.item_title, self.item_components, self.item_responsible):
                widget.clear()
        self._current = (g, i)

    def _store_form(self) -> None:
        """Write the form back into the document (called before anything else changes it)."""
        if self._current is None:
            return
        g, i = self._current
        group = self.document["oit_groups"][g]
        group["name"] = self.group_name.text().strip() or group["name"]
        if i >= 0:
            item = group["items"][i]
            item["title"] = self.item_title.text().strip()
            item["components"] = [
                line.strip() for line in self.item_components.toPlainText().splitlines() if line.strip()
            ]
            item["responsible"] = [r.strip() for r in self.item_responsible.text().split(",") if r.strip()]

    # -- changing the document ---------------------------------------------------------------

    def _next_code(self) -> str:
        numbers = [int(item["code"][1:]) for group in self.document["oit_groups"] for item in group["items"]]
        return f"O{max(numbers, default=0) + 1}"

    def add_item(self, title: str = "ข้อใหม่") -> str | None:
        if self._current is None:
            return None
        self._store_form()
        g, i = self._current
        code = self._next_code()
        items = self.document["oit_groups"][g]["items"]
        position = i + 1 if i >= 0 else len(items)
        items.insert(position, {"code": code, "title": title, "components": [], "responsible": []})
        self._fill(select=(g, position))
        self.item_title.setFocus()
        self.item_title.selectAll()
        return code

    def remove_item(self) -> None:
        if self._current is None or self._current[1] < 0:
            return
        self._store_form()
        g, i = self._current
        items = self.document["oit_groups"][g]["items"]
        if len(items) == 1:
            self.error_label.setText(tr("ตัวชี้วัดย่อยต้องมีอย่างน้อยหนึ่งข้อ ย้ายหรือเพิ่มข้ออื่นก่อนลบ"))
            return
        items.pop(i)
        self._fill(select=(g, min(i, len(items) - 1)))

    def move_item(self, target_code: str | None = None) -> None:
        if self._current is None or self._current[1] < 0:
            return
        self._store_form()
        g, i = self._current
        groups = self.document["oit_groups"]
        if target_code is None:
            labels = [f"{group['code']} {group['name']}" for group in groups]
            label, ok = QInputDialog.getItem(self, tr("ย้ายข้อ"), tr("ย้ายไปตัวชี้วัดย่อย:"), labels, g, False)
            if not ok:
                return
            target_code = groups[labels.index(label)]["code"]
        target = next(index for index, group in enumerate(groups) if group["code"] == target_code)
        if target == g:
            return
        if len(groups[g]["items"]) == 1:
            self.error_label.setText(tr("ตัวชี้วัดย่อยต้องมีอย่างน้อยหนึ่งข้อ"))
            return
        item = groups[g]["items"].pop(i)
        groups[target]["items"].append(item)
        self._fill(select=(target, len(groups[target]["items"]) - 1))

    def add_group(
        self, code: str | None = None, name: str | None = None, indicator: int | None = None
    ) -> None:
        self._store_form()
        oit = [ind["number"] for ind in self.document["indicators"] if ind["tool"] == "OIT"]
        if code is None:
            code, ok = QInputDialog.getText(self, tr("เพิ่มตัวชี้วัดย่อย"), tr("รหัส (เช่น 9.6):"))
            if not ok or not code.strip():
                return
            name, ok = QInputDialog.getText(self, tr("เพิ่มตัวชี้วัดย่อย"), tr("ชื่อตัวชี้วัดย่อย:"))
            if not ok or not name.strip():
                return
            choice, ok = QInputDialog.getItem(
                self, tr("เพิ่มตัวชี้วัดย่อย"), tr("อยู่ใต้ตัวชี้วัดที่:"), [str(n) for n in oit], 0, False
            )
            if not ok:
                return
            indicator = int(choice)
        groups = self.document["oit_groups"]
        groups.append(
            {
                "code": code.strip(),
                "name": (name or "").strip(),
                "indicator": indicator or oit[0],
                "items": [
                    {"code": self._next_code(), "title": tr("ข้อใหม่"), "components": [], "responsible": []}
                ],
            }
        )
        self._fill(select=(len(groups) - 1, 0))

    def edited_document(self) -> dict[str, Any]:
        self._store_form()
        document = copy.deepcopy(self.document)
        document["title"] = self.title_edit.text().strip()
        document["complete"] = self.complete_check.isChecked()
        date = self.deadline_edit.date()
        document.setdefault("calendar", {})["oit_submission_end"] = f"{date.month():02d}-{date.day():02d}"
        for row, ind in enumerate(document["indicators"]):
            ind["name"] = self.weights.item(row, 1).text().strip()
            ind["weight"] = self.weights.cellWidget(row, 3).value()
        return document

    def accept(self) -> None:
        try:
            self.store.set_framework(self.year, self.edited_document())
        except StoreError as exc:
            self.error_label.setText(str(exc))
            return
        super().accept()

    # -- files -----------------------------------------------------------------------------

    def import_file(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, tr("นำเข้าเกณฑ์การประเมิน"), "", tr("เกณฑ์ ITADesk (*.json)")
            )
            if not path:
                return False
        try:
            framework = load_framework_file(path)
        except FrameworkError as exc:
            QMessageBox.warning(
                self, tr("นำเข้าเกณฑ์ไม่สำเร็จ"), tr("ใช้ไฟล์ {0} ไม่ได้: {1}").format(Path(path).name, exc)
            )
            return False
        document = to_document(framework)
        if framework.fiscal_year != self.year:
            answer = QMessageBox.question(
                self,
                tr("นำเข้าเกณฑ์"),
                tr("ไฟล์นี้เป็นเกณฑ์ของปี {0} ใช้เป็นเกณฑ์ของปี {1} หรือไม่?").format(framework.fiscal_year, self.year),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            document["fiscal_year"] = self.year
        self.document = document
        self.title_edit.setText(document["title"])
        self.complete_check.setChecked(document["complete"])
        month, day = (int(x) for x in document["calendar"]["oit_submission_end"].split("-"))
        self.deadline_edit.setDate(QDate(2000, month, day))
        self._fill()
        return True

    def export_file(self, path: str | None = None) -> Path | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("ส่งออกเกณฑ์การประเมิน"), f"ita-{self.year}.json", tr("เกณฑ์ ITADesk (*.json)")
            )
            if not path:
                return None
        text = json.dumps(self.edited_document(), ensure_ascii=False, indent=1)
        _, ok = attempt(self, lambda: _write_text(Path(path), text), tr("ส่งออกเกณฑ์ไม่สำเร็จ"))
        return Path(path) if ok else None


def _write_text(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise StoreError(tr("บันทึกไฟล์ {0} ไม่ได้: {1}").format(path.name, exc.strerror or exc)) from exc


def edit_framework(parent: QWidget, store: Store, year: int) -> bool:
    return FrameworkEditor(store, year, parent).exec() == QDialog.DialogCode.Accepted
