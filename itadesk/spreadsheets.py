"""Measures in and out of Excel (.xlsx) and CSV, and any tab out to a workbook.

Offices already keep their measures tables in Excel. Importing reads the first sheet (or a
CSV saved by Thai Excel, which is TIS-620/cp874 unless saved as UTF-8), finds the header row,
maps columns to measure fields by their Thai headers (the user can correct the mapping,
which is remembered), and adds every row through the store in one transaction. Exporting
writes text as text: a cell starting with ``=`` stays a string, never a formula.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

from itadesk import scoring
from itadesk.analysis import SECTIONS, TOOL_NAMES
from itadesk.db.store import Store
from itadesk.errors import ITADeskError, StoreError
from itadesk.frameworks import TOOLS
from itadesk.records import MAX_TEXT_LENGTH, MEASURE_FIELD_LABELS, ROUND_LABELS, STATUS_LABELS
from itadesk.thai import arabic_digits

MAX_ROWS = 20_000
MEASURES_SHEET = "มาตรการ"
MAPPING_SETTING = "import_mapping"
IGNORE = ""
"""The mapping value of a column that is not imported."""

# Header words offices use (seeds 000, 001, 002, 004) → measure field; the first match wins.
HEADER_WORDS: tuple[tuple[str, str], ...] = (
    ("ตัวชี้วัด", "indicators"),
    ("วิธี", "steps"),
    ("ขั้นตอน", "steps"),
    ("ระยะเวลา", "period"),
    ("ผู้รับผิดชอบ", "responsible"),
    ("หน่วยงานรับผิดชอบ", "responsible"),
    ("ผลลัพธ์", "outcome"),
    ("ผลการดำเนิน", "output"),
    ("สรุปผล", "output"),
    ("ข้อเสนอแนะ", "recommendation"),
    ("ติดตาม", "recommendation"),
    ("สถานะ", "status"),
    ("รอบ", "round"),
    ("มาตรการ", "title"),
    ("กิจกรรม", "title"),
    ("โครงการ", "title"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class SpreadsheetError(ITADeskError):
    """A spreadsheet that cannot be read or written; the message is Thai."""


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[list[str]]
    encoding: str = ""
    """What the file was read as, for the preview (``UTF-8``, ``TIS-620 / Windows-874`` …)."""


MAX_COLUMNS = 200
"""Columns that hold anything; a sheet's declared width (up to XFD) is never walked."""
MAX_HEADER_LENGTH = 200
MAX_TOTAL_CHARACTERS = 40_000_000
"""All the text of one import (about 80 MB in memory): far past any office's table."""
MAX_MEMBER_BYTES = {"sheet": 200_000_000, "xl/sharedStrings.xml": 100_000_000, "other": 20_000_000}
"""The largest uncompressed size of each part of an .xlsx, checked before anything is parsed
(a zip bomb declares gigabytes)."""
MAX_MEMBERS = 2_000
HEADER_SEARCH_ROWS = 30

Progress = Callable[[int, int], None] | None
"""Called as work goes on with (done, total); may raise ``Cancelled`` to stop it."""
STEP = 500

ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (มี BOM)",
    "utf-16": "UTF-16 (Unicode)",
    "cp874": "TIS-620 / Windows-874 (ภาษาไทย)",
    "cp1252": "Windows-1252 (ภาษาอังกฤษ/ยุโรปตะวันตก)",
}


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _CONTROL.sub("", str(value)).strip()


def guess_encoding(path: Path) -> str:
    """The encoding of a CSV file, from its first 64 KB: a BOM says it; else strict UTF-8;
    else UTF-16 without a BOM (NULs between letters); else TIS-620/cp874 or cp1252, as
    charset-normalizer judges the text."""
    with path.open("rb") as handle:
        sample = handle.read(65_536)
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=len(sample) < 65_536)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if sample.count(0) > len(sample) // 4:
        return "utf-16-le" if sample[1::2].count(0) > sample[::2].count(0) else "utf-16-be"
    best = charset_normalizer.from_bytes(sample, cp_isolation=["cp874", "cp1252"]).best()
    return "cp1252" if best is not None and best.encoding == "cp1252" else "cp874"


def _csv_rows(path: Path, encoding: str) -> Iterator[list[str]]:
    with path.open("r", encoding=encoding, newline="") as handle:  # newline="": CR-only files too
        sample = handle.read(4096)
        handle.seek(0)
        try:
            dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:  # one column, or too little text to tell: Excel's own comma format
            dialect = csv.excel
        reader = csv.reader(handle, dialect)
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                if "field larger" in str(exc):
                    raise SpreadsheetError(
                        f"แถวที่ {reader.line_num:,} ของ {path.name} มีช่องที่ยาวเกิน {MAX_TEXT_LENGTH:,} ตัวอักษร"
                    ) from exc
                raise SpreadsheetError(f"อ่านไฟล์ {path.name} ไม่ได้ที่แถว {reader.line_num:,}: {exc}") from exc
            yield [_cell_text(cell) for cell in row]


def _check_zip(path: Path) -> None:
    """Refuse an .xlsx whose parts would blow up when unpacked, before any is parsed."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise SpreadsheetError(f"อ่านไฟล์ {path.name} ไม่ได้: ไม่ใช่ไฟล์ Excel (.xlsx) ที่สมบูรณ์") from exc
    if len(members) > MAX_MEMBERS:
        raise SpreadsheetError(f"ไฟล์ {path.name} มีส่วนประกอบมากผิดปกติ จึงไม่เปิด")
    for member in members:
        kind = "sheet" if member.filename.startswith("xl/worksheets/") else member.filename
        limit = MAX_MEMBER_BYTES.get(kind, MAX_MEMBER_BYTES["other"])
        if member.file_size > limit:
            raise SpreadsheetError(
                f"ไฟล์ {path.name} เมื่อแตกออกจะใหญ่ถึง {member.file_size / 1e6:,.0f} MB "
                f"({member.filename}) ซึ่งผิดปกติสำหรับตารางมาตรการ จึงไม่เปิด"
            )


def _xlsx_rows(path: Path, progress: Progress) -> Iterator[list[str]]:
    from openpyxl import load_workbook

    _check_zip(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, SyntaxError) as exc:
        raise SpreadsheetError(f"อ่านไฟล์ {path.name} ไม่ได้: ไม่ใช่ไฟล์ Excel (.xlsx) ที่สมบูรณ์") from exc
    try:
        # ITADesk's own workbook holds several tabs: its measures sheet is the one to import.
        sheet = book[MEASURES_SHEET] if MEASURES_SHEET in book.sheetnames else book.worksheets[0]
        declared = min(sheet.max_row or 0, MAX_ROWS)
        sheet.reset_dimensions()  # each row as wide as its own last cell, not the declared range
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            if progress is not None and number % STEP == 0:
                progress(min(number, declared), declared)
            yield [_cell_text(v) for v in row]
    except (KeyError, ValueError, TypeError, SyntaxError) as exc:
        raise SpreadsheetError(f"อ่านไฟล์ {path.name} ไม่ได้: ข้อมูลในแผ่นงานไม่สมบูรณ์ ({exc})") from exc
    finally:
        book.close()


def _collect(rows: Iterable[list[str]], name: str) -> tuple[list[str], list[list[str]]]:
    """Header and body from a stream of rows, holding only the cells that have text: the
    row limit counts rows with something in them (the same for CSV and .xlsx), and columns
    are the ones used anywhere, however far right a stray cell sits."""
    kept: list[dict[int, str]] = []
    header_at: int | None = None
    characters = 0
    for number, row in enumerate(rows, start=1):
        cells = {i: text for i, text in enumerate(row) if text}
        if not cells:
            continue
        longest = max(len(text) for text in cells.values())
        if longest > MAX_TEXT_LENGTH:
            raise SpreadsheetError(f"แถวที่ {number:,} ของ {name} มีช่องที่ยาวเกิน {MAX_TEXT_LENGTH:,} ตัวอักษร")
        characters += sum(len(text) for text in cells.values())
        if characters > MAX_TOTAL_CHARACTERS:
            raise SpreadsheetError(f"ไฟล์ {name} มีข้อความมากเกินกว่าจะนำเข้าในครั้งเดียว โปรดแบ่งไฟล์")
        kept.append(cells)
        if header_at is None and len(cells) >= 2:
            header_at = len(kept) - 1
        if header_at is None and len(kept) >= HEADER_SEARCH_ROWS:
            break
        if header_at is not None and len(kept) - header_at - 1 > MAX_ROWS:
            raise SpreadsheetError(f"ไฟล์ {name} มีเกิน {MAX_ROWS:,} แถว โปรดแบ่งไฟล์")
    if not kept:
        raise SpreadsheetError(f"ไฟล์ {name} ไม่มีข้อมูล")
    if header_at is None:
        raise SpreadsheetError("ไม่พบแถวหัวตารางในไฟล์ (ต้องมีอย่างน้อยสองคอลัมน์)")
    used = sorted({i for cells in kept[header_at:] for i in cells})
    if len(used) > MAX_COLUMNS:
        raise SpreadsheetError(f"ไฟล์ {name} มีคอลัมน์ที่มีข้อมูลเกิน {MAX_COLUMNS} คอลัมน์ โปรดลบคอลัมน์ที่ไม่ใช้")
    header = kept[header_at]
    headers = [header.get(i, "")[:MAX_HEADER_LENGTH] or f"คอลัมน์ {i + 1}" for i in used]
    body = [[cells.get(i, "") for i in used] for cells in kept[header_at + 1 :]]
    return headers, body


def read_table(path: str | Path, progress: Progress = None) -> Table:
    """The table of a .xlsx or CSV file, read as a stream in bounded time and memory."""
    path = Path(path)
    if not path.is_file():
        raise SpreadsheetError(f"ไม่พบไฟล์ {path}")
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            encoding = guess_encoding(path)
            headers, rows = _collect(_csv_rows(path, encoding), path.name)
            label = ENCODING_LABELS.get(encoding, encoding.upper())
        elif suffix in {".xlsx", ".xlsm"}:
            headers, rows = _collect(_xlsx_rows(path, progress), path.name)
            label = "Excel (.xlsx)"
        else:
            raise SpreadsheetError("นำเข้าได้เฉพาะไฟล์ Excel (.xlsx) หรือ CSV (.csv)")
    except UnicodeDecodeError as exc:
        raise SpreadsheetError(
            f"อ่านไฟล์ {path.name} ไม่ได้: ไม่ใช่ข้อความ UTF-8, UTF-16, ภาษาไทย (TIS-620) หรือ Windows-1252 "
            "โปรดบันทึกจาก Excel เป็น “CSV UTF-8”"
        ) from exc
    except OSError as exc:
        raise SpreadsheetError(f"อ่านไฟล์ {path.name} ไม่ได้: {exc.strerror or exc}") from exc
    return Table(headers, rows, label)


def guess_mapping(headers: Sequence[str], remembered: Mapping[str, str] | None = None) -> dict[str, str]:
    """Header → measure field (or ``IGNORE``): what the user chose before, else by its words;
    each field is taken by one column only."""
    remembered = remembered or {}
    out: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        field = remembered.get(header)
        if field is None:
            squeezed = "".join(header.split())
            field = next((f for word, f in HEADER_WORDS if word in squeezed and f not in taken), IGNORE)
        if field and field in taken:
            field = IGNORE
        out[header] = field
        if field:
            taken.add(field)
    return out


def _indicators(text: str) -> list[int]:
    return sorted({int(n) for n in re.findall(r"\d+", arabic_digits(text)) if 1 <= int(n) <= 10})


def _choice(text: str, labels: Mapping[str, str], default: str) -> str:
    text = text.strip()
    for key, label in labels.items():
        if text in (key, label):
            return key
    return default


_NUMBERING = re.compile(r"^[0-9๐-๙]{1,3}[.)]\s*")


def measures_from_table(table: Table, mapping: Mapping[str, str]) -> list[dict[str, object]]:
    """One measure (field → value) per row that has a title; rows without one continue the
    row above (a cell Excel wrapped onto the next row)."""
    if "title" not in mapping.values():
        raise SpreadsheetError("ต้องเลือกคอลัมน์ที่เป็น “มาตรการ/กิจกรรม” อย่างน้อยหนึ่งคอลัมน์")
    out: list[dict[str, object]] = []
    for row in table.rows:
        values = {
            field: row[i] for i, field in enumerate(mapping.get(h, IGNORE) for h in table.headers) if field
        }
        title = _NUMBERING.sub("", values.get("title", "")).strip()
        if not title:
            if out:
                for field, text in values.items():
                    if text and field in MEASURE_FIELD_LABELS and isinstance(out[-1].get(field), str):
                        out[-1][field] = f"{out[-1][field]}\n{text}".strip()
            continue
        measure: dict[str, object] = {
            k: v for k, v in values.items() if k not in {"indicators", "status", "round"}
        }
        measure["title"] = title
        measure["indicators"] = _indicators(values.get("indicators", ""))
        measure["status"] = _choice(values.get("status", ""), STATUS_LABELS, "not_started")
        measure["round"] = _choice(values.get("round", ""), ROUND_LABELS, "full")
        out.append(measure)
    return out


def remembered_mapping(store: Store) -> dict[str, str]:
    try:
        data = json.loads(store.setting(MAPPING_SETTING, "{}"))
    except json.JSONDecodeError:
        return {}
    return {str(k): str(v) for k, v in data.items() if v in MEASURE_FIELD_LABELS or v == IGNORE}


def import_measures(
    store: Store, year: int, table: Table, mapping: Mapping[str, str], progress: Progress = None
) -> int:
    """Add the table's measures to ``year`` in one transaction (all or none, a cancel
    included); remember the mapping."""
    if year not in store.years():
        raise StoreError(f"ไม่มีเกณฑ์การประเมินของปี {year} ในไฟล์นี้")
    measures = measures_from_table(table, mapping)
    with store.batch():
        for done in range(0, len(measures), STEP):
            store.add_measures(year, measures[done : done + STEP])
            if progress is not None:
                progress(min(done + STEP, len(measures)), len(measures))
        store.set_setting(
            MAPPING_SETTING, json.dumps({**remembered_mapping(store), **mapping}, ensure_ascii=False)
        )
    return len(measures)


# -- export ----------------------------------------------------------------------------------

MEASURE_COLUMNS = ("title", "steps", "period", "responsible", "output", "outcome", "recommendation",
                   "indicators", "status", "round")  # fmt: skip


def _safe(value: object) -> object:
    if isinstance(value, str):
        return _CONTROL.sub("", value)
    return value


def write_sheet(
    book, title: str, headers: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[int]
):
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title)
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_safe(v) for v in row])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text that starts with "=" stays text
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(index + 1)].width = width
    sheet.freeze_panes = "A2"
    return sheet


TABS = ("scores", "checklist", "measures", "analysis")


def export_workbook(
    store: Store, year: int, path: str | Path, tabs: Sequence[str] = TABS, progress: Progress = None
) -> Path:
    """The year's tabs as sheets of one workbook (measures sheet re-imports as it is).

    ``progress(done, total)`` follows the measures (thousands take seconds); raising
    ``Cancelled`` from it leaves no file behind."""
    from openpyxl import Workbook

    if year not in store.years():
        raise StoreError(f"ไม่มีเกณฑ์การประเมินของปี {year} ในไฟล์นี้")
    path = Path(path)
    framework = store.framework(year)
    book = Workbook()
    book.remove(book.active)
    if "scores" in tabs:
        scores, previous = store.scores(year), store.scores(year - 1)
        rows = []
        for ind in framework.indicators:
            value = scores.get(ind.number)
            verdict = {True: "ผ่าน", False: "ไม่ผ่าน", None: ""}[scoring.passes(framework, value)]
            rows.append(
                [ind.number, ind.name, ind.tool, ind.weight, value, verdict, previous.get(ind.number)]
            )
        write_sheet(book, "คะแนนตัวชี้วัด", ("ตัวชี้วัด", "ชื่อ", "เครื่องมือ", "น้ำหนัก", f"คะแนน {year}", "ผล",
                                        f"คะแนน {year - 1}"), rows, (10, 40, 10, 10, 12, 10, 12))  # fmt: skip
    if "checklist" in tabs:
        entries = store.checklist(year)
        rows = [
            [group.code, item.code, item.title, "ทำแล้ว" if entries[item.code].done else "ยังไม่ทำ",
             entries[item.code].responsible, entries[item.code].progress, entries[item.code].url]
            for group in framework.oit_groups
            for item in group.items
        ]  # fmt: skip
        write_sheet(book, "รายการตรวจ OIT", ("ตัวชี้วัดย่อย", "ข้อ", "ข้อมูล", "สถานะ", "ผู้รับผิดชอบ", "ความก้าวหน้า",
                                         "URL"), rows, (12, 8, 50, 12, 20, 60, 40))  # fmt: skip
    if "measures" in tabs:
        rows = []
        measures = store.measures(year)
        for number, m in enumerate(measures, start=1):
            if progress is not None and number % STEP == 0:
                progress(number, len(measures))
            values = {
                **{f: getattr(m, f) for f in MEASURE_COLUMNS[:7]},
                "indicators": ", ".join(str(n) for n in m.indicators),
                "status": STATUS_LABELS[m.status],
                "round": ROUND_LABELS[m.round],
            }
            rows.append([number, *(values[f] for f in MEASURE_COLUMNS)])
        headers = ("ลำดับที่", *(MEASURE_FIELD_LABELS[f] for f in MEASURE_COLUMNS))
        write_sheet(book, MEASURES_SHEET, headers, rows, (8, 40, 50, 18, 20, 40, 30, 30, 14, 18, 12))
    if "analysis" in tabs:
        texts = store.analysis_texts_or_draft(year)
        rows = [[TOOL_NAMES[tool], *(texts[(tool, section)] for section in SECTIONS)] for tool in TOOLS]
        write_sheet(book, "วิเคราะห์ผล", ("เครื่องมือ", *SECTIONS.values()), rows, (30, 70, 70))
    return save_workbook(book, path)


def save_workbook(book, path: Path) -> Path:
    """Write a workbook under a temporary name, then move it into place: a full disk or a
    file open in Excel leaves the old workbook (or none), never half of one."""
    temp = path.with_name(f".{path.name}.saving")
    try:
        book.save(temp)
        temp.replace(path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise SpreadsheetError(f"บันทึกไฟล์ {path.name} ไม่ได้: {exc.strerror or exc}") from exc
    return path
