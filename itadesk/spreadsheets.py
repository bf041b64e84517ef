"""Measures in and out of Excel (.xlsx) and CSV, and any tab out to a workbook.

Offices already keep their measures tables in Excel. Importing reads the first sheet (or a
CSV saved by Thai Excel, which is TIS-620/cp874 unless saved as UTF-8), finds the header row,
maps columns to measure fields by their Thai headers (the user can correct the mapping,
which is remembered), and adds every row through the store in one transaction. Exporting
writes text as text: a cell starting with ``=`` stays a string, never a formula.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from itadesk import scoring
from itadesk.analysis import SECTIONS, TOOL_NAMES
from itadesk.db.store import Store
from itadesk.errors import ITADeskError, StoreError
from itadesk.frameworks import TOOLS
from itadesk.records import MEASURE_FIELD_LABELS, ROUND_LABELS, STATUS_LABELS
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


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _header_row(rows: list[list[str]]) -> int:
    """The first row with at least two filled cells (titles above the table are skipped)."""
    for index, row in enumerate(rows[:30]):
        if sum(1 for cell in row if cell) >= 2:
            return index
    raise SpreadsheetError("ไม่พบแถวหัวตารางในไฟล์ (ต้องมีอย่างน้อยสองคอลัมน์)")


def _read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "cp874"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise SpreadsheetError(f"อ่านไฟล์ {path.name} ไม่ได้: ไม่ใช่ข้อความ UTF-8 หรือภาษาไทย (TIS-620)")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:  # one column, or too little text to tell: Excel's own comma format
        dialect = csv.excel
    return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), dialect)]


Progress = Callable[[int, int], None] | None
"""Called as work goes on with (done, total); may raise ``Cancelled`` to stop it."""
STEP = 500


def _read_xlsx(path: Path, progress: Progress = None) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise SpreadsheetError(f"อ่านไฟล์ {path.name} ไม่ได้: ไม่ใช่ไฟล์ Excel (.xlsx) ที่สมบูรณ์") from exc
    try:
        # ITADesk's own workbook holds several tabs: its measures sheet is the one to import.
        sheet = book[MEASURES_SHEET] if MEASURES_SHEET in book.sheetnames else book.worksheets[0]
        total = sheet.max_row or 0
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append([_cell_text(v) for v in row])
            if progress is not None and len(rows) % STEP == 0:
                progress(len(rows), total)
            if len(rows) > MAX_ROWS:
                raise SpreadsheetError(f"ไฟล์ {path.name} มีเกิน {MAX_ROWS:,} แถว โปรดแบ่งไฟล์")
        return rows
    finally:
        book.close()


def read_table(path: str | Path, progress: Progress = None) -> Table:
    path = Path(path)
    if not path.is_file():
        raise SpreadsheetError(f"ไม่พบไฟล์ {path}")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows = _read_csv(path)
    elif suffix in {".xlsx", ".xlsm"}:
        rows = _read_xlsx(path, progress)
    else:
        raise SpreadsheetError("นำเข้าได้เฉพาะไฟล์ Excel (.xlsx) หรือ CSV (.csv)")
    rows = [row for row in rows if any(row)]
    if not rows:
        raise SpreadsheetError(f"ไฟล์ {path.name} ไม่มีข้อมูล")
    start = _header_row(rows)
    width = max(len(row) for row in rows[start:])
    headers = [(rows[start] + [""] * width)[:width]]
    headers = [h or f"คอลัมน์ {i + 1}" for i, h in enumerate(headers[0])]
    body = [(row + [""] * width)[:width] for row in rows[start + 1 :]]
    return Table(headers, body)


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
        for done, measure in enumerate(measures, start=1):
            store.add_measure(year, **measure)
            if progress is not None and done % 100 == 0:
                progress(done, len(measures))
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
