"""ITA frameworks as data: indicators, weights, grade rules and OIT items per fiscal year.

The NACC changes its framework almost every year, so nothing here is hard-coded in
Python: each fiscal year is one JSON file (``ita-YYYY.json`` beside this module),
validated when loaded. The same parser reads a framework stored in a workspace or
imported from a file, so an office can correct a year the built-in data gets wrong.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from itadesk.frameworks.schema import schema_problem
from itadesk.paths import frameworks_dir
from itadesk.thai import BE_OFFSET, thai_digits

FORMAT_TAG = "itadesk-framework"
FORMAT_VERSION = 1
TOOLS = ("IIT", "EIT", "OIT")
_ITEM_CODE = re.compile(r"^O\d{1,3}$")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_YEAR_PLACEHOLDERS = {"year": 0, "year-1": -1, "year+1": 1, "yy": 0, "yy-1": -1}
CONFIDENCE = ("high", "medium", "low", "placeholder")
DEFAULT_VARIANT = "local"
VARIANTS = {
    "local": "องค์กรปกครองส่วนท้องถิ่น",
    "school": "สถานศึกษา (สพฐ.)",
    "vocational": "สถานศึกษาอาชีวศึกษา (สอศ.)",
    "hospital": "หน่วยบริการสาธารณสุข (MOIT)",
    "other": "หน่วยงานอื่น",
}
CALENDAR_DATES = {
    "registration_start": "เปิดลงทะเบียนหน่วยงาน",
    "registration_end": "ปิดลงทะเบียนหน่วยงาน",
    "oit_submission_start": "เริ่มส่งข้อมูล OIT",
    "oit_submission_end": "วันสุดท้ายของการส่งข้อมูล OIT",
    "survey_start": "เริ่มเก็บแบบสำรวจ IIT/EIT",
    "survey_end": "ปิดแบบสำรวจ IIT/EIT",
    "results": "ประกาศผลการประเมิน",
}


class FrameworkError(ValueError):
    """A framework file that cannot be used; the message is Thai and names the problem."""


@dataclass(frozen=True)
class Indicator:
    number: int
    name: str
    tool: str
    weight: float


@dataclass(frozen=True)
class OitItem:
    code: str
    title: str
    components: tuple[str, ...] = ()
    responsible: tuple[str, ...] = ()
    source: str = ""
    """Where the item's number and title were seen (a manual, a website); empty = the manual."""
    confidence: str = "high"
    """One of ``CONFIDENCE``: how sure the title and number are."""

    @property
    def placeholder(self) -> bool:
        return self.confidence == "placeholder"

    @property
    def number(self) -> int:
        return int(self.code[1:])


@dataclass(frozen=True)
class CarriedEntry:
    """An office's checklist entry from another list (last year's, or this year's before the
    NACC renumbered it) that matched no item: shown as "จากปีก่อน" until assigned or discarded."""

    from_year: int
    code: str
    title: str
    done: bool = False
    responsible: str | None = None
    progress: str = ""
    url: str = ""


@dataclass(frozen=True)
class OitGroup:
    """A sub-indicator (ตัวชี้วัดย่อย) such as 9.1 ข้อมูลพื้นฐาน and the items it scores."""

    code: str
    name: str
    indicator: int
    items: tuple[OitItem, ...]


@dataclass(frozen=True)
class GradeBand:
    label: str
    min_total: float
    min_each_tool: float | None = None


@dataclass(frozen=True)
class Framework:
    fiscal_year: int
    title: str
    indicators: tuple[Indicator, ...]
    oit_groups: tuple[OitGroup, ...]
    grading_kind: str
    grade_bands: tuple[GradeBand, ...]
    pass_mark: float = 85.0
    complete: bool = True
    weights_verified: bool = True
    confidence: str = "high"
    sources: tuple[str, ...] = ()
    notes: str = ""
    oit_deadline_month_day: tuple[int, int] = (4, 30)
    """Last day of OIT submission (NACC's usual calendar: 1 March – 30 April)."""
    variant: str = DEFAULT_VARIANT
    """Which kind of agency the list is for (``VARIANTS``): a school's list is not an อบต.'s."""
    grouping_verified: bool = True
    """False when the items' sub-indicators were guessed, not read in the manual."""
    calendar: tuple[tuple[str, tuple[int, int]], ...] = ()
    """The year's dates (``CALENDAR_DATES`` keys → month, day in the assessment's Gregorian year)."""
    calendar_assumed: bool = False
    """True when the dates are the last known year's, not announced for this one."""
    calendar_basis: str = ""
    carried_over: tuple[CarriedEntry, ...] = ()
    _items_by_code: dict[str, tuple[OitGroup, OitItem]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        for group in self.oit_groups:
            for item in group.items:
                self._items_by_code[item.code] = (group, item)

    def indicator(self, number: int) -> Indicator:
        for ind in self.indicators:
            if ind.number == number:
                return ind
        raise KeyError(number)

    def indicators_of(self, tool: str) -> list[Indicator]:
        return [ind for ind in self.indicators if ind.tool == tool]

    def items(self) -> Iterator[OitItem]:
        for group in self.oit_groups:
            yield from group.items

    def item(self, code: str) -> OitItem:
        return self._items_by_code[code][1]

    def group_of(self, code: str) -> OitGroup:
        return self._items_by_code[code][0]

    def has_item(self, code: str) -> bool:
        return code in self._items_by_code

    @property
    def oit_deadline(self) -> dt.date:
        """The OIT submission deadline of this assessment year, in the Gregorian calendar."""
        month, day = self.oit_deadline_month_day
        return dt.date(self.fiscal_year - BE_OFFSET, month, day)

    @property
    def unconfirmed(self) -> bool:
        """The list is not (yet) the NACC manual's: the window says so and how to fix it."""
        return not self.complete or self.confidence == "low"

    @property
    def variant_label(self) -> str:
        return VARIANTS.get(self.variant, self.variant)

    def dates(self) -> list[tuple[str, dt.date]]:
        """The year's calendar as real dates, in date order."""
        year = self.fiscal_year - BE_OFFSET
        return sorted(((key, dt.date(year, m, d)) for key, (m, d) in self.calendar), key=lambda kd: kd[1])

    def render(self, text: str, *, thai: bool = True) -> str:
        """Component text with its relative years filled in for this fiscal year.

        ``{year}`` is the assessed year and ``{year-1}`` the one before, in full (๒๕๖๖);
        ``{yy}``/``{yy-1}`` are the two-digit forms used in periods (ต.ค. ๖๕).
        """

        def fill(match: re.Match[str]) -> str:
            key = match.group(1)
            year = self.fiscal_year + _YEAR_PLACEHOLDERS[key]
            value = str(year % 100).zfill(2) if key.startswith("yy") else str(year)
            return thai_digits(value) if thai else value

        return _PLACEHOLDER.sub(fill, text)


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise FrameworkError(message)


def _text(value: Any, where: str) -> str:
    _require(isinstance(value, str) and value.strip() != "", f"{where}: ต้องเป็นข้อความที่ไม่ว่าง")
    return value.strip()


def _check_placeholders(text: str, where: str) -> None:
    for key in _PLACEHOLDER.findall(text):
        _require(key in _YEAR_PLACEHOLDERS, f"{where}: ไม่รู้จักตัวแทนปี {{{key}}}")


def _parse_grading(data: Any, year: int) -> tuple[str, tuple[GradeBand, ...]]:
    _require(isinstance(data, dict), f"ปี {year}: ไม่มีเกณฑ์ระดับผลการประเมิน (grading)")
    kind = data.get("kind")
    _require(kind in ("letter", "rating"), f"ปี {year}: ชนิดเกณฑ์ต้องเป็น letter หรือ rating")
    bands: list[GradeBand] = []
    for raw in data.get("bands") or []:
        if isinstance(raw, list):  # compact letter form: ["AA", 95]
            _require(len(raw) == 2, f"ปี {year}: ช่วงคะแนนไม่ถูกต้อง {raw!r}")
            raw = {"label": raw[0], "min_total": raw[1]}
        _require(isinstance(raw, dict), f"ปี {year}: ช่วงคะแนนไม่ถูกต้อง {raw!r}")
        minimum = raw.get("min_total")
        _require(
            isinstance(minimum, (int, float)) and 0 <= minimum <= 100,
            f"ปี {year}: คะแนนขั้นต่ำของระดับต้องอยู่ระหว่าง 0 ถึง 100",
        )
        each = raw.get("min_each_tool")
        _require(each is None or isinstance(each, (int, float)), f"ปี {year}: min_each_tool ไม่ถูกต้อง")
        bands.append(GradeBand(_text(raw.get("label"), f"ปี {year} ระดับ"), float(minimum), each))
    _require(bands != [], f"ปี {year}: ไม่มีช่วงคะแนนของระดับผลการประเมิน")
    totals = [band.min_total for band in bands]
    _require(totals == sorted(totals, reverse=True), f"ปี {year}: ช่วงคะแนนต้องเรียงจากสูงไปต่ำ")
    _require(totals[-1] == 0, f"ปี {year}: ระดับสุดท้ายต้องเริ่มที่ 0 คะแนน")
    return kind, tuple(bands)


def _parse_indicators(data: Any, year: int) -> tuple[Indicator, ...]:
    _require(isinstance(data, list), f"ปี {year}: ไม่มีรายการตัวชี้วัด")
    indicators = []
    for raw in data:
        _require(isinstance(raw, dict), f"ปี {year}: ตัวชี้วัดไม่ถูกต้อง {raw!r}")
        number, tool, weight = raw.get("number"), raw.get("tool"), raw.get("weight")
        _require(isinstance(number, int), f"ปี {year}: เลขตัวชี้วัดต้องเป็นจำนวนเต็ม")
        _require(tool in TOOLS, f"ปี {year} ตัวชี้วัดที่ {number}: เครื่องมือต้องเป็น IIT, EIT หรือ OIT")
        _require(
            isinstance(weight, (int, float)) and weight >= 0,
            f"ปี {year} ตัวชี้วัดที่ {number}: น้ำหนักต้องเป็นตัวเลขไม่ติดลบ",
        )
        name = _text(raw.get("name"), f"ปี {year} ตัวชี้วัดที่ {number}")
        indicators.append(Indicator(number, name, tool, float(weight)))
    numbers = [ind.number for ind in indicators]
    _require(numbers == list(range(1, len(numbers) + 1)), f"ปี {year}: ตัวชี้วัดต้องเรียงเลข 1, 2, 3, … ไม่ซ้ำ")
    _require(
        abs(sum(ind.weight for ind in indicators) - 100) < 1e-6,
        f"ปี {year}: น้ำหนักของตัวชี้วัดรวมกันต้องได้ 100",
    )
    return tuple(indicators)


def _parse_groups(data: Any, year: int, indicators: tuple[Indicator, ...]) -> tuple[OitGroup, ...]:
    _require(isinstance(data, list), f"ปี {year}: ไม่มีรายการข้อ OIT")
    oit_numbers = {ind.number for ind in indicators if ind.tool == "OIT"}
    groups, seen = [], set()
    for raw in data:
        _require(isinstance(raw, dict), f"ปี {year}: ตัวชี้วัดย่อยไม่ถูกต้อง {raw!r}")
        code = _text(raw.get("code"), f"ปี {year} ตัวชี้วัดย่อย")
        indicator = raw.get("indicator")
        _require(
            indicator in oit_numbers,
            f"ปี {year} ตัวชี้วัดย่อย {code}: ต้องอยู่ใต้ตัวชี้วัดของ OIT ({sorted(oit_numbers)})",
        )
        items = []
        for item in raw.get("items") or []:
            _require(isinstance(item, dict), f"ปี {year} ตัวชี้วัดย่อย {code}: ข้อไม่ถูกต้อง")
            item_code = _text(item.get("code"), f"ปี {year} ตัวชี้วัดย่อย {code}")
            _require(bool(_ITEM_CODE.match(item_code)), f"ปี {year}: รหัสข้อ {item_code} ต้องเป็นรูป O1, O2, …")
            _require(item_code not in seen, f"ปี {year}: รหัสข้อ {item_code} ซ้ำกัน")
            seen.add(item_code)
            where = f"ปี {year} ข้อ {item_code}"
            components = tuple(_text(c, where) for c in item.get("components") or [])
            for text in components:
                _check_placeholders(text, where)
            responsible = tuple(_text(r, where) for r in item.get("responsible") or [])
            items.append(
                OitItem(
                    item_code,
                    _text(item.get("title"), where),
                    components,
                    responsible,
                    **_item_additions(item, where),
                )
            )
        _require(items != [], f"ปี {year} ตัวชี้วัดย่อย {code}: ไม่มีข้อ")
        groups.append(
            OitGroup(code, _text(raw.get("name"), f"ปี {year} ตัวชี้วัดย่อย {code}"), indicator, tuple(items))
        )
    return tuple(groups)


def parse_framework(data: Mapping[str, Any]) -> Framework:
    """Validate a framework document (already decoded from JSON) and build a ``Framework``."""
    _require(isinstance(data, Mapping), "ไฟล์เกณฑ์การประเมินต้องเป็นออบเจกต์ JSON")
    _require(data.get("format") == FORMAT_TAG, "ไม่ใช่ไฟล์เกณฑ์การประเมินของ ITADesk")
    version = data.get("format_version")
    _require(
        isinstance(version, int) and version <= FORMAT_VERSION,
        "ไฟล์เกณฑ์การประเมินนี้มาจาก ITADesk รุ่นใหม่กว่า โปรดปรับปรุงโปรแกรมก่อน",
    )
    problem = schema_problem(data)
    _require(problem is None, f"เกณฑ์การประเมินไม่ถูกต้อง: {problem}")
    year = data.get("fiscal_year")
    _require(isinstance(year, int) and 2500 <= year <= 2700, "ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2566")
    indicators = _parse_indicators(data.get("indicators"), year)
    kind, bands = _parse_grading(data.get("grading"), year)
    pass_mark = data.get("pass_mark", 85)
    _require(isinstance(pass_mark, (int, float)) and 0 < pass_mark <= 100, f"ปี {year}: เกณฑ์ผ่านไม่ถูกต้อง")
    return Framework(
        fiscal_year=year,
        title=_text(data.get("title", f"เกณฑ์การประเมิน ITA ปี {year}"), f"ปี {year}"),
        indicators=indicators,
        oit_groups=_parse_groups(data.get("oit_groups"), year, indicators),
        grading_kind=kind,
        grade_bands=bands,
        pass_mark=float(pass_mark),
        complete=bool(data.get("complete", True)),
        weights_verified=bool(data.get("weights_verified", True)),
        confidence=str(data.get("confidence", "high")),
        sources=tuple(str(s) for s in data.get("sources") or ()),
        notes=str(data.get("notes") or ""),
        **_framework_additions(data, year),
    )


# -- fields added in format version 1 after the first release ------------------------------
# Every one is optional with a default, so older documents still load. Framework level:
#   variant (str, VARIANTS key, default "local"), grouping_verified (bool, default true),
#   calendar.{registration_start, registration_end, oit_submission_start, oit_submission_end,
#   survey_start, survey_end, results} ("MM-DD" each), calendar.assumed (bool),
#   calendar.basis (str), carried_over (list of {from_year: int, code: str, title: str,
#   done: bool, responsible: str|null, progress: str, url: str}). Item level: source (str),
#   confidence (CONFIDENCE value).


def _item_additions(item: Mapping[str, Any], where: str) -> dict[str, Any]:
    source = item.get("source", "")
    _require(isinstance(source, str), f"{where}: แหล่งที่มา (source) ต้องเป็นข้อความ")
    confidence = item.get("confidence", "high")
    _require(confidence in CONFIDENCE, f"{where}: ระดับความเชื่อมั่นต้องเป็น {', '.join(CONFIDENCE)}")
    return {"source": source.strip(), "confidence": confidence}


def _framework_additions(data: Mapping[str, Any], year: int) -> dict[str, Any]:
    variant = data.get("variant", DEFAULT_VARIANT)
    _require(variant in VARIANTS, f"ปี {year}: ประเภทหน่วยงานของเกณฑ์ (variant) ต้องเป็น {', '.join(VARIANTS)}")
    calendar = data.get("calendar")
    if calendar is None:
        calendar = {}
    _require(isinstance(calendar, dict), f"ปี {year}: ปฏิทิน (calendar) ไม่ถูกต้อง")
    dates = []
    for key, label in CALENDAR_DATES.items():
        raw = calendar.get(key)
        if raw is not None:
            dates.append((key, _month_day(raw, f"ปี {year}: {label}")))
    deadline = dict(dates).get("oit_submission_end", (4, 30))
    return {
        "variant": variant,
        "grouping_verified": bool(data.get("grouping_verified", True)),
        "oit_deadline_month_day": deadline,
        "calendar": tuple(dates),
        "calendar_assumed": bool(calendar.get("assumed", False)),
        "calendar_basis": str(calendar.get("basis") or ""),
        "carried_over": _carried(data.get("carried_over"), year),
    }


def _carried(raw: Any, year: int) -> tuple[CarriedEntry, ...]:
    where = f"ปี {year}: รายการจากปีก่อน (carried_over)"
    _require(raw is None or isinstance(raw, list), f"{where} ไม่ถูกต้อง")
    out = []
    for entry in raw or []:
        _require(isinstance(entry, dict), f"{where} ไม่ถูกต้อง")
        from_year, responsible = entry.get("from_year"), entry.get("responsible")
        _require(isinstance(from_year, int), f"{where}: from_year ต้องเป็นปี พ.ศ.")
        _require(responsible is None or isinstance(responsible, str), f"{where}: responsible ไม่ถูกต้อง")
        texts = [entry.get(k, "") for k in ("progress", "url")]
        _require(all(isinstance(t, str) for t in texts), f"{where}: ข้อความไม่ถูกต้อง")
        out.append(
            CarriedEntry(
                from_year,
                _text(entry.get("code"), where),
                _text(entry.get("title"), where),
                bool(entry.get("done", False)),
                responsible,
                *texts,
            )
        )
    return tuple(out)


def _month_day(raw: Any, where: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{2})-(\d{2})", str(raw))
    _require(match is not None, f"{where} ต้องเป็นรูป MM-DD")
    month, day = int(match.group(1)), int(match.group(2))
    try:
        dt.date(2000, month, day)
    except ValueError as exc:
        raise FrameworkError(f"{where} ไม่ใช่วันที่จริง") from exc
    return month, day


def to_document(framework: Framework) -> dict[str, Any]:
    """The JSON document of a framework: what the editor saves and the export writes."""
    kind = framework.grading_kind
    bands = []
    for band in framework.grade_bands:
        raw: dict[str, Any] = {"label": band.label, "min_total": band.min_total}
        if band.min_each_tool is not None:
            raw["min_each_tool"] = band.min_each_tool
        bands.append(raw)
    month, day = framework.oit_deadline_month_day
    calendar: dict[str, Any] = {key: f"{m:02d}-{d:02d}" for key, (m, d) in framework.calendar}
    calendar["oit_submission_end"] = f"{month:02d}-{day:02d}"
    if framework.calendar_assumed:
        calendar["assumed"] = True
    if framework.calendar_basis:
        calendar["basis"] = framework.calendar_basis
    return {
        "format": FORMAT_TAG,
        "format_version": FORMAT_VERSION,
        "fiscal_year": framework.fiscal_year,
        "title": framework.title,
        "complete": framework.complete,
        "weights_verified": framework.weights_verified,
        "confidence": framework.confidence,
        "sources": list(framework.sources),
        "notes": framework.notes,
        "pass_mark": framework.pass_mark,
        **(
            {"carried_over": [dict(vars(c)) for c in framework.carried_over]}
            if framework.carried_over
            else {}
        ),
        "variant": framework.variant,
        "grouping_verified": framework.grouping_verified,
        "calendar": calendar,
        "grading": {"kind": kind, "bands": bands},
        "indicators": [
            {"number": i.number, "name": i.name, "tool": i.tool, "weight": i.weight}
            for i in framework.indicators
        ],
        "oit_groups": [
            {
                "code": g.code,
                "name": g.name,
                "indicator": g.indicator,
                "items": [
                    {
                        "code": item.code,
                        "title": item.title,
                        "components": list(item.components),
                        "responsible": list(item.responsible),
                        **({"source": item.source} if item.source else {}),
                        **({"confidence": item.confidence} if item.confidence != "high" else {}),
                    }
                    for item in g.items
                ],
            }
            for g in framework.oit_groups
        ],
    }


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number")


def decode_document(text: str) -> Any:
    """A framework document's JSON, as stored or as a file holds it (a leading BOM, which
    Windows Notepad writes, is skipped; NaN, Infinity and 5,000-digit numbers are refused)."""
    try:
        return json.loads(text.removeprefix("\ufeff"), parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        raise FrameworkError(f"อ่านไฟล์เกณฑ์การประเมินไม่ได้: JSON ไม่ถูกต้อง ({str(exc)[:120]})") from exc


def load_framework_text(text: str) -> Framework:
    return parse_framework(decode_document(text))


MAX_FILE_BYTES = 5_000_000
"""A framework file is tens of kilobytes; anything past this is not one."""


def load_framework_file(path: str | Path) -> Framework:
    """Read a framework file an office chose (UTF-8, with or without a BOM)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise FrameworkError("ไฟล์ใหญ่เกินกว่าจะเป็นไฟล์เกณฑ์การประเมิน")
        data = path.read_bytes()
    except OSError as exc:
        raise FrameworkError(f"อ่านไฟล์ {path.name} ไม่ได้ ({exc.strerror or exc})") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FrameworkError("ไฟล์เกณฑ์การประเมินต้องบันทึกเป็นข้อความ UTF-8") from exc
    return load_framework_text(text)


def builtin_framework_files() -> dict[int, Path]:
    files = {}
    for path in sorted(frameworks_dir().glob("ita-*.json")):
        files[int(path.stem.split("-")[1])] = path
    return files


@cache
def builtin_frameworks() -> dict[int, Framework]:
    """Every framework that ships with ITADesk, by fiscal year (validated once per process)."""
    out = {}
    for year, path in builtin_framework_files().items():
        framework = load_framework_text(path.read_text(encoding="utf-8"))
        _require(framework.fiscal_year == year, f"{path.name}: ปีในไฟล์ไม่ตรงกับชื่อไฟล์")
        out[year] = framework
    return out
