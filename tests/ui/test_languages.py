"""Thai by default, English on request: every tab and dialog is opened in both languages and
no label, button, tab, menu or title may be left untranslated or cut off."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
)

from itadesk.db import Store, open_workspace
from itadesk.db.backups import Backup, backup_copy
from itadesk.spreadsheets import Table
from itadesk.ui.app import application
from itadesk.ui.dialogs.agency_dialog import AgencyDialog
from itadesk.ui.dialogs.conflicts_dialog import ConflictsDialog
from itadesk.ui.dialogs.framework_editor import FrameworkEditor
from itadesk.ui.dialogs.help_dialogs import AboutDialog, GuideDialog
from itadesk.ui.dialogs.import_dialog import ImportDialog
from itadesk.ui.dialogs.measure_dialog import MeasureDialog
from itadesk.ui.dialogs.recovery import BackupChooser
from itadesk.ui.dialogs.report_export import ReportOptionsDialog
from itadesk.ui.dialogs.signers_dialog import SignersDialog
from itadesk.ui.dialogs.survey_dialog import SurveyLinksDialog
from itadesk.ui.i18n import DATA, install_translator, language, set_language
from itadesk.ui.main_window import MainWindow
from itadesk.ui.tabs.evidence_panel import LinkDialog
from itadesk.ui.tabs.what_if import WhatIfDialog

QT_ENGLISH_BUTTONS = {
    "OK", "Save", "Save All", "Open", "Yes", "Yes to All", "No", "No to All", "Abort", "Retry", "Ignore",
    "Close", "Cancel", "Discard", "Help", "Apply", "Reset", "Restore Defaults", "Show Details...",
}  # fmt: skip
"""Qt's own button texts in English: the Thai window must show none of them."""
THAI = re.compile(r"[\u0e01-\u0e4f]")  # Thai letters and marks; Thai digits may be shown as examples
ENGLISH_WORD = re.compile(r"\b(the|and|of|to|is)\b", re.IGNORECASE)


def _texts(root: QWidget) -> list[tuple[QWidget, str, bool]]:
    """(widget, text, fits) for everything a user reads as the window's own words."""
    out = []
    if root.windowTitle():
        out.append((root, root.windowTitle(), True))
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.objectName() == DATA:
            continue
        metrics = widget.fontMetrics()
        if isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) and widget.text():
            text = widget.text().replace("&", "")
            room = widget.width() - (24 if isinstance(widget, (QCheckBox, QRadioButton)) else 8)
            out.append(
                (widget, text, max(metrics.horizontalAdvance(line) for line in text.splitlines()) <= room)
            )
        elif isinstance(widget, QGroupBox) and widget.title():
            out.append((widget, widget.title(), metrics.horizontalAdvance(widget.title()) <= widget.width()))
        elif (
            isinstance(widget, QLabel)
            and widget.text()
            and not widget.wordWrap()
            and not widget.text().startswith("<")
        ):
            width = max(metrics.horizontalAdvance(line) for line in widget.text().splitlines())
            out.append((widget, widget.text(), width <= widget.width() + 1))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                out.append((widget, widget.tabText(i), True))
    return out


def _menus(window: MainWindow) -> list[str]:
    texts = []
    for top in window.menuBar().actions():
        texts.append(top.text())
        texts += [a.text() for a in top.menu().actions() if not a.isSeparator() and a.text()]
    return texts


@pytest.fixture(params=["th", "en"])
def lang(request, qapp):
    app = application()
    install_translator(app, request.param)
    yield request.param
    install_translator(app, "th")


_TAKEN = (datetime.datetime(2026, 12, 2, 9, 30), "before-merge")


def _dialogs(window: MainWindow, tmp_path: Path) -> list[QWidget]:
    store, year = window.store, window.year
    table = Table(["มาตรการ/แนวทาง", "ผู้รับผิดชอบ"], [["จัดทำคู่มือ", "สำนักปลัด"]])
    return [
        AgencyDialog(store.agency(), store.user_name, first_run=True, parent=window),
        AgencyDialog(store.agency(), store.user_name, parent=window),
        MeasureDialog(store.framework(year), store.measures(year)[0], window),
        MeasureDialog(store.framework(year), None, window),
        ConflictsDialog(store, window),
        FrameworkEditor(store, year, window),
        ImportDialog(store, year, table, tmp_path / "plan.xlsx", window),
        WhatIfDialog(store, year, window),
        AboutDialog(window),
        GuideDialog(window),
        BackupChooser([Backup(backup_copy(store.db.conn, tmp_path / "w.itadesk", "start"), *_TAKEN)], window),
        LinkDialog(year, None, window),
        SurveyLinksDialog(store, year, window),
        SignersDialog(store, window),
        *(
            ReportOptionsDialog(kind, year, tmp_path / "r.pdf", window)
            for kind in ("measures", "analysis", "oit", "guidelines")
        ),
    ]


def test_every_tab_and_dialog_in_both_languages(lang, demo_path, tmp_path, qtbot):
    window = MainWindow(Store(open_workspace(demo_path)))
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.set_year(2566)
    window.show()
    qtbot.waitExposed(window)
    seen: list[tuple[str, str, bool]] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QCoreApplication.processEvents()
        seen += [(type(w).__name__, text, fits) for w, text, fits in _texts(window)]
    seen += [("QAction", text, True) for text in _menus(window)]
    for dialog in _dialogs(window, tmp_path):
        dialog.show()
        QCoreApplication.processEvents()
        seen += [
            (type(dialog).__name__ + "/" + type(w).__name__, text, fits) for w, text, fits in _texts(dialog)
        ]
        dialog.reject()
        dialog.deleteLater()

    clipped = sorted({f"{kind}: {text!r}" for kind, text, fits in seen if not fits})
    assert not clipped, f"cut off in {lang}: {clipped[:10]}"
    if lang == "en":
        agency = window.store.agency().full_name  # the office's own name stays as it is written
        bilingual = {"ภาษา / Language"}  # the language menu reads in both, so either reader finds it
        untranslated = sorted(
            {
                f"{kind}: {text!r}"
                for kind, text, _f in seen
                if THAI.search(text.replace(agency, "")) and text not in bilingual
            }
        )
        assert not untranslated, f"left in Thai: {untranslated[:15]}"
    else:
        english = sorted(
            {
                f"{kind}: {text!r}"
                for kind, text, _f in seen
                if ENGLISH_WORD.search(text) or (kind.endswith("Button") and text in QT_ENGLISH_BUTTONS)
            }
        )
        assert not english, f"English in the Thai window: {english[:10]}"
    assert len(seen) > 150, "the walk saw the tabs and dialogs"
    window.store.close()
    window.hide()


def test_the_language_setting_survives_a_restart_and_defaults_to_thai(qapp):
    assert language() == "th"
    set_language("en")
    assert language() == "en"
    assert install_translator(application()) == "en"
    assert QCoreApplication.translate("ITADesk", "บันทึก") == "Save"
    set_language("th")
    install_translator(application())
    assert QCoreApplication.translate("ITADesk", "บันทึก") == "บันทึก"
    with pytest.raises(ValueError):
        set_language("fr")


def test_every_string_of_the_window_has_an_english_translation():
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(
        "update_translations", Path(__file__).parents[2] / "scripts" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = module
    spec.loader.exec_module(module)
    from itadesk.ui.i18n import TRANSLATIONS_DIR

    english = module.read_ts(TRANSLATIONS_DIR / "itadesk_en.ts")
    missing = [s for s in module.source_strings() if s not in english]
    assert not missing, f"run scripts/update_translations.py: no English for {missing[:5]}"
    from PySide6.QtCore import QTranslator

    compiled = QTranslator()
    assert compiled.load(str(TRANSLATIONS_DIR / "itadesk_en.qm"))
    stale = [s for s, text in english.items() if compiled.translate("ITADesk", s) != text]
    assert not stale, f"itadesk_en.qm is older than its .ts (run scripts/update_translations.py): {stale[:3]}"


def test_qts_own_buttons_and_menus_speak_thai(qapp):
    """Qt ships no Thai for its standard buttons and text menus; ITADesk's qtbase_th does."""
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QPlainTextEdit

    install_translator(application(), "th")
    box = QMessageBox()
    every = QMessageBox.StandardButton(0)
    for button in (
        "Ok", "Save", "SaveAll", "Open", "Yes", "YesToAll", "No", "NoToAll", "Abort", "Retry", "Ignore",
        "Close", "Cancel", "Discard", "Help", "Apply", "Reset", "RestoreDefaults",
    ):  # fmt: skip
        every |= getattr(QMessageBox.StandardButton, button)
    box.setStandardButtons(every)
    box.setDetailedText("รายละเอียด")
    texts = [b.text().replace("&", "") for b in box.buttons()]
    assert len(texts) == 19
    english = [t for t in texts if not THAI.search(t)]
    assert not english, f"Qt buttons in English: {english}"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert [b.text() for b in buttons.buttons()] == ["ตกลง", "ยกเลิก"]
    fields = [QLineEdit("ข้อความ"), QPlainTextEdit("ข้อความ")]
    for field in fields:
        menu = field.createStandardContextMenu()
        items = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if not a.isSeparator()]
        del menu  # Python owns the menu: delete it while the field (its parent) still exists
        assert items and all(THAI.search(item) for item in items), items
