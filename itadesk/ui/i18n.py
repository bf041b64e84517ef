"""The window's language: Thai by default, English on request, through Qt's translator.

Every user-visible string of the window passes through ``tr``. The source strings are the
Thai ones (Thai is what offices read and what the reports print); the shipped translations
are ``itadesk_th`` (loaded by default, so wording can be corrected without touching code)
and ``itadesk_en``. Labels the domain modules define (statuses, field names, report kinds)
go through ``tr`` where the window shows them. The language is a per-PC setting in
``ui.ini`` and applies from the next start. ``scripts/update_translations.py`` keeps the
``.ts`` sources in step with the code and compiles the ``.qm`` files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from itadesk.messages import use_language
from itadesk.pc_settings import pc_setting, set_pc_setting
from itadesk.thai import thai_digits
from itadesk.ui.settings import ui_settings

CONTEXT = "ITADesk"
DATA = "officeData"
"""Object name of a label that shows the office's own data (agency, indicator names from the
framework), which stays in Thai whatever the window's language."""
LANGUAGES = {"th": "ไทย", "en": "English"}
DEFAULT_LANGUAGE = "th"
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"

_installed: list[QTranslator] = []
_current = [DEFAULT_LANGUAGE]  # the language the window was built in (read per table cell)


def count_text(value: int | str) -> str:
    """A count or number as the window's language writes it: ๒๓ in Thai, 23 in English."""
    return thai_digits(str(value)) if _current[0] == "th" else str(value)


def tr(text: str) -> str:
    """``text`` (Thai) in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)


def language() -> str:
    """This PC's language (kept with the per-PC settings the command line reads too; a PC
    set up by an earlier ITADesk has it in ``ui.ini``)."""
    value = pc_setting("language") or str(ui_settings().value("language", DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(code)
    set_pc_setting("language", code)


def install_translator(app: QCoreApplication, code: str | None = None) -> str:
    """Load the translation of ``code`` (default: the saved setting); returns the language used."""
    code = code or language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    files = [f"itadesk_{code}.qm"] + (["qtbase_th.qm"] if code == "th" else [])  # Qt's buttons and menus
    for name in files:
        translator = QTranslator(app)
        if translator.load(str(TRANSLATIONS_DIR / name)):
            app.installTranslator(translator)
            _installed.append(translator)
    use_language(code)  # the store's and the command line's messages too
    QLocale.setDefault(QLocale(QLocale.Language.English if code == "en" else QLocale.Language.Thai))
    _current[0] = code
    return code
