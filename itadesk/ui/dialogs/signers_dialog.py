"""File → ผู้ลงนามท้ายรายงาน…: who signs the reports (ผู้รายงาน, ผู้ตรวจสอบ, ผู้บริหาร),
each with a name and a position, set once for the workspace and saved as one undoable
edit. A field left empty prints a dotted line in the reports, to be filled in by pen."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from itadesk.db import Store
from itadesk.db.signers import set_signers, signers
from itadesk.errors import ITADeskError
from itadesk.signing import LIMIT, ROLES, Signers
from itadesk.ui.feedback import save_cancel_buttons
from itadesk.ui.i18n import tr


def _roles() -> dict[str, tuple[str, str, str]]:
    """Each role's title and the examples its name and position fields show."""
    return {
        "reporter": (tr("ผู้รายงาน"), tr("เช่น นางสาวสมศรี ใจดี"), tr("เช่น นักวิเคราะห์นโยบายและแผน")),
        "reviewer": (tr("ผู้ตรวจสอบ"), tr("เช่น นายสมชาย รักงาน"), tr("เช่น ปลัดองค์การบริหารส่วนตำบล")),
        "executive": (tr("ผู้บริหาร"), tr("เช่น นายประเสริฐ มั่นคง"), tr("เช่น นายกองค์การบริหารส่วนตำบล")),
    }


class SignersDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(tr("ผู้ลงนามท้ายรายงาน"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "ชื่อและตำแหน่งที่พิมพ์ใต้ช่องลงชื่อท้ายรายงาน (มาตรการ แนวทาง IIT/EIT และการวิเคราะห์ผล) "
                "ช่องที่เว้นว่างจะพิมพ์เป็นเส้นประให้เขียนด้วยมือ"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.name_edits: dict[str, QLineEdit] = {}
        self.position_edits: dict[str, QLineEdit] = {}
        roles = _roles()
        for signer in signers(store):
            title, *hints = roles[signer.role]
            box = QGroupBox(title)
            form = QFormLayout(box)
            name, position = QLineEdit(signer.name), QLineEdit(signer.position)
            for edit, hint in zip((name, position), hints, strict=True):
                edit.setMaxLength(LIMIT)
                edit.setPlaceholderText(hint)
            form.addRow(tr("ชื่อ-นามสกุล"), name)
            form.addRow(tr("ตำแหน่ง"), position)
            self.name_edits[signer.role], self.position_edits[signer.role] = name, position
            layout.addWidget(box)
        buttons, self.error_label = save_cancel_buttons(self)
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def signers(self) -> Signers:
        return Signers.of(
            **{role: (self.name_edits[role].text(), self.position_edits[role].text()) for role in ROLES}
        )

    def accept(self) -> None:
        try:
            set_signers(self.store, self.signers())
        except ITADeskError as exc:
            self.error_label.setText(str(exc))
            return
        super().accept()


def edit_signers(window) -> bool:
    """Open the dialog over ``window`` (the main window); True when saved."""
    accepted = SignersDialog(window.store, window).exec() == QDialog.DialogCode.Accepted
    if accepted:
        window.statusBar().showMessage(tr("บันทึกผู้ลงนามท้ายรายงานแล้ว"), 8000)
    return accepted
