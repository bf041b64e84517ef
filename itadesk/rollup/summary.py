"""The figures of a roll-up: one row per office, the OIT items most offices miss, and the
counts behind its charts — computed once for the window, the workbook and the PDF alike.

Offices whose year uses another list of OIT items than most (an office that corrected its
framework, or one still on last year's list) are marked and compared on what they share: an
item counts for an office only when its list has the same item (same code and title).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from itadesk import clock, scoring
from itadesk.analysis import days_to_deadline
from itadesk.figures import GroupProgress, group_progress
from itadesk.frameworks import Framework, OitItem
from itadesk.rollup.reading import Collection, OfficeFile

NOT_ANNOUNCED = "ยังไม่ประกาศ"
NO_DATA = "ไม่มีข้อมูลปีนี้"


@dataclass(frozen=True)
class OfficeRow:
    office: OfficeFile
    framework: Framework | None
    shared_framework: bool
    """False when this office's list of items differs from the one most offices use."""
    total: float | None
    """The official total the NACC announced, or None."""
    rating: str
    """The grade or rating of the official total, ``ยังไม่ประกาศ`` or ``ไม่มีข้อมูลปีนี้``."""
    passed: bool | None
    scores: dict[int, float | None]
    changes: dict[int, float | None]
    oit_done: int
    oit_total: int
    groups: tuple[GroupProgress, ...]
    checklist_used: bool
    days_to_deadline: int | None
    measures: int
    measures_done: int

    @property
    def name(self) -> str:
        return self.office.agency.full_name or self.office.path.stem


@dataclass(frozen=True)
class ItemMisses:
    """One OIT item of the reference list: which offices (sharing the item) have not done it."""

    group: str
    item: OitItem
    missing: tuple[str, ...]
    compared: int
    """How many offices' lists hold this item (the denominator)."""


@dataclass(frozen=True)
class Rollup:
    year: int
    reference: Framework | None
    """The list most offices use this year: the items view and the averages follow it."""
    rows: tuple[OfficeRow, ...]
    items: tuple[ItemMisses, ...]
    ratings: tuple[tuple[str, int], ...]
    """Offices per rating label (best first), then not announced / no data."""
    averages: dict[int, float | None]
    previous_averages: dict[int, float | None]
    collection: Collection

    @property
    def provinces(self) -> list[str]:
        return sorted({r.office.agency.province for r in self.rows if r.office.agency.province})


def _item_key(item: OitItem) -> tuple[str, str]:
    return item.code, "".join(item.title.split())


def _shares(framework: Framework, reference: Framework) -> bool:
    return {_item_key(i) for i in framework.items()} == {_item_key(i) for i in reference.items()}


def _row(
    office: OfficeFile, collection: Collection, reference: Framework | None, today: dt.date
) -> OfficeRow:
    data = office.year
    framework = collection.frameworks.get(data.framework_key) if data else None
    if data is None or framework is None:
        return OfficeRow(office, None, True, None, NO_DATA, None, {}, {}, 0, 0, (), False, None, 0, 0)
    total = data.official_total
    if total is None:
        rating, passed = NOT_ANNOUNCED, None
    else:
        grade = scoring.grade(framework, total, scoring.tool_scores(framework, data.scores))
        rating, passed = grade.label, grade.passed
    groups = tuple(group_progress(framework, data.done))
    return OfficeRow(
        office=office,
        framework=framework,
        shared_framework=reference is None or _shares(framework, reference),
        total=total,
        rating=rating,
        passed=passed,
        scores=dict(data.scores),
        changes=scoring.changes(data.previous_scores, data.scores),
        oit_done=sum(g.done for g in groups),
        oit_total=sum(g.total for g in groups),
        groups=groups,
        checklist_used=data.checklist_used,
        days_to_deadline=days_to_deadline(framework, today),
        measures=data.measures,
        measures_done=data.measures_done,
    )


def _average(values: Sequence[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return scoring.round2(sum(known) / len(known)) if known else None


def _items(rows: Sequence[OfficeRow], reference: Framework) -> list[ItemMisses]:
    out = []
    for group in reference.oit_groups:
        for item in group.items:
            key = _item_key(item)
            sharing = [
                r
                for r in rows
                if r.framework is not None and any(_item_key(i) == key for i in r.framework.items())
            ]
            missing = tuple(r.name for r in sharing if item.code not in r.office.year.done)
            out.append(ItemMisses(group.code, item, missing, len(sharing)))
    order = {item.code: n for n, item in enumerate(reference.items())}
    out.sort(key=lambda m: (-len(m.missing), order[m.item.code]))
    return out


def _ratings(rows: Sequence[OfficeRow], reference: Framework | None) -> list[tuple[str, int]]:
    counts = Counter(r.rating for r in rows)
    order = [band.label for band in reference.grade_bands] if reference else []
    order += sorted(label for label in counts if label not in order and label not in (NOT_ANNOUNCED, NO_DATA))
    order += [NOT_ANNOUNCED, NO_DATA]
    return [(label, counts[label]) for label in dict.fromkeys(order) if counts[label]]


def build_rollup(collection: Collection, today: dt.date | None = None) -> Rollup:
    """The roll-up of a folder's offices for ``collection.year``."""
    today = today or clock.today()
    keys = Counter(
        o.year.framework_key
        for o in collection.offices
        if o.year and o.year.framework_key in collection.frameworks
    )
    reference = collection.frameworks[keys.most_common(1)[0][0]] if keys else None
    rows = tuple(_row(office, collection, reference, today) for office in collection.offices)
    numbers = [ind.number for ind in reference.indicators] if reference else list(range(1, 11))
    with_data = [r for r in rows if r.framework is not None]
    averages = {n: _average([r.scores.get(n) for r in with_data]) for n in numbers}
    previous = {n: _average([r.office.year.previous_scores.get(n) for r in with_data]) for n in numbers}
    return Rollup(
        year=collection.year,
        reference=reference,
        rows=rows,
        items=tuple(_items(with_data, reference)) if reference else (),
        ratings=tuple(_ratings(rows, reference)),
        averages=averages,
        previous_averages=previous,
        collection=collection,
    )


def unused_files(rollup: Rollup) -> list[tuple[str, str]]:
    """(file, why it was not used): refused files, then older copies of an office."""
    collection = rollup.collection
    return [(str(r.path), r.reason) for r in collection.refused] + [
        (str(old.path), f"สำเนาเก่ากว่าของหน่วยงานเดียวกัน (ใช้ไฟล์ {newer.path.name})")
        for old, newer in collection.older
    ]
