"""The signature block at the foot of a signed report, as Thai official documents sign.

For each signer (ผู้รายงาน, ผู้ตรวจสอบ, ผู้บริหาร, ``itadesk.signing``), four centred lines::

    ลงชื่อ ........................................ ผู้รายงาน
             (นางสาวสมศรี ใจดี)
      ตำแหน่ง นักวิเคราะห์นโยบายและแผน
      วันที่ ........ / ........ / ........

with dotted lines where a name or position was left to be written by pen. On a landscape
page the three stand side by side; on a portrait page the reporter and the reviewer share
a row and the executive signs centred below them.

The block is a borderless table whose first row is the report's closing "ข้อมูล ณ วันที่"
line (``closing``): the reports set that line as their last table's footer, which never
goes to a page without the table's last row, so the signatures stay on the page of the last
lines before them, and the table is NOSPLIT: never divided between pages. The Word copy
writes it as a borderless Word table (``docx_tables`` reads any ReportLab table).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Table, TableStyle

from itadesk.export import fonts
from itadesk.export.common import BODY, CELL_PADDING, Numbers, as_of
from itadesk.export.flowables import ThaiParagraph
from itadesk.export.textlayout import natural_width
from itadesk.signing import Signer, Signers

LINE = BODY.but(align="center", space_after=0, leading_ratio=1.6)
DOT = "."
MAX_DOTS_WIDTH = 120.0
"""The longest dotted line, in points: a signature's room, not the whole column (three signers
across a landscape page keep a centimetre or more between them)."""
SLACK = 6.0
"""Room kept free on a line of dots, so rounding never pushes its last word to a new line."""
DATE_PART = 8
"""Dots in each of the day, month and year of the date line."""
THREE_ACROSS = 230.0
"""Narrowest column in which three signers stand side by side (a landscape page)."""
GAP = 24.0
"""Space between the closing line and the first signature line."""


def _width(text: str) -> float:
    return natural_width(text, fonts.face(LINE.face), LINE.size)


def dots(room: float, around: str = "") -> str:
    """A dotted line as long as fits in ``room`` points beside ``around`` (at most
    ``MAX_DOTS_WIDTH``), so the line it is in never wraps."""
    free = min(MAX_DOTS_WIDTH, room - _width(around) - SLACK)
    return DOT * max(8, int(free / _width(DOT)))


def signer_lines(signer: Signer, room: float) -> list[str]:
    """The four lines of one signer for a column ``room`` points wide."""
    sign = f"ลงชื่อ {dots(room, f'ลงชื่อ  {signer.label}')} {signer.label}"
    name = f"({signer.name})" if signer.name else f"({dots(room, '()')})"
    position = f"ตำแหน่ง {signer.position}" if signer.position else f"ตำแหน่ง {dots(room, 'ตำแหน่ง ')}"
    day = DOT * DATE_PART
    return [sign, name, position, f"วันที่ {day} / {day} / {day}"]


def _cell(signer: Signer, room: float) -> list[Flowable]:
    return [ThaiParagraph(line, LINE) for line in signer_lines(signer, room)]


def signature_block(signers: Signers, width: float, first_row=None) -> Table:
    """The signers as a borderless table ``width`` points wide that never splits; with
    ``first_row`` (a flowable) set in a row of its own above them. It prints no digit of
    its own: the closing line above it carries the report's digits (``Numbers``)."""
    people = list(signers)
    across = 3 if width / 3 >= THREE_ACROSS else 2
    column = width / across
    room = column - 2 * CELL_PADDING
    rows: list[list] = []
    if first_row is not None:
        rows.append([[first_row]] + [""] * (across - 1))
    if across == 3:
        rows.append([_cell(s, room) for s in people])
    else:
        rows.append([_cell(s, room) for s in people[:2]])
        rows.append([_cell(people[2], room), ""])
    block = Table(rows, colWidths=[column] * across, hAlign="LEFT")
    top = 1 if first_row is not None else 0
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.initial_font_name()),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, top), (-1, top), GAP),
        ("NOSPLIT", (0, 0), (-1, -1)),
    ]
    if first_row is not None:
        commands += [("SPAN", (0, 0), (-1, 0)), ("LEFTPADDING", (0, 0), (-1, 0), 0)]
    if across == 2:  # the executive centred under the two others
        commands += [("SPAN", (0, -1), (-1, -1)), ("TOPPADDING", (0, -1), (-1, -1), GAP / 2)]
        rows[-1][0] = _cell(people[2], room)
    block.setStyle(TableStyle(commands))
    return block


def closing(numbers: Numbers, signers: Signers | None, width: float) -> Flowable:
    """The last lines of a report: "ข้อมูล ณ วันที่ …", and the signature block below it
    when the report is signed (``signers`` not None). Set as a table's footer, or alone."""
    line = as_of(numbers)
    if signers is None:
        return line
    return signature_block(signers, width - CELL_PADDING, first_row=line)
