"""The report faces inside a Word file: which font each run names, and the fonts embedded.

Word shows Thai in a run's complex-script font (``w:cs``) at the complex-script size
(``w:szCs``) and weight (``w:bCs``), not in its Latin font, so every run names Sarabun for
all four scripts and carries both sizes; the document's default language is th-TH for
complex script. The theme font attributes (``w:asciiTheme``, ``w:cstheme``…) would win over
the named font, so none is written.

Word does not embed fonts by default, and a PC without Sarabun would show the report in
another font with other widths (TH Sarabun New, which most offices have, is drawn smaller at
the same size, so lines, columns and pages would not match the PDF). Sarabun's licence
(SIL OFL) allows embedding, so its faces the report uses are embedded whole (about 90 kB
each: the office may type any Thai in the copy), and the symbols Sarabun lacks (☐ ☑) are set
in DejaVu Sans, embedded as a subset of the characters used. Word and LibreOffice show the
embedded faces on a PC that lacks them, and ``w:embedTrueTypeFonts`` keeps them in the file
when the office saves it again.
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass, field
from xml.sax.saxutils import quoteattr

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement

from itadesk.export import fonts
from itadesk.paths import fonts_dir

THAI = "Sarabun"
SYMBOLS = "DejaVu Sans"
OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
EMBED_TAGS = {"regular": "w:embedRegular", "bold": "w:embedBold", "italic": "w:embedItalic",
              "bolditalic": "w:embedBoldItalic"}  # fmt: skip
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
INVISIBLE = {"\u2060"}
"""The word joiner ``docx_breaks`` writes inside names: no glyph in any font, so it stays
in the Sarabun run it joins."""
MARKS = ("Mn", "Mc", "Me")
"""A mark stays in the run of the character it sits on."""


def set_run_font(rpr, family: str) -> None:
    """Name ``family`` for every script of a run (or a style's run properties)."""
    fonts_el = rpr.find(qn("w:rFonts"))
    if fonts_el is None:
        fonts_el = OxmlElement("w:rFonts")
        rpr.insert(0, fonts_el)
    for attribute in list(fonts_el.attrib):
        del fonts_el.attrib[attribute]  # theme attributes included: they would override
    for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts_el.set(qn(script), family)


def script_runs(text: str) -> list[tuple[str, str]]:
    """``text`` cut into (family, piece): Sarabun, and DejaVu Sans for what Sarabun lacks."""
    thai = fonts.face().primary
    runs: list[tuple[str, str]] = []
    for char in text:
        family = THAI if char.isspace() or char in INVISIBLE or thai.has_char(char) else SYMBOLS
        if runs and (runs[-1][0] == family or unicodedata.category(char) in MARKS):
            runs[-1] = (runs[-1][0], runs[-1][1] + char)
        else:
            runs.append((family, char))
    return runs


@dataclass
class FontUse:
    """What the document set: the Sarabun faces and the characters set in DejaVu Sans."""

    faces: set[str] = field(default_factory=set)
    symbols: set[str] = field(default_factory=set)

    def note(self, family: str, face: str, text: str) -> None:
        if family == THAI:
            self.faces.add(face)
        else:
            self.symbols.update(text)


def obfuscated(data: bytes, key: uuid.UUID) -> bytes:
    """ECMA-376's font obfuscation: the first 32 bytes XORed with the key's bytes reversed."""
    mask = key.bytes[::-1] * 2
    return bytes(b ^ mask[i] for i, b in enumerate(data[:32])) + data[32:]


def _symbol_subset(characters: set[str]) -> bytes:
    """DejaVu Sans cut down to ``characters`` (HarfBuzz's subsetter), names and all."""
    import uharfbuzz as hb

    face = hb.Face(hb.Blob.from_file_path(str(fonts_dir() / fonts.FALLBACK_FILE)))
    request = hb.SubsetInput()
    request.unicode_set.update(ord(char) for char in characters)
    request.name_id_set.invert()  # every name kept: Word and LibreOffice match the family name
    return hb.subset(face, request).blob.data


def embed_fonts(document, use: FontUse) -> None:
    """Write the font table (Sarabun, DejaVu Sans) with the faces ``use`` names embedded."""
    table_part = next(r.target_part for r in document.part.rels.values() if r.reltype == RT.FONT_TABLE)
    package = document.part.package
    number = 0

    def embed(data: bytes, tag: str, subsetted: bool) -> str:
        nonlocal number
        number += 1
        key = uuid.uuid4()
        part = Part(
            PackURI(f"/word/fonts/font{number}.odttf"), OBFUSCATED_FONT, obfuscated(data, key), package
        )
        rid = table_part.relate_to(part, RT.FONT)
        subset = ' w:subsetted="1"' if subsetted else ""
        return f'<{tag} r:id="{rid}" w:fontKey="{{{str(key).upper()}}}"{subset}/>'

    thai = "".join(
        embed((fonts_dir() / fonts.FACE_FILES[face]).read_bytes(), EMBED_TAGS[face], False)
        for face in EMBED_TAGS
        if face in use.faces
    )
    symbols = embed(_symbol_subset(use.symbols), EMBED_TAGS["regular"], True) if use.symbols else ""
    table_part._blob = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        f'<w:font w:name={quoteattr(THAI)}><w:charset w:val="DE"/><w:family w:val="swiss"/>'
        f'<w:pitch w:val="variable"/>{thai}</w:font>'
        f'<w:font w:name={quoteattr(SYMBOLS)}><w:family w:val="swiss"/><w:pitch w:val="variable"/>{symbols}</w:font>'
        "</w:fonts>"
    ).encode()
    # Kept when the office saves the file again (whole faces: Word's saveSubsetFonts is not set,
    # so Thai typed later still has its glyphs). Its place in w:settings is right after w:zoom.
    settings = document.settings.element
    if settings.find(qn("w:embedTrueTypeFonts")) is None:
        zoom = settings.find(qn("w:zoom"))
        settings.insert(0 if zoom is None else settings.index(zoom) + 1, OxmlElement("w:embedTrueTypeFonts"))
