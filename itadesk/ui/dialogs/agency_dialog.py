"""The agency and user dialog, shown on first run and from the File menu.

The agency's name, type, district and province head every report; the user's name goes
into the audit log with every edit, which is why it is asked for up front.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from itadesk.records import AGENCY_KINDS, AGENCY_LIMITS, Agency
from itadesk.ui.feedback import save_cancel_buttons
from itadesk.ui.i18n import tr


class AgencyDialog(QDialog):
    def __init__(
        self, agency: Agency, user_name: str, *, first_run: bool = False, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(tr("ข้อมูลหน่วยงาน") if not first_run else tr("ยินดีต้อนรับสู่ ITADesk"))
        layout = QVBoxLayout(self)
        if first_run:
            intro = QLabel(
                tr(
                    "กรอกข้อมูลหน่วยงานของท่านเพื่อใช้ในหัวรายงาน และชื่อผู้ใช้สำหรับบันทึกประวัติการแก้ไข\n"
                    "แก้ไขภายหลังได้จากเมนู แฟ้ม → ข้อมูลหน่วยงาน"
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(agency.name)
        self.name_edit.setPlaceholderText(tr("เช่น หัวเรือ"))
        self.kind_combo = QComboBox()
        for kind in AGENCY_KINDS:  # shown in the window's language, stored in Thai
            self.kind_combo.addItem(tr(kind), kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(agency.kind)))
        self.district_edit = QLineEdit(agency.district)
        self.province_edit = QLineEdit(agency.province)
        self.website_edit = QLineEdit(agency.website)
        self.website_edit.setPlaceholderText("https://")
        for name in ("name", "district", "province", "website"):
            getattr(self, f"{name}_edit").setMaxLength(AGENCY_LIMITS[name])
        self.user_edit = QLineEdit(user_name)
        self.user_edit.setPlaceholderText(tr("ชื่อ - นามสกุล ผู้ใช้เครื่องนี้"))
        form.addRow(tr("ชื่อหน่วยงาน *"), self.name_edit)
        form.addRow(tr("ประเภท"), self.kind_combo)
        form.addRow(tr("อำเภอ"), self.district_edit)
        form.addRow(tr("จังหวัด"), self.province_edit)
        form.addRow(tr("เว็บไซต์"), self.website_edit)
        form.addRow(tr("ชื่อผู้ใช้ *"), self.user_edit)
        layout.addLayout(form)
        buttons, self.error_label = save_cancel_buttons(self)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def agency(self) -> Agency:
        return Agency(
            name=self.name_edit.text().strip(),
            kind=self.kind_combo.currentData(),
            district=self.district_edit.text().strip(),
            province=self.province_edit.text().strip(),
            website=self.website_edit.text().strip(),
        )

    def user_name(self) -> str:
        return self.user_edit.text().strip()

    def accept(self) -> None:
        if not self.name_edit.text().strip():
            self.error_label.setText(tr("โปรดกรอกชื่อหน่วยงาน"))
            self.name_edit.setFocus()
            return
        if not self.user_edit.text().strip():
            self.error_label.setText(tr("โปรดกรอกชื่อผู้ใช้"))
            self.user_edit.setFocus()
            return
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, agency: Agency, user_name: str, *, first_run: bool = False
    ) -> tuple[tuple[Agency, str] | None, bool]:
        dialog = cls(agency, user_name, first_run=first_run, parent=parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return (dialog.agency(), dialog.user_name()), True
        return None, False
