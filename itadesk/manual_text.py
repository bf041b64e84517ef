"""The text of the NACC manual a clerk received, from the file itself: a PDF with a text
layer, a Word .docx, an Excel .xlsx, a saved web page, or plain text.

Table rows come out as tab-separated lines (a Word table, a spreadsheet row, an HTML
``<tr>``), the shape ``itemlist.parse_list`` reads as a table row. PDFs are read with
pypdfium2 (PDFium, Apache-2.0 / BSD: fit for an app shipped to offices). Many Thai PDFs are typeset
by tools whose text layer does not give Thai back (legacy font encodings, private-use
glyphs, marks out of order): ``garbled_reason`` recognises that, and the caller tells the
clerk to copy the list from the manual on screen and paste it instead.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from itadesk.errors import ITADeskError

MAX_BYTES = 50_000_000
TEXT_SUFFIXES = {".txt", ".text", ".csv", ".tsv"}
SUFFIXES = TEXT_SUFFIXES | {".pdf", ".docx", ".xlsx", ".xlsm", ".html", ".htm"}


class ManualError(ITADeskError):
    """A file whose list cannot be read; the message is Thai and says what to do instead."""


PASTE_INSTEAD = "โปรดเปิดคู่มือ คัดลอกรายการข้อ แล้ววางในช่องข้อความแทน"


def read_manual(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ManualError(
            f"ไม่รู้จักไฟล์ชนิด {suffix or 'ไม่มีนามสกุล'}: ใช้ได้ PDF, Word (.docx), Excel (.xlsx), หน้าเว็บ (.html) หรือข้อความ (.txt)"
        )
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ManualError(f"ไฟล์ {path.name} ใหญ่เกินไป {PASTE_INSTEAD}")
        if suffix in TEXT_SUFFIXES:
            text = _decode(path.read_bytes())
        elif suffix == ".pdf":
            text = _pdf(path)
        elif suffix == ".docx":
            text = _docx(path)
        elif suffix in (".xlsx", ".xlsm"):
            text = _xlsx(path)
        else:
            text = html_text(_decode(path.read_bytes()))
    except ManualError:
        raise
    except OSError as exc:
        raise ManualError(f"อ่านไฟล์ {path.name} ไม่ได้: {exc.strerror or exc}") from exc
    except Exception as exc:  # noqa: BLE001 — every reader's own failure means the same to the clerk
        raise ManualError(f"อ่านไฟล์ {path.name} ไม่ได้ (ไฟล์เสียหรือไม่ใช่ {suffix}) {PASTE_INSTEAD}") from exc
    reason = garbled_reason(text)
    if reason:
        raise ManualError(f"ข้อความในไฟล์ {path.name} อ่านออกมาเพี้ยน ({reason}) {PASTE_INSTEAD}")
    return text


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp874"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _pdf(path: Path) -> str:
    """pypdfium2 (PDFium, Apache-2.0): it keeps Thai marks on their letters, where
    pdfminer's layout analysis lifts them onto lines of their own."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        pages = []
        for page in document:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        document.close()
    text = "\n".join(pages)
    if not text.strip():
        raise ManualError(f"ไฟล์ {path.name} ไม่มีชั้นข้อความ (เป็นภาพสแกน) {PASTE_INSTEAD}")
    return text


def _docx(path: Path) -> str:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:  # a merged cell repeats across the columns it spans
                    if not cells or cell.text != cells[-1]:
                        cells.append(cell.text)
                lines.append("\t".join(c.replace("\n", " ") if i < 2 else c for i, c in enumerate(cells)))
    return "\n".join(lines)


def _xlsx(path: Path) -> str:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        lines = []
        for sheet in book.worksheets:
            for row in sheet.iter_rows(values_only=True):
                cells = ["" if v is None else str(v).strip() for v in row]
                if any(cells):
                    lines.append("\t".join(cells).rstrip("\t"))
        return "\n".join(lines)
    finally:
        book.close()


class _HtmlText(HTMLParser):
    """Text of a web page with a line per block and a tab between table cells."""

    BLOCKS = frozenset(
        {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("script", "style", "noscript"):
            self._skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "noscript"):
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_text(html: str) -> str:
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    lines = []
    for line in "".join(parser.parts).split("\n"):
        cells = [c.strip() for c in line.split("\t")]
        while cells and not cells[0]:
            cells.pop(0)
        lines.append("\t".join(cells))
    return "\n".join(lines)


_THAI = re.compile(r"[\u0e01-\u0e5b]")
_LATIN = re.compile(r"[\u00c0-\u00ff]")  # TIS-620 bytes read as Latin-1: legacy Thai fonts
_GLYPHS = re.compile(r"[\u02b0-\u02ff\ue000-\uf8ff\ufffd]")  # shaped glyphs with no Unicode behind them
_CID = re.compile(r"\(cid:\d+\)")
_MARK = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
_BAD_MARK = re.compile(rf"(?:^|[^\u0e01-\u0e2e{_MARK}])[{_MARK}]|[{_MARK}]{{3,}}", re.MULTILINE)


def garbled_reason(text: str) -> str | None:
    """Why this extracted text is not Thai as written, or None when it reads fine."""
    cids = len(_CID.findall(text))
    if cids >= 20:
        return "ตัวอักษรออกมาเป็นรหัสแบบอักษร"
    thai, latin, glyphs = len(_THAI.findall(text)), len(_LATIN.findall(text)), len(_GLYPHS.findall(text))
    if latin >= 20 and latin > 0.2 * (thai + latin):
        return "ตัวอักษรไทยออกมาเป็นอักขระอื่น"
    if glyphs >= 3 and glyphs > 0.005 * thai:
        return "สระและวรรณยุกต์ออกมาเป็นรูปอักขระอื่น"
    marks = sum(text.count(m) for m in _MARK)
    misplaced = len(_BAD_MARK.findall(text))
    if marks >= 20 and misplaced > 0.1 * marks:
        return "สระและวรรณยุกต์อยู่ผิดตำแหน่ง"
    return None
