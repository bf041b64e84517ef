"""A report as an editable Word file, written from the very story the PDF is built from.

``begin`` hands a report this document instead of the PDF one when the path ends in
``.docx``; its ``build(story)`` walks the same flowables, so the Word copy has the PDF's
content by construction and no report is written twice:

- a ``ThaiParagraph`` becomes Word paragraphs (one per line of its source text) with its
  style's size, weight, colour, alignment, indent and spacing;
  the spaces the PDF never breaks at are no-break spaces and the office's names are
  joined, so Word and LibreOffice break where the PDF may (``docx_breaks``);
- a ``Bookmark`` makes the paragraph after it a heading (outline level, for Word's
  navigation pane and the bookmarks of a PDF Word makes) with a Word bookmark;
- a ``CondPageBreak`` (a heading never left at the foot of a page) keeps the paragraph
  after it with the next; ``KeepTogether`` keeps its parts together the same way;
- a ``Table`` becomes a Word table of the same column widths, rules, header shading, spans
  and cell padding, its header rows repeated on every page (``docx_tables``);
- a chart, or any other drawn flowable, becomes a picture of itself (``docx_pictures``).

Page setup, page numbers and properties: ``docx_page``; fonts: ``docx_fonts``.
"""

from __future__ import annotations

import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.shared import Pt, RGBColor
from reportlab.lib.colors import black
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import NullDraw

from itadesk.export import docx_page, docx_tables
from itadesk.export.common import CELL, Bookmark
from itadesk.export.document import MARGINS, page_size
from itadesk.export.docx_breaks import keep_together
from itadesk.export.docx_fonts import THAI, FontUse, embed_fonts, script_runs, set_run_font
from itadesk.export.flowables import TextStyle, ThaiParagraph
from itadesk.export.textlayout import clean

ALIGNMENT = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
             "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}  # fmt: skip


NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Control characters a stored text may hold that XML (so a Word file) cannot: they print
nothing in the PDF either."""


class Runs:
    """Writes text into paragraphs as runs of the report's fonts, noting what it used."""

    def __init__(self) -> None:
        self.use = FontUse()

    def write(self, paragraph, text: str, *, size: float, face: str = "regular", colour=None) -> None:
        for family, piece in script_runs(NOT_IN_XML.sub("", text)):
            run = paragraph.add_run(piece)
            rpr = run._r.get_or_add_rPr()
            if family != THAI:
                set_run_font(rpr, family)
            if "bold" in face:
                rpr.append(OxmlElement("w:b"))
                rpr.append(OxmlElement("w:bCs"))
            if "italic" in face:
                rpr.append(OxmlElement("w:i"))
                rpr.append(OxmlElement("w:iCs"))
            if colour is not None and colour != black:
                run.font.color.rgb = RGBColor.from_string(docx_page.hex_colour(colour))
            run.font.size = Pt(size)
            size_cs = OxmlElement("w:szCs")
            size_cs.set(qn("w:val"), str(round(size * 2)))
            rpr.find(qn("w:sz")).addnext(size_cs)
            self.use.note(family, face, piece)


class Flow:
    """Where flowables are written: the document's body or a table cell, with the space and
    keep-with-next a flowable before asked of the next paragraph."""

    def __init__(self, writer: DocxDocument, container, width: float, *, fresh_cell: bool = False):
        self.writer, self.container, self.width = writer, container, width
        self.fresh_cell = fresh_cell
        """A new Word cell already holds one empty paragraph: the first text goes there."""
        self.space = 0.0
        self.keep = False
        self.bookmark: str | None = None
        self.page_break = False
        self.last = None

    def paragraph(self):
        if self.fresh_cell:
            self.fresh_cell = False
            paragraph = self.container.paragraphs[0]
        else:
            paragraph = self.container.add_paragraph()
        format_ = paragraph.paragraph_format
        if self.space:
            format_.space_before = Pt((format_.space_before.pt if format_.space_before else 0) + self.space)
            self.space = 0.0
        if self.page_break:
            format_.page_break_before = True
            self.page_break = False
        self.last = paragraph
        return paragraph

    def add(self, flowable) -> None:
        if isinstance(flowable, ThaiParagraph):
            self.text(flowable.text, flowable.base_style)
        elif isinstance(flowable, (list, tuple)):
            for part in flowable:
                self.add(part)
        elif isinstance(flowable, str):
            if flowable:
                self.text(flowable, CELL)
        elif flowable is None:
            return
        elif isinstance(flowable, KeepTogether):
            parts = list(flowable._content)
            for i, part in enumerate(parts):
                self.keep = self.keep or i < len(parts) - 1
                self.add(part)
        elif isinstance(flowable, Bookmark):
            self.bookmark = flowable.title
        elif isinstance(flowable, CondPageBreak):
            self.keep = True
        elif isinstance(flowable, PageBreak):
            self.page_break = True
        elif isinstance(flowable, Spacer):
            self.space += flowable.height
        elif isinstance(flowable, Table):
            if self.space and self.last is not None:
                after = self.last.paragraph_format.space_after
                self.last.paragraph_format.space_after = Pt((after.pt if after else 0) + self.space)
            self.space = 0.0
            docx_tables.add_table(self, flowable)
            self.fresh_cell = False
        elif isinstance(flowable, (ActionFlowable, NullDraw)):
            return  # page-flow instructions of the PDF (frame breaks, used-up space)
        elif isinstance(flowable, Flowable):
            from itadesk.export.docx_pictures import add_picture

            add_picture(self, flowable, self.writer.last_heading)
        self.writer.tick()

    def text(self, text: str, style: TextStyle) -> None:
        lines = clean(text).split("\n")
        for i, line in enumerate(lines):
            paragraph = self.paragraph()
            format_ = paragraph.paragraph_format
            format_.alignment = ALIGNMENT.get(style.align, WD_ALIGN_PARAGRAPH.LEFT)
            format_.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
            format_.line_spacing = Pt(style.leading)
            before = (format_.space_before.pt if format_.space_before else 0) + (
                style.space_before if i == 0 else style.paragraph_gap
            )
            if before:
                format_.space_before = Pt(before)
            if i == len(lines) - 1 and style.space_after:
                format_.space_after = Pt(style.space_after)
            if style.indent:
                format_.left_indent = Pt(style.indent)
            if self.keep:
                format_.keep_with_next = True
            self.writer.runs.write(
                paragraph, keep_together(line), size=style.size, face=style.face, colour=style.color
            )
            if self.bookmark is not None and i == 0:
                self.writer.heading(paragraph, self.bookmark)
                self.bookmark = None
        self.keep = False


class DocxDocument:
    """The Word counterpart of ``ReportDocument``: same arguments, same ``width``, and a
    ``build(story)`` that writes the story to ``path`` as .docx."""

    def __init__(
        self,
        path,
        *,
        title: str,
        agency: str,
        orientation: str = "portrait",
        thai: bool = True,
        progress=None,
    ):
        self.path = path
        self.report_title, self.agency, self.thai = title, agency, thai
        self.orientation, self.progress = orientation, progress
        self.pagesize = page_size(orientation)
        left, right, top, bottom = MARGINS[orientation]
        self.width = self.pagesize[0] - left - right
        self.height = self.pagesize[1] - top - bottom
        self.runs = Runs()
        self._headings = 0
        self._written = 0
        self.last_heading = ""
        """The title of the section being written: a picture's description for screen readers."""

    def tick(self) -> None:
        """Report progress as the PDF does per page (a Word file has no pages to count): the
        window's cancel button is honoured between flowables."""
        self._written += 1
        if self.progress is not None and self._written % 20 == 0:
            self.progress(1)

    def heading(self, paragraph, title: str) -> None:
        """An outline level and a bookmark on the paragraph a ``Bookmark`` stands before."""
        self._headings += 1
        self.last_heading = title
        ppr = paragraph._p.get_or_add_pPr()
        level = OxmlElement("w:outlineLvl")
        level.set(qn("w:val"), "0")
        # outlineLvl comes late in w:pPr: before w:rPr/w:sectPr/w:pPrChange, after the rest.
        tail = next((c for c in ppr if c.tag in (qn("w:rPr"), qn("w:sectPr"), qn("w:pPrChange"))), None)
        if tail is None:
            ppr.append(level)
        else:
            tail.addprevious(level)
        start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
        number = str(self._headings)
        start.set(qn("w:id"), number)
        start.set(qn("w:name"), f"section_{number}")
        end.set(qn("w:id"), number)
        ppr.addnext(start)
        paragraph._p.append(end)

    def build(self, story) -> None:
        if self.progress is not None:
            self.progress(1)
        document = Document()
        docx_page.set_defaults(document)
        docx_page.set_properties(document, self.report_title, self.agency)
        docx_page.set_page(
            document,
            self.orientation,
            title=self.report_title,
            agency=self.agency,
            thai=self.thai,
            fonts=self.runs,
        )
        flow = Flow(self, document, self.width)
        for flowable in story:
            flow.add(flowable)
        embed_fonts(document, self.runs.use)
        document.save(str(self.path))
