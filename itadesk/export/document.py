"""A4 page templates for ITADesk's official reports.

Margins follow Thai official documents (ระเบียบงานสารบรรณ: 3 cm left, 2 cm right, 2.5 cm
top, 2 cm bottom in portrait); landscape table reports use 2 cm all round with a little
less at the bottom. Page numbers are in Thai official style — ``- ๒ -`` centred at the top,
from the second page on — and every page carries the agency and the report's title in its
footer.
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from itadesk.export import fonts
from itadesk.export.common import keep_headings
from itadesk.export.textlayout import draw_line, layout
from itadesk.thai import thai_digits

GREY = Color(0.35, 0.35, 0.35)
MARGINS = {
    "portrait": (3 * cm, 2 * cm, 2.5 * cm, 2 * cm),  # left, right, top, bottom
    "landscape": (2 * cm, 2 * cm, 2 * cm, 1.6 * cm),
}


def page_size(orientation: str) -> tuple[float, float]:
    """A4 in the report's orientation (``portrait`` or ``landscape``)."""
    return A4 if orientation == "portrait" else landscape(A4)


class ReportDocument(BaseDocTemplate):
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
        pagesize = page_size(orientation)
        left, right, top, bottom = MARGINS[orientation]
        super().__init__(
            str(path),
            pagesize=pagesize,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            title=title,
            author=agency,
            creator="ITADesk",
            subject=title,
            lang="th-TH",
            displayDocTitle=True,
            # A registered but never used face: ReportLab then writes no initial
            # "BT /F1 12 Tf" naming an unembedded Helvetica on every page.
            initialFontName=fonts.initial_font_name(),
        )
        self.report_title = title
        self.agency = agency
        self.thai = thai
        self.progress = progress
        frame = Frame(left, bottom, pagesize[0] - left - right, pagesize[1] - top - bottom, id="body")
        self.addPageTemplates([PageTemplate(id=orientation, frames=[frame], onPage=self._decorate)])

    def build(self, flowables, **kwargs) -> None:
        super().build(keep_headings(flowables, self.width), **kwargs)

    def beforeDocument(self) -> None:  # noqa: N802 (ReportLab's name)
        self.canv.showOutline()  # the viewer opens with the bookmarks of the sections

    def _decorate(self, canvas, doc) -> None:
        width, height = self.pagesize
        left, right, top, bottom = self.leftMargin, self.rightMargin, self.topMargin, self.bottomMargin
        canvas.saveState()
        canvas.setFillColor(GREY)
        number = doc.page
        if number > 1:
            text = f"- {number} -"
            size = 12
            line = layout(thai_digits(text) if self.thai else text, fonts.face(), size, width)[0]
            draw_line(canvas, line, (width - line.width) / 2, height - top / 2 - size / 3, size)
        footer = f"{self.agency} · {self.report_title}" if self.agency else self.report_title
        size = 8.5
        lines = layout(footer, fonts.face(), size, width - left - right)
        while len(lines) > 1 and size > 6:  # one line, smaller rather than cut
            size -= 0.5
            lines = layout(footer, fonts.face(), size, width - left - right)
        draw_line(canvas, lines[0], left, bottom / 2 - size / 3, size)
        canvas.restoreState()
        if self.progress is not None:
            self.progress(number)
