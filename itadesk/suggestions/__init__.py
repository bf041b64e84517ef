"""Suggested measures per ITA indicator, drawn from the measures real offices wrote (the
seed reports), for turning a weakness into a plan without a blank page."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path


@dataclass(frozen=True)
class Suggestion:
    indicator: int
    title: str
    steps: str
    responsible: str
    follow_up: str
    source: str


@cache
def suggestions() -> tuple[Suggestion, ...]:
    data = json.loads((Path(__file__).parent / "measures.json").read_text(encoding="utf-8"))
    return tuple(Suggestion(**raw) for raw in data["suggestions"])


def suggestions_for(indicator: int) -> list[Suggestion]:
    return [s for s in suggestions() if s.indicator == indicator]
