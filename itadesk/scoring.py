"""Scores to results: weighted total, tool scores, grade or rating, pass/fail, ranking,
year-over-year change and the OIT projection from the checklist.

Pure functions over a ``Framework`` and plain mappings of indicator number → score, so the
same rules serve the window, the reports and the tests. Every published figure is rounded
half-up to two decimals, the way the NACC prints them (80.611 → 80.61).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from itadesk.frameworks import TOOLS, Framework
from itadesk.thai import arabic_digits

Scores = Mapping[int, float | None]


def round2(value: float) -> float:
    return float(Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _complete(framework: Framework, scores: Scores, numbers: list[int]) -> list[float] | None:
    values = [scores.get(n) for n in numbers]
    if any(v is None for v in values):
        return None
    return [float(v) for v in values]  # type: ignore[arg-type]


def weighted_total(framework: Framework, scores: Scores) -> float | None:
    """The total the framework's weights give, or None until all indicators have a score.

    Shown as an estimate beside the official total: weights for some years are not
    independently verified.
    """
    numbers = [ind.number for ind in framework.indicators]
    values = _complete(framework, scores, numbers)
    if values is None:
        return None
    total = sum(v * ind.weight for v, ind in zip(values, framework.indicators, strict=True)) / 100
    return round2(total)


def tool_scores(framework: Framework, scores: Scores) -> dict[str, float | None]:
    """Each tool's (IIT, EIT, OIT) weighted mean of its indicators; None if one is missing."""
    out: dict[str, float | None] = {}
    for tool in TOOLS:
        indicators = framework.indicators_of(tool)
        values = _complete(framework, scores, [ind.number for ind in indicators])
        weight = sum(ind.weight for ind in indicators)
        if values is None or not weight:
            out[tool] = None
        else:
            out[tool] = round2(
                sum(v * ind.weight for v, ind in zip(values, indicators, strict=True)) / weight
            )
    return out


@dataclass(frozen=True)
class Grade:
    label: str
    passed: bool
    """True when the total reaches the framework's pass mark."""
    tools_known: bool
    """False when a rating needed per-tool scores that were not all entered."""


def grade(framework: Framework, total: float, tools: Mapping[str, float | None] | None = None) -> Grade:
    """The letter grade (up to 2565) or rating (from 2566) of a total.

    A rating band that also needs every tool at a minimum (ผ่านดีเยี่ยม, ผ่านดี) is given
    only when all three tool scores are known and high enough.
    """
    tools = tools or {}
    tool_values = [tools.get(t) for t in TOOLS]
    known = all(v is not None for v in tool_values)
    needs_tools = False
    for band in framework.grade_bands:
        if total + 1e-9 < band.min_total:
            continue
        if band.min_each_tool is not None:
            needs_tools = True
            if not known or min(tool_values) + 1e-9 < band.min_each_tool:  # type: ignore[type-var]
                continue
        return Grade(band.label, total + 1e-9 >= framework.pass_mark, known or not needs_tools)
    raise AssertionError("grade bands end at 0")  # validated in parse_framework


def passes(framework: Framework, score: float | None) -> bool | None:
    """Whether one indicator score reaches the pass mark (85); None when not entered."""
    if score is None:
        return None
    return score + 1e-9 >= framework.pass_mark


def ranking(framework: Framework, scores: Scores) -> list[tuple[int, int, float]]:
    """(rank, indicator, score), best first; equal scores share a rank (1, 2, 2, 4)."""
    entered = [(n, float(s)) for n, s in scores.items() if s is not None]
    entered.sort(key=lambda pair: (-pair[1], pair[0]))
    out, rank = [], 0
    for position, (number, score) in enumerate(entered, start=1):
        if not out or score != out[-1][2]:
            rank = position
        out.append((rank, number, score))
    return out


def changes(previous: Scores, current: Scores) -> dict[int, float | None]:
    """Current minus previous score per indicator; None where either year lacks a score."""
    out: dict[int, float | None] = {}
    for number in sorted(set(previous) | set(current)):
        before, now = previous.get(number), current.get(number)
        out[number] = None if before is None or now is None else round2(now - before)
    return out


@dataclass(frozen=True)
class OitProjection:
    groups: dict[str, float]
    """Sub-indicator code → mean of its items (each 0 or 100)."""
    indicators: dict[int, float]
    """OIT indicator number → mean of its sub-indicators."""


def oit_projection(framework: Framework, done: Collection[str]) -> OitProjection:
    """Projected OIT scores from the checklist: item 0/100, sub-indicator = mean of items,
    indicator = mean of sub-indicators (the rule that reproduces seed 003's 72.43)."""
    done = set(done)
    groups = {
        group.code: 100 * sum(item.code in done for item in group.items) / len(group.items)
        for group in framework.oit_groups
    }
    indicators: dict[int, float] = {}
    for ind in framework.indicators_of("OIT"):
        members = [groups[g.code] for g in framework.oit_groups if g.indicator == ind.number]
        if members:
            indicators[ind.number] = round2(sum(members) / len(members))
    return OitProjection({k: round2(v) for k, v in groups.items()}, indicators)


def parse_score(text: str) -> float | None:
    """A score as a clerk types it: ``80.61``, ``๘๐.๖๑`` or blank (no score).

    Raises ``ValueError`` with a Thai message for anything else or outside 0–100.
    """
    cleaned = arabic_digits(text).strip().replace(",", "")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(f"“{text.strip()}” ไม่ใช่ตัวเลข กรอกคะแนนเป็นตัวเลข เช่น 85.50") from None
    if not 0 <= value <= 100 or value != value:
        raise ValueError("คะแนนต้องอยู่ระหว่าง 0 ถึง 100")
    return round2(value)
