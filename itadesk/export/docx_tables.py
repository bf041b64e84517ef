"""A ReportLab ``Table`` of a report as a Word table that looks and behaves the same.

Read from the table itself, whatever made it (``common.table``, a signature block, …):
the column widths (in points, so the Word table is exactly as wide as the PDF's), the
rules of its line commands (GRID, BOX, INNERGRID, LINEBELOW, …: a table without any stays
borderless), the BACKGROUND fills, SPANs, each cell's padding and vertical alignment, and
NOSPLIT ranges. Its ``repeatRows`` become header rows that Word and LibreOffice repeat at
the top of every page (``w:tblHeader``); the layout is fixed so Word does not re-size the
columns to their content. A row up to half a page tall is not split across pages
(``w:cantSplit``, ``UNSPLIT_ROW_LIMIT``).
"""

from __future__ import annotations

from numbers import Number

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from reportlab.lib.colors import toColor

from itadesk.export.common import cell_height
from itadesk.export.docx_page import hex_colour

TWIPS = 20
"""Twentieths of a point, Word's table unit (dxa)."""
VALIGN = {"TOP": WD_CELL_VERTICAL_ALIGNMENT.TOP, "MIDDLE": WD_CELL_VERTICAL_ALIGNMENT.CENTER,
          "BOTTOM": WD_CELL_VERTICAL_ALIGNMENT.BOTTOM}  # fmt: skip
JUSTIFY = {"CENTER": "center", "CENTRE": "center", "LEFT": "left", "RIGHT": "right"}
SIDES = ("top", "left", "bottom", "right")


def _el(tag: str, **attributes) -> object:
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), str(value))
    return element


def _replace(parent, element) -> None:
    old = parent.find(element.tag)
    if old is not None:
        old.addprevious(element)
        parent.remove(old)
    else:
        parent.append(element)


def column_widths(table, available: float) -> list[float]:
    widths = list(table._colWidths)
    if not all(isinstance(w, Number) for w in widths):
        table.wrap(available, 10**6)  # ReportLab resolves None, "*" and "%" widths
        widths = list(table._colWidths)
    return [float(w) for w in widths]


def _range(table, start, end) -> tuple[int, int, int, int]:
    (sc, sr), (ec, er) = start, end
    sc, ec, sr, er = table.normCellRange(sc, ec, sr, er)
    return sc, sr, ec, er


def edges(table) -> dict[tuple[int, int], dict[str, tuple[float, object]]]:
    """(row, column) → side → (weight, colour) of every rule the table draws."""
    out: dict[tuple[int, int], dict[str, tuple[float, object]]] = {}
    for command in table._linecmds:
        op, start, end, weight, colour = command[:5]
        sc, sr, ec, er = _range(table, start, end)
        for r in range(sr, er + 1):
            for c in range(sc, ec + 1):
                sides = {
                    "GRID": SIDES,
                    "BOX": _outer(r, c, sr, sc, er, ec),
                    "OUTLINE": _outer(r, c, sr, sc, er, ec),
                    "INNERGRID": _inner(r, c, sr, sc, er, ec),
                    "LINEABOVE": ("top",),
                    "LINEBELOW": ("bottom",),
                    "LINEBEFORE": ("left",),
                    "LINEAFTER": ("right",),
                }.get(op, ())
                for side in sides:
                    out.setdefault((r, c), {})[side] = (weight, colour)
    return out


def _outer(r, c, sr, sc, er, ec) -> tuple[str, ...]:
    return tuple(s for s, on in zip(SIDES, (r == sr, c == sc, r == er, c == ec), strict=True) if on)


def _inner(r, c, sr, sc, er, ec) -> tuple[str, ...]:
    return tuple(s for s, on in zip(SIDES, (r > sr, c > sc, r < er, c < ec), strict=True) if on)


def _borders(tc, sides: dict[str, tuple[float, object]]) -> None:
    tcpr = tc.get_or_add_tcPr()
    borders = _el("w:tcBorders")
    for side in SIDES:
        if side in sides:
            weight, colour = sides[side]
            size = min(96, max(2, round(weight * 8)))  # eighths of a point
            borders.append(
                _el(f"w:{side}", val="single", sz=size, space=0, color=hex_colour(toColor(colour)))
            )
        else:
            borders.append(_el(f"w:{side}", val="nil"))
    _replace(tcpr, borders)


def _table_properties(word, table, widths: list[float]) -> None:
    tblpr = word._tbl.tblPr
    style = tblpr.find(qn("w:tblStyle"))
    if style is not None:
        tblpr.remove(style)
    _replace(tblpr, _el("w:tblW", w=round(sum(widths) * TWIPS), type="dxa"))
    _replace(tblpr, _el("w:jc", val=JUSTIFY.get(str(table.hAlign).upper(), "center")))
    borders = _el("w:tblBorders")
    for side in (*SIDES, "insideH", "insideV"):
        borders.append(_el(f"w:{side}", val="nil"))
    _replace(tblpr, borders)
    _replace(tblpr, _el("w:tblLayout", type="fixed"))
    first = table._cellStyles[0][0]
    margins = _el("w:tblCellMar")
    for side, value in _padding(first).items():
        margins.append(_el(f"w:{side}", w=round(value * TWIPS), type="dxa"))
    _replace(tblpr, margins)
    # Schema order inside w:tblPr: style, …, tblW, jc, …, tblBorders, shd, tblLayout, tblCellMar, tblLook.
    order = ["w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
             "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
             "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"]  # fmt: skip
    rank = {qn(tag): i for i, tag in enumerate(order)}
    for child in sorted(tblpr, key=lambda e: rank.get(e.tag, len(order))):
        tblpr.append(child)
    grid = word._tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        column.set(qn("w:w"), str(round(width * TWIPS)))


def _padding(style) -> dict[str, float]:
    return {"top": style.topPadding, "left": style.leftPadding, "bottom": style.bottomPadding,
            "right": style.rightPadding}  # fmt: skip


def _header_rows(table) -> int:
    repeat = table.repeatRows
    if isinstance(repeat, int):
        return repeat
    rows = sorted(repeat)
    return next((i for i, r in enumerate(rows) if r != i), len(rows))


def _row_property(row, element) -> None:
    trpr = row._tr.get_or_add_trPr()
    _replace(trpr, element)


UNSPLIT_ROW_LIMIT = 0.5
"""A row up to this share of the page's height is kept whole (``w:cantSplit``): Word and
LibreOffice move it to the next page rather than leave two lines of it at the foot of one,
with a blank number cell over the rest and no "(ต่อ)" (which the PDF prints and a Word
table cannot). A taller row still flows over pages, as it must when it is taller than a page."""


def _row_heights(table, widths: list[float], origin, covered) -> list[float]:
    """Each row's height as the PDF lays it out: its tallest cell, padding included (a cell
    spanning rows counts in its first)."""
    out = []
    for r, row in enumerate(table._cellvalues):
        tallest = 0.0
        for c, content in enumerate(row):
            if (r, c) in covered:
                continue
            sc, _sr, ec, _er = origin.get((r, c), (c, r, c, r))
            style = table._cellStyles[r][c]
            width = sum(widths[sc : ec + 1]) - style.leftPadding - style.rightPadding
            height = cell_height(content, max(width, 1.0)) + style.topPadding + style.bottomPadding
            tallest = max(tallest, height)
        out.append(tallest)
    return out


def add_table(flow, table) -> None:
    """Write ``table`` into ``flow`` (the body or a cell) and its cells' flowables in turn."""
    from itadesk.export.docx_writer import Flow

    data = table._cellvalues
    if not data or not data[0]:
        return
    rows, columns = len(data), len(data[0])
    widths = column_widths(table, flow.width)
    word = flow.container.add_table(rows=rows, cols=columns)
    _table_properties(word, table, widths)

    origin: dict[tuple[int, int], tuple[int, int, int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for command in table._spanCmds:
        sc, sr, ec, er = _range(table, command[1], command[2])
        origin[(sr, sc)] = (sc, sr, ec, er)
        covered |= {(r, c) for r in range(sr, er + 1) for c in range(sc, ec + 1)} - {(sr, sc)}
    cells = word._cells
    for (sr, sc), (_sc, _sr, ec, er) in origin.items():
        cells[sr * columns + sc].merge(cells[er * columns + ec])
    cells = word._cells

    rules = edges(table)
    fills = {}
    for command in table._bkgrndcmds:
        if command[0] == "BACKGROUND":
            sc, sr, ec, er = _range(table, command[1], command[2])
            for r in range(sr, er + 1):
                for c in range(sc, ec + 1):
                    fills[(r, c)] = hex_colour(toColor(command[3]))
    default_padding = _padding(table._cellStyles[0][0])
    header = _header_rows(table)
    for r in range(rows):
        if r < header:
            _row_property(word.rows[r], _el("w:tblHeader"))
        for c in range(columns):
            if (r, c) in covered:
                continue
            sc, sr, ec, er = origin.get((r, c), (c, r, c, r))
            cell = cells[r * columns + c]
            style = table._cellStyles[r][c]
            span_width = sum(widths[sc : ec + 1])
            cell.width = round(span_width * 12700)  # EMU
            sides = {}
            for side, (rr, cc) in zip(SIDES, ((sr, sc), (sr, sc), (er, ec), (er, ec)), strict=True):
                rule = rules.get((rr, cc), {}).get(side)
                if rule is not None:
                    sides[side] = rule
            if sides:
                _borders(cell._tc, sides)
            if (r, c) in fills:
                tcpr = cell._tc.get_or_add_tcPr()
                _replace(tcpr, _el("w:shd", val="clear", color="auto", fill=fills[(r, c)]))
            cell.vertical_alignment = VALIGN.get(str(style.valign).upper(), WD_CELL_VERTICAL_ALIGNMENT.TOP)
            padding = _padding(style)
            if padding != default_padding:
                margins = _el("w:tcMar")
                for side, value in padding.items():
                    margins.append(_el(f"w:{side}", w=round(value * TWIPS), type="dxa"))
                _replace(cell._tc.get_or_add_tcPr(), margins)
            inner = Flow(flow.writer, cell, span_width - padding["left"] - padding["right"], fresh_cell=True)
            inner.add(data[r][c])
            _order_cell_properties(cell._tc)
    heights = _row_heights(table, widths, origin, covered)
    for r, height in enumerate(heights):
        if height <= flow.writer.height * UNSPLIT_ROW_LIMIT:
            _row_property(word.rows[r], _el("w:cantSplit"))
    for command in table._nosplitCmds:
        _sc, sr, _ec, er = _range(table, command[1], command[2])
        # Word keeps a row with the next through its paragraphs' keep-with-next; only the
        # last row is kept whole (an earlier one may be taller than a page).
        _row_property(word.rows[er], _el("w:cantSplit"))
        for r in range(sr, er):
            for cell in word.rows[r].cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True
    for r in range(rows):
        trpr = word.rows[r]._tr.trPr
        if trpr is not None:  # w:cantSplit comes before w:tblHeader
            for child in sorted(trpr, key=lambda e: e.tag != qn("w:cantSplit")):
                trpr.append(child)
    flow.last = None


CELL_ORDER = ["w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd", "w:noWrap",
              "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"]  # fmt: skip


def _order_cell_properties(tc) -> None:
    """Word refuses a file whose w:tcPr children are out of the schema's order."""
    tcpr = tc.tcPr
    if tcpr is None:
        return
    rank = {qn(tag): i for i, tag in enumerate(CELL_ORDER)}
    for child in sorted(tcpr, key=lambda e: rank.get(e.tag, len(CELL_ORDER))):
        tcpr.append(child)
