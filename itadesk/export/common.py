"""What every report shares: text styles, the table of the seeds' shape, the headline
block, checkbox lines and Thai number formatting switchable per report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, black
from reportlab.platypus import CondPageBreak, Flowable, FrameBreak, Spacer, Table, TableStyle

from itadesk.export import fonts
from itadesk.export.flowables import MIN_LINES, TextStyle, ThaiParagraph
from itadesk.records import Agency
from itadesk.thai import arabic_digits, format_date, format_number, thai_digits

TITLE = TextStyle(size=16, face="bold", align="center", leading_ratio=1.45)
SUBTITLE = TextStyle(size=13, face="bold", align="center", leading_ratio=1.45)
HEADING = TextStyle(size=13, face="bold", space_before=8, space_after=4)
BODY = TextStyle(size=12, space_after=4)
CELL = TextStyle(size=11, leading_ratio=1.45)
HEADER_CELL = CELL.but(face="bold", align="center")
NOTE = TextStyle(size=10.5, color=Color(0.3, 0.3, 0.3))
HEADER_FILL = Color(0.88, 0.91, 0.96)
CELL_PADDING = 4
RULE = 0.5
TOP_PADDING = 2
INK_CLEARANCE = 0.5
"""Least white between a cell's first line's ink (its tallest stack of marks) and the rule above."""

CHECKED, UNCHECKED = "☑", "☐"


@dataclass(frozen=True)
class Numbers:
    """Digits as the report asks for them: Thai (๑๒๓, the default) or Latin.

    Only what the program writes goes through here (numbers, dates, its own wording such as
    ``ROUND_LABELS``); the office's text, names, URLs and item codes ("O1", "ISO 9001")
    are printed as typed and never pass through ``text``."""

    thai: bool = True

    def text(self, value: str | int) -> str:
        """Generated text with every digit in the report's digits, whichever it was written in."""
        return thai_digits(str(value)) if self.thai else arabic_digits(str(value))

    def score(self, value: float | None) -> str:
        return "–" if value is None else format_number(value, 2, thai=self.thai)

    def date(self, value: dt.date) -> str:
        """``๑ ตุลาคม ๒๕๖๕``: Thai month name (Babel), Buddhist-era year."""
        return format_date(value, thai=self.thai)

    def change(self, value: float | None) -> str:
        if value is None:
            return "–"
        sign = "+" if value > 0 else ""
        return sign + format_number(value, 2, thai=self.thai)


def thai_list(items: Sequence[str]) -> str:
    """Items as a Thai sentence lists them: ``ก ข และค`` (``ก และข``, ``ก``), และ joined to
    the last item as the seeds write it (ผู้รับผิดชอบ และผลการดำเนินการ)."""
    if len(items) < 2:
        return "".join(items)
    return f"{' '.join(items[:-1])} และ{items[-1]}"


def para(text: str, style: TextStyle = BODY) -> ThaiParagraph:
    return ThaiParagraph(text, style)


def lines_of(*parts: str) -> str:
    """The non-empty parts, stripped, one per line."""
    return "\n".join(p.strip() for p in parts if p and p.strip())


def begin(path, lines: Sequence[str], agency: Agency, *, orientation: str, numbers: Numbers, progress=None):
    """A report's document and the opening of its story (the centred title block): the
    PDF's, or for a path ending in .docx the Word one, which writes the same story."""
    if str(path).lower().endswith(".docx"):
        from itadesk.export.docx_writer import DocxDocument as ReportDocument
    else:
        from itadesk.export.document import ReportDocument

    doc = ReportDocument(
        path,
        title=" ".join(lines),
        agency=agency.full_name,
        orientation=orientation,
        thai=numbers.thai,
        progress=progress,
    )
    return doc, headline(lines, agency)


def headline(title_lines: Sequence[str], agency: Agency) -> list[Flowable]:
    """The centred title block of the seeds: report title, year, agency, district, province."""
    out: list[Flowable] = [Bookmark(" ".join(title_lines))]
    out += [para(line, TITLE) for line in title_lines]
    if agency.is_set:
        out.append(para(agency.full_name, SUBTITLE))
        place = " ".join(
            p
            for p in (
                f"อำเภอ{agency.district}" if agency.district else "",
                f"จังหวัด{agency.province}" if agency.province else "",
            )
            if p
        )
        if place:
            out.append(para(place, SUBTITLE))
    out.append(Spacer(1, 10))
    return out


class HeadingBreak(CondPageBreak):
    """The page break before a heading or a table part's caption, taken when less than a
    few lines' room is left, or less than what it needs before its table can begin
    (``keep_headings``)."""


def heading(text: str) -> list[Flowable]:
    """A section heading that is never left alone at the foot of a page: it starts a new
    page when less than a few lines' room is left, or than its table needs to begin under
    it (binding it to a long table instead would push both to the next page and leave this
    one empty)."""
    return [HeadingBreak(HEADING.leading * 4), Bookmark(text), para(text, HEADING)]


def cell_height(content, width: float) -> float:
    """The height a table cell's content (text, a flowable or a list of them) takes at
    ``width``, as the PDF lays it out."""
    if content is None or content == "":
        return 0.0
    if isinstance(content, str):
        content = ThaiParagraph(content, CELL)
    if isinstance(content, (list, tuple)):
        return sum(cell_height(part, width) for part in content)
    if not isinstance(content, Flowable):
        return 0.0
    _width, height = content.wrap(width, 10**6)
    return height + content.getSpaceBefore() + content.getSpaceAfter()


def _table_start_room(table: Table) -> float:
    """The height a table needs at the foot of a page to begin there: its header and its
    first row, or the least lines of that row (``MIN_LINES``) when the row is long enough
    to be split."""
    padding = 2 * (TOP_PADDING + 2)

    def row_height(row) -> float:
        cells = zip(row, table._colWidths, strict=True)
        return max((cell_height(cell, w - 2 * CELL_PADDING) for cell, w in cells), default=0.0) + padding

    header = row_height(table._cellvalues[0])
    first = row_height(table._cellvalues[1]) if len(table._cellvalues) > 1 else 0.0
    least = MIN_LINES * CELL.leading + padding
    return header + (first if first <= 3 * least else least)


def keep_headings(story: Sequence[Flowable], width: float) -> list[Flowable]:
    """``story`` with each heading's page break raised to what follows it up to its table
    (the heading, a caption) and the table's beginning: a heading never stands alone at
    the foot of a page above a table that starts on the next (the demo's OIT report, p. 3)."""
    for at, flowable in enumerate(story):
        if not isinstance(flowable, HeadingBreak):
            continue
        room = 0.0
        for following in story[at + 1 :]:
            if isinstance(following, Table):
                flowable.height = max(flowable.height, room + _table_start_room(following))
                break
            if isinstance(following, CondPageBreak):
                continue
            if not isinstance(following, (ThaiParagraph, Bookmark, Spacer)):
                break  # a chart or a kept group: it keeps itself
            style = getattr(following, "style", None)
            room += following.wrap(width, 1e6)[1] + (style.space_before + style.space_after if style else 0)
    return list(story)


class Bookmark(Flowable):
    """A bookmark (PDF outline entry) to the place it stands: one per section heading."""

    def __init__(self, title: str, level: int = 0):
        super().__init__()
        self.title, self.level = title, level
        self.width = self.height = 0

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self) -> None:
        key = f"section-{id(self)}"
        self.canv.bookmarkHorizontal(key, 0, 0)
        self.canv.addOutlineEntry(self.title, key, self.level)


def as_of(numbers: Numbers, today: dt.date | None = None) -> ThaiParagraph:
    """The closing line every report carries: the date its data was taken."""
    return para(f"ข้อมูล ณ วันที่ {numbers.date(today or dt.date.today())}", NOTE.but(space_before=10))


def checkbox_text(done: bool) -> str:
    """The seeds' progress marker: both choices printed, the one that holds ticked."""
    return f"{UNCHECKED if done else CHECKED} ยังไม่ได้ดำเนินการ\n{CHECKED if done else UNCHECKED} ดำเนินการ"


class ReportTable(Table):
    """A table that fills its pages and always continues on the next one.

    ReportLab splits between rows whenever a row boundary fits, leaving most of a page
    empty before a long measure; here a boundary split is kept only when it wastes less
    than a quarter of the space, otherwise the row itself is split. ReportLab would also
    place the continuation in whatever space is left on the same page, repeating the header
    in mid-page: official reports continue on the next page under the repeated header.
    """

    WASTE_LIMIT = 0.25
    has_footer = False

    def split(self, avail_width, avail_height):
        self._wrap_for_split(avail_width, avail_height)
        parts = self._splitRows(avail_height, doInRowSplit=False) if self.splitByRow else []
        # A table's footer goes on with its last row whole (NOSPLIT): no in-row split there.
        keeps_footer = (
            len(parts) == 2 and self.has_footer and len(parts[1]._cellvalues) - self.repeatRows <= 2
        )
        if len(parts) == 2 and not keeps_footer:
            used = parts[0].wrap(avail_width, avail_height)[1]
            if avail_height - used > self.WASTE_LIMIT * avail_height:
                inside = self._splitRows(avail_height, doInRowSplit=True)
                # a row "split" with all its lines on this page, its padding not, would leave
                # an empty sliver of a row under the next page's header: split between rows
                if len(inside) == 2 and not self._empty_continuation(*inside):
                    parts = inside
        if not parts:
            parts = super().split(avail_width, avail_height)
        if len(parts) == 2 and self._empty_continuation(*parts) and not self._only_footer_left(parts[1]):
            # a row "split" with all its lines here, its padding not: start it on the next page
            parts = self._splitRows(avail_height, doInRowSplit=False)
        if len(parts) == 2 and self.has_footer and self._only_footer_left(parts[1]):
            # The last row fitted but its footer (the closing line, a signature block) did
            # not: carry the row's last lines over with it rather than leave it alone.
            footer = self._rowHeights[-1]
            for lines in range(2 * MIN_LINES + 1):
                retry = self._splitRows(avail_height - footer - lines * CELL.leading, doInRowSplit=True)
                if len(retry) == 2 and not self._only_footer_left(retry[1]):
                    parts = retry
                    break
        if len(parts) == 2:
            parts[1].has_footer = self.has_footer
            self._mark_continued(parts[0], parts[1])
            parts[1].pad_rows([self.repeatRows])  # a split row goes on with another first line
            return [parts[0], FrameBreak(), parts[1]]
        return parts

    def _empty_continuation(self, head: Table, tail: Table) -> bool:
        """Whether a split inside a row left nothing of that row for the next page."""
        split_inside = len(head._cellvalues) + len(tail._cellvalues) - self.repeatRows > len(self._cellvalues)
        return split_inside and not any(tail._cellvalues[self.repeatRows])

    def _only_footer_left(self, tail: Table) -> bool:
        """Whether ``tail`` holds nothing but the footer, after a row with nothing left."""
        body = tail._cellvalues[self.repeatRows :]
        return len(body) == 1 or (len(body) == 2 and not any(body[0]))

    def pad_rows(self, rows) -> None:
        """Give each of ``rows`` the top padding its first lines need: the seeds' 2 pt, or
        more where a cell's first line carries a stack of marks (ที่, ปั้น, ฟื้น) that would
        otherwise come within ``INK_CLEARANCE`` of the rule above; other rows keep their look."""
        commands = []
        for row in rows:
            firsts = [
                (cell[0] if isinstance(cell, (list, tuple)) and cell else cell)  # a split row's are tuples
                for cell in self._cellvalues[row]
            ]
            reach = max(
                (
                    first.first_line_reach(width - 2 * CELL_PADDING)
                    for first, width in zip(firsts, self._colWidths, strict=True)
                    if isinstance(first, ThaiParagraph)
                ),
                default=0.0,
            )
            padding = max(TOP_PADDING, reach + RULE / 2 + INK_CLEARANCE)
            commands.append(("TOPPADDING", (0, row), (-1, row), padding))
        self.setStyle(TableStyle(commands))

    CONTINUED = " (ต่อ)"
    CONTINUED_COLUMNS = 2
    NUMBER_LENGTH = 6
    """The number and title cells of a row split across pages say "(ต่อ)" on the next."""

    def _mark_continued(self, head: Table, tail: Table) -> None:
        """When a row was split (its cells continue on the next page), its first cells
        there, which have nothing left to print, say "(ต่อ)" (the number cell with its
        number, as the seeds print it)."""
        rows = len(self._cellvalues)
        if len(head._cellvalues) + len(tail._cellvalues) - self.repeatRows <= rows:
            return  # split between rows
        # ReportLab leaves the split row open at the foot of the page and under the header
        # repeated on the next: close it on both.
        head.setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), RULE, black)]))
        tail.setStyle(TableStyle([("LINEABOVE", (0, self.repeatRows), (-1, self.repeatRows), RULE, black)]))
        ended, continued = head._cellvalues[-1], tail._cellvalues[self.repeatRows]
        if not any(continued):
            return  # nothing of the row is left for the next page
        for column in range(min(self.CONTINUED_COLUMNS, len(continued))):
            if continued[column]:
                continue
            done = [f for f in ended[column] if isinstance(f, ThaiParagraph)]
            if done:
                # The number in full ("๑ (ต่อ)"), the title only as "(ต่อ)": the row's height
                # is already set and holds at least two lines (MIN_LINES).
                text = done[0].text.removesuffix(self.CONTINUED.strip()).strip()
                if column or len(text) > self.NUMBER_LENGTH:  # a title, not a number or code
                    text = ""
                continued[column] = [ThaiParagraph((text + self.CONTINUED).strip(), done[0].base_style)]

    def _wrap_for_split(self, avail_width, avail_height):
        if not hasattr(self, "_width"):
            self.wrap(avail_width, avail_height)


TABLE_SIZES = (11.0, 10.5, 10.0)
"""Type sizes a table may use, largest first: one size for every cell, never below 10 pt."""


SHORT_HEADER = 24
"""Headers up to this many characters never take more than two lines."""


def _minimum(header: str, texts: Sequence[str], size: float) -> float:
    """The narrowest a column may be: its widest unbreakable word, plus the padding; a
    short header is set in at most two lines."""
    from itadesk.export.textlayout import two_line_width, widest_word

    bold = fonts.face(HEADER_CELL.face)
    words = [widest_word(header, bold, size)]
    if len(header) <= SHORT_HEADER:
        words.append(two_line_width(header, bold, size))
    words += [widest_word(text, fonts.face(CELL.face), size) for text in texts]
    return max(words) + 2 * CELL_PADDING + 0.5


def _share(widths: Sequence[float], minimums: Sequence[float], total: float) -> list[float]:
    """``total`` shared in proportion to ``widths``, no column below its minimum."""
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(widths)) if i not in fixed]
        room = total - sum(fixed.values())
        weight = sum(widths[i] for i in free) or 1.0
        out = {i: room * widths[i] / weight for i in free}
        short = {i: minimums[i] for i in free if out[i] < minimums[i]}
        if not short:
            return [fixed.get(i, out.get(i, 0.0)) for i in range(len(widths))]
        fixed.update(short)


def fit_columns(
    header: Sequence[str], columns: Sequence[Sequence[str]], widths: Sequence[float]
) -> tuple[float, list[float]] | None:
    """The type size and column widths of a table: the preferred ``widths`` (same total),
    widened where a word or name would not fit whole and narrowed elsewhere, at the largest
    of ``TABLE_SIZES`` where every word fits, so no word is broken as a last resort; None
    when even the smallest size cannot hold them side by side."""
    total = sum(widths)
    for size in TABLE_SIZES:
        minimums = [_minimum(header[i], columns[i], size) for i in range(len(widths))]
        if sum(minimums) <= total:
            return size, _share(widths, minimums, total)
    return None


def column_groups(
    header: Sequence[str], columns: Sequence[Sequence[str]], widths: Sequence[float], keys: int = 1
) -> list[list[int]]:
    """The columns of a table too wide for its page, in groups that each fit beside the
    first ``keys`` columns, which every group repeats (as a spreadsheet prints)."""
    total, size = sum(widths), TABLE_SIZES[-1]
    minimums = [_minimum(header[i], columns[i], size) for i in range(len(widths))]
    key = list(range(min(keys, len(widths))))
    groups, current = [], list(key)
    for i in range(len(key), len(widths)):
        if len(current) > len(key) and sum(minimums[j] for j in (*current, i)) > total:
            groups.append(current)
            current = list(key)
        current.append(i)
    groups.append(current)
    return groups


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    widths: Sequence[float],
    *,
    numeric: Sequence[int] = (),
    footer: Flowable | None = None,
) -> Table:
    """A ruled table whose header repeats on every page and whose rows split across pages;
    the ``numeric`` columns are right-aligned. Columns are sized to their content
    (``fit_columns``) and every cell is set in the same type size. A ``footer`` (the
    "ข้อมูล ณ วันที่" line) is set under the table and never goes to a page without its
    last row."""
    texts = [[row[i] for row in rows if isinstance(row[i], str)] for i in range(len(header))]
    size, widths = fit_columns(header, texts, widths) or (TABLE_SIZES[-1], list(widths))
    cell = CELL.but(size=size)
    head = [ThaiParagraph(h, HEADER_CELL.but(size=size)) for h in header]
    styles = [cell.but(align="right") if i in numeric else cell for i in range(len(header))]
    # Cells are lists: ReportLab splits a row across pages only through list cells.
    body = [
        [[c if isinstance(c, Flowable) else ThaiParagraph(c, styles[i])] for i, c in enumerate(row)]
        for row in rows
    ]
    last = -1
    if footer is not None:
        body.append([[footer]] + [""] * (len(header) - 1))
        last = -2
    result = ReportTable([head, *body], colWidths=list(widths), repeatRows=1, splitInRow=1, hAlign="CENTER")
    if footer is not None:
        result.has_footer = True
        result.setStyle(
            TableStyle(
                [
                    ("SPAN", (0, -1), (-1, -1)),
                    ("NOSPLIT", (0, -2), (-1, -1)),
                    ("LEFTPADDING", (0, -1), (-1, -1), 0),
                    ("TOPPADDING", (0, -1), (-1, -1), 10),
                ]
            )
        )
    result.setStyle(
        TableStyle(
            [
                # ReportLab sets each cell's font even for flowable cells; a face it never
                # embeds keeps Helvetica out of the file.
                ("FONTNAME", (0, 0), (-1, -1), fonts.initial_font_name()),
                ("GRID", (0, 0), (-1, last), RULE, black),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), TOP_PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    result.pad_rows(range(len(result._cellvalues) - (footer is not None)))
    return result


def tables(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    numeric: Sequence[int] = (),
    keys: int = 1,
    numbers: Numbers = Numbers(),
    footer: Flowable | None = None,
) -> list[Flowable]:
    """``table``, or when its columns cannot stand side by side at 10 pt without breaking
    a word, several tables of the same rows, each repeating the first ``keys`` columns and
    headed "ตารางส่วนที่ ๒ จาก ๒", a caption that goes to the next page with its table when the
    table cannot begin under it (``keep_headings``)."""
    texts = [[row[i] for row in rows] for i in range(len(header))]
    if fit_columns(header, texts, widths) is not None:
        return [table(header, rows, widths, numeric=numeric, footer=footer)]
    total = sum(widths)
    groups = column_groups(header, texts, widths, keys)
    out: list[Flowable] = []
    for number, group in enumerate(groups, start=1):
        part = scaled([widths[i] for i in group], total)
        out.append(HeadingBreak(0))
        out.append(
            para(
                f"ตารางส่วนที่ {numbers.text(number)} จาก {numbers.text(len(groups))}", NOTE.but(space_before=6)
            )
        )
        out.append(
            table(
                [header[i] for i in group],
                [[row[i] for i in group] for row in rows],
                part,
                numeric=[group.index(i) for i in numeric if i in group],
                footer=footer if number == len(groups) else None,
            )
        )
    return out


def scaled(weights: Sequence[float], total: float) -> list[float]:
    """Column widths in proportion to ``weights`` filling ``total`` points."""
    whole = sum(weights)
    return [total * w / whole for w in weights]
