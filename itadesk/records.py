"""The office's own data as plain records: agency, checklist entries, measures.

Shared by the store (which fills them), the window and the reports (which show them), so
the Thai labels of fields and statuses live here once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

AGENCY_KINDS = (
    "องค์การบริหารส่วนตำบล",
    "เทศบาลตำบล",
    "เทศบาลเมือง",
    "เทศบาลนคร",
    "องค์การบริหารส่วนจังหวัด",
)

STATUS_LABELS = {
    "not_started": "ยังไม่ได้ดำเนินการ",
    "in_progress": "อยู่ระหว่างดำเนินการ",
    "done": "ดำเนินการแล้ว",
}
ROUND_LABELS = {"half": "รอบ ๖ เดือน", "full": "ประจำปี"}

MEASURE_TEXT_FIELDS = (
    "title",
    "steps",
    "period",
    "responsible",
    "output",
    "outcome",
    "recommendation",
)
MEASURE_FIELD_LABELS = {
    "title": "มาตรการ/กิจกรรม",
    "steps": "วิธีดำเนินการ",
    "period": "ระยะเวลา",
    "responsible": "ผู้รับผิดชอบ",
    "output": "ผลการดำเนินการ",
    "outcome": "ผลลัพธ์",
    "recommendation": "ข้อเสนอแนะ",
    "indicators": "ตัวชี้วัดที่เกี่ยวข้อง",
    "status": "สถานะ",
    "round": "รอบการรายงาน",
}

MAX_TEXT_LENGTH = 100_000
"""Longest text one field accepts; a pasted whole document beyond this is refused."""

AGENCY_LIMITS = {"name": 200, "kind": 100, "district": 100, "province": 100, "website": 2000}
"""Longest text each agency field accepts: a name is printed in every report's heading and
footer, so it is held to what a real name can be."""
AGENCY_LABELS = {
    "name": "ชื่อหน่วยงาน",
    "kind": "ประเภทหน่วยงาน",
    "district": "อำเภอ",
    "province": "จังหวัด",
    "website": "เว็บไซต์",
}


@dataclass(frozen=True)
class Agency:
    name: str = ""
    kind: str = AGENCY_KINDS[0]
    district: str = ""
    province: str = ""
    website: str = ""

    @property
    def is_set(self) -> bool:
        return bool(self.name.strip())

    @property
    def full_name(self) -> str:
        """``องค์การบริหารส่วนตำบลหัวเรือ``: the kind prefix is added unless already typed."""
        name = self.name.strip()
        if not name or name.startswith(self.kind):
            return name
        return f"{self.kind}{name}"


@dataclass(frozen=True)
class EvidenceLink:
    """One titled link to where an OIT item is published, as the NACC's assessors follow it.

    ``carried_from`` is the year the new fiscal year carried it from: last year's evidence,
    to review, and not this year's until the clerk confirms it (then 0)."""

    id: str
    title: str = ""
    url: str = ""
    note: str = ""
    carried_from: int = 0

    @property
    def to_review(self) -> bool:
        return bool(self.carried_from)

    @property
    def label(self) -> str:
        return self.title.strip() or self.url


@dataclass(frozen=True)
class ChecklistEntry:
    """One OIT item's state for one fiscal year; ``responsible`` falls back to the framework.

    ``links`` are in the office's order; ``url`` is the first confirmed one (this year's
    evidence), kept for the views that show a single link."""

    code: str
    done: bool = False
    responsible: str = ""
    progress: str = ""
    url: str = ""
    links: tuple[EvidenceLink, ...] = ()
    problems: tuple[str, ...] = ()
    """What was wrong with the stored values and had to be put right to show them."""

    @property
    def evidence(self) -> tuple[EvidenceLink, ...]:
        """The links that are this year's evidence (carried ones once confirmed)."""
        return tuple(link for link in self.links if not link.to_review)


@dataclass(frozen=True)
class Measure:
    id: str
    fiscal_year: int
    position: float
    title: str = ""
    steps: str = ""
    period: str = ""
    responsible: str = ""
    output: str = ""
    outcome: str = ""
    recommendation: str = ""
    indicators: tuple[int, ...] = field(default_factory=tuple)
    status: str = "not_started"
    round: str = "full"
    problems: tuple[str, ...] = ()
    """What was wrong with the stored row and was put right to show it (``db/salvage.py``)."""
