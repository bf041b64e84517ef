"""Carrying an office's checklist entries (done, responsible unit, evidence links, progress note) to a
list the NACC renumbered: when a year's list is replaced by the manual's, and when a new
year starts from last year.

Entries are matched to the new items by meaning (``similarity.match_titles``: code and
title, Thai-aware), shown to the clerk as a proposal, and moved only as the clerk confirmed.
An entry that goes nowhere is never dropped: it is kept in the year's framework document as
"จากปีก่อน" (``carried_over``) until the clerk assigns it to an item or discards it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from itadesk.db.evidence import carry_links, move_links
from itadesk.db.store import Store
from itadesk.errors import StoreError
from itadesk.frameworks import CarriedEntry, Framework, parse_framework, to_document
from itadesk.similarity import match_titles, title_similarity


@dataclass(frozen=True)
class Proposal:
    """One entry with data, where it is proposed to go (None: nowhere) and how alike the
    titles are (0–1), for the confirmation view."""

    entry: CarriedEntry
    new_code: str | None
    similarity: float


def entries_with_data(store: Store, year: int) -> list[CarriedEntry]:
    """The year's checklist entries that hold anything the office wrote (evidence links
    included), in list order. An entry's ``url`` is its first link, what "จากปีก่อน" shows."""
    framework = store.framework(year)
    rows = {
        code: rest
        for code, *rest in store.db.execute(
            "SELECT item_code, done, responsible, progress FROM checklist WHERE fiscal_year = ? AND deleted = 0",
            [year],
        )
    }
    links = store.evidence_links(year)
    order = {item.code: n for n, item in enumerate(framework.items())}
    out = []
    for code in set(rows) | set(links):
        done, responsible, progress = rows.get(code, (0, None, ""))
        url = links[code][0].url if links.get(code) else ""
        if not framework.has_item(code) or not (done or responsible is not None or progress or url):
            continue
        out.append(
            CarriedEntry(
                year, code, framework.item(code).title, bool(done), responsible, progress or "", url or ""
            )
        )
    return sorted(out, key=lambda e: order[e.code])


def propose(entries: list[CarriedEntry], target_items: Mapping[str, str]) -> list[Proposal]:
    """Where each entry should go among ``target_items`` (code → title)."""
    moves = match_titles({e.code: e.title for e in entries}, target_items)
    return [
        Proposal(
            e,
            moves.get(e.code),
            title_similarity(e.title, target_items[moves[e.code]]) if e.code in moves else 0.0,
        )
        for e in entries
    ]


def _clear(store: Store, year: int, code: str) -> None:
    store._checklist_write(year, code, {"done": 0, "responsible": None, "progress": "", "url": ""})  # noqa: SLF001


def _put(store: Store, year: int, code: str, entry: CarriedEntry, *, overwrite: bool) -> None:
    current = store.checklist(year)[code]
    values: dict[str, Any] = {}
    if entry.done and (overwrite or not current.done):
        values["done"] = 1
    if entry.responsible is not None:
        values["responsible"] = entry.responsible
    if entry.progress and (overwrite or not current.progress):
        values["progress"] = entry.progress
    if values:
        store._checklist_write(year, code, values)  # noqa: SLF001 (the db package's own)


def _with_pending(document: dict[str, Any], pending: list[CarriedEntry]) -> dict[str, Any]:
    kept = [
        c
        for c in document.get("carried_over", [])
        if (c["from_year"], c["code"]) not in {(p.from_year, p.code) for p in pending}
    ]
    document["carried_over"] = kept + [dict(vars(p)) for p in pending]
    return document


def replace_list(
    store: Store, year: int, document: Mapping[str, Any], moves: Mapping[str, str | None]
) -> Framework:
    """Store ``document`` as the year's framework and move the year's entries as confirmed:
    ``moves`` maps an entry's current code to its code in the new list, or None to keep it
    as "จากปีก่อน". Entries not named in ``moves`` stay on their code. One undoable step."""
    new = parse_framework(document)
    entries = {e.code: e for e in entries_with_data(store, year)}
    for code, target in moves.items():
        if code not in entries:
            raise StoreError(f"ไม่มีข้อมูลของข้อ {code} ในปี {year}")
        if target is not None and not new.has_item(target):
            raise StoreError(f"ไม่มีข้อ {target} ในรายการใหม่")
    leaving = [entries[c] for c in moves if moves[c] != c]
    pending = [entries[c] for c, t in moves.items() if t is None]
    stay_off_list = [e for c, e in entries.items() if c not in moves and not new.has_item(c)]
    with store.batch():
        for entry in leaving + stay_off_list:  # while the old list still has their codes
            _clear(store, year, entry.code)
        store.set_framework(year, _with_pending(to_document(new), pending + stay_off_list))
        for code, target in moves.items():
            if target is not None and target != code:
                _put(store, year, target, entries[code], overwrite=True)
        move_links(store, year, {c: t for c, t in moves.items() if t is not None and t != c})
    return store.framework(year)


def carry_forward(store: Store, from_year: int, year: int, moves: Mapping[str, str | None]) -> int:
    """Last year's entries into ``year`` as confirmed (None: "จากปีก่อน"); last year's rows
    are not touched. An entry fills only what the new year's item does not have yet."""
    entries = {e.code: e for e in entries_with_data(store, from_year)}
    target = store.framework(year)
    carried, pending = 0, []
    with store.batch():
        for code, new_code in moves.items():
            entry = entries.get(code)
            if entry is None:
                continue
            if new_code is None:
                pending.append(entry)
                continue
            if not target.has_item(new_code):
                raise StoreError(f"ไม่มีข้อ {new_code} ในเกณฑ์ปี {year}")
            _put(store, year, new_code, _carried_without_ticks(entry), overwrite=False)
            carry_links(store, from_year, code, year, new_code)  # to review, not yet this year's evidence
            carried += 1
        if pending:
            store.set_framework(year, _with_pending(to_document(target), pending))
    return carried


def _carried_without_ticks(entry: CarriedEntry) -> CarriedEntry:
    """A new year starts with nothing done: the responsible unit, URL and note travel."""
    return CarriedEntry(entry.from_year, entry.code, entry.title, False, entry.responsible, "", entry.url)


def assign_pending(store: Store, year: int, pending: CarriedEntry, code: str | None) -> None:
    """Put a "จากปีก่อน" entry on item ``code`` (None: discard it) and take it off the list."""
    framework = store.framework(year)
    if code is not None and not framework.has_item(code):
        raise StoreError(f"ไม่มีข้อ {code} ในเกณฑ์ปี {year}")
    document = to_document(framework)
    document["carried_over"] = [
        c
        for c in document.get("carried_over", [])
        if (c["from_year"], c["code"]) != (pending.from_year, pending.code)
    ]
    with store.batch():
        if code is not None:
            if pending.from_year == year:  # left off when the year's own list was replaced
                _put(store, year, code, pending, overwrite=False)
                move_links(store, year, {pending.code: code})
            else:
                _put(store, year, code, _carried_without_ticks(pending), overwrite=False)
                carry_links(store, pending.from_year, pending.code, year, code)
        store.set_framework(year, document)
