"""IIT/EIT indicator guideline progress (seed 000, middle part): for each indicator of the
two perception surveys, the guidelines (measures linked to it) with ผู้รับผิดชอบ,
ระยะเวลา and ความก้าวหน้า marked ☐/☑.

As in seed 000, an indicator is one row: when several measures answer it, each cell lists
them in the same order, numbered (๑), (๒) alike in every column, so the indicator is never
printed twice and a continued row can only continue the indicator above it."""

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


OUTPUT_LABEL, OUTCOME_LABEL = "ผลการดำเนินการ", "ผลลัพธ์"
"""Heading a measure's output and outcome when it has both: two lists, each numbered from
๑, read as two and not as one list counted twice."""


def _guideline(measure: Measure) -> str:
    return lines_of(measure.title, measure.steps)


def _progress(measure: Measure) -> str:
    output, outcome = measure.output.strip(), measure.outcome.strip()
    if output and outcome:
        output, outcome = f"{OUTPUT_LABEL}\n{output}", f"{OUTCOME_LABEL}\n{outcome}"
    return lines_of(checkbox_text(measure.status == "done"), output, outcome)


def _listed(texts: Sequence[str], numbers: Numbers) -> str:
    """One cell for several measures: each measure's text numbered (๑), (๒) … in the order
    of the row; a text every measure shares (the same unit, the same period) once."""
    if len(texts) == 1 or len({t.strip() for t in texts}) == 1:
        return texts[0]
    return "\n".join(
        f"({numbers.text(i)}) {text}" if text.strip() else f"({numbers.text(i)}) –"
        for i, text in enumerate(texts, start=1)
    )


def _row(label: str, measures: Sequence[Measure], numbers: Numbers) -> list[str]:
    return [
        label,
        *(
            _listed([part(m) for m in measures], numbers)
            for part in (_guideline, lambda m: m.responsible, lambda m: m.period, _progress)
        ),
    ]


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
            if linked:
                printed.update(m.id for m in linked)
                label = f"ตัวชี้วัดที่ {numbers.text(indicator.number)} {indicator.name}"
                rows.append(_row(label, linked, numbers))
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
