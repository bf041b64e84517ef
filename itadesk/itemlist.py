"""The NACC's OIT item list as a clerk copies it out of the manual, turned into items.

The manual arrives as a PDF, a Word file, a spreadsheet or a web page, and what a clerk
pastes from it comes in many shapes: "O1 โครงสร้าง…", "O๑", "ข้อ O1", "๑. O1", table rows
separated by tabs, sub-indicator headings ("ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน", "9.1 …"),
components under an item ("- …", "(1) …", "๑) …"), titles wrapped over two lines, and the
manual's page headers and footers. ``parse_list`` recognises those shapes line by line and
keeps every line it could not place, so the preview can show them instead of dropping them;
``compare`` says what changes against the year's current list (added, renamed, renumbered,
removed) and ``apply_list`` builds the new framework document. No Qt here: the window's
dialog and ``itadesk framework-list`` share it.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from itadesk.frameworks import Framework, to_document
from itadesk.similarity import match_titles, same_title
from itadesk.thai import arabic_digits

_CODE = r"(?:[OoOＯ]\s?|๐(?=[๐-๙]))(?P<num>[0-9๐-๙]{1,2})"
"""O1, O๑, "O 1", and ๐๑: some PDFs of the manual give the letter O back as Thai zero."""
_ITEM = re.compile(
    r"^(?:(?:ข้อ(?:ที่)?\s*)|(?:[0-9๐-๙]{1,2}[.)]\s*)|(?:\(\s*[0-9๐-๙]{1,2}\s*\)\s*)|(?:[-•●▪*]\s*))?"
    + _CODE
    + r"(?![0-9๐-๙A-Za-z])\s*[.:：)\-–—]?\s*(?P<title>.*)$"
)
_GROUP = re.compile(
    r"^(?:ตัวชี้วัดย่อย(?:ที่)?\s*)?(?P<code>(?:9|10|๙|๑๐)\s*[.]\s*[0-9๐-๙])(?![0-9๐-๙.])\s*[.:)\-–]?\s*(?P<name>.*)$"
)
_INDICATOR = re.compile(r"^ตัวชี้วัด(?:ที่)?\s*(?:9|10|๙|๑๐)(?![0-9๐-๙.])")
_COMPONENT = re.compile(
    r"^(?:[-•●▪*–]\s*|\(\s*[0-9๐-๙]{1,2}\s*\)\s*|[0-9๐-๙]{1,2}\s*\)\s*|[0-9๐-๙]{1,2}\.(?![0-9๐-๙])\s*)(?P<text>\S.*)$"
)
_COMPONENT_LABEL = re.compile(r"^(?:องค์ประกอบ(?:ด้าน)?ข้อมูล|รายละเอียด(?:ของข้อมูล)?|ข้อมูลที่ต้องเปิดเผย)\s*[:：]?\s*$")
_PAGE_FURNITURE = re.compile(
    r"^(?:[-–—]?\s*[0-9๐-๙]{1,3}\s*[-–—]?|หน้า\s*[0-9๐-๙]{1,3}(?:\s*(?:/|จาก)\s*[0-9๐-๙]{1,3})?|[0-9๐-๙]{1,3}\s*/\s*[0-9๐-๙]{1,3})$"
)
_TABLE_HEADER = re.compile(
    r"^(?:ข้อ|ข้อมูล|รายการ|องค์ประกอบด้านข้อมูล|ตัวชี้วัดย่อย|ลำดับ|หมายเหตุ|ผู้รับผิดชอบ|ความก้าวหน้า.*|ผลการดำเนินการ.*)$"
)
_MARKUP = re.compile(r"<[^<>]{1,200}>")
WRAP_LIMIT = 120
"""A title continues on the next line only up to this length (longer is a paragraph)."""


@dataclass
class ListItem:
    code: str
    title: str
    group: str | None = None
    components: list[str] = field(default_factory=list)
    line: int = 0


@dataclass
class ParsedList:
    items: list[ListItem]
    groups: dict[str, str]
    """Sub-indicator code → name, in the order met."""
    unplaced: list[tuple[int, str]]
    """(line number, text) of lines that fit no shape and follow no item."""
    duplicates: list[str]

    def item(self, code: str) -> ListItem | None:
        return next((i for i in self.items if i.code == code), None)


def _clean(line: str) -> str:
    line = _MARKUP.sub(" ", unicodedata.normalize("NFC", line)).replace("\u200b", "").replace("\xa0", " ")
    line = line.replace("\u0e4d\u0e32", "\u0e33")  # ำ split into nikhahit + aa by some PDFs
    line = re.sub(r"[ \u3000]+", " ", line).strip(" ")
    return line if line.strip() else ""  # leading tabs kept: an empty first cell means something


def _code(num: str) -> str:
    return "O" + str(int(arabic_digits(num)))


def _group_code(raw: str) -> str:
    return arabic_digits(raw).replace(" ", "")


def _repeated(lines: list[str]) -> set[str]:
    """Lines that come back on many pages (the manual's running header or footer)."""
    counts = Counter(
        line
        for line in lines
        if line and not (_ITEM.match(line) or _COMPONENT.match(line) or _COMPONENT_LABEL.match(line))
    )
    return {line for line, n in counts.items() if n >= 3 and len(line) > 3}


def parse_list(text: str) -> ParsedList:
    lines = [_clean(raw) for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    furniture = _repeated(lines)
    items: list[ListItem] = []
    groups: dict[str, str] = {}
    unplaced: list[tuple[int, str]] = []
    duplicates: list[str] = []
    group: str | None = None
    current: ListItem | None = None
    after: str | None = None  # what the previous line was, for wrapped lines: title, component, label
    for number, line in enumerate(lines, start=1):
        if not line:
            after = None
            continue
        cells = [c.strip() for c in line.split("\t")] if "\t" in line else None
        line = line.strip()
        if line in furniture or _PAGE_FURNITURE.match(line) or _TABLE_HEADER.match(line):
            continue
        if cells is not None:
            row = _table_row(cells)
            if row is not None:
                code, title, components, row_group = row
                if row_group:
                    group = row_group[0]
                    groups.setdefault(group, row_group[1])
                current = _add(items, duplicates, ListItem(code, title, group, components, number))
                after = None
                continue
            if all(_TABLE_HEADER.match(c) for c in cells if c):
                continue
            if current is not None and not cells[0] and any(cells):
                # the item's row goes on after a page break: its code cell is empty
                parts = _split_components(next(c for c in cells if c))
                if current.components and parts:
                    current.components[-1] = _join(current.components[-1], parts.pop(0))
                current.components += parts
                continue
            line = " ".join(c for c in cells if c)
        if _INDICATOR.match(line):
            current, after = None, None
            continue
        match = _ITEM.match(line)
        if match and (match.group("title") or "").strip():
            title = match.group("title").strip()
            current = _add(items, duplicates, ListItem(_code(match.group("num")), title, group, [], number))
            after = "title"
            continue
        match = _GROUP.match(line)
        if match:
            group = _group_code(match.group("code"))
            groups.setdefault(group, match.group("name").strip())
            current, after = None, None
            continue
        if current is not None and _COMPONENT_LABEL.match(line):
            after = "label"
            continue
        match = _COMPONENT.match(line)
        if current is not None and match:
            current.components.append(match.group("text").strip())
            after = "component"
            continue
        if current is not None and after == "label":
            current.components.append(line)
            after = "component"
            continue
        if current is not None and after == "component":
            current.components[-1] = _join(current.components[-1], line)
            continue
        if current is not None and after == "title" and len(line) <= WRAP_LIMIT:
            current.title = _join(current.title, line)
            continue
        unplaced.append((number, line))
    return ParsedList(items, groups, unplaced, duplicates)


def _join(head: str, tail: str) -> str:
    """Wrapped Thai has no space at the break; a Latin word or a number after one does."""
    if head and tail and (head[-1].isascii() and tail[0].isascii()):
        return f"{head} {tail}"
    return head + tail


def _add(items: list[ListItem], duplicates: list[str], item: ListItem) -> ListItem:
    existing = next((i for i in items if i.code == item.code), None)
    if existing is not None:
        duplicates.append(item.code)
        return existing
    items.append(item)
    return item


def _table_row(cells: list[str]) -> tuple[str, str, list[str], tuple[str, str] | None] | None:
    """A spreadsheet or Word table row: the cell holding the code, the title after it, the
    components in the next cell; a sub-indicator in a cell before it."""
    for index, cell in enumerate(cells):
        match = _ITEM.match(cell)
        if not match:
            continue
        code = _code(match.group("num"))
        rest = [c for c in cells[index + 1 :] if c]
        title = match.group("title").strip() or (rest.pop(0) if rest else "")
        if not title:
            return None
        components = _split_components(rest[0]) if rest else []  # later columns: unit, progress
        row_group = None
        for before in cells[:index]:
            found = _GROUP.match(before)
            if found:
                row_group = (_group_code(found.group("code")), found.group("name").strip())
        return code, title, components, row_group
    return None


def _split_components(text: str) -> list[str]:
    parts = re.split(r"\s*(?:^|\s)(?:[-•]|\([0-9๐-๙]{1,2}\)|[0-9๐-๙]{1,2}\))\s+", text)
    return [p.strip() for p in parts if p.strip()]


# -- against the year's current list --------------------------------------------------------


@dataclass(frozen=True)
class ListChanges:
    added: list[str]
    renamed: list[tuple[str, str, str]]
    """(code, old title, new title)."""
    renumbered: list[tuple[str, str, str]]
    """(old code, new code, new title): the same item under another number."""
    removed: list[tuple[str, str]]
    """(code, title) of current items the new list has no counterpart for."""
    unchanged: int

    @property
    def any(self) -> bool:
        return bool(self.added or self.renamed or self.renumbered or self.removed)


def compare(framework: Framework, parsed: ParsedList) -> ListChanges:
    old = {item.code: item.title for item in framework.items()}
    new = {item.code: item.title for item in parsed.items}
    moves = match_titles(old, new)  # old code → new code, by meaning
    renamed, renumbered, unchanged = [], [], 0
    for o, n in moves.items():
        if o != n:
            renumbered.append((o, n, new[n]))
        elif same_title(old[o], new[n]):
            unchanged += 1
        else:
            renamed.append((o, old[o], new[n]))
    matched = set(moves.values())
    added = [c for c in new if c not in matched]
    removed = [(c, t) for c, t in old.items() if c not in moves]
    return ListChanges(added, renamed, renumbered, removed, unchanged)


def apply_list(framework: Framework, parsed: ParsedList, *, source: str) -> dict[str, Any]:
    """The framework document with ``parsed`` as its item list.

    Sub-indicators come from the list's headings; without headings an item keeps the group
    of the current item it continues (same code or same meaning), and a new one joins the
    group of the item before it. Components and responsible units the list does not give
    are kept from that current item. The list is the manual's: the framework is marked
    complete and of high confidence (grouping verified only when the list had headings)."""
    document = to_document(framework)
    current = {item["code"]: (group, item) for group in document["oit_groups"] for item in group["items"]}
    old_titles = {code: item["title"] for code, (_, item) in current.items()}
    moves = {n: o for o, n in match_titles(old_titles, {i.code: i.title for i in parsed.items}).items()}
    groups: dict[str, dict[str, Any]] = {}
    names = {g["code"]: g for g in document["oit_groups"]}
    previous_group: str | None = None
    for entry in parsed.items:
        before = current.get(moves[entry.code]) if entry.code in moves else None
        group_code = entry.group or (before[0]["code"] if before else previous_group)
        group_code = group_code or (document["oit_groups"][0]["code"] if document["oit_groups"] else "9.1")
        previous_group = group_code
        if group_code not in groups:
            template = names.get(group_code)
            name = parsed.groups.get(group_code) or (
                template["name"] if template else f"ตัวชี้วัดย่อยที่ {group_code}"
            )
            indicator = int(group_code.split(".")[0]) if group_code.split(".")[0].isdigit() else 9
            groups[group_code] = {"code": group_code, "name": name, "indicator": indicator, "items": []}
        old_item = before[1] if before else {}
        groups[group_code]["items"].append(
            {
                "code": entry.code,
                "title": entry.title,
                "components": entry.components or list(old_item.get("components", [])),
                "responsible": list(old_item.get("responsible", [])),
                "source": source,
            }
        )
    out = copy.deepcopy(document)
    out["oit_groups"] = sorted(
        groups.values(), key=lambda g: [int(p) for p in g["code"].split(".") if p.isdigit()]
    )
    out.update(
        complete=True,
        confidence="high",
        grouping_verified=bool(parsed.groups),
        notes="" if parsed.groups else "การจัดกลุ่มตัวชี้วัดย่อยยังไม่ได้ตรวจกับคู่มือ",
        sources=[source],
    )
    return out


def preview_lines(parsed: ParsedList, changes: ListChanges) -> list[str]:
    """The plain-text preview ``itadesk framework-list`` prints: every recognised item as
    ``CODE<TAB>title`` with its sub-indicator and number of components, then the changes."""
    lines = []
    for item in parsed.items:
        group = f"ตัวชี้วัดย่อย {item.group}" if item.group else "ไม่ระบุตัวชี้วัดย่อย"
        lines.append(f"{item.code}\t{item.title}\t({group}, องค์ประกอบ {len(item.components)} ข้อ)")
    lines.append(f"รวม {len(parsed.items)} ข้อ ตัวชี้วัดย่อย {len(parsed.groups)} กลุ่ม")
    lines += [f"เพิ่ม\t{code}\t{parsed.item(code).title}" for code in changes.added]
    lines += [f"เปลี่ยนชื่อ\t{code}\t{old} → {new}" for code, old, new in changes.renamed]
    lines += [f"เปลี่ยนเลขข้อ\t{old} → {new}\t{title}" for old, new, title in changes.renumbered]
    lines += [f"นำออก\t{code}\t{title}" for code, title in changes.removed]
    if not changes.any:
        lines.append("รายการเหมือนเดิม ไม่มีข้อที่เปลี่ยน")
    lines += [f"จัดเข้าที่ไม่ได้ (บรรทัด {n})\t{text}" for n, text in parsed.unplaced]
    if parsed.duplicates:
        lines.append("ข้อที่ซ้ำ (ใช้ครั้งแรก): " + ", ".join(parsed.duplicates))
    return lines
