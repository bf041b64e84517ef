"""“What if”: tick OIT items in a preview and watch the projected score move.

Nothing is saved: the preview starts from the checklist as it stands and only the
projection changes, beside the projection of the real checklist.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itadesk import analysis
from itadesk.db import Store
from itadesk.figures import done_codes
from itadesk.thai import format_number
from itadesk.ui.i18n import tr

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def projection_text(projection: analysis.Projection) -> str:
    """One line for the window: the projected OIT indicators, total and grade, as an estimate."""
    parts = [
        tr("ตัวชี้วัดที่ {0} {1}").format(n, format_number(v, 2, thai=False))
        for n, v in sorted(projection.oit.indicators.items())
    ]
    text = tr("OIT ที่คาดการณ์จากรายการตรวจ: ") + " · ".join(parts)
    if projection.total is not None and projection.grade is not None:
        source = tr("คะแนน IIT/EIT ปี {0}").format(projection.iit_eit_year)
        text += tr("\nคะแนนรวมโดยประมาณ {0} ระดับ {1} ({2} รวมกับ OIT ที่คาดการณ์)").format(
            format_number(projection.total, 2, thai=False), projection.grade.label, source
        )
    else:
        text += tr("\nคะแนนรวมโดยประมาณ: ยังไม่มีคะแนน IIT/EIT ของปีนี้หรือปีก่อน")
    return text


def _total_line(projection: analysis.Projection) -> str:
    if projection.total is None or projection.grade is None:
        return tr("ยังไม่มีคะแนน IIT/EIT ของปีนี้หรือปีก่อนให้รวมเป็นคะแนนรวม")
    return tr("คะแนนรวมประมาณ {0} ระดับ {1} (คะแนน IIT/EIT ปี {2})").format(
        format_number(projection.total, 2, thai=False), projection.grade.label, projection.iit_eit_year
    )


def outlook_text(outlook: analysis.Outlook) -> str:
    """The analysis tab's lines: the official result as the result, the checklist's
    projection only while there is none, and "if the rest is done" as a what-if."""
    lines = []
    if outlook.result_total is not None and outlook.result_grade is not None:
        lines.append(
            tr("ผลการประเมินจริง: คะแนนรวม {0} ระดับ {1}").format(
                format_number(outlook.result_total, 2, thai=False), outlook.result_grade.label
            )
        )
    if not outlook.checklist_used:
        lines.append(tr("ยังไม่ได้ใช้รายการตรวจ OIT ของปีนี้ (ไม่มีข้อที่ติ๊กหรือบันทึกไว้) จึงไม่คาดการณ์คะแนนจากรายการตรวจ"))
    elif outlook.current is not None:
        lines.append(projection_text(outlook.current))
    if outlook.remaining:
        lines.append(
            tr("ถ้าทำรายการที่เหลือครบ ({0} ข้อ): ").format(outlook.remaining) + _total_line(outlook.if_all_done)
        )
    return "\n".join(lines)


class WhatIfDialog(QDialog):
    def __init__(self, store: Store, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("ทดลองติ๊กรายการ OIT ปี {0} (ไม่บันทึก)").format(year))
        self.resize(860, 640)
        self.framework = store.framework(year)
        self.scores, self.previous = store.scores(year), store.scores(year - 1)
        entries = store.checklist(year)
        self.saved_done = done_codes(entries)

        intro = QLabel(
            tr("ติ๊กข้อที่คาดว่าจะทำได้ทันก่อนกำหนดส่ง แล้วดูคะแนนที่คาดการณ์เปลี่ยนไป การติ๊กในหน้านี้ไม่เปลี่ยนรายการตรวจจริง")
        )
        intro.setWordWrap(True)
        self.now_label = QLabel()
        self.now_label.setWordWrap(True)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.preview_label.setStyleSheet("font-weight: bold")
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("ข้อ / ข้อมูล")])
        for group in self.framework.oit_groups:
            parent_node = QTreeWidgetItem([tr("ตัวชี้วัดย่อยที่ {0} {1}").format(group.code, group.name)])
            self.tree.addTopLevelItem(parent_node)
            for item in group.items:
                node = QTreeWidgetItem([f"{item.code} {item.title}"])
                node.setData(0, CODE_ROLE, item.code)
                node.setCheckState(
                    0, Qt.CheckState.Checked if item.code in self.saved_done else Qt.CheckState.Unchecked
                )
                parent_node.addChild(node)
            parent_node.setExpanded(True)
        self.tree.itemChanged.connect(lambda *_: self._update())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("ปิด"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.now_label)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.now_label.setText(tr("ตามรายการตรวจจริง: ") + self._text(self.saved_done).replace("\n", " · "))
        self._update()

    def ticked(self) -> set[str]:
        out = set()
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                node = group.child(j)
                if node.checkState(0) == Qt.CheckState.Checked:
                    out.add(node.data(0, CODE_ROLE))
        return out

    def projection(self) -> analysis.Projection:
        return analysis.project(self.framework, self.ticked(), self.scores, self.previous)

    def _text(self, done: set[str]) -> str:
        return projection_text(analysis.project(self.framework, done, self.scores, self.previous))

    def _update(self) -> None:
        added = len(self.ticked() - self.saved_done)
        self.preview_label.setText(
            tr("ถ้าทำเพิ่มอีก {0} ข้อ: ").format(added) + self._text(self.ticked()).replace("\n", " · ")
        )
