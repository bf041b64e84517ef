"""Finding measures and checklist items: the filters behind the search boxes.

Matching is forgiving in the ways Thai office text needs: Thai and Latin digits are the
same digits, spaces and line breaks do not matter (a title wrapped onto two lines in Excel
still matches), and Latin letters ignore case. Each record's searchable text is prepared
once per load, so filtering thousands of measures per keystroke is a few substring tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from itadesk.frameworks import Framework
from itadesk.records import MEASURE_TEXT_FIELDS, ChecklistEntry, Measure
from itadesk.thai import arabic_digits


def normalise(text: str) -> str:
    return "".join(arabic_digits(text).casefold().split())


def search_text(measure: Measure) -> str:
    return normalise(" ".join(getattr(measure, name) for name in MEASURE_TEXT_FIELDS))


@dataclass(frozen=True)
class MeasureFilter:
    text: str = ""
    indicator: int | None = None
    status: str | None = None
    responsible: str | None = None
    round: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.text.strip()) or any(
            v is not None for v in (self.indicator, self.status, self.responsible, self.round)
        )

    def matches(self, measure: Measure, prepared: str | None = None) -> bool:
        if self.round is not None and measure.round != self.round:
            return False
        if self.status is not None and measure.status != self.status:
            return False
        if self.indicator is not None and self.indicator not in measure.indicators:
            return False
        if self.responsible is not None and normalise(self.responsible) not in normalise(measure.responsible):
            return False
        needle = normalise(self.text)
        return not needle or needle in (prepared if prepared is not None else search_text(measure))


def responsible_units(values: Iterable[str]) -> list[str]:
    """The distinct units named in responsible fields (``สำนักปลัด, กองคลัง`` counts as two)."""
    units: dict[str, None] = {}
    for value in values:
        for part in value.replace("/", ",").replace("\n", ",").split(","):
            part = part.strip(" -๑๒๓๔๕๖๗๘๙๐1234567890.")
            if part:
                units.setdefault(part, None)
    return sorted(units)


@dataclass(frozen=True)
class ChecklistFilter:
    not_done_only: bool = False
    responsible: str | None = None
    group: str | None = None
    text: str = ""

    def matches(self, framework: Framework, code: str, entry: ChecklistEntry) -> bool:
        if self.not_done_only and entry.done:
            return False
        if self.group is not None and framework.group_of(code).code != self.group:
            return False
        if self.responsible is not None and normalise(self.responsible) not in normalise(entry.responsible):
            return False
        needle = normalise(self.text)
        if needle:
            item = framework.item(code)
            links = " ".join(f"{link.title} {link.url} {link.note}" for link in entry.links)
            haystack = normalise(f"{code} {item.title} {entry.progress} {links}")
            return needle in haystack
        return True

    def visible(self, framework: Framework, entries: Mapping[str, ChecklistEntry]) -> list[str]:
        return [code for code, entry in entries.items() if self.matches(framework, code, entry)]
