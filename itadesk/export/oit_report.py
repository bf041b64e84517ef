"""OIT checklist progress (seed 000, second half): one table per sub-indicator with ข้อ,
ข้อมูล, องค์ประกอบด้านข้อมูล, ผู้รับผิดชอบ and ความก้าวหน้า with ☐/☑."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from itadesk.export.common import (
    BODY,
    Numbers,
    begin,
    checkbox_text,
    heading,
    lines_of,
    para,
    scaled,
    table,
)
from itadesk.export.signature import closing
from itadesk.frameworks import Framework
from itadesk.records import Agency, ChecklistEntry
from itadesk.signing import Signers

HEADER = ("ข้อ", "ข้อมูล", "องค์ประกอบด้านข้อมูล", "ผู้รับผิดชอบ", "ความก้าวหน้าผลการดำเนินการ")
WEIGHTS = (0.55, 1.9, 4.2, 1.3, 3.2)


@dataclass(frozen=True)
class OitReport:
    agency: Agency
    framework: Framework
    entries: Mapping[str, ChecklistEntry]


def title_lines(report: OitReport, numbers: Numbers) -> list[str]:
    return [
        "ความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)",
        f"ประจำปีงบประมาณ พ.ศ. {numbers.text(report.framework.fiscal_year)}",
    ]


def _progress(entry: ChecklistEntry) -> str:
    return lines_of(checkbox_text(entry.done), entry.progress, entry.url)


def build(
    path, report: OitReport, *, numbers: Numbers = Numbers(), progress=None, signers: Signers | None = None
) -> None:
    framework = report.framework
    lines = title_lines(report, numbers)
    doc, story = begin(
        path, lines, report.agency, orientation="landscape", numbers=numbers, progress=progress
    )
    total = sum(len(g.items) for g in framework.oit_groups)
    done = sum(
        1 for item in framework.items() if report.entries.get(item.code, ChecklistEntry(item.code)).done
    )
    story.append(para(f"ดำเนินการแล้ว {numbers.text(done)} ข้อ จากทั้งหมด {numbers.text(total)} ข้อ", BODY))
    for group in framework.oit_groups:
        story += heading(f"ตัวชี้วัดย่อยที่ {numbers.text(group.code)} {group.name}")
        rows = []
        for item in group.items:
            entry = report.entries.get(item.code, ChecklistEntry(item.code))
            components = "\n".join(f"- {framework.render(c, thai=numbers.thai)}" for c in item.components)
            rows.append(
                [
                    item.code,  # "O1" as the framework and the NACC write it, in any digits
                    item.title,
                    components or "–",
                    entry.responsible or ", ".join(item.responsible),
                    _progress(entry),
                ]
            )
        last = group is framework.oit_groups[-1]
        story.append(
            table(
                HEADER,
                rows,
                scaled(WEIGHTS, doc.width),
                footer=closing(numbers, signers, doc.width) if last else None,
            )
        )
    if not framework.oit_groups:
        story.append(closing(numbers, signers, doc.width))
    doc.build(story)
