"""การวิเคราะห์ผลการประเมิน ITA (seed 003): total and grade, the indicator scores, the
ranking, the comparison with the year before (table and chart with the 85 line), the
urgent weaknesses and the points to improve per tool, and the plan for the next year."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from reportlab.platypus import KeepTogether, Spacer

from itadesk import scoring
from itadesk.analysis import SECTIONS, draft, for_report
from itadesk.export.chart import ProgressChart, ScoreChart, TrendChart
from itadesk.export.common import (
    BODY,
    NOTE,
    Numbers,
    begin,
    heading,
    para,
    scaled,
    table,
    tables,
)
from itadesk.export.signature import closing
from itadesk.figures import GroupProgress, YearTotal
from itadesk.frameworks import TOOLS, Framework
from itadesk.records import Agency, ChecklistEntry, Measure
from itadesk.signing import Signers

TOOL_TITLES = {
    "IIT": "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
    "EIT": "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
    "OIT": "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)",
}


@dataclass(frozen=True)
class AnalysisReport:
    agency: Agency
    framework: Framework
    scores: Mapping[int, float | None]
    previous_scores: Mapping[int, float | None]
    official_total: float | None = None
    previous_total: float | None = None
    texts: Mapping[tuple[str, str], str] = field(default_factory=dict)
    """The office's own analysis per (tool, section), where it edited the draft: printed as
    typed. The other cells print the draft, written in the report's digits."""
    checklist: Mapping[str, ChecklistEntry] = field(default_factory=dict)
    """The year's OIT checklist, which the draft names the items not done from."""
    plan: Sequence[Measure] = ()
    """The measures of the following fiscal year (either round): the plan that answers this
    analysis, of which the report prints one round's (``plan_measures``)."""
    trend: Sequence[YearTotal] = ()
    """The total of every year held (the same figures as the window's trend chart)."""
    progress: Sequence[GroupProgress] = ()
    """OIT items done per sub-indicator (the checklist tab's chart)."""


def title_lines(report: AnalysisReport, numbers: Numbers) -> list[str]:
    return [
        "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส",
        f"ในการดำเนินงานของหน่วยงานภาครัฐ ประจำปี พ.ศ. {numbers.text(report.framework.fiscal_year)}",
    ]


NO_SCORES = "ยังไม่มีคะแนน"
FOLLOW_UP = "ให้มีการบันทึกและรายงานผลการดำเนินการเมื่อดำเนินการแล้วเสร็จตามกำหนดเวลา และประชาสัมพันธ์ทางเว็บไซต์"
"""The plan's "การติดตามผล": how each measure's result is followed up, as seed 003 writes
it for every measure. A measure's ข้อเสนอแนะ (advice from its six-month report) is no
follow-up and is not printed there."""


def plan_measures(measures: Sequence[Measure]) -> list[Measure]:
    """The measures the plan lists: one round's, so that a measure and its six-month
    version do not both appear: the full-year round's, or the six-month round's when the
    year has no full-year measures (yet)."""
    full = [m for m in measures if m.round == "full"]
    return full or [m for m in measures if m.round != "full"]


def _score_line(framework: Framework, number: int, value: float | None, numbers: Numbers) -> str:
    got = NO_SCORES if value is None else f"ได้ {numbers.score(value)} คะแนน"
    return f"{numbers.text(number)}. {framework.indicator(number).name} {got}"


def build(
    path,
    report: AnalysisReport,
    *,
    numbers: Numbers = Numbers(),
    progress=None,
    signers: Signers | None = None,
) -> None:
    framework = report.framework
    year, prev = framework.fiscal_year, framework.fiscal_year - 1
    lines = title_lines(report, numbers)
    doc, story = begin(path, lines, report.agency, orientation="portrait", numbers=numbers, progress=progress)
    who = report.agency.full_name or "หน่วยงาน"
    estimate = scoring.weighted_total(framework, report.scores)
    total = report.official_total if report.official_total is not None else estimate
    entered = {n: v for n, v in report.scores.items() if v is not None}
    if total is None and not entered:
        story.append(para(f"ยังไม่มีข้อมูลคะแนนการประเมิน ITA ของปีงบประมาณ พ.ศ. {numbers.text(year)}", NOTE))
        story.append(closing(numbers, signers, doc.width))
        doc.build(story)
        return
    grade = (
        scoring.grade(framework, total, scoring.tool_scores(framework, report.scores))
        if total is not None
        else None
    )
    if total is not None:
        source = "" if report.official_total is not None else " (คะแนนคำนวณจากน้ำหนักตัวชี้วัด)"
        story.append(
            para(
                f"ตามที่ สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (ป.ป.ช.) ได้ประกาศผลคะแนนการประเมิน"
                f"คุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA) "
                f"ประจำปีงบประมาณ พ.ศ. {numbers.text(year)} โดย{who} ได้รับผลการประเมิน ITA "
                f"{numbers.score(total)} คะแนน{source} ระดับผลการประเมินอยู่ในระดับ {grade.label}",
                BODY,
            )
        )

    if entered:
        story += heading(f"{who} ได้รับผลการประเมิน ITA ในแต่ละตัวชี้วัด ดังนี้")
        rows = []
        for ind in framework.indicators:
            value = report.scores.get(ind.number)
            verdict = {True: "ผ่าน", False: "ไม่ผ่าน", None: "–"}[scoring.passes(framework, value)]
            rows.append([f"{numbers.text(ind.number)}. {ind.name}", ind.tool, numbers.score(value), verdict])
        story.append(
            table(
                ("ตัวชี้วัด", "เครื่องมือ", "คะแนน", "ผลการประเมิน"),
                rows,
                scaled((4, 1.2, 1.3, 1.5), doc.width),
                numeric=(2,),
            )
        )
    else:  # an announced total without the indicator scores: said once, no table or chart of blanks
        story += heading("ผลการประเมิน ITA ในแต่ละตัวชี้วัด")
        story.append(para(f"{NO_SCORES}รายตัวชี้วัดของปีงบประมาณ พ.ศ. {numbers.text(year)}", NOTE))

    ranked = scoring.ranking(framework, report.scores)
    if ranked:
        # The heading, the ranking and the line that sums it up go on one page together.
        rows = [[numbers.text(rank), framework.indicator(n).name, numbers.score(v)] for rank, n, v in ranked]
        summary = (
            f"คะแนนสูงสุด {numbers.score(ranked[0][2])} คะแนน คะแนนต่ำสุด {numbers.score(ranked[-1][2])} คะแนน"
        )
        story.append(
            KeepTogether(
                [
                    *heading("คะแนนสูงสุดรายตัวชี้วัด"),
                    table(("อันดับ", "ตัวชี้วัด", "คะแนน"), rows, scaled((1, 5, 1.5), doc.width), numeric=(2,)),
                    para(summary, BODY),
                ]
            )
        )

    changes = scoring.changes(report.previous_scores, report.scores)
    story += heading("เปรียบเทียบผลการประเมินตามตัวชี้วัด")
    rows = [
        [
            f"{numbers.text(ind.number)}. {ind.name}",
            numbers.score(report.previous_scores.get(ind.number)),
            numbers.score(report.scores.get(ind.number)),
            numbers.change(changes.get(ind.number)),
        ]
        for ind in framework.indicators
    ]
    prev_total = report.previous_total or scoring.weighted_total(framework, report.previous_scores)
    rows.append(
        [
            "คะแนนรวม",
            numbers.score(prev_total),
            numbers.score(total),
            numbers.change(
                scoring.round2(total - prev_total) if total is not None and prev_total is not None else None
            ),
        ]
    )
    header = ("ตัวชี้วัด", f"พ.ศ. {numbers.text(prev)}", f"พ.ศ. {numbers.text(year)}", "เปลี่ยนแปลง")
    story.append(table(header, rows, scaled((4, 1.4, 1.4, 1.4), doc.width), numeric=(1, 2, 3)))
    story.append(Spacer(1, 8))
    if entered:
        chart = ScoreChart(
            report.scores,
            report.previous_scores,
            labels=(f"พ.ศ. {numbers.text(prev)}", f"พ.ศ. {numbers.text(year)}"),
            pass_mark=framework.pass_mark,
            numbers=numbers,
        )
        story.append(KeepTogether([*heading("แนวโน้มผลการประเมินรายตัวชี้วัด"), chart]))
    if len(report.trend) > 1:
        trend = TrendChart(report.trend, pass_mark=framework.pass_mark, numbers=numbers)
        story.append(KeepTogether([*heading("คะแนนรวมรายปี"), trend]))
    if report.progress and any(g.done for g in report.progress):
        progress = ProgressChart(report.progress, numbers=numbers)
        story.append(KeepTogether([*heading("ความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (OIT) รายตัวชี้วัดย่อย"), progress]))

    story += heading("การวิเคราะห์ผลการประเมินแต่ละตัวชี้วัด")
    rows = []
    texts = {
        **draft(framework, report.scores, report.checklist, thai=numbers.thai, report=True),
        **{key: for_report(text) for key, text in report.texts.items()},
    }
    for tool in TOOLS:
        indicators = framework.indicators_of(tool)
        scores_text = (
            "\n".join(
                _score_line(framework, ind.number, report.scores.get(ind.number), numbers)
                for ind in indicators
            )
            if any(ind.number in entered for ind in indicators)
            else NO_SCORES
        )
        urgent, improve = (texts.get((tool, section), "") or "–" for section in SECTIONS)
        rows.append([f"{TOOL_TITLES[tool]}\n{scores_text}", urgent, improve])
    header = ("ตัวชี้วัดของการประเมิน ITA", *SECTIONS.values())
    story.append(table(header, rows, scaled((3, 3.4, 3), doc.width)))

    story += heading(
        "แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส"
        f" ในปีงบประมาณ พ.ศ. {numbers.text(year + 1)}"
    )
    plan = plan_measures(report.plan)
    if plan:
        rows = [[m.title, m.steps, m.responsible, m.period, FOLLOW_UP] for m in plan]
        header = ("มาตรการ/แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "การติดตามผล")
        widths = scaled((2.2, 3.2, 1.5, 1.4, 2), doc.width)
        story += tables(header, rows, widths, numbers=numbers, footer=closing(numbers, signers, doc.width))
    else:
        story.append(para(f"ยังไม่มีมาตรการของปีงบประมาณ พ.ศ. {numbers.text(year + 1)}", NOTE))
        story.append(closing(numbers, signers, doc.width))
    doc.build(story)
