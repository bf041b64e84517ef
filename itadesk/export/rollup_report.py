"""สรุปผลการประเมิน ITA ของหน่วยงานในพื้นที่: the district's or province's report on its
offices — counts and the rating chart, indicator averages against the 85 line, one row per
office, the OIT items most offices have not published, and the files that were not used."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Spacer

from itadesk.export.chart import ProgressChart, ScoreChart
from itadesk.export.common import BODY, NOTE, Numbers, as_of, begin, heading, para, scaled, table
from itadesk.figures import GroupProgress
from itadesk.records import Agency
from itadesk.rollup.summary import NO_DATA, NOT_ANNOUNCED, Rollup, unused_files

SCORE_WIDTH = 40.0
"""Room for ๑๐๐.๐๐ at the table's type size: scores never wrap."""
MAX_NAMES = 40
"""Offices named under one OIT item in the PDF (a province has hundreds; the workbook lists all)."""


@dataclass(frozen=True)
class RollupReport:
    rollup: Rollup
    place: str = ""
    """The area the report covers as the user wrote it (อำเภอ…, จังหวัด…); else the provinces."""
    today: dt.date | None = None


def place_line(rollup: Rollup, place: str = "") -> str:
    """The area the report covers: what the user typed, else the offices' province(s)."""
    if place:
        return place
    provinces = rollup.provinces
    return " ".join(f"จังหวัด{p}" for p in provinces) if provinces else ""


def title_lines(rollup: Rollup, numbers: Numbers) -> list[str]:
    return [
        "สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
        f"ขององค์กรปกครองส่วนท้องถิ่น ประจำปีงบประมาณ พ.ศ. {numbers.text(rollup.year)}",
    ]


def _summary(rollup: Rollup, numbers: Numbers) -> str:
    rows = rollup.rows
    announced = [r for r in rows if r.total is not None]
    passed = [r for r in announced if r.passed]
    return (
        f"หน่วยงานทั้งหมด {numbers.text(len(rows))} แห่ง ประกาศผลแล้ว {numbers.text(len(announced))} แห่ง "
        f"ผ่านเกณฑ์ ({numbers.text(85)} คะแนนขึ้นไป) {numbers.text(len(passed))} แห่ง"
    )


def _name(row) -> str:
    return row.name + ("*" if row.framework is not None and not row.shared_framework else "")


def _offices(rollup: Rollup, numbers: Numbers, width: float):
    """One row per office: its result, OIT items done and measures done."""
    header = ("ที่", "หน่วยงาน", "อำเภอ", "คะแนนรวม", "ผลการประเมิน", "OIT ทำแล้ว", "มาตรการที่ทำแล้ว")
    rows = []
    for position, row in enumerate(rollup.rows, start=1):
        cells = [
            numbers.text(position),
            _name(row),
            row.office.agency.district,
            numbers.score(row.total),
            row.rating,
        ]
        if row.framework is None:
            cells += ["–", "–"]
        else:
            cells += [
                f"{numbers.text(row.oit_done)}/{numbers.text(row.oit_total)}",
                f"{numbers.text(row.measures_done)}/{numbers.text(row.measures)}",
            ]
        rows.append(cells)
    fixed = [28, 72, 72, 100]
    names = scaled((3, 1.6, 1.6), width - sum(fixed))
    widths = [fixed[0], names[0], names[1], fixed[1], names[2], fixed[2], fixed[3]]
    return table(header, rows, widths, numeric=[0, 3, 5, 6])


def _indicators(rollup: Rollup, numbers: Numbers, width: float):
    """One row per office with data: the ten indicator scores."""
    indicators = (
        [ind.number for ind in rollup.reference.indicators] if rollup.reference else list(range(1, 11))
    )
    header = ["ที่", "หน่วยงาน", *(numbers.text(n) for n in indicators)]
    rows = [
        [numbers.text(position), _name(row), *(numbers.score(row.scores.get(n)) for n in indicators)]
        for position, row in enumerate(rollup.rows, start=1)
        if row.framework is not None
    ]
    widths = [28, width - 28 - SCORE_WIDTH * len(indicators), *([SCORE_WIDTH] * len(indicators))]
    return table(header, rows, widths, numeric=[0, *range(2, 2 + len(indicators))])


def _names(names, numbers: Numbers) -> str:
    shown = ", ".join(names[:MAX_NAMES])
    if len(names) > MAX_NAMES:
        shown += f" และอีก {numbers.text(len(names) - MAX_NAMES)} แห่ง (รายชื่อทั้งหมดอยู่ในไฟล์ Excel)"
    return shown


def _items(rollup: Rollup, numbers: Numbers, width: float):
    rows = [
        [
            m.item.code,
            m.item.title,
            f"{numbers.text(len(m.missing))}/{numbers.text(m.compared)}",
            _names(m.missing, numbers),
        ]
        for m in rollup.items
        if m.missing
    ]
    return table(
        ("ข้อ", "ข้อมูล", "ยังไม่ทำ", "หน่วยงานที่ยังไม่ทำ"), rows, scaled((0.8, 5, 1.1, 5), width), numeric=[2]
    )


def build(path, report: RollupReport, *, numbers: Numbers = Numbers(), progress=None) -> None:
    rollup = report.rollup
    lines = title_lines(rollup, numbers)
    doc, story = begin(
        path,
        lines,
        Agency(name=place_line(rollup, report.place), kind=""),
        orientation="landscape",
        numbers=numbers,
        progress=progress,
    )
    if not rollup.rows:
        story.append(para("ไม่พบไฟล์ข้อมูลของหน่วยงานที่อ่านได้ในโฟลเดอร์นี้", NOTE))
    else:
        story.append(para(_summary(rollup, numbers), BODY))
        counts = [GroupProgress("", label, count, len(rollup.rows)) for label, count in rollup.ratings]
        story += heading("จำนวนหน่วยงานตามผลการประเมิน")
        story.append(ProgressChart(counts, numbers=numbers))
        if any(v is not None for v in rollup.averages.values()):
            story += heading("คะแนนเฉลี่ยรายตัวชี้วัด")
            story.append(
                ScoreChart(
                    rollup.averages,
                    rollup.previous_averages,
                    labels=(f"ปี {numbers.text(rollup.year - 1)}", f"ปี {numbers.text(rollup.year)}"),
                    pass_mark=rollup.reference.pass_mark if rollup.reference else 85,
                    numbers=numbers,
                )
            )
        story += heading("ผลการประเมินรายหน่วยงาน")
        story.append(_offices(rollup, numbers, doc.width))
        notes = [
            "OIT ทำแล้ว และมาตรการที่ทำแล้ว แสดงเป็นจำนวนที่ดำเนินการแล้ว/จำนวนทั้งหมด",
            f"ผลการประเมิน “{NOT_ANNOUNCED}” คือหน่วยงานที่ยังไม่ได้บันทึกคะแนนรวมที่ ป.ป.ช. ประกาศ",
        ]
        if any(r.framework is not None and not r.shared_framework for r in rollup.rows):
            notes.append("* ใช้รายการ OIT ต่างจากหน่วยงานส่วนใหญ่ เทียบเฉพาะข้อที่ตรงกัน")
        if any(r.rating == NO_DATA for r in rollup.rows):
            notes.append(f"“{NO_DATA}” คือไฟล์ของหน่วยงานที่ยังไม่มีข้อมูลของปีงบประมาณนี้")
        story += [para(n, NOTE) for n in notes]
        if any(r.scores for r in rollup.rows):
            story += heading("คะแนนรายตัวชี้วัด")
            story.append(_indicators(rollup, numbers, doc.width))
        if rollup.items:
            story += heading("รายการ OIT ที่หน่วยงานยังไม่ได้ดำเนินการ (เรียงจากข้อที่ยังไม่ทำมากที่สุด)")
            if any(m.missing for m in rollup.items):
                story.append(_items(rollup, numbers, doc.width))
            else:
                story.append(para("ทุกหน่วยงานดำเนินการครบทุกข้อแล้ว", NOTE))
    unused = [(Path(path).name, reason) for path, reason in unused_files(rollup)]
    if unused:
        story += heading("ไฟล์ที่ไม่ได้นำมาสรุป")
        story.append(table(("ไฟล์", "เหตุผล"), unused, scaled((3, 7), doc.width)))
    story.append(Spacer(1, 4))
    story.append(as_of(numbers, report.today))
    doc.build(story)
