"""The confirmation view of entries carried to a renumbered list: each entry the office
wrote (done, unit, URL, note), the item it is proposed to go to, how alike the titles are,
and a choice the clerk can change. Nothing moves until the dialog holding it is accepted."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itadesk.db.relist import Proposal
from itadesk.frameworks import CarriedEntry
from itadesk.ui.i18n import tr

KEEP = "keep"
DISCARD = "discard"


def _summary(entry: CarriedEntry) -> str:
    parts = [tr("ทำแล้ว") if entry.done else ""]
    parts += [entry.responsible or "", entry.url, entry.progress.splitlines()[0] if entry.progress else ""]
    return " · ".join(p for p in parts if p)


class MatchTable(QTableWidget):
    """One row per entry; column 3 is a combo of the target items (plus "keep as จากปีก่อน",
    and "discard" when ``allow_discard``)."""

    def __init__(
        self,
        proposals: list[Proposal],
        targets: dict[str, str],
        *,
        allow_discard: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(len(proposals), 4, parent)
        self.proposals = proposals
        self.setHorizontalHeaderLabels([tr("ข้อเดิม"), tr("ข้อมูลที่บันทึกไว้"), tr("ความคล้าย"), tr("ย้ายไปที่ข้อ")])
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.combos: list[QComboBox] = []
        for row, proposal in enumerate(proposals):
            entry = proposal.entry
            self.setItem(row, 0, QTableWidgetItem(f"{entry.code} {entry.title}"))
            self.setItem(row, 1, QTableWidgetItem(_summary(entry)))
            similarity = f"{round(proposal.similarity * 100)} %" if proposal.new_code else "–"
            self.setItem(row, 2, QTableWidgetItem(similarity))
            combo = QComboBox()
            combo.addItem(tr("ยังไม่จัด (เก็บไว้เป็น “จากปีก่อน”)"), KEEP)
            if allow_discard:
                combo.addItem(tr("ทิ้งข้อมูลนี้"), DISCARD)
            for code, title in targets.items():
                combo.addItem(f"{code} {title}", code)
            index = combo.findData(proposal.new_code) if proposal.new_code else 0
            combo.setCurrentIndex(max(index, 0))
            combo.setMinimumContentsLength(24)
            self.setCellWidget(row, 3, combo)
            self.combos.append(combo)
        self.setColumnWidth(1, 220)
        self.resizeRowsToContents()

    def choice(self, row: int) -> str | None:
        """The chosen target code, ``KEEP`` or ``DISCARD``."""
        return self.combos[row].currentData()

    def moves(self) -> dict[str, str | None]:
        """Entry code → target code, None to keep it as "จากปีก่อน" (discards left out)."""
        out: dict[str, str | None] = {}
        for row, proposal in enumerate(self.proposals):
            value = self.choice(row)
            if value != DISCARD:
                out[proposal.entry.code] = None if value == KEEP else value
        return out

    def duplicate_targets(self) -> list[str]:
        chosen = [v for v in self.moves().values() if v]
        return sorted({v for v in chosen if chosen.count(v) > 1})


def confirm_carry(
    parent: QWidget, proposals: list[Proposal], targets: dict[str, str], source: int, target: int
) -> dict[str, str | None] | None:
    """The new-year confirmation: last year's entries → this year's items. None: cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("ย้ายข้อมูลรายการตรวจจากปี {0} ไปปี {1}").format(source, target))
    dialog.resize(1100, 620)
    intro = QLabel(
        tr(
            "ผู้รับผิดชอบและลิงก์ของรายการตรวจปี {0} จะไปอยู่ที่ข้อของปี {1} ตามความหมายของชื่อข้อ (เลขข้ออาจเปลี่ยน) โปรดตรวจและเปลี่ยนได้ ข้อที่ไม่มีคู่จะเก็บไว้เป็น “จากปีก่อน” ไม่สูญหาย"
        ).format(source, target)
    )
    intro.setWordWrap(True)
    table = MatchTable(proposals, targets, parent=dialog)
    error = QLabel()
    error.setStyleSheet("color: #a4262c")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("ยืนยันและเริ่มปีใหม่"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("ยกเลิก"))

    def accept() -> None:
        twice = table.duplicate_targets()
        if twice:
            error.setText(tr("ข้อ {0} ถูกเลือกให้รับข้อมูลมากกว่าหนึ่งข้อ โปรดเลือกใหม่").format(", ".join(twice)))
            return
        dialog.accept()

    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addWidget(table, 1)
    layout.addWidget(error)
    layout.addWidget(buttons)
    dialog.table = table
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return table.moves()
