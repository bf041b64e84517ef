"""การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (seeds 000, 001, 002, 004).

A landscape table of the measures of one round. Offices print different columns, so the
column set is chosen per report; the presets reproduce the seeds: ``full`` the full-year
report of seed 000 (and 002), ``half`` the six-month report of seed 001 with its
recommendation column, ``indicators`` seed 004's table organised by indicator.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from itadesk.export.common import BODY, NOTE, Numbers, begin, para, scaled, tables, thai_list
from itadesk.export.signature import closing
from itadesk.frameworks import Framework
from itadesk.records import ROUND_LABELS, STATUS_LABELS, Agency, Measure
from itadesk.signing import Signers
from itadesk.thai import BE_OFFSET


@dataclass(frozen=True)
class Column:
    header: str
    weight: float
    value: Callable[[Measure, int, Framework, Numbers], str]
    intro: str = ""
    """How the intro names what the column shows (empty: it names nothing, as ลำดับที่)."""


def _field(name: str) -> Callable[[Measure, int, Framework, Numbers], str]:
    return lambda m, _i, _f, _n: getattr(m, name)


def _indicators(m: Measure, _i: int, framework: Framework, numbers: Numbers) -> str:
    names = []
    for number in m.indicators:
        try:
            names.append(f"ตัวชี้วัดที่ {numbers.text(number)} {framework.indicator(number).name}")
        except KeyError:
            names.append(f"ตัวชี้วัดที่ {numbers.text(number)}")
    return "\n".join(names)


COLUMNS: dict[str, Column] = {
    "number": Column("ลำดับที่", 0.8, lambda _m, i, _f, n: n.text(i)),
    "title": Column("มาตรการ/กิจกรรม", 2.2, _field("title"), "มาตรการหรือกิจกรรมที่ดำเนินการ"),
    "numbered_title": Column(
        "มาตรการ/แนวทาง", 2.2, lambda m, i, _f, n: f"{n.text(i)}. {m.title}", "มาตรการหรือกิจกรรมที่ดำเนินการ"
    ),
    "steps": Column("วิธีดำเนินการ", 3, _field("steps"), "วิธีดำเนินการ"),
    "period": Column("ระยะเวลาในการดำเนินการ", 1.3, _field("period"), "ระยะเวลา"),
    "responsible": Column("ผู้รับผิดชอบ", 1.5, _field("responsible"), "ผู้รับผิดชอบ"),
    "output": Column("สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม", 2.6, _field("output"), "ผลการดำเนินการ"),
    "outcome": Column("ผลลัพธ์หรือความสำเร็จในการดำเนินการ", 2.4, _field("outcome"), "ผลลัพธ์ของการดำเนินการ"),
    "recommendation": Column("ข้อเสนอแนะ", 2, _field("recommendation"), "ข้อเสนอแนะ"),
    "indicators": Column("ตัวชี้วัด", 1.6, _indicators, "ตัวชี้วัดที่เกี่ยวข้อง"),
    "status": Column(
        "สถานะ", 1.2, lambda m, _i, _f, _n: STATUS_LABELS.get(m.status, m.status), "สถานะการดำเนินการ"
    ),
}
PRESETS: dict[str, tuple[str, ...]] = {
    "full": ("number", "title", "steps", "period", "responsible", "output", "outcome"),
    "half": ("numbered_title", "steps", "responsible", "period", "output", "recommendation"),
    "indicators": ("indicators", "title", "steps", "output", "status"),
}
HEADER_OVERRIDES = {
    "half": {"steps": "วิธีการดำเนินการ", "period": "ระยะเวลาดำเนินงาน", "output": "ผลการดำเนินการ"}
}


@dataclass(frozen=True)
class MeasuresReport:
    agency: Agency
    framework: Framework
    round: str
    """``half`` (1 Oct – 31 Mar) or ``full`` (the whole fiscal year)."""
    measures: Sequence[Measure]
    columns: tuple[str, ...] | None = None
    """Column keys of ``COLUMNS``, or None for the round's preset."""
    preset: str | None = None


def title_lines(report: MeasuresReport, numbers: Numbers) -> list[str]:
    year = report.framework.fiscal_year
    lines = [
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        f"ประจำปีงบประมาณ พ.ศ. {numbers.text(year)}",
    ]
    if report.round == "half":
        start, end = dt.date(year - BE_OFFSET - 1, 10, 1), dt.date(year - BE_OFFSET, 3, 31)
        lines.append(f"({numbers.text(ROUND_LABELS['half'])}: {numbers.date(start)} – {numbers.date(end)})")
    return lines


def column_keys(report: MeasuresReport) -> tuple[str, ...]:
    if report.columns:
        unknown = [c for c in report.columns if c not in COLUMNS]
        if unknown:
            raise ValueError(f"ไม่รู้จักคอลัมน์ {', '.join(unknown)} (มี {', '.join(COLUMNS)})")
        return report.columns
    return PRESETS[report.preset or report.round]


def intro(who: str, year: str, round_text: str, keys: Sequence[str]) -> str:
    """The sentence before the table, naming what its printed columns show, in their order."""
    shown = list(dict.fromkeys(COLUMNS[k].intro for k in keys if COLUMNS[k].intro))
    showing = f" โดยแสดง{thai_list(shown)}" if shown else ""
    return (
        f"{who} ได้รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
        f"ประจำปีงบประมาณ พ.ศ. {year} {round_text}{showing} ดังนี้"
    )


def build(
    path,
    report: MeasuresReport,
    *,
    numbers: Numbers = Numbers(),
    progress=None,
    signers: Signers | None = None,
) -> None:
    doc, story = begin(
        path,
        title_lines(report, numbers),
        report.agency,
        orientation="landscape",
        numbers=numbers,
        progress=progress,
    )
    year = numbers.text(report.framework.fiscal_year)
    who = report.agency.full_name or "หน่วยงาน"
    round_text = numbers.text(ROUND_LABELS.get(report.round, ""))
    if report.measures:  # the intro ends ดังนี้: only with a table after it
        keys = column_keys(report)
        story.append(para(intro(who, year, round_text, keys), BODY.but(indent=0)))
        overrides = HEADER_OVERRIDES.get(report.preset or report.round, {}) if not report.columns else {}
        columns = [COLUMNS[k] for k in keys]
        widths = scaled([c.weight for c in columns], doc.width)
        header = [overrides.get(k, COLUMNS[k].header) for k in keys]
        rows = [  # a cell the office left empty says so ("–"), as the other reports' do
            [c.value(m, i, report.framework, numbers).strip() or "–" for c in columns]
            for i, m in enumerate(report.measures, start=1)
        ]
        story += tables(header, rows, widths, numbers=numbers, footer=closing(numbers, signers, doc.width))
    else:
        story.append(para(f"ยังไม่มีข้อมูลมาตรการ{round_text}ของปีงบประมาณ พ.ศ. {year}", NOTE))
        story.append(closing(numbers, signers, doc.width))
    doc.build(story)
