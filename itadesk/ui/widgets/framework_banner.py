"""The strip above the tabs that says, while the year's framework is not the NACC manual's,
what is not known and the one thing that fixes it.

An office preparing ITA 2570 in December sees a list ITADesk copied or pieced together; the
banner keeps that visible on every tab (not only in the checklist) and offers the action that
ends it: bringing the list in from the manual the office receives.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from itadesk.frameworks import Framework
from itadesk.ui.i18n import tr


class FrameworkBanner(QFrame):
    fix_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("frameworkBanner")
        self.setStyleSheet(
            "#frameworkBanner { background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; }"
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.fix_button = QPushButton(tr("ปรับรายการตามคู่มือ…"))
        self.fix_button.clicked.connect(lambda _checked=False: self.fix_requested.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.fix_button)
        self.hide()

    def show_for(self, framework: Framework) -> None:
        """Shown for an unconfirmed framework, hidden once the office has confirmed it."""
        if not framework.unconfirmed:
            self.hide()
            return
        unknown = framework.notes or tr("รายการข้อยังไม่ได้ตรวจกับคู่มือของสำนักงาน ป.ป.ช.")
        self.message.setText(
            tr(
                "<b>เกณฑ์ปี {0} ยังไม่ยืนยัน</b> ({1}) — {2}<br>เมื่อได้รับคู่มือการประเมินแล้ว กด “ปรับรายการตามคู่มือ…” แล้ววางรายการข้อจากคู่มือ"
            ).format(framework.fiscal_year, framework.variant_label, _escape(unknown))
        )
        self.show()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
