"""The numbers behind the charts, computed once for the window and the reports alike:
the indicator scores beside last year's, the total over the years held, and the share of
OIT items done per sub-indicator."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from itadesk import scoring
from itadesk.db.store import Store
from itadesk.frameworks import Framework
from itadesk.records import ChecklistEntry


@dataclass(frozen=True)
class YearTotal:
    year: int
    total: float
    official: bool
    """True for the total the NACC announced; False for the one the weights give."""


def total_trend(store: Store, until: int | None = None) -> list[YearTotal]:
    """Each year that has a total: the announced one, else the weighted one from its scores.
    ``until`` stops at that year: a year's report shows the trend as it stood then."""
    out = []
    for year in store.years():
        if until is not None and year > until:
            break
        official = store.official_total(year)
        if official is not None:
            out.append(YearTotal(year, official, True))
            continue
        total = scoring.weighted_total(store.framework(year), store.scores(year))
        if total is not None:
            out.append(YearTotal(year, total, False))
    return out


@dataclass(frozen=True)
class GroupProgress:
    code: str
    name: str
    done: int
    total: int

    @property
    def percent(self) -> float:
        return 100 * self.done / self.total if self.total else 0.0


def done_codes(checklist: Mapping[str, ChecklistEntry]) -> set[str]:
    return {code for code, entry in checklist.items() if entry.done}


def group_progress(framework: Framework, done: Collection[str]) -> list[GroupProgress]:
    """Per sub-indicator, how many of its items are among ``done`` (the checklist as saved,
    or the ticks on screen)."""
    return [
        GroupProgress(
            group.code, group.name, sum(item.code in done for item in group.items), len(group.items)
        )
        for group in framework.oit_groups
    ]
