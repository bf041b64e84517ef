"""A drawn flowable (a chart) in a Word report: drawn alone on a one-page PDF of its own
size by the very code that draws it in the PDF report, rasterised with PDFium at print
resolution and placed as a picture of the same size. Its labels are set by the Thai
typesetting layer like the PDF's; Word cannot edit a ReportLab drawing anyway."""

from __future__ import annotations

import io

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.pdfgen.canvas import Canvas

DPI = 200
"""Sharp on paper at the chart's size, about 100–200 kB a chart."""


def png_of(flowable, width: float, height: float) -> bytes:
    import pypdfium2

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height))
    flowable.drawOn(canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    pdf = pypdfium2.PdfDocument(buffer.getvalue())
    try:
        image = pdf[0].render(scale=DPI / 72).to_pil()
    finally:
        pdf.close()
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def add_picture(flow, flowable, description: str = "") -> None:
    width, height = flowable.wrap(flow.width, 10**6)
    if width <= 0 or height <= 0:
        return
    paragraph = flow.paragraph()
    align = str(getattr(flowable, "hAlign", "CENTER")).upper()
    paragraph.alignment = {"LEFT": WD_ALIGN_PARAGRAPH.LEFT, "RIGHT": WD_ALIGN_PARAGRAPH.RIGHT}.get(
        align, WD_ALIGN_PARAGRAPH.CENTER
    )
    paragraph.paragraph_format.keep_together = True
    run = paragraph.add_run()
    run.add_picture(io.BytesIO(png_of(flowable, width, height)), width=Pt(width), height=Pt(height))
    if description:
        for properties in run._r.iter(qn("wp:docPr")):
            properties.set("descr", description)
    flow.keep = False
