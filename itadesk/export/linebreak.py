"""Where a line of Thai may break.

Thai is written without spaces between words, so ReportLab, which breaks only at spaces,
either overflows or cuts through words. Break opportunities here are: after a run of
spaces, and at the word boundaries of PyThaiNLP's dictionary segmenter (``newmm``). A
Thai–Thai junction is kept only if a reader's segmenter would also see a word boundary
there when looking at the two lines' ends alone (``newmm`` or ``longest`` over the 14
Thai characters on either side — the same test ``thai_pdf_check.py`` applies), so a
boundary that only the whole-paragraph context justifies is not used. Inside a word too
long for its column, breaks fall between Thai character clusters: never before a mark,
a following vowel, ๆ or ฯ, never after a leading vowel.
"""

from __future__ import annotations

from functools import lru_cache

from pythainlp.corpus import thai_words
from pythainlp.tokenize import word_tokenize
from pythainlp.util import dict_trie

UPPER_MARKS = {"\u0e31"} | {chr(c) for c in range(0x0E34, 0x0E38)} | {"\u0e47"}
TONE_MARKS = {chr(c) for c in range(0x0E48, 0x0E4F)}
BELOW_MARKS = {chr(c) for c in range(0x0E38, 0x0E3B)}
MARKS = UPPER_MARKS | TONE_MARKS | BELOW_MARKS
FOLLOWING_VOWELS = {"\u0e30", "\u0e32", "\u0e33", "\u0e45"}
LEADING_VOWELS = {chr(c) for c in range(0x0E40, 0x0E45)}
NO_LINE_START = MARKS | FOLLOWING_VOWELS | {"ๆ", "ฯ"} | set(")]}»”’,.;:!?%")
NO_LINE_END = LEADING_VOWELS | set("([{«“‘")
WINDOW = 14


def is_thai(char: str) -> bool:
    return "\u0e01" <= char <= "\u0e5b"


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
def _boundary_seen(left: str, right: str) -> bool:
    joined, cut = left + right, len(left)
    for engine in ("newmm", "longest"):
        pos = 0
        for token in word_tokenize(joined, engine=engine, keep_whitespace=False):
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
    return _boundary_seen(left, right)


def _allowed(text: str, pos: int) -> bool:
    return 0 < pos < len(text) and text[pos] not in NO_LINE_START and text[pos - 1] not in NO_LINE_END


@lru_cache(maxsize=4096)
def break_opportunities(text: str) -> tuple[int, ...]:
    """Sorted positions where a line of ``text`` (no newlines) may break.

    A position is the index of the first character of the next line; spaces before it are
    dropped at the break.
    """
    out: set[int] = set()
    for i in range(1, len(text)):
        if text[i - 1].isspace() and not text[i].isspace():
            out.add(i)
    pos = 0
    for token in word_tokenize(text, engine="newmm", keep_whitespace=True):
        pos += len(token)
        if pos < len(text) and not text[pos].isspace() and not text[pos - 1].isspace():
            if (is_thai(text[pos - 1]) or is_thai(text[pos])) and _allowed(text, pos):
                out.add(pos)
        if pos < len(text) and text[pos - 1] == "/" and _allowed(text, pos):
            out.add(pos)
    return tuple(sorted(out))


SUBWORD_MAX = 8
"""Longest dictionary entry used to split a compound too wide for its column."""


@lru_cache(maxsize=1)
def _short_words():
    return dict_trie([w for w in thai_words() if len(w) <= SUBWORD_MAX])


@lru_cache(maxsize=4096)
def subword_breaks(text: str, start: int, end: int) -> tuple[int, ...]:
    """Dictionary sub-word boundaries inside one long word, e.g. องค์การ|บริหาร|ส่วน|ตำบล."""
    pos, out = start, []
    for token in word_tokenize(text[start:end], custom_dict=_short_words(), engine="newmm"):
        pos += len(token)
        if start < pos < end and _allowed(text, pos):
            out.append(pos)
    return tuple(out)


def cluster_breaks(text: str, start: int, end: int) -> list[int]:
    """Emergency positions inside ``text[start:end]`` for a word wider than its column."""
    return [p for p in range(start + 1, end) if _allowed(text, p) and not text[p].isspace()]
