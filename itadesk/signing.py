"""Who signs the reports: the signature block at the foot of an official report.

Thai local offices sign their ITA reports in three lines of authority — ผู้รายงาน (who
wrote it), ผู้ตรวจสอบ (who checked it) and ผู้บริหาร (the executive) — each with a name,
a position and a date written by pen. The names are set once per workspace
(``itadesk.db.signers``); a role left empty prints dotted lines to fill in by hand.

The reports the seeds sign carry the block by default (the measures, the guidelines, the
analysis); the OIT checklist only when asked; the evidence links and the posters are not
documents anyone signs and refuse it. No Qt, no database: the window, the command line and
the report modules all read these rules from here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from itadesk.errors import ITADeskError

ROLES: dict[str, str] = {
    "reporter": "ผู้รายงาน",
    "reviewer": "ผู้ตรวจสอบ",
    "executive": "ผู้บริหาร",
}
"""The roles in the order they sign, with the label each prints after its ลงชื่อ line."""
PARTS = {"name": "ชื่อ", "position": "ตำแหน่ง"}
LIMIT = 200
"""Longest name or position (a full title such as นายกองค์การบริหารส่วนตำบล… fits easily)."""
MAX_STORED_LENGTH = 20_000
"""Longest stored value of the signers with their stamp (three roles × two texts of at most
``LIMIT`` characters, as JSON: a few KB at most)."""

SIGNED_BY_DEFAULT = ("measures", "guidelines", "analysis")
"""The reports the seeds sign: the block is on unless the user turns it off."""
SIGNABLE = (*SIGNED_BY_DEFAULT, "oit")
"""The reports that can carry the block (the OIT checklist only when asked)."""

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class SignatureError(ITADeskError):
    """A signature block asked of a report that has none, or a name that cannot be stored."""


@dataclass(frozen=True)
class Signer:
    role: str
    name: str = ""
    position: str = ""

    @property
    def label(self) -> str:
        return ROLES[self.role]

    @property
    def is_empty(self) -> bool:
        return not self.name and not self.position


def _empty(role: str):
    return field(default_factory=lambda: Signer(role))


@dataclass(frozen=True)
class Signers:
    """The three signers of a workspace's reports, in signing order; any may be empty."""

    reporter: Signer = _empty("reporter")
    reviewer: Signer = _empty("reviewer")
    executive: Signer = _empty("executive")

    def __iter__(self) -> Iterator[Signer]:
        return iter(getattr(self, f.name) for f in fields(self))

    @property
    def is_empty(self) -> bool:
        return all(s.is_empty for s in self)

    def names(self) -> list[str]:
        """The names and positions typed, for the line breaker to keep whole."""
        return [text for s in self for text in (s.name, s.position) if text]

    @classmethod
    def of(cls, **values: tuple[str, str] | Signer) -> Signers:
        """``Signers.of(reporter=("นางสาวสมศรี ใจดี", "นักวิเคราะห์นโยบายและแผน"), …)``, each
        text cleaned and checked (``SignatureError`` in Thai for one too long)."""
        unknown = set(values) - set(ROLES)
        if unknown:
            raise SignatureError(f"ไม่รู้จักผู้ลงนาม {', '.join(sorted(unknown))} (มี {', '.join(ROLES)})")
        made = {}
        for role, value in values.items():
            name, position = (value.name, value.position) if isinstance(value, Signer) else value
            made[role] = Signer(
                role, checked_text(name, role, "name"), checked_text(position, role, "position")
            )
        return cls(**made)

    def replace(self, role: str, *, name: str | None = None, position: str | None = None) -> Signers:
        """These signers with one role's name and/or position changed (checked)."""
        current = getattr(self, role)
        new = Signer(
            role,
            current.name if name is None else checked_text(name, role, "name"),
            current.position if position is None else checked_text(position, role, "position"),
        )
        return Signers(**{s.role: (new if s.role == role else s) for s in self})

    def to_dict(self) -> dict[str, dict[str, str]]:
        return {s.role: {"name": s.name, "position": s.position} for s in self}

    @classmethod
    def from_dict(cls, document: Any) -> Signers:
        """Signers from their stored form; ``ValueError`` with the Thai reason for any
        other shape (an unknown role or part, not text, too long, control characters)."""
        reason = shape_problem(document)
        if reason:
            raise ValueError(reason)
        return cls(**{role: Signer(role, parts.get("name", ""), parts.get("position", ""))
                      for role, parts in document.items()})  # fmt: skip


def clean_text(value: str) -> str:
    """A name or position as printed: control characters and runs of spaces become one space."""
    return " ".join(_CONTROL.sub(" ", value).split())


def checked_text(value: Any, role: str, part: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise SignatureError("ชื่อและตำแหน่งของผู้ลงนามต้องเป็นข้อความ")
    cleaned = clean_text(value)
    if len(cleaned) > LIMIT:
        raise SignatureError(
            f"{PARTS[part]}ของ{ROLES[role]}ยาว {len(cleaned):,} ตัวอักษร เกิน {LIMIT} ตัวอักษร โปรดย่อข้อความ"
        )
    return cleaned


def shape_problem(document: Any) -> str | None:
    """None when ``document`` is signers as ITADesk stores them, else the Thai reason."""
    if not isinstance(document, Mapping):
        return "ผู้ลงนามต้องเป็นรายการชื่อและตำแหน่ง"
    for role, parts in document.items():
        if role not in ROLES:
            return f"ไม่รู้จักผู้ลงนาม {str(role)[:20]!r}"
        if not isinstance(parts, Mapping) or set(parts) - set(PARTS):
            return f"ข้อมูลของ{ROLES[role]}ต้องมีเฉพาะชื่อและตำแหน่ง"
        for part, value in parts.items():
            if not isinstance(value, str):
                return f"{PARTS[part]}ของ{ROLES[role]}ต้องเป็นข้อความ"
            if len(value) > LIMIT:
                return f"{PARTS[part]}ของ{ROLES[role]}ยาวเกิน {LIMIT} ตัวอักษร"
            if _CONTROL.search(value):
                return f"{PARTS[part]}ของ{ROLES[role]}มีอักขระควบคุม"
    return None


def is_signable(kind: str) -> bool:
    return kind in SIGNABLE


def signed_by_default(kind: str) -> bool:
    return kind in SIGNED_BY_DEFAULT


def wants_signature(kind: str, signed: bool | None) -> bool:
    """Whether a report of ``kind`` carries the block: ``signed`` as asked, or the kind's
    default for None; asking it of a report that cannot carry one is refused in Thai."""
    if signed is None:
        return signed_by_default(kind)
    if signed and not is_signable(kind):
        raise SignatureError(f"รายงาน “{kind}” ไม่มีช่องลงนาม (ลงนามได้กับ {', '.join(SIGNABLE)})")
    return signed
