"""Reading values that should never be in a workspace, without crashing on them.

A merge refuses bad values now (``incoming.py``), but a workspace written by an older
ITADesk or edited by hand with a database tool may already hold a framework that is not
JSON, an indicator list ``'[[['``, a status ``'hacked'`` or a 5 MB title. The store reads
every row through here: a bad value is replaced by what the screens and reports can use (the
built-in framework of that year, no indicators, the first status, the text cut at the
limit), and what was wrong is returned in Thai, so the window can show it flagged instead
of the window, a report or an export failing.
"""

from __future__ import annotations

import json
from typing import Any

from itadesk.frameworks import (
    Framework,
    FrameworkError,
    builtin_frameworks,
    decode_document,
    parse_framework,
    to_document,
)
from itadesk.records import (
    AGENCY_KINDS,
    AGENCY_LABELS,
    AGENCY_LIMITS,
    MAX_TEXT_LENGTH,
    MEASURE_FIELD_LABELS,
    MEASURE_TEXT_FIELDS,
    ROUND_LABELS,
    STATUS_LABELS,
    Agency,
    Measure,
)


def text(value: Any, label: str, problems: list[str], limit: int = MAX_TEXT_LENGTH) -> str:
    """A text column's value, cut at ``limit`` (a report of a 5 MB cell never ends)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        problems.append(f"{label}: เป็น {type(value).__name__} ไม่ใช่ข้อความ")
        value = str(value)
    if len(value) > limit:
        problems.append(f"{label}: ยาว {len(value):,} ตัวอักษร แสดงเพียง {limit:,} ตัวแรก")
        value = value[:limit]
    return value


def score(value: Any, label: str, problems: list[str]) -> float | None:
    """A score (0–100) or nothing: a stored 500 or -5 is not a score (a grade of it cannot
    be found), so it is shown as not entered, with the reason."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
        problems.append(f"{label}: ค่า {str(value)[:30]!r} อยู่นอกช่วง 0–100 จึงไม่นำมาใช้")
        return None
    return float(value)


def flag(value: Any, label: str, problems: list[str]) -> bool:
    """A done/not-done column: 0 or 1 (anything else reads as not done)."""
    if value in (None, 0, 1) and not isinstance(value, bool):
        return bool(value)
    problems.append(f"{label}: ค่า {str(value)[:30]!r} ไม่ใช่ 0 หรือ 1 จึงถือว่ายังไม่ได้ดำเนินการ")
    return False


def agency(row: dict[str, Any]) -> tuple[Agency, list[str]]:
    """The agency as stored, each field within its limit (a 7,000-letter name would make
    every report's heading run for seconds) and its kind one ITADesk knows."""
    problems: list[str] = []
    values = {
        name: text(row.get(name), AGENCY_LABELS[name], problems, limit)
        for name, limit in AGENCY_LIMITS.items()
    }
    if values["kind"] not in AGENCY_KINDS:
        if values["kind"]:
            problems.append(f"{AGENCY_LABELS['kind']}: ค่า {values['kind'][:30]!r} ไม่ใช่ประเภทที่ ITADesk รู้จัก")
        values["kind"] = AGENCY_KINDS[0]
    return Agency(**values), problems


def indicators(value: Any, problems: list[str]) -> tuple[int, ...]:
    try:
        numbers = json.loads(value or "[]")
    except (TypeError, ValueError, RecursionError):
        numbers = None
    if not isinstance(numbers, list) or any(
        isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 10 for n in numbers
    ):
        problems.append(f"{MEASURE_FIELD_LABELS['indicators']}: ค่า {str(value)[:30]!r} ไม่ใช่รายการเลขตัวชี้วัด")
        return ()
    return tuple(sorted(set(numbers)))


def _known(value: Any, labels: dict[str, str], default: str, field: str, problems: list[str]) -> str:
    if value in (None, ""):
        return default
    if value not in labels:
        problems.append(f"{MEASURE_FIELD_LABELS[field]}: ค่า {str(value)[:30]!r} ไม่ใช่ค่าที่ ITADesk รู้จัก")
        return default
    return value


def measure(row: dict[str, Any]) -> Measure:
    """A measure from its row; ``Measure.problems`` says what had to be put right."""
    problems: list[str] = []
    position = row["position"]
    if isinstance(position, bool) or not isinstance(position, (int, float)) or position != position:
        problems.append("ลำดับ: ไม่ใช่ตัวเลข")
        position = 0.0
    return Measure(
        id=row["id"],
        fiscal_year=row["fiscal_year"],
        position=position,
        indicators=indicators(row["indicators"], problems),
        status=_known(row["status"], STATUS_LABELS, "not_started", "status", problems),
        round=_known(row["round"], ROUND_LABELS, "full", "round", problems),
        **{name: text(row[name], MEASURE_FIELD_LABELS[name], problems) for name in MEASURE_TEXT_FIELDS},
        problems=tuple(problems),
    )


def framework(year: int, document: Any) -> tuple[Framework, str | None]:
    """The stored framework of ``year``, or — when it cannot be read — ITADesk's own one for
    that year (else the nearest earlier or later one, renumbered), with the reason."""
    try:
        if not isinstance(document, str):
            raise FrameworkError("เนื้อหาเกณฑ์ไม่ใช่ข้อความ")
        parsed = parse_framework(decode_document(document))
        if parsed.fiscal_year != year:
            raise FrameworkError(f"เนื้อหาเป็นเกณฑ์ของปี {parsed.fiscal_year}")
        return parsed, None
    except FrameworkError as exc:
        reason = f"เกณฑ์การประเมินปี {year} ที่บันทึกไว้ในไฟล์อ่านไม่ได้ ({str(exc)[:200]}) จึงแสดงเกณฑ์ที่มากับ ITADesk แทน"
    shipped = builtin_frameworks()
    nearest = min(shipped, key=lambda y: (abs(y - year), -y))
    if nearest == year:
        return shipped[year], reason
    substitute = {**to_document(shipped[nearest]), "fiscal_year": year}
    return parse_framework(substitute), reason
