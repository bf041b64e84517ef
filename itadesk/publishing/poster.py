"""A4 posters inviting people to answer the NACC's survey: EIT for citizens (the service
counter), IIT for the office's staff. Big Thai headline with the office's name, who the
survey is for, the survey period, a QR code of the office's own survey link (drawn by
ReportLab's QR widget, so nothing is fetched) and the link itself in print for those who
type it. Set with the same Thai typesetting layer and document template as the reports."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.lib.units import cm
from reportlab.platypus import Spacer

from itadesk.db.surveys import SURVEYS
from itadesk.export.common import Numbers
from itadesk.export.flowables import TextStyle, ThaiParagraph
from itadesk.records import Agency

ACCENT = Color(0.04, 0.33, 0.58)
AUDIENCE = {
    "eit": ("สำหรับประชาชน ผู้รับบริการ และผู้มาติดต่อราชการ", "ขอเชิญท่านที่เคยติดต่อหรือรับบริการ ร่วมแสดงความคิดเห็น"),
    "iit": ("สำหรับบุคลากรของหน่วยงาน", "ขอเชิญบุคลากรทุกท่านร่วมตอบแบบวัด เพื่อพัฒนาหน่วยงานของเรา"),
}
QR_SIZE = 10 * cm

HEADLINE = TextStyle(size=34, face="bold", align="center", leading_ratio=1.35, color=ACCENT)
NAME = TextStyle(size=22, face="bold", align="center", leading_ratio=1.4)
LINE = TextStyle(size=16, align="center", leading_ratio=1.45, space_after=2)
STRONG = LINE.but(face="bold", size=18)
URL_STYLE = TextStyle(size=12, align="center", leading_ratio=1.4)


@dataclass(frozen=True)
class Poster:
    agency: Agency
    year: int
    tool: str
    url: str
    period: str


def qr_drawing(url: str, size: float = QR_SIZE) -> Drawing:
    """The QR code of ``url`` as a square drawing ``size`` points wide (error correction M,
    with the quiet zone the widget draws around it)."""
    widget = QrCodeWidget(url, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    drawing.hAlign = "CENTER"
    return drawing


def build(path, poster: Poster, *, numbers: Numbers = Numbers(), progress=None) -> None:
    from itadesk.export.document import ReportDocument

    if not poster.url:
        raise ValueError(
            f"ยังไม่ได้บันทึกลิงก์แบบวัด {poster.tool.upper()} ของปี {poster.year}: "
            "ตั้งค่าที่เมนูรายงาน → ลิงก์แบบวัด IIT/EIT หรือคำสั่ง itadesk survey-links"
        )
    name = poster.agency.full_name or "หน่วยงานของเรา"
    audience, invitation = AUDIENCE[poster.tool]
    doc = ReportDocument(path, title=f"ร่วมประเมิน ITA: {SURVEYS[poster.tool]}", agency=name, thai=numbers.thai,
                         progress=progress)  # fmt: skip
    # The period the office typed is printed as typed; the fallback is the program's own.
    period = poster.period or f"ตามกำหนดของสำนักงาน ป.ป.ช. ประจำปีงบประมาณ พ.ศ. {numbers.text(poster.year)}"
    story = [
        ThaiParagraph("ร่วมประเมิน ITA", HEADLINE),
        ThaiParagraph(f"ของ{name}", NAME),
        ThaiParagraph(f"ประจำปีงบประมาณ พ.ศ. {numbers.text(poster.year)}", LINE.but(size=18)),
        Spacer(1, 0.4 * cm),
        ThaiParagraph(SURVEYS[poster.tool], STRONG),
        ThaiParagraph(audience, LINE),
        ThaiParagraph(invitation, LINE),
        Spacer(1, 0.3 * cm),
        ThaiParagraph("สแกน QR Code เพื่อตอบแบบวัด", STRONG.but(color=ACCENT)),
        qr_drawing(poster.url),
        ThaiParagraph(poster.url, URL_STYLE),
        Spacer(1, 0.4 * cm),
        ThaiParagraph("ระยะเวลาการประเมิน", STRONG),
        ThaiParagraph(period, STRONG),
        ThaiParagraph("ความคิดเห็นของท่านช่วยให้หน่วยงานโปร่งใสและให้บริการได้ดียิ่งขึ้น ขอบคุณที่ร่วมประเมิน", LINE),
    ]
    doc.build(story)
