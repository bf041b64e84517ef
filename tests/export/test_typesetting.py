"""The Thai typesetting layer on its own: line breaks, shaping, the text layer's map."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itadesk.demo import demo_data
from itadesk.export import fonts
from itadesk.export.linebreak import LEADING_VOWELS, NO_LINE_START, break_opportunities
from itadesk.export.shaping import TOUNICODE_BLOCK, to_unicode_cmap
from itadesk.export.textlayout import layout

FACE = fonts.face()
SEED_TEXTS = [
    m[field]
    for m in demo_data()["years"]["2566"]["measures"]
    for field in ("title", "steps", "output")
    if m.get(field)
]


def squash(text: str) -> str:
    return "".join(text.split())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SEED_TEXTS), st.floats(min_value=60, max_value=500))
def test_lines_never_start_with_a_dependent_sign_nor_end_with_a_leading_vowel(text, width):
    lines = layout(text, FACE, 11, width)
    for line in lines:
        if line.text:
            assert line.text[0] not in NO_LINE_START, line.text
            assert line.text[-1] not in LEADING_VOWELS, line.text
        if not line.cuts_word:
            assert line.width <= width + 0.01
    assert squash("".join(line.text for line in lines)) == squash(text)


def test_thai_breaks_fall_between_dictionary_words():
    text = "การประเมินคุณธรรมและความโปร่งใส"
    cuts = break_opportunities(text)
    words = {text[:p] for p in cuts}
    assert "การประเมิน" in words and "การประเมินคุณธรรม" in words
    assert all(text[p] not in NO_LINE_START for p in cuts)


def test_narrow_column_wraps_at_words_not_inside_them():
    lines = layout("อำเภอกวาปีปทุม จังหวัดมหาสารคาม ได้รับผลการประเมิน", FACE, 12, 90)
    assert [line.text for line in lines] == ["อำเภอกวาปีปทุม", "จังหวัด", "มหาสารคาม ได้รับ", "ผลการประเมิน"]
    assert not any(line.cuts_word for line in lines)


def test_a_compound_too_wide_for_the_column_breaks_at_its_own_words():
    lines = layout("องค์การบริหารส่วนตำบลหัวเรือ", FACE, 12, 90)
    assert [line.text for line in lines] == ["องค์การบริหาร", "ส่วนตำบลหัวเรือ"]
    assert lines[0].cuts_word  # so that a table cell shrinks its type before settling for this


def test_a_word_wider_than_the_column_is_cut_between_clusters_only():
    lines = layout("ประชาสัมพันธ์", FACE, 12, 20)
    assert all(line.cuts_word for line in lines[:-1])
    assert all(line.text[0] not in NO_LINE_START for line in lines)
    assert "".join(line.text for line in lines) == "ประชาสัมพันธ์"


@pytest.mark.parametrize("word", ["น้ำ", "ที่", "ปี่", "กตัญญู", "ฐุ", "ก๊ำ", "ปั้น"])
def test_text_layer_reads_back_each_cluster(word):
    glyphs = layout(word, FACE, 12, 300)[0].glyphs
    # Where a cluster became several glyphs, /ActualText carries it; elsewhere each
    # glyph's ToUnicode text does.
    text, skip = "", 0
    for placed in glyphs:
        if skip:
            skip -= 1
            continue
        if placed.glyph.actual:
            text += placed.glyph.actual
            skip = placed.glyph.span - 1
        else:
            text += placed.glyph.text
    assert text == word
    assert all(g.glyph.gid for g in glyphs), "no glyph is .notdef"


def test_marks_are_shaped_not_stacked():
    plain = layout("กี", FACE, 12, 100)[0].glyphs[1]
    stacked = layout("กี่", FACE, 12, 100)[0].glyphs
    tone = stacked[2]
    assert tone.y > plain.y or tone.glyph.gid != layout("ก่", FACE, 12, 100)[0].glyphs[1].glyph.gid


def test_missing_characters_are_replaced_visibly_but_copy_as_typed():
    glyphs = layout("ก 🦖", FACE, 12, 100)[0].glyphs
    dino = glyphs[-1]
    assert dino.glyph.gid != 0 and dino.glyph.text == "🦖"


def test_zero_width_characters_never_reach_the_pdf():
    line = layout("ทดสอบ\u200bข้อความ\ufeff", FACE, 12, 400)[0]
    assert line.text == "ทดสอบข้อความ"


def test_to_unicode_blocks_respect_the_pdf_limit():
    keys = [(0, "", 0.0)] + [(i, chr(0x0E01 + i % 40), 500.0) for i in range(1, 256)]
    cmap = to_unicode_cmap("X", keys)
    counts = [int(n) for n in re.findall(r"(\d+) beginbfchar", cmap)]
    assert sum(counts) == 255 and max(counts) <= TOUNICODE_BLOCK
