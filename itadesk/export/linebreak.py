"""Where a line of Thai may break.

Thai is written without spaces between words, so ReportLab, which breaks only at spaces,
either overflows or cuts through words. Break opportunities here are: after a run of
spaces, and at the word boundaries of PyThaiNLP's dictionary segmenter (``newmm``) run
with a dictionary that also holds the words an office writes all the time and the
workspace's own names (agency, units, people: ``office_names``). A Thai–Thai junction is
kept only if a reader's segmenter would also see a word boundary there when looking at
the two lines' ends alone (``newmm`` or ``longest`` over the 14 Thai characters on either
side — the same test ``thai_pdf_check.py`` applies), so a boundary that only the
whole-paragraph context justifies is not used.

A Thai typesetter's rules then take opportunities away (``_protected``): nothing breaks
inside a dotted abbreviation (มี.ค., ป.ป.ท.), between พ.ศ./ข้อ/ที่… and their number, a
day and its month, a number and its unit, a list marker and its first word, inside an
office word or name, inside a URL other than after / ? & = # - _ . , nor before a dash
between two words (ยืม - คืน); a line never starts with closing punctuation, ๆ or a lone ฯ,
nor ends with opening punctuation, ณ, or a bare การ/ความ/ไม่ (``NOMINALISERS``).

Inside a word too long for its column, breaks fall between Thai character clusters:
never before a mark, a following vowel, ๆ or ฯ, never after a leading vowel. Tables size
their columns (``common.fit_columns``) so that this last resort is not needed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from pythainlp.corpus import thai_words
from pythainlp.tokenize import word_tokenize
from pythainlp.util import Trie

UPPER_MARKS = {"\u0e31"} | {chr(c) for c in range(0x0E34, 0x0E38)} | {"\u0e47"}
TONE_MARKS = {chr(c) for c in range(0x0E48, 0x0E4F)}
BELOW_MARKS = {chr(c) for c in range(0x0E38, 0x0E3B)}
MARKS = UPPER_MARKS | TONE_MARKS | BELOW_MARKS
FOLLOWING_VOWELS = {"\u0e30", "\u0e32", "\u0e33", "\u0e45"}
LEADING_VOWELS = {chr(c) for c in range(0x0E40, 0x0E45)}
CLOSING = set(")]}»”’,.;:!?%/_")
OPENING = set("([{«“‘")
NO_LINE_START = MARKS | FOLLOWING_VOWELS | {"ๆ", "ฯ"} | CLOSING
NO_LINE_END = LEADING_VOWELS | OPENING
WINDOW = 14

OFFICE_WORDS = frozenset(
    """งบประมาณ ปีงบประมาณ ตัวชี้วัด ตัวชี้วัดย่อย รายงาน ช่องทาง ดำเนินการ ดำเนินงาน ประชาสัมพันธ์ กองคลัง
    กองช่าง สำนักปลัด กองการศึกษา กองสาธารณสุข กองสวัสดิการสังคม ผู้รับผิดชอบ ผู้บริหาร คุณธรรม มาตรการ
    ร้องเรียน ทุจริต ประพฤติมิชอบ เว็บไซต์ เฟซบุ๊ก ข้อเสนอแนะ ผลสัมฤทธิ์ ความก้าวหน้า เจ้าหน้าที่ ระยะเวลา
    ประจำปี ความโปร่งใส การประเมิน ผลการประเมิน ข้อมูลข่าวสาร ผลการดำเนินการ ผลการดำเนินงาน หมู่ที่
    ครั้งที่ ลำดับที่ ตัวชี้วัดที่ แนวทาง แนวปฏิบัติ เบิกจ่าย บุคลากร หน่วยงาน ขั้นตอน รับผิดชอบ ตรวจสอบ
    มอบหมาย ต่อเนื่อง ซับซ้อน พึงพอใจ วิธีการ กระบวนการ ส่วนร่วม ผู้ดำรงตำแหน่ง ผู้ร้องเรียน ผู้รับบริการ ผู้มาติดต่อ พัฒนาตน""".split()
)
"""Words a reader of official documents expects whole (the shared checker's list and a few
more): they go into the segmenter's dictionary and no line breaks inside them."""

ATTACHED = (
    "พ.ศ.",
    "ค.ศ.",
    "น.ส.",
    "ม.",
    "ต.",
    "อ.",
    "จ.",
    "ข้อ",
    "ที่",
    "ครั้งที่",
    "หมู่ที่",
    "ร้อยละ",
    "ลำดับ",
    "รอบ",
    "ปี",
    "ปีงบประมาณ",
    "เกณฑ์",
)
"""Labels that stay on the line of the number after them."""
MONTHS = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
    "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
UNITS = (
    "เดือน", "วัน", "ปี", "ครั้ง", "คน", "ราย", "ข้อ", "คะแนน", "บาท", "ชั่วโมง", "นาที", "แห่ง", "เรื่อง",
    "ฉบับ", "รายการ", "โครงการ", "กิจกรรม", "หมู่บ้าน", "หน่วยงาน", "ช่องทาง", "ตัวชี้วัด", "%",
)  # fmt: skip
"""Units that stay on the line of the number before them (๖ เดือน, ๘๕ คะแนน)."""
DIGITS = "0123456789๐๑๒๓๔๕๖๗๘๙"
ABBREVIATION = re.compile(r"(?<![ก-๎.])(?:[ก-๎]{1,3}\.)+")
LIST_MARKER = re.compile(r"(?:^|(?<=\s))(?:\(?[0-9๐-๙]{1,3}(?:[.)]|\.[0-9๐-๙]{1,2}\.?)|[-•–])(?=\s|[ก-๎])")
URL = re.compile(r"(?:https?://|www\.)\S*")
URL_BREAK_AFTER = set("/?&=#-_.")
NUMBER = re.compile(r"(?<![A-Za-z])(?:O(?=[0-9]))?[0-9๐-๙][0-9๐-๙.,:/]*")
"""A number, or an OIT item code (ข้อ O42 stays together like ข้อ ๔๒)."""
PAIRED_DASH = re.compile(r"(?<=[^\s\-–]) [-–] (?=[^\s\-–])")
"""A dash between two words (ยืม - คืน, ต.ค. ๖๕ – ก.ย. ๖๖): a line starting with it reads as a new bullet."""
HELD_ON = re.compile(r"(?:^|(?<=\s))ณ(?=\s)")
"""ณ never ends a line: it stays with the place or the date after it (ณ จุดบริการ)."""
NOMINALISERS = frozenset({"การ", "ความ", "ไม่"})
"""A bare การ/ความ (the segmenter's token, not the end of ดำเนินการ) stays with the word it makes a
noun of, and ไม่ with the word it negates."""
NAME_SEPARATORS = re.compile(r"[\s/,;()]+")
THAI_LETTER = re.compile("[ก-ฮ]")
JOINING_WORDS = frozenset({"และ", "หรือ", "กับ", "ของ"})

_names: ContextVar[frozenset[str]] = ContextVar("office_names", default=frozenset())


def split_names(names: Iterable[str]) -> frozenset[str]:
    """The words of the office's names as the segmenter and the keep rule use them: a name
    written with spaces, slashes or commas ("สำนักปลัด/กองคลัง") is its parts; list numbers
    and joining words ("และ") are left out."""
    return frozenset(
        part
        for name in names
        for part in NAME_SEPARATORS.split(name)
        if len(part) >= 3 and THAI_LETTER.search(part) and part not in JOINING_WORDS
    )


@contextmanager
def office_names(names: Iterable[str]) -> Iterator[None]:
    """Keep the workspace's own names whole in the text laid out inside this block."""
    token = _names.set(split_names(names))
    try:
        yield
    finally:
        _names.reset(token)


def is_thai(char: str) -> bool:
    return "\u0e01" <= char <= "\u0e5b"


class WordSet(Trie):
    """PyThaiNLP's word trie interface over a plain set of words.

    The segmenters only ask for the words starting at a position (``prefixes``) and for
    membership; a set answers both, and is built from PyThaiNLP's 60,000 words in a few
    milliseconds where its node-per-letter trie takes half a second per process.
    """

    def __init__(self, words: Iterable[str]) -> None:  # no Trie.__init__: there are no nodes
        self._words = {w.strip() for w in words if w.strip()}
        self._lengths = sorted({len(w) for w in self._words})

    def add(self, word: str) -> None:
        word = word.strip()
        if word and word not in self._words:
            self._words.add(word)
            self._lengths = sorted({*self._lengths, len(word)})

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        room = len(text) - start
        words = self._words
        return [
            text[start : start + n] for n in self._lengths if n <= room and text[start : start + n] in words
        ]

    def __contains__(self, key: object) -> bool:
        return key in self._words

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)


@lru_cache(maxsize=1)
def _thai_words() -> frozenset[str]:
    return frozenset(thai_words())


@lru_cache(maxsize=8)
def _dictionary(names: frozenset[str]) -> WordSet:
    """PyThaiNLP's dictionary with the office words and the workspace's ``names``: the
    line breaker segments with it, and checks each junction a reader would see with it.
    The additions only ever make words longer, so that check sees fewer boundaries than
    one with PyThaiNLP's dictionary alone (what ``thai_pdf_check.py`` uses), never more."""
    return WordSet(_thai_words() | OFFICE_WORDS | names)


@lru_cache(maxsize=4)
def _keep_words(names: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(OFFICE_WORDS | names, key=len, reverse=True))


def _thai_tail(text: str) -> str:
    out = []
    for char in reversed(text):
        if not is_thai(char) or len(out) >= WINDOW:
            break
        out.append(char)
    return "".join(reversed(out))


def _thai_head(text: str) -> str:
    out = []
    for char in text:
        if not is_thai(char) or len(out) >= WINDOW:
            break
        out.append(char)
    return "".join(out)


@lru_cache(maxsize=50_000)
def _boundary_seen(left: str, right: str, names: frozenset[str]) -> bool:
    joined, cut = left + right, len(left)
    words = _dictionary(names)
    for engine in ("newmm", "longest"):
        pos = 0
        for token in word_tokenize(joined, engine=engine, custom_dict=words, keep_whitespace=False):
            pos = joined.find(token, pos) + len(token)
            if pos == cut:
                return True
    return False


def reads_as_word_boundary(text: str, pos: int) -> bool:
    """Whether a reader looking only at the two lines' ends sees a word boundary at ``pos``."""
    # A reader sees the lines without the spaces dropped at the break.
    left, right = _thai_tail(text[:pos].rstrip()), _thai_head(text[pos:].lstrip())
    if not left or not right:
        return True
    return _boundary_seen(left, right, _names.get())


def _skip_back(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _skip_on(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


@lru_cache(maxsize=4096)
def _office_spans(text: str, names: frozenset[str]) -> tuple[tuple[int, int], ...]:
    """Where the office words and names stand in ``text``, also where the text has a stray
    space inside one (หน่วย ตรวจสอบภายใน)."""
    where = [i for i, char in enumerate(text) if not char.isspace()]
    squashed = "".join(text[i] for i in where)
    spans = []
    for word in _keep_words(names):
        at = squashed.find(word)
        while at != -1:
            spans.append((where[at], where[at + len(word) - 1] + 1))
            at = squashed.find(word, at + 1)
    return tuple(spans)


@lru_cache(maxsize=4096)
def _protected(text: str, names: frozenset[str]) -> frozenset[int]:
    """Positions where the next line may not start, by the typesetter's rules."""
    out: set[int] = set()

    def inside(start: int, end: int) -> None:
        out.update(range(start + 1, end))

    for start, end in _office_spans(text, names):
        inside(start, end)
    for m in ABBREVIATION.finditer(text):
        # the whole abbreviation, and on to a word written straight after it (อ.กวาปีปทุม)
        end = m.end() + 1 if m.end() < len(text) and is_thai(text[m.end()]) else m.end()
        inside(m.start(), end)
    for m in NUMBER.finditer(text):
        before = _skip_back(text, m.start())
        if text[:before].endswith(ATTACHED) or text[:before].endswith(MONTHS):  # มี.ค. ๖๖, กันยายน ๒๕๖๖
            inside(before - 1, m.start() + 1)
        after = _skip_on(text, m.end())
        if text.startswith(MONTHS, after) or text.startswith(UNITS, after):
            inside(m.end() - 1, after + 1)
    for m in LIST_MARKER.finditer(text):
        inside(m.end() - 1, _skip_on(text, m.end()) + 1)
    for m in PAIRED_DASH.finditer(text):
        inside(m.start() - 1, m.end() + 1)
    for m in HELD_ON.finditer(text):
        inside(m.end() - 1, _skip_on(text, m.end()) + 1)
    for m in URL.finditer(text):
        out.update(p for p in range(m.start() + 1, m.end()) if text[p - 1] not in URL_BREAK_AFTER)
    return frozenset(out)


def _quote_opens(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1].isspace() or text[pos - 1] in OPENING


def _allowed(text: str, pos: int) -> bool:
    """The character rules alone: what may start and end a line."""
    if not 0 < pos < len(text):
        return False
    first, last_at = text[pos], _skip_back(text, pos) - 1
    if last_at < 0:
        return False
    last = text[last_at]
    if first in NO_LINE_START and not (first == "ฯ" and text.startswith("ฯลฯ", pos)):
        return False
    if last in NO_LINE_END:
        return False
    if first in "\"'" and not _quote_opens(text, pos):
        return False
    return not (last in "\"'" and _quote_opens(text, last_at))


def _permitted(text: str, pos: int) -> bool:
    return _allowed(text, pos) and pos not in _protected(text, _names.get())


@lru_cache(maxsize=4096)
def _opportunities(text: str, names: frozenset[str]) -> tuple[int, ...]:
    candidates: set[int] = set()
    for i in range(1, len(text)):
        if text[i - 1].isspace() and not text[i].isspace():
            candidates.add(i)
    pos = 0
    for token in word_tokenize(text, custom_dict=_dictionary(names), engine="newmm", keep_whitespace=True):
        pos += len(token)
        if pos < len(text) and not text[pos].isspace() and not text[pos - 1].isspace():
            if is_thai(text[pos - 1]) or is_thai(text[pos]) or text[pos - 1] == "/":
                candidates.add(pos)
    for m in URL.finditer(text):
        candidates.update(p for p in range(m.start() + 1, m.end()) if text[p - 1] in URL_BREAK_AFTER)
    # An office word's edges are word boundaries, also where the segmenter ran past one
    # (ดำเนิน|การต่อเนื่อง would leave ดำเนินการต่อเนื่อง without a break once ดำเนินการ is kept whole).
    candidates.update(
        p
        for span in _office_spans(text, names)
        for p in span
        if 0 < p < len(text) and is_thai(text[p - 1]) and is_thai(text[p])
    )
    protected = _protected(text, names)
    # where a word starts: a break the rules keep, or the first letter after a space
    starts = {0} | {p for p in candidates if p not in protected or text[p - 1].isspace()}
    held = {
        p
        for p in candidates
        for n in NOMINALISERS
        if text.startswith(n, p - len(n)) and p - len(n) in starts and is_thai(text[p : p + 1])
    }
    return tuple(sorted(p for p in candidates if p not in protected and p not in held and _allowed(text, p)))


def break_opportunities(text: str) -> tuple[int, ...]:
    """Sorted positions where a line of ``text`` (no newlines) may break.

    A position is the index of the first character of the next line; spaces before it are
    dropped at the break.
    """
    return _opportunities(text, _names.get())


SUBWORD_MAX = 8
"""Longest dictionary entry used to split a compound too wide for its column."""


@lru_cache(maxsize=1)
def _short_words() -> WordSet:
    return WordSet(w for w in _thai_words() if len(w) <= SUBWORD_MAX)


@lru_cache(maxsize=4096)
def subword_breaks(text: str, start: int, end: int) -> tuple[int, ...]:
    """Dictionary sub-word boundaries inside one long word, e.g. องค์การ|บริหาร|ส่วน|ตำบล."""
    pos, out = start, []
    for token in word_tokenize(text[start:end], custom_dict=_short_words(), engine="newmm"):
        pos += len(token)
        if start < pos < end and _permitted(text, pos):
            out.append(pos)
    return tuple(out)


def cluster_breaks(text: str, start: int, end: int) -> list[int]:
    """Emergency positions inside ``text[start:end]`` for a word wider than its column:
    the typesetter's rules if they leave any, else the character rules alone."""
    legal = [p for p in range(start + 1, end) if _allowed(text, p) and not text[p].isspace()]
    ruled = [p for p in legal if _permitted(text, p)]
    return ruled or legal
