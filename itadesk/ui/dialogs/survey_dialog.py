"""The year's IIT and EIT survey links (as the NACC's system gives them to the office) and
their survey periods, which the posters print; saved together as one undoable edit."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from itadesk.db import Store
from itadesk.db.surveys import SURVEYS, set_survey_link, survey_links
from itadesk.errors import ITADeskError
from itadesk.ui.feedback import save_cancel_buttons
from itadesk.ui.i18n import tr


class SurveyLinksDialog(QDialog):
    def __init__(self, store: Store, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.year = store, year
        self.setWindowTitle(tr("ลิงก์แบบวัด IIT/EIT ปี {0}").format(year))
        form = QFormLayout(self)
        intro = QLabel(tr("คัดลอกลิงก์แบบวัดของหน่วยงานจากระบบของสำนักงาน ป.ป.ช. โปสเตอร์จะพิมพ์เป็น QR Code"))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.url_edits: dict[str, QLineEdit] = {}
        self.period_edits: dict[str, QLineEdit] = {}
        current = survey_links(store, year)
        for tool in SURVEYS:
            url = QLineEdit(current[tool].url)
            url.setPlaceholderText("https://…")
            period = QLineEdit(current[tool].period)
            period.setPlaceholderText(tr("เช่น 1 พ.ค. – 31 ก.ค. {0}").format(year))
            self.url_edits[tool], self.period_edits[tool] = url, period
            form.addRow(tr("ลิงก์แบบวัด {0}").format(tool.upper()), url)
            form.addRow(tr("ระยะเวลาการประเมิน {0}").format(tool.upper()), period)
        buttons, self.error_label = save_cancel_buttons(self)
        self.error_label.setWordWrap(True)
        form.addRow(self.error_label)
        form.addRow(buttons)
        self.setMinimumWidth(620)

    def accept(self) -> None:
        try:
            with self.store.batch():
                for tool in SURVEYS:
                    set_survey_link(
                        self.store, self.year, tool,
                        url=self.url_edits[tool].text(), period=self.period_edits[tool].text(),
                    )  # fmt: skip
        except ITADeskError as exc:
            self.error_label.setText(str(exc))
            return
        super().accept()
