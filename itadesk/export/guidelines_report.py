"""IIT/EIT indicator guideline progress (seed 000, middle part): for each indicator of the
two perception surveys, the guidelines (measures linked to it) with ผู้รับผิดชอบ,
ระยะเวลา and ความก้าวหน้า marked ☐/☑."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from itadesk.export.common import (
    NOTE,
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
from itadesk.records import Agency, Measure
from itadesk.signing import Signers

HEADER = ("ตัวชี้วัด", "แนวทางในการยกระดับการประเมิน", "ผู้รับผิดชอบ", "ระยะเวลา", "ความก้าวหน้าผลการดำเนินการ")
WEIGHTS = (1.6, 4.2, 1.4, 1.2, 3.6)
TOOLS = ("IIT", "EIT")


@dataclass(frozen=True)
class GuidelinesReport:
    agency: Agency
    framework: Framework
    measures: Sequence[Measure]
    """The measures of ``round`` only: a round's report lists that round's guidelines."""
    round: str = "full"


def title_lines(report: GuidelinesReport, numbers: Numbers) -> list[str]:
    return [
        "แนวทางในการยกระดับผลการประเมินตามแบบวัดการรับรู้ (IIT และ EIT) และความก้าวหน้า",
        f"ประจำปีงบประมาณ พ.ศ. {numbers.text(report.framework.fiscal_year)}"
        + (f" รอบ {numbers.text(6)} เดือน" if report.round == "half" else ""),
    ]


def _guideline(measure: Measure) -> str:
    return lines_of(measure.title, measure.steps)


def _progress(measure: Measure) -> str:
    return lines_of(checkbox_text(measure.status == "done"), measure.output, measure.outcome)


def build(
    path,
    report: GuidelinesReport,
    *,
    numbers: Numbers = Numbers(),
    progress=None,
    signers: Signers | None = None,
) -> None:
    framework = report.framework
    lines = title_lines(report, numbers)
    doc, story = begin(
        path, lines, report.agency, orientation="landscape", numbers=numbers, progress=progress
    )
    printed = set()
    last_lines = closing(numbers, signers, doc.width)
    sections = []
    for tool in TOOLS:
        rows = []
        for indicator in framework.indicators_of(tool):
            linked = [m for m in report.measures if indicator.number in m.indicators and m.id not in printed]
            for measure in linked:
                printed.add(measure.id)
                rows.append(
                    [
                        f"ตัวชี้วัดที่ {numbers.text(indicator.number)} {indicator.name}",
                        _guideline(measure),
                        measure.responsible,
                        measure.period,
                        _progress(measure),
                    ]
                )
        sections.append((tool, rows))
    if not printed:  # nothing for either tool: said once, not under two empty headings
        story.append(para(f"ยังไม่มีแนวทางที่เชื่อมกับตัวชี้วัดของ {' และ '.join(TOOLS)} ในปีงบประมาณนี้", NOTE))
        story.append(last_lines)
        sections = []
    for tool, rows in sections:
        story += heading(f"ประเด็นการประเมิน {tool}")
        last = tool == TOOLS[-1]
        if rows:
            story.append(table(HEADER, rows, scaled(WEIGHTS, doc.width), footer=last_lines if last else None))
        else:
            story.append(para(f"ยังไม่มีแนวทางที่เชื่อมกับตัวชี้วัดของ {tool} ในปีงบประมาณนี้", NOTE))
            if last:
                story.append(last_lines)
    doc.build(story)
