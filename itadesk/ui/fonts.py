"""Registers the bundled Sarabun faces with Qt, so every PC shows the same Thai letters
whatever fonts Windows happens to have."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from itadesk.paths import fonts_dir

UI_FAMILY = "Sarabun"
UI_POINT_SIZE = 11


def register_fonts() -> str | None:
    """Load the bundled TTFs; returns the family name, or None if none could be loaded."""
    family = None
    for path in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = family or (families[0] if families else None)
    return family


def ui_font() -> QFont:
    font = QFont(UI_FAMILY, UI_POINT_SIZE)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font
