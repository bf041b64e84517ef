"""The page of a Word report as the PDF's: A4 in the report's orientation with
``document.MARGINS``, the Thai official page number ``- ๒ -`` centred at the top from the
second page on, the agency · title footer, the document's properties and Thai defaults.

The page number is a PAGE field, so it stays right as the office edits the copy. For Thai
digits the section's page numbers are formatted ``thaiNumbers`` (๑ ๒ ๓), which Word prints in
a PAGE field without a switch and offers in its page-number dialog. The field's own
``\\* ThaiArabic`` switch would do the same in Word, but LibreOffice reads it as Thai letters
(ก ข ค): a wrong page number, where LibreOffice's reading of the section format (it ignores
it, so ``- 2 -``) is only in other digits. A report in Arabic digits keeps the decimal format.
"""

from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.shared import Pt

from itadesk.export.document import GREY, MARGINS
from itadesk.export.docx_fonts import THAI, set_run_font

PAGE_NUMBER_SIZE = 12
FOOTER_SIZE = 8.5
LANGUAGE = "th-TH"


def hex_colour(colour) -> str:
    return "".join(f"{round(v * 255):02X}" for v in (colour.red, colour.green, colour.blue))


def _element(tag: str, **attributes: str):
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


def set_defaults(document) -> None:
    """Every run in Sarabun for all scripts, Thai as the complex-script language, paragraphs
    without Word's default spacing, widows and orphans kept from the foot of a page."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_run_font(rpr, THAI)
    lang = rpr.find(qn("w:lang"))
    for attribute, value in (("w:val", LANGUAGE), ("w:eastAsia", LANGUAGE), ("w:bidi", LANGUAGE)):
        lang.set(qn(attribute), value)
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    for child in list(ppr):
        ppr.remove(child)
    ppr.append(_element("w:widowControl"))
    ppr.append(_element("w:spacing", after="0", line="240", lineRule="auto"))
    theme_lang = document.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:bidi"), LANGUAGE)


def set_properties(document, title: str, agency: str) -> None:
    props = document.core_properties
    props.title = props.subject = title
    props.author = props.last_modified_by = agency or "ITADesk"
    props.language = LANGUAGE
    props.comments = "ITADesk"
    # python-docx's template carries its own preview picture: a report shows none.
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package.rels[rid]


def set_page(document, orientation: str, *, title: str, agency: str, thai: bool, fonts) -> None:
    """The one section: page size, margins, the page number header and the footer."""
    section = document.sections[0]
    width, height = Pt(595.2756), Pt(841.8898)  # A4
    if orientation == "landscape":
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
    section.page_width, section.page_height = width, height
    left, right, top, bottom = MARGINS[orientation]
    section.left_margin, section.right_margin = Pt(left), Pt(right)
    section.top_margin, section.bottom_margin = Pt(top), Pt(bottom)
    # The PDF centres the number in the top margin and the footer in the bottom one.
    section.header_distance = Pt(top / 2 - PAGE_NUMBER_SIZE * 0.75)
    section.footer_distance = Pt(max(bottom / 2 - FOOTER_SIZE * 0.75, 0))
    section.different_first_page_header_footer = True  # no number on the first page:
    section.first_page_header.is_linked_to_previous = False  # its own header, left empty
    if thai:
        _insert_before(section._sectPr, _element("w:pgNumType", fmt="thaiNumbers"), PAGE_NUMBER_SUCCESSORS)

    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _text(header, "- ", PAGE_NUMBER_SIZE)
    _page_field(header, "2" if not thai else "๒")
    _text(header, " -", PAGE_NUMBER_SIZE)
    footer_text = f"{agency} · {title}" if agency else title
    for footer in (section.footer, section.first_page_footer):
        paragraph = footer.paragraphs[0]
        fonts.write(paragraph, footer_text, size=FOOTER_SIZE, colour=GREY)


PAGE_NUMBER_SUCCESSORS = ("w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection",
                          "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings")  # fmt: skip
"""What follows w:pgNumType in a w:sectPr (the schema's order, which Word insists on)."""


def _insert_before(parent, element, successors) -> None:
    for child in parent:
        if child.tag in {qn(name) for name in successors}:
            child.addprevious(element)
            return
    parent.append(element)


def _text(paragraph, text: str, size: float):
    run = paragraph.add_run(text)
    _size(run, size)
    return run


def _size(run, size: float) -> None:
    rpr = run._r.get_or_add_rPr()
    rpr.append(_element("w:color", val=hex_colour(GREY)))
    half_points = str(round(size * 2))
    rpr.append(_element("w:sz", val=half_points))
    rpr.append(_element("w:szCs", val=half_points))


def _page_field(paragraph, shown: str) -> None:
    """A PAGE field (begin, instruction, separator, the last shown value, end)."""
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, shown), ("end", None)):
        run = paragraph.add_run()
        _size(run, PAGE_NUMBER_SIZE)
        if kind:
            run._r.append(_element("w:fldChar", fldCharType=kind))
        elif text.strip() == "PAGE":
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = text
            run._r.append(instruction)
        else:
            run._r.append(_t(text))


def _t(text: str):
    element = OxmlElement("w:t")
    element.text = text
    return element
