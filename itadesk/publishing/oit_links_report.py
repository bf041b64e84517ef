"""The OIT report variant that prints each item's evidence links: per sub-indicator, ข้อ,
ข้อมูล, ☐/☑, every link (title, then its URL as stored) and what the offline checks found,
so the head can sign off the links on paper before they go into the NACC's system.

It goes through the same typesetting and document layer as the other reports
(``itadesk.export.common``); links carried from last year and not yet confirmed are
printed marked as such, since they are not this year's evidence."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from itadesk.export.common import BODY, Numbers, as_of, begin, checkbox_text, heading, para, scaled, table
from itadesk.frameworks import Framework
from itadesk.publishing.link_checks import YearCheck
from itadesk.records import Agency, ChecklistEntry

HEADER = ("ข้อ", "ข้อมูล", "การดำเนินการ", "ลิงก์หลักฐาน", "ผลการตรวจลิงก์")
WEIGHTS = (0.55, 2.2, 1.75, 4.4, 2.5)


@dataclass(frozen=True)
class OitLinksReport:
    agency: Agency
    framework: Framework
    entries: Mapping[str, ChecklistEntry]
    check: YearCheck


def _links(entry: ChecklistEntry, numbers: Numbers) -> str:
    if not entry.links:
        return "ยังไม่มีลิงก์"
    lines = []
    for number, link in enumerate(entry.links, start=1):
        carried = f" (ยกมาจากปี {numbers.text(link.carried_from)} รอยืนยัน)" if link.to_review else ""
        lines.append(f"{numbers.text(number)}. {link.title.strip() or 'ลิงก์'}{carried}")
        lines.append(link.url)
    return "\n".join(lines)


def _findings(entry: ChecklistEntry, check: YearCheck, numbers: Numbers) -> str:
    lines = [
        f"ลิงก์ที่ {numbers.text(number)}: {finding.label}"
        for number, link in enumerate(entry.links, start=1)
        for finding in check.findings.get(link.id, [])
    ]
    return "\n".join(lines) or "–"


def build(path, report: OitLinksReport, *, numbers: Numbers = Numbers(), progress=None) -> None:
    framework = report.framework
    lines = [
        "ลิงก์หลักฐานการเปิดเผยข้อมูลสาธารณะ (OIT)",
        f"ประจำปีงบประมาณ พ.ศ. {numbers.text(framework.fiscal_year)}",
    ]
    doc, story = begin(
        path, lines, report.agency, orientation="landscape", numbers=numbers, progress=progress
    )
    summary = report.check.summary()  # counts and the checks' own labels only
    story.append(para(f"สรุปการตรวจลิงก์: {numbers.text(summary)}", BODY))
    for group in framework.oit_groups:
        story += heading(f"ตัวชี้วัดย่อยที่ {numbers.text(group.code)} {group.name}")
        rows = []
        for item in group.items:
            entry = report.entries.get(item.code, ChecklistEntry(item.code))
            rows.append(
                [
                    item.code,  # "O1" as the framework and the NACC write it, in any digits
                    item.title,
                    checkbox_text(entry.done),
                    _links(entry, numbers),
                    _findings(entry, report.check, numbers),
                ]
            )
        story.append(table(HEADER, rows, scaled(WEIGHTS, doc.width)))
    story.append(as_of(numbers))
    doc.build(story)
