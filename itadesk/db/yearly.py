"""The yearly cycle: opening a new fiscal year and planning it from last year's analysis.

A new year gets a framework (a copy of the newest one before it, marked unverified until
the office checks it against the NACC manual), last year's measures as its plan (statuses
and results cleared; last year's rows are not touched) and the checklist's responsible
units and evidence links (offered as last year's links to review, not as this year's
evidence), carried to the new list's items by meaning as the clerk confirmed (``relist``);
what matches nothing stays as "จากปีก่อน". Last year's scores need no copying: every view
compares with year − 1.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from itadesk import clock
from itadesk.db.backups import backup_open_store
from itadesk.db.relist import Proposal, carry_forward, entries_with_data, propose
from itadesk.db.store import Store
from itadesk.errors import StoreError
from itadesk.frameworks import Framework, to_document
from itadesk.records import Measure
from itadesk.suggestions import Suggestion
from itadesk.thai import arabic_digits, thai_digits

_SHORT_YEAR = re.compile(
    r"((?:ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)\s*)([0-9๐-๙]{2})(?![0-9๐-๙])"
)
_FULL_YEAR = re.compile(r"(?<![0-9๐-๙])(25[0-9]{2}|๒๕[๐-๙]{2})(?![0-9๐-๙])")


def shift_period(text: str, years: int = 1) -> str:
    """Move the years in a period such as ``ต.ค. ๖๕ – ก.ย. ๖๖`` or ``พ.ศ. ๒๕๖๖`` forward."""

    def bump(digits: str, width: int) -> str:
        value = str((int(arabic_digits(digits)) + years) % (10**width)).zfill(width)
        return thai_digits(value) if digits != arabic_digits(digits) else value

    text = _SHORT_YEAR.sub(lambda m: m.group(1) + bump(m.group(2), 2), text)
    return _FULL_YEAR.sub(lambda m: bump(m.group(1), 4), text)


def whole_year_period(year: int) -> str:
    """``ต.ค. ๖๖ – ก.ย. ๖๗``: the fiscal year as offices write a measure's period."""
    return thai_digits(f"ต.ค. {(year - 1) % 100:02d} – ก.ย. {year % 100:02d}")


def open_current_year(store: Store) -> Framework:
    """The framework of the fiscal year the office is working on today (by ``clock``),
    created from the newest one if the workspace does not have it yet. Run at every start."""
    return ensure_year(store, clock.current_fiscal_year())


def ensure_year(store: Store, year: int) -> Framework:
    """The framework of ``year``, created as a copy of the newest earlier one if missing."""
    if year in store.years():
        return store.framework(year)
    earlier = [y for y in store.years() if y < year]
    if not earlier:
        raise StoreError(f"ไม่มีเกณฑ์ของปีก่อน {year} ให้คัดลอก")
    base = earlier[-1]
    document = to_document(store.framework(base))
    document.update(
        fiscal_year=year,
        title=f"เกณฑ์การประเมิน ITA ประจำปีงบประมาณ พ.ศ. {year}",
        complete=False,
        weights_verified=False,
        confidence="low",
        sources=[f"คัดลอกจากเกณฑ์ปี {base} โดย ITADesk"],
        notes=f"คัดลอกจากเกณฑ์ปี {base}: ยังไม่ประกาศ — โปรดปรับตามคู่มือ ป.ป.ช. ของปี {year}",
    )
    calendar = dict(document["calendar"], assumed=True, basis=f"ตามปฏิทินปี {base} (ปี {year} ยังไม่ได้ระบุ)")
    document["calendar"] = calendar
    return store.set_framework(year, document)


@dataclass(frozen=True)
class NewYear:
    year: int
    measures_copied: int
    checklist_carried: int


def planned_items(store: Store, year: int) -> dict[str, str]:
    """Code → title of the items ``year`` has, or will have once ``ensure_year`` copies it."""
    years = store.years()
    base = year if year in years else max((y for y in years if y < year), default=None)
    if base is None:
        raise StoreError(f"ไม่มีเกณฑ์ของปีก่อน {year} ให้คัดลอก")
    return {item.code: item.title for item in store.framework(base).items()}


def proposed_carry(store: Store, from_year: int) -> list[Proposal]:
    """Where last year's entries would go in the next year's list, for the clerk to confirm."""
    return propose(entries_with_data(store, from_year), planned_items(store, from_year + 1))


def start_new_year(store: Store, from_year: int, moves: Mapping[str, str | None] | None = None) -> NewYear:
    """Open ``from_year + 1`` from ``from_year``; running it again adds nothing twice.

    ``moves`` is where the clerk confirmed last year's checklist entries go (entry code →
    new code, None: keep as "จากปีก่อน"); without it the proposal by meaning is used."""
    year = from_year + 1
    backup_open_store(store.db.conn, "before-new-year")  # the office can go back to the day before
    if moves is None:
        moves = {p.entry.code: p.new_code for p in proposed_carry(store, from_year)}
    with store.batch():
        ensure_year(store, year)
        existing = {m.title for m in store.measures(year)}
        copied = 0
        for measure in store.measures(from_year):
            if measure.title in existing:
                continue
            store.add_measure(
                year,
                title=measure.title,
                steps=measure.steps,
                period=shift_period(measure.period),
                responsible=measure.responsible,
                indicators=measure.indicators,
                round=measure.round,
                status="not_started",
            )
            copied += 1
        carried = carry_forward(store, from_year, year, moves)
    return NewYear(year, copied, carried)


def add_plan_measure(
    store: Store, year: int, indicator: int, suggestion: Suggestion | None = None
) -> Measure:
    """A measure for ``year`` answering a weak indicator, started from a suggestion."""
    ensure_year(store, year)
    name = store.framework(year).indicator(indicator).name
    return store.add_measure(
        year,
        title=suggestion.title if suggestion else f"แนวทางยกระดับตัวชี้วัดที่ {indicator} {name}",
        steps=suggestion.steps if suggestion else "",
        responsible=suggestion.responsible if suggestion else "",
        recommendation=suggestion.follow_up if suggestion else "",
        period=whole_year_period(year),
        indicators=[indicator],
    )
