"""How alike two OIT item titles are, and which items of one year's list are which of the
next's.

The NACC renumbers its list almost every year (2568 O14 แผนการบริหารและพัฒนาทรัพยากรบุคคล is
2569 O13 หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล) and rewords titles, so code alone
carries an office's entries to the wrong items. Titles are compared as Thai words
(PyThaiNLP's dictionary segmentation: Thai has no spaces) and as characters, and a shared
code only tips a close call. The result is a proposal the clerk confirms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from difflib import SequenceMatcher
from functools import lru_cache

from pythainlp.tokenize import word_tokenize

ALIGN_FLOOR = 0.38
MOVED_THRESHOLD = 0.8
SAME_CODE_BONUS = 0.12
LATIN_TERM_BONUS = 0.1
"""A shared term such as "No Gift Policy" or "E-Service" names the item whatever the Thai around it."""
_NOISE = re.compile(r"[\s\-–—_.,:;()\[\]\"'“”‘’/ฯ]+")
_STOP = frozenset({"และ", "หรือ", "ของ", "การ", "ที่", "ใน", "ให้", "เพื่อ", "ตาม", "จาก", "ๆ"})


def _prepared(title: str) -> str:
    """NFC, not NFKC: compatibility decomposition splits ำ into ํ + า and breaks Thai words."""
    text = unicodedata.normalize("NFC", title).replace("\u0e4d\u0e32", "\u0e33").casefold()
    return re.sub(r"(?<=[a-z])[\-–—]\s*(?=[a-z])", "", text)  # E–Service, e-service → eservice


def _normal(title: str) -> str:
    return _NOISE.sub("", _prepared(title))


@lru_cache(maxsize=4096)
def _words(title: str) -> frozenset[str]:
    words = word_tokenize(_prepared(title), keep_whitespace=False)
    return frozenset(w for w in (_normal(w) for w in words) if w and w not in _STOP)


def same_title(a: str, b: str) -> bool:
    return _normal(a) == _normal(b)


def title_similarity(a: str, b: str) -> float:
    """0 (nothing in common) to 1 (the same title, spacing and punctuation aside)."""
    na, nb = _normal(a), _normal(b)
    if na == nb:
        return 1.0
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    dice = 2 * len(wa & wb) / (len(wa) + len(wb))
    overlap = len(wa & wb) / min(len(wa), len(wb))  # a title the NACC lengthened keeps its words
    chars = SequenceMatcher(None, na, nb, autojunk=False).ratio()
    latin = LATIN_TERM_BONUS if any(len(w) >= 4 and w.isascii() for w in wa & wb) else 0.0
    return min(1.0, 0.35 * dice + 0.35 * overlap + 0.3 * chars + latin)


def match_score(old_code: str, old_title: str, new_code: str, new_title: str) -> float:
    return title_similarity(old_title, new_title) + (SAME_CODE_BONUS if old_code == new_code else 0.0)


def match_titles(old: Mapping[str, str], new: Mapping[str, str]) -> dict[str, str]:
    """Old code → new code for the items that are the same by meaning, one to one.

    The NACC renumbers by inserting, merging and dropping items, and keeps their order, so
    the pairs are an order-keeping alignment of the two lists (the best total similarity,
    a pair counting only when its titles share enough, ``ALIGN_FLOOR``); an item that moved
    out of order still pairs when its title is nearly the same (``MOVED_THRESHOLD``)."""
    olds, news = list(old.items()), list(new.items())
    score = [[match_score(oc, ot, nc, nt) for nc, nt in news] for oc, ot in olds]
    rows, cols = len(olds), len(news)
    best = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            pair = score[i][j] - ALIGN_FLOOR
            best[i][j] = max(best[i + 1][j], best[i][j + 1], best[i + 1][j + 1] + pair if pair > 0 else 0.0)
    out: dict[str, str] = {}
    i = j = 0
    while i < rows and j < cols:
        pair = score[i][j] - ALIGN_FLOOR
        if pair > 0 and best[i][j] == best[i + 1][j + 1] + pair:
            out[olds[i][0]] = news[j][0]
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    taken = set(out.values())
    for value, oc, nc in sorted(
        ((score[a][b], olds[a][0], news[b][0]) for a in range(rows) for b in range(cols)), reverse=True
    ):
        if value < MOVED_THRESHOLD:
            break
        if oc not in out and nc not in taken:
            out[oc] = nc
            taken.add(nc)
    return out
