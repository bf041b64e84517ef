"""The bundled report faces: Sarabun (regular, bold, italic, bold italic) with DejaVu Sans
as the fallback for symbols such as ☐ ☑ and for emoji Sarabun does not draw."""

from __future__ import annotations

from functools import cache

from itadesk.export.shaping import GlyphFont
from itadesk.export.textlayout import Face
from itadesk.paths import fonts_dir

FACE_FILES = {
    "regular": "Sarabun-Regular.ttf",
    "bold": "Sarabun-Bold.ttf",
    "italic": "Sarabun-Italic.ttf",
    "bolditalic": "Sarabun-BoldItalic.ttf",
}
FALLBACK_FILE = "DejaVuSans.ttf"


@cache
def _font(filename: str) -> GlyphFont:
    return GlyphFont(f"ITADesk-{filename.removesuffix('.ttf')}", str(fonts_dir() / filename))


def face(style: str = "regular") -> Face:
    """The face for ``regular``, ``bold``, ``italic`` or ``bolditalic`` text."""
    return Face(_font(FACE_FILES[style]), _font(FALLBACK_FILE))


@cache
def initial_font_name() -> str:
    """A Sarabun face registered with ReportLab for the canvas's initial font setting only
    (nothing is drawn with it, so it is never embedded)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = "ITADesk-Initial"
    pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / FACE_FILES["regular"])))
    return name
