"""What the PDF's line breaker keeps together, written into the text of the Word copy.

Word and LibreOffice break a line of Thai with their own dictionaries and know nothing of
the typesetter's rules the PDF follows (``linebreak``): left alone, LibreOffice printed
"ก.ย. | ๖๖", "พ.ศ. | ๒๕๖๖", "วันที่ | ๑๔ กันยายน" and "ตำบลหัว | เรือ". Two invisible
characters carry the rules into the file:

- a space where the PDF's breaker allows no break (a label or month and its number, a day
  and its month, a list number and its first word, …) is written as U+00A0 NO-BREAK SPACE,
  what Word's Ctrl+Shift+Space types: it prints as a space;
- inside the office's own names (``linebreak.office_names``: the agency, its units, people),
  U+2060 WORD JOINER (invisible, no width) goes between every two Thai character clusters
  (หั·ว·เรื·อ), the places Word's or LibreOffice's dictionary could break the name. Ordinary
  text gets none, so a search for an ordinary word finds it as typed (whether Word's Find
  matches a joined name typed plainly was not tried).
"""

from __future__ import annotations

import re
from functools import lru_cache

from itadesk.export import linebreak
from itadesk.export.linebreak import break_opportunities, is_thai

NO_BREAK_SPACE = "\u00a0"
WORD_JOINER = "\u2060"
SPACES = re.compile(" +")


@lru_cache(maxsize=1024)
def name_junctions(name: str) -> tuple[int, ...]:
    """Positions inside ``name`` between two Thai letters where a line could break: every
    junction of two character clusters, as the PDF's breaker finds them inside a word too wide
    for its column (never before a mark or a following vowel, never after a leading vowel,
    so the joiner leaves the shaping alone).

    All of them, not only the dictionary's word boundaries: a joiner cuts the name into
    pieces that LibreOffice's dictionary then segments alone, and it broke the piece
    "สวัสดิ" of กอง·สวัสดิ·การ·สังคม (joined at its dictionary words only) into สวัส|ดิ."""
    return tuple(
        p
        for p in range(1, len(name))
        if is_thai(name[p - 1]) and is_thai(name[p]) and linebreak._allowed(name, p)
    )


def keep_together(line: str) -> str:
    """``line`` (one line, no newline) with the PDF's unbreakable spaces as no-break spaces
    and word joiners inside the office's names."""
    chars = list(line)
    inner = line.strip(" ")
    if " " in inner:
        allowed = set(break_opportunities(line))
        for m in SPACES.finditer(line):
            if 0 < m.start() and m.end() < len(line) and m.end() not in allowed:
                chars[m.start() : m.end()] = NO_BREAK_SPACE * (m.end() - m.start())
    joins: set[int] = set()
    for name in linebreak._names.get():
        at = line.find(name)
        while at != -1:
            joins.update(at + p for p in name_junctions(name))
            at = line.find(name, at + 1)
    for pos in sorted(joins, reverse=True):
        chars.insert(pos, WORD_JOINER)
    return "".join(chars)
