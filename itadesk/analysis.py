"""From a year's scores and checklist to the analysis an office writes (seed 003), and the
projected score of the checklist as it stands.

The draft follows seed 003: for each tool (IIT, EIT, OIT) the indicators under the pass
mark are urgent weaknesses (ประเด็นข้อบกพร่อง/จุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน) and those at or
above it are points to keep and improve (ประเด็นที่จะต้องพัฒนาให้ดีขึ้น); under an OIT
indicator, the items not done are listed by sub-indicator with the components they lack.
The draft is only a starting point: the office edits every sentence and the edited text is
what is stored and printed. The window's draft may carry a hint for the user (the checklist
was not filled in); the report's draft never talks about the program (``report=True``), and
``for_report`` takes such a hint out of a text the office edited around it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from itadesk import scoring
from itadesk.frameworks import CALENDAR_DATES, TOOLS, Framework
from itadesk.records import ChecklistEntry
from itadesk.thai import format_number, thai_digits

SECTIONS = {
    "urgent": "ประเด็นข้อบกพร่อง/จุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน",
    "improve": "ประเด็นที่จะต้องพัฒนาให้ดีขึ้น",
}
TOOL_NAMES = {
    "IIT": "การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
    "EIT": "การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
    "OIT": "การเปิดเผยข้อมูลสาธารณะ (OIT)",
}


@dataclass(frozen=True)
class Finding:
    """One indicator's verdict: urgent (under the pass mark) or to keep and improve."""

    tool: str
    indicator: int
    name: str
    score: float
    section: str


def findings(framework: Framework, scores: Mapping[int, float | None]) -> list[Finding]:
    out = []
    for ind in framework.indicators:
        value = scores.get(ind.number)
        if value is None:
            continue
        section = "improve" if scoring.passes(framework, value) else "urgent"
        out.append(Finding(ind.tool, ind.number, ind.name, float(value), section))
    return out


CHECKLIST_NOT_USED = "ยังไม่ได้กรอกรายการตรวจ OIT ของปีนี้ในโปรแกรม จึงยังไม่ระบุข้อที่ยังไม่ได้ดำเนินการ"
"""The window's hint where the items not done would be listed: at the margin, as the
sub-indicator lines it stands for are, not indented like an item under them."""


def checklist_used(checklist: Mapping[str, ChecklistEntry]) -> bool:
    """Whether the office worked the checklist at all: an item ticked, a progress note or a
    URL written. Responsible units alone do not count (they default from the framework).
    An unused checklist says nothing about the year: it must not be read as "nothing done"."""
    return any(entry.done or entry.progress.strip() or entry.url.strip() for entry in checklist.values())


def _digits(value: object, thai: bool) -> str:
    return thai_digits(str(value)) if thai else str(value)


def for_report(text: str) -> str:
    """A cell's text as a report prints it: without the window's hint about the program
    (an office that edited the draft around it may have left it in)."""
    return "\n".join(line for line in text.split("\n") if line.strip() != CHECKLIST_NOT_USED)


def missing_items(
    framework: Framework,
    indicator: int,
    checklist: Mapping[str, ChecklistEntry],
    *,
    thai: bool = False,
    report: bool = False,
) -> list[str]:
    """Lines naming, per sub-indicator of an OIT indicator, the items not done and what
    each must show (its components, with the year filled in). When the checklist was not
    used: the window's one line saying so, and nothing in a report (``report``), which
    says nothing item by item rather than speak of the program. The numbers are in Thai
    digits with ``thai``; item codes ("O1"), titles and components are printed as the
    framework writes them."""
    if not checklist_used(checklist):
        return [] if report else [CHECKLIST_NOT_USED]
    lines = []
    for group in framework.oit_groups:
        if group.indicator != indicator:
            continue
        missing = [
            item for item in group.items if not checklist.get(item.code, ChecklistEntry(item.code)).done
        ]
        if not missing:
            continue
        lines.append(
            f"ตัวชี้วัดย่อยที่ {_digits(group.code, thai)} {group.name} "
            f"ยังไม่ได้ดำเนินการ {_digits(len(missing), thai)} ข้อ:"
        )
        for item in missing:
            lines.append(f"  {item.code} {item.title}")
            lines += [f"    - {framework.render(c, thai=thai)}" for c in item.components]
    return lines


def draft_text(
    framework: Framework,
    scores: Mapping[int, float | None],
    checklist: Mapping[str, ChecklistEntry],
    tool: str,
    section: str,
    *,
    thai: bool = False,
    report: bool = False,
) -> str:
    """The draft of one cell of the analysis table (a tool's urgent or improve section):
    Latin digits as the window shows it, Thai digits with ``thai`` as a report prints it;
    ``report`` leaves out what only the window's user needs to hear (``missing_items``)."""

    def score(value: float) -> str:
        return format_number(value, 2, thai=thai)

    pass_mark = format_number(framework.pass_mark, 2 if framework.pass_mark % 1 else 0, thai=thai)
    lines = []
    for finding in findings(framework, scores):
        if finding.tool != tool or finding.section != section:
            continue
        label = f"ตัวชี้วัดที่ {_digits(finding.indicator, thai)} {finding.name} ได้ {score(finding.score)} คะแนน"
        if section == "urgent":
            lines.append(f"- {label} ต่ำกว่าเกณฑ์ {pass_mark} คะแนน ต้องแก้ไขโดยเร่งด่วน")
        else:
            lines.append(f"- {label} ผ่านเกณฑ์ ควรรักษามาตรฐานและพัฒนาให้ดียิ่งขึ้น")
        if tool == "OIT":
            lines += missing_items(framework, finding.indicator, checklist, thai=thai, report=report)
    return "\n".join(lines)


def draft(
    framework: Framework,
    scores: Mapping[int, float | None],
    checklist: Mapping[str, ChecklistEntry],
    *,
    thai: bool = False,
    report: bool = False,
) -> dict[tuple[str, str], str]:
    """Every cell of the analysis table: (tool, section) → text."""
    return {
        (tool, section): draft_text(framework, scores, checklist, tool, section, thai=thai, report=report)
        for tool in TOOLS
        for section in SECTIONS
    }


@dataclass(frozen=True)
class Projection:
    """The score the checklist as it stands would give, with the last IIT/EIT scores known."""

    oit: scoring.OitProjection
    scores: dict[int, float | None]
    """IIT/EIT as entered (this year's, else last year's), OIT as projected."""
    total: float | None
    grade: scoring.Grade | None
    iit_eit_year: int | None
    """The year the IIT/EIT scores come from; None when none are known."""


def project(
    framework: Framework,
    done: Collection[str],
    scores: Mapping[int, float | None],
    previous_scores: Mapping[int, float | None] = {},  # noqa: B006 (read only)
) -> Projection:
    """Projected OIT indicators from the ticked items and, with this year's IIT/EIT scores
    (or last year's when this year has none yet), the projected total and grade."""
    oit = scoring.oit_projection(framework, done)
    perception = [ind.number for ind in framework.indicators if ind.tool != "OIT"]
    year: int | None = framework.fiscal_year
    base = scores
    if all(scores.get(n) is None for n in perception):
        base, year = previous_scores, framework.fiscal_year - 1
        if all(previous_scores.get(n) is None for n in perception):
            year = None
    merged: dict[int, float | None] = {n: base.get(n) for n in perception}
    merged.update(oit.indicators)
    total = scoring.weighted_total(framework, merged)
    grade = (
        scoring.grade(framework, total, scoring.tool_scores(framework, merged)) if total is not None else None
    )
    return Projection(oit, merged, total, grade, year)


@dataclass(frozen=True)
class Outlook:
    """What the analysis tab may say about a year's result without contradicting it.

    The official result (the total the NACC announced, or the OIT scores typed in) is the
    result; a projection from the checklist is offered only when there is none and the
    checklist was used, and otherwise only as the what-if "ถ้าทำรายการที่เหลือครบ"."""

    result_total: float | None
    """The official total, or the weighted total of the typed scores once OIT is typed."""
    result_grade: scoring.Grade | None
    checklist_used: bool
    current: Projection | None
    """The checklist as it stands; None when an official result exists or the list is unused."""
    if_all_done: Projection
    remaining: int
    """Items not done yet (every item when the checklist is unused)."""


def outlook(
    framework: Framework,
    checklist: Mapping[str, ChecklistEntry],
    scores: Mapping[int, float | None],
    previous_scores: Mapping[int, float | None],
    official_total: float | None,
) -> Outlook:
    oit_numbers = [ind.number for ind in framework.indicators_of("OIT")]
    typed = {n: v for n, v in scores.items() if v is not None}
    oit_typed = all(n in typed for n in oit_numbers)
    total = official_total if official_total is not None else scoring.weighted_total(framework, typed)
    if official_total is None and not oit_typed:
        total = None
    grade = (
        scoring.grade(framework, total, scoring.tool_scores(framework, typed)) if total is not None else None
    )
    used = checklist_used(checklist)
    done = {code for code, entry in checklist.items() if entry.done}
    every = {item.code for item in framework.items()}
    current = project(framework, done, scores, previous_scores) if used and total is None else None
    return Outlook(
        result_total=total,
        result_grade=grade,
        checklist_used=used,
        current=current,
        if_all_done=project(framework, every, scores, previous_scores),
        remaining=len(every - done) if used else len(every),
    )


@dataclass(frozen=True)
class KeyDate:
    key: str
    label: str
    date: dt.date
    days: int
    """Days from today (0: today)."""
    assumed: bool
    """The year's calendar is the last known one, not announced for this year."""


def next_date(framework: Framework, today: dt.date) -> KeyDate | None:
    """The next date of the year's calendar that matters (today or later), or None once
    all have passed. A framework with no calendar has only its OIT deadline."""
    dates = framework.dates() or [("oit_submission_end", framework.oit_deadline)]
    for key, date in dates:
        if date >= today:
            return KeyDate(key, CALENDAR_DATES[key], date, (date - today).days, framework.calendar_assumed)
    return None


def days_to_deadline(framework: Framework, today: dt.date) -> int:
    """Days left until the year's OIT submission deadline (negative once it has passed)."""
    return (framework.oit_deadline - today).days
