"""Editing an OIT item's evidence links: add, edit, remove, reorder, confirm, carry.

Every edit goes through the store's write door (``Store._write`` inside one transaction),
so links are stamped, audited, undoable and merge field by field like any other row.
Links get fresh UUIDs: two PCs adding links to the same item keep both. A link the new
fiscal year carries over is last year's evidence (``carried_from``) until the clerk
confirms it; links are reported by the checks, never refused for their form, except an
empty URL.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from itadesk.db.schema import new_id
from itadesk.db.store import Store, _clean_text
from itadesk.errors import StoreError
from itadesk.records import EvidenceLink

LINK_TEXT_FIELDS = ("title", "url", "note")
TABLE = "evidence_links"


def _row(store: Store, link_id: str) -> dict[str, Any]:
    rows = list(store.db[TABLE].rows_where("id = ? AND deleted = 0", [link_id]))
    if not rows:
        raise StoreError("ไม่พบลิงก์นี้ (อาจถูกลบไปแล้ว)")
    return rows[0]


def _link(row: dict[str, Any]) -> EvidenceLink:
    return EvidenceLink(
        row["id"], row["title"] or "", row["url"] or "", row["note"] or "", row["carried_from"] or 0
    )


def _values(fields: dict[str, Any]) -> dict[str, str]:
    unknown = set(fields) - set(LINK_TEXT_FIELDS)
    if unknown:
        raise StoreError(f"ไม่มีช่อง {', '.join(sorted(unknown))} ในลิงก์")
    values = {name: " ".join(_clean_text(value).split()) for name, value in fields.items()}
    if "url" in values:
        values["url"] = values["url"].replace(" ", "%20")
        if not values["url"]:
            raise StoreError("โปรดกรอกลิงก์ (URL) ของหลักฐาน")
    return values


def _siblings(store: Store, year: int, code: str) -> list[dict[str, Any]]:
    return list(
        store.db[TABLE].rows_where(
            "fiscal_year = ? AND item_code = ? AND deleted = 0", [year, code], order_by="position, id"
        )
    )


def add_link(
    store: Store, year: int, code: str, *, url: str, title: str = "", note: str = "", carried_from: int = 0
) -> EvidenceLink:
    """A new link at the end of the item's list."""
    if not store.framework(year).has_item(code):
        raise StoreError(f"ไม่มีข้อ {code} ในเกณฑ์ปี {year}")
    values = _values({"title": title, "url": url, "note": note})
    link_id = new_id()
    with store._transaction():
        last = max((row["position"] for row in _siblings(store, year, code)), default=0)
        store._write(
            TABLE,
            link_id,
            {**values, "carried_from": int(carried_from)},
            create={"fiscal_year": year, "item_code": code, "position": last + 1},
        )
    return _link(_row(store, link_id))


def update_link(store: Store, link_id: str, **fields: str) -> EvidenceLink:
    _row(store, link_id)
    values = _values(fields)
    with store._transaction():
        store._write(TABLE, link_id, values)
    return _link(_row(store, link_id))


def confirm_link(store: Store, link_id: str) -> None:
    """Last year's link is this year's evidence too: the clerk checked it."""
    _row(store, link_id)
    with store._transaction():
        store._write(TABLE, link_id, {"carried_from": 0})


def remove_link(store: Store, link_id: str) -> None:
    """A tombstone, so a merge cannot bring the link back."""
    row = _row(store, link_id)
    with store._transaction():
        store._write(TABLE, link_id, {"deleted": 1})
        store._audit("delete", TABLE, link_id, None, row["url"], None)


def move_link(store: Store, link_id: str, offset: int) -> bool:
    """Swap a link with its neighbour ``offset`` places away; False at either end."""
    row = _row(store, link_id)
    siblings = _siblings(store, row["fiscal_year"], row["item_code"])
    index = next(i for i, s in enumerate(siblings) if s["id"] == link_id)
    target = index + offset
    if offset == 0 or not 0 <= target < len(siblings):
        return False
    other = siblings[target]
    with store._transaction():
        if other["position"] == row["position"]:  # links added on two PCs: make the order total
            store._write(TABLE, other["id"], {"position": other["position"] + offset * 0.5})
            other = _row(store, other["id"])
        store._write(TABLE, link_id, {"position": other["position"]})
        store._write(TABLE, other["id"], {"position": row["position"]})
    return True


def set_first_url(store: Store, year: int, code: str, url: str) -> None:
    """What a single-URL edit means now: the item's first link (an empty URL removes it)."""
    siblings = _siblings(store, year, code)
    url = url.strip()
    with store._transaction():
        if siblings and url:
            update_link(store, siblings[0]["id"], url=url)
        elif siblings:
            remove_link(store, siblings[0]["id"])
        elif url:
            add_link(store, year, code, url=url)


def carry_links(store: Store, from_year: int, from_code: str, to_year: int, to_code: str) -> int:
    """Offer last year's links of an item on the new year's item, to review; a URL the
    item already has is not offered twice. Returns how many were carried."""
    have = {row["url"] for row in _siblings(store, to_year, to_code)}
    carried = 0
    with store._transaction():
        for row in _siblings(store, from_year, from_code):
            if row["url"] in have:
                continue
            add_link(
                store,
                to_year,
                to_code,
                url=row["url"],
                title=row["title"] or "",
                note=row["note"] or "",
                carried_from=from_year,
            )
            have.add(row["url"])
            carried += 1
    return carried


def move_links(store: Store, year: int, moves: dict[str, str]) -> None:
    """Within one year, put each item's links on the item it became (old code → new code),
    as when the year's list is replaced by the manual's: the links stay this year's evidence.
    All links are read first, so a chain of renumberings (O13 → O12, O14 → O13) moves each
    link once."""
    rows = {code: _siblings(store, year, code) for code in moves}
    with store._transaction():
        for code, target in moves.items():
            last = max((row["position"] for row in _siblings(store, year, target)), default=0)
            for offset, row in enumerate(rows[code], start=1):
                store._write(TABLE, row["id"], {"item_code": target, "position": last + offset})


def _legacy_urls(store: Store) -> dict[tuple[int, str], tuple[str, str]]:
    """(year, code) → (the old single-URL column, the stamp of its last edit)."""
    rows = store.db.execute(
        "SELECT c.fiscal_year, c.item_code, coalesce(trim(c.url), ''), coalesce(v.updated_at, c.updated_at) "
        "FROM checklist c LEFT JOIN field_versions v "
        "ON v.table_name = 'checklist' AND v.row_id = c.id AND v.field = 'url' WHERE c.deleted = 0"
    )
    return {(year, code): (url, stamp) for year, code, url, stamp in rows}


def _first_link_stamp(store: Store, year: int, code: str) -> str:
    siblings = _siblings(store, year, code)
    if not siblings:
        return ""
    row = store.db.execute(
        "SELECT updated_at FROM field_versions WHERE table_name = ? AND row_id = ? AND field = 'url'",
        [TABLE, siblings[0]["id"]],
    ).fetchone()
    return row[0] if row else siblings[0]["updated_at"]


@contextmanager
def urls_of_an_older_copy(store: Store, source) -> Iterator[None]:
    """Around merging ``source``: a copy from an ITADesk before evidence links still edits
    the single URL column; an edit it brings becomes the item's first link (unless the
    first link was edited here later), so the other PC's edit is not lost."""
    older = source.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [TABLE]).fetchone() is None
    before = _legacy_urls(store) if older else {}
    yield
    if not older:
        return
    years = set(store.years())
    for (year, code), (url, stamp) in _legacy_urls(store).items():
        if url == before.get((year, code), ("", ""))[0] or year not in years:
            continue
        if store.framework(year).has_item(code) and stamp > _first_link_stamp(store, year, code):
            set_first_url(store, year, code, url)
