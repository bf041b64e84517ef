"""ช่วยเหลือ: the Thai user guide (F1) and the about dialog with version and licences."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from itadesk import __version__
from itadesk.help import guide_html
from itadesk.paths import fonts_dir
from itadesk.ui.i18n import tr

LICENCES = (
    ("ITADesk", "MIT License", None),
    ("แบบอักษร Sarabun", "SIL Open Font License 1.1 © The Sarabun Project Authors", "OFL.txt"),
    ("แบบอักษร DejaVu Sans (สัญลักษณ์ ☐ ☑)", "Bitstream Vera / DejaVu licence", "DejaVu-LICENSE.txt"),
    ("Qt / PySide6", "GNU LGPL v3", None),
    ("ReportLab", "BSD License", None),
    ("HarfBuzz (uharfbuzz)", "MIT License / Apache 2.0", None),
    ("PyThaiNLP และพจนานุกรมคำไทย", "Apache License 2.0", None),
    ("sqlite-utils, platformdirs, Babel, openpyxl", "Apache 2.0 / MIT / BSD", None),
)


def _closing(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("ปิด"))
    buttons.rejected.connect(dialog.reject)
    return buttons


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("คู่มือการใช้งาน ITADesk"))
        self.resize(760, 680)
        self.browser = QTextBrowser()
        self.browser.setHtml(guide_html())
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(_closing(self))


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("เกี่ยวกับ ITADesk"))
        self.resize(720, 600)
        about = QTextBrowser()
        rows = "".join(
            f"<tr><td>{escape(tr(name))}</td><td>{escape(licence)}</td></tr>"
            for name, licence, _f in LICENCES
        )
        about.setHtml(
            tr(
                "<h2>ITADesk {0}</h2><p>เครื่องมือเตรียมการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) สำหรับองค์กรปกครองส่วนท้องถิ่น ทำงานได้โดยไม่ต้องต่ออินเทอร์เน็ต</p><h3>สัญญาอนุญาต</h3><table cellpadding='4'>{1}</table>"
            ).format(escape(__version__), rows)
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(about, tr("เกี่ยวกับ"))
        for _name, _licence, file in LICENCES:
            if file is None:
                continue
            text = QTextBrowser()
            try:
                text.setPlainText((fonts_dir() / file).read_text(encoding="utf-8"))
            except OSError:
                text.setPlainText(tr("ไม่พบไฟล์สัญญาอนุญาต {0}").format(file))
            self.tabs.addTab(text, file)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(_closing(self))
