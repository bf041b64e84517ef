"""Shaped glyphs into a PDF whose text layer reads back as the source text.

ReportLab keys its font subsets by Unicode code point, so a glyph HarfBuzz substitutes
(a lowered tone mark, ญ without its tail) has no code point; ReportLab invents a
private-use one and that is what a reader copies out of the PDF. ``GlyphFont`` keys its
subsets by (glyph, source text) instead: every glyph drawn gets a one-byte code in some
256-code subset, and the subset's ToUnicode maps that code to the text of the HarfBuzz
cluster the glyph came from. The first glyph of a cluster carries the cluster's text, the
others map to nothing, so ``น้ำ`` — drawn as น, nikhahit, tone, sara aa — copies out as
``น้ำ``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import uharfbuzz as hb
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

FAKE_CODE_BASE = 0x110000
"""Internal keys handed to ReportLab's subsetter: above Unicode, so never confused with a char."""

TONE_OVER_NIKHAHIT = 0.25
"""How far (in em) a tone mark over ำ sits above its unstacked place: where Sarabun's own
uni0E4D0E48–uni0E4D0E4B ligatures draw it (measured by overlaying the renderings)."""

TOUNICODE_BLOCK = 100
"""The PDF specification allows at most 100 entries in one beginbfchar block."""


@dataclass(frozen=True, slots=True)
class Glyph:
    gid: int
    text: str
    """What this glyph reads as in the text layer (its ToUnicode entry)."""
    cluster: int
    """Index in the shaped string of the first character of the glyph's cluster."""
    advance: float
    x_offset: float
    y_offset: float
    """Advance and offsets in font units (divide by ``units_per_em`` and multiply by size)."""
    actual: str = ""
    """On the first glyph of a cluster drawn as several glyphs: the cluster's source text,
    written as /ActualText around them, because their own characters come out reordered."""
    span: int = 1
    """How many glyphs the /ActualText covers."""
    pdf_width: float = 0.0
    """The /Widths entry (per 1000) the glyph is encoded with; see ``GlyphFont.advance_width``."""


class _State:
    def __init__(self) -> None:
        self.codes: dict[tuple[int, str, float], int] = {(0, "", 0.0): 0}
        self.subsets: list[list[tuple[int, str, float]]] = [[(0, "", 0.0)]]
        self.next_code = 1
        self.internal_name: str | None = None


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(name: str, keys: list[tuple[int, str, float]]) -> str:
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<00> <FF>",
        "endcodespacerange",
    ]
    entries = [(code, text) for code, (_gid, text, _w) in enumerate(keys) if text]
    for start in range(0, len(entries), TOUNICODE_BLOCK):
        block = entries[start : start + TOUNICODE_BLOCK]
        lines.append(f"{len(block)} beginbfchar")
        lines += [f"<{code:02X}> <{_utf16_hex(text)}>" for code, text in block]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


class GlyphFont(TTFont):
    """A TrueType font drawn glyph by glyph after HarfBuzz shaping (see the module doc)."""

    def __init__(self, name: str, filename: str):
        super().__init__(name, filename, shapable=False)
        data = self.face._ttf_data
        self._hb_font = hb.Font(hb.Face(hb.Blob(data)))
        self.units_per_em = self._hb_font.face.upem
        self._glyph_states: dict[int, _State] = {}
        self._fake: dict[int, int] = {}  # gid -> fake code registered with the subsetter
        self._shape_cache: dict[str, list[Glyph]] = {}
        self._coverage: frozenset[str] | None = None

    def ink(self, gid: int) -> tuple[float, float, float, float]:
        """The glyph's inked box (HarfBuzz extents) in font units, y up from the baseline:
        (left, bottom, right, top); all zero for a glyph that draws nothing."""
        e = self._hb_font.get_glyph_extents(gid)
        if e is None:
            return 0.0, 0.0, 0.0, 0.0
        return e.x_bearing, e.y_bearing + e.height, e.x_bearing + e.width, e.y_bearing

    def has_char(self, char: str) -> bool:
        return ord(char) in self.face.charToGlyph

    def covers(self, text: str) -> bool:
        """Whether the font draws every character of ``text`` (spaces always count)."""
        if self._coverage is None:
            self._coverage = frozenset(chr(c) for c in self.face.charToGlyph if c < 0x110000) | {" "}
        return set(text) <= self._coverage

    def shape(self, text: str) -> list[Glyph]:
        """HarfBuzz glyphs for ``text`` (one font, one script run), in visual order."""
        cached = self._shape_cache.get(text)
        if cached is not None:
            return cached
        if not text:
            return []
        buf = hb.Buffer()
        buf.add_codepoints([ord(c) for c in text])
        buf.guess_segment_properties()
        buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
        hb.shape(self._hb_font, buf, {"kern": True, "liga": True})
        infos, positions = buf.glyph_infos, buf.glyph_positions
        starts = sorted({info.cluster for info in infos})
        ends = {
            start: (starts[i + 1] if i + 1 < len(starts) else len(text)) for i, start in enumerate(starts)
        }
        sizes: dict[int, int] = {}
        for info in infos:
            sizes[info.cluster] = sizes.get(info.cluster, 0) + 1
        split_texts = {
            cluster: self._split_cluster_text(
                text[cluster : ends[cluster]], [info.codepoint for info in infos if info.cluster == cluster]
            )
            for cluster, size in sizes.items()
            if size > 1
        }
        seen: set[int] = set()
        positions_in_cluster: dict[int, int] = {}
        glyphs = []
        for info, pos in zip(infos, positions, strict=True):
            cluster, gid = info.cluster, info.codepoint
            source = text[cluster : ends[cluster]]
            first = cluster not in seen
            seen.add(cluster)
            if sizes[cluster] == 1:
                reads, actual, span = source, "", 1
            else:
                # Several glyphs for one cluster (e.g. ำ split into nikhahit and sara aa around
                # a tone mark). /ActualText carries the cluster; for extractors that ignore it
                # the glyphs read as the cluster's compatibility decomposition, in order
                # (น้ำ reads น้ํา, the same text after NFKC), else as their own characters.
                position = positions_in_cluster[cluster] = positions_in_cluster.get(cluster, -1) + 1
                reads = split_texts[cluster][position]
                actual, span = (source, sizes[cluster]) if first else ("", 1)
            width = self.advance_width(gid, pos.x_advance, pos.x_offset)
            glyphs.append(
                Glyph(gid, reads, cluster, pos.x_advance, pos.x_offset, pos.y_offset, actual, span, width)
            )
        glyphs = self._precomposed_sara_am(text, glyphs)
        if len(self._shape_cache) > 20_000:
            self._shape_cache.clear()
        self._shape_cache[text] = glyphs
        return glyphs

    def _precomposed_sara_am(self, text: str, glyphs: list[Glyph]) -> list[Glyph]:
        """Draw ำ as the font's own sara am glyph, after its tone mark, in logical order.

        HarfBuzz decomposes ำ into nikhahit and sara aa (putting a tone mark between them, or
        fusing it with the nikhahit), so the glyphs' own characters read ํ + า and only
        /ActualText gives ำ back: extractors that ignore it (pdfminer, pdf.js) copy out
        "ดําเนินการ". The precomposed glyph draws the same nikhahit and sara aa; a tone
        mark goes first, its own glyph lifted over the nikhahit to where the font's fused
        nikhahit-and-tone glyph draws it, so each glyph's ToUnicode entry is exactly the
        character typed and the word looks as before.
        """
        am, aa = self.face.charToGlyph.get(0x0E33), self.face.charToGlyph.get(0x0E32)
        if am is None or "\u0e33" not in text:
            return glyphs
        out: list[Glyph] = []
        i = 0
        while i < len(glyphs):
            g = glyphs[i]
            j = i
            while j < len(glyphs) and glyphs[j].cluster == g.cluster:
                j += 1
            source = text[g.cluster : glyphs[j].cluster if j < len(glyphs) else len(text)]
            tones = source[:-1]
            if (
                source.endswith("\u0e33")
                and j - i >= 2
                and glyphs[j - 1].gid == aa
                and all("\u0e48" <= t <= "\u0e4b" for t in tones)
            ):
                lift = round(TONE_OVER_NIKHAHIT * self.units_per_em)
                for tone in tones:
                    gid = self.face.charToGlyph.get(ord(tone), 0)
                    out.append(
                        Glyph(
                            gid,
                            tone,
                            g.cluster,
                            0,
                            g.x_offset,
                            lift,
                            pdf_width=self.advance_width(gid, 0, g.x_offset),
                        )
                    )
                last = glyphs[j - 1]
                out.append(
                    Glyph(
                        am,
                        "\u0e33",
                        g.cluster,
                        last.advance,
                        0,
                        0,
                        pdf_width=self.advance_width(am, last.advance, 0),
                    )
                )
            else:
                out.extend(glyphs[i:j])
            i = j
        return out

    def _split_cluster_text(self, source: str, gids: list[int]) -> list[str]:
        """What each glyph of a multi-glyph cluster reads as, for extractors that ignore
        /ActualText: the cluster's compatibility decomposition (ำ → ํ + า) shared out in
        order — trailing glyphs take their own characters, the first glyph the rest — so
        น้ำ reads น้ํา, the same text after NFKC."""
        decomposed = unicodedata.normalize("NFKC", source)
        naturals = [self._natural_text(gid) for gid in gids[1:]]
        tail = "".join(naturals)
        if tail and decomposed.endswith(tail) and len(decomposed) > len(tail):
            return [decomposed[: len(decomposed) - len(tail)], *naturals]
        return [decomposed, *([""] * (len(gids) - 1))]

    def _natural_text(self, gid: int) -> str:
        chars = self.face.glyphToChar.get(gid)
        return chr(min(chars)) if chars and min(chars) < 0x110000 else ""

    def pdf_width(self, gid: int) -> float:
        """The advance the PDF viewer applies after the glyph (its /Widths entry), per 1000."""
        return self.face.hmetrics[gid][0] * 1000 / self.units_per_em

    # -- encoding into per-document subsets ----------------------------------------------

    def _state(self, doc) -> _State:
        key = id(doc)
        if key not in self._glyph_states:
            self._glyph_states[key] = _State()
        return self._glyph_states[key]

    def advance_width(self, gid: int, advance: float, x_offset: float) -> float:
        """The /Widths entry (per 1000) a glyph is encoded with.

        Normally the glyph's own advance. A mark HarfBuzz shifted sideways gets the width that
        ends it where the next glyph starts, so text extractors see no gap (and no space)
        between a mark and the rest of its word.
        """
        if x_offset:
            return round((advance - x_offset) * 1000 / self.units_per_em, 3)
        return round(self.pdf_width(gid), 3)

    def encode(self, doc, glyph: Glyph) -> tuple[int, int]:
        """(subset, code) of a glyph carrying its text, allocating a code on first use."""
        state = self._state(doc)
        key = (glyph.gid, glyph.text, glyph.pdf_width)
        code = state.codes.get(key)
        if code is None:
            code = state.next_code
            if code % 256 == 0:
                state.subsets.append([(0, "", 0.0)])  # each subset keeps code 0 for .notdef
                code += 1
            state.next_code = code + 1
            state.codes[key] = code
            state.subsets[code >> 8].append(key)
        return code >> 8, code & 0xFF

    def subset_name(self, subset: int, doc) -> str:
        state = self._state(doc)
        if state.internal_name is None:
            state.internal_name = f"G{len(doc.fontMapping) + 1}"
            doc.fontMapping[self.fontName] = "/" + state.internal_name
            doc.delayedFonts.append(self)
        return f"/{state.internal_name}+{subset}"

    def addObjects(self, doc) -> None:  # noqa: N802 (ReportLab's name)
        state = self._glyph_states.pop(id(doc), None)
        if state is None:
            return super().addObjects(doc)
        face = self.face
        for number, keys in enumerate(state.subsets):
            internal = f"{state.internal_name}+{number}"
            base = (b"".join((SUBSETN(number), b"+", face.name, face.subfontNameX))).decode("pdfdoc")
            fake_codes = []
            for gid, _text, _width in keys:
                fake = self._fake.setdefault(gid, FAKE_CODE_BASE + gid)
                face.charToGlyph[fake] = gid
                fake_codes.append(fake)
            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = f"Font {self.fontName} shaped subset {number}"
            pdf_font.Name = internal
            pdf_font.BaseFont = base
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(keys) - 1
            pdf_font.Widths = pdfdoc.PDFArray([width for _gid, _text, width in keys])
            cmap = pdfdoc.PDFStream()
            cmap.content = to_unicode_cmap(base, keys)
            if doc.compression:
                cmap.filters = [pdfdoc.PDFZCompress]
            pdf_font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base)
            pdf_font.FontDescriptor = face.addSubsetObjects(doc, base, fake_codes)
            doc.Reference(pdf_font, internal)
            doc.idToObject["BasicFonts"].dict[internal] = pdf_font
