"""The Thai typesetting layer on its own: line breaks, shaping, the text layer's map."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itadesk.demo import demo_data
from itadesk.export import fonts
from itadesk.export.common import fit_columns
from itadesk.export.linebreak import LEADING_VOWELS, NO_LINE_START, break_opportunities, office_names
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
    assert lines[0].cuts_word and lines[0].needed > 90  # so that a table widens the column


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


def pieces(text: str) -> list[str]:
    """``text`` cut at every break opportunity."""
    cuts = (0, *break_opportunities(text), len(text))
    return [text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False)]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("ระหว่าง ๑ ต.ค. ๖๕ – ๓๑ มี.ค. ๖๖ ทุกเดือน", ["ต.ค.", "๓๑ มี.ค.", "มี.ค. ๖๖"]),
        ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ตามข้อ ๑๒ หมู่ที่ ๓", ["พ.ศ. ๒๕๖๖", "ข้อ ๑๒", "หมู่ที่ ๓"]),
        ("ใช้เวลา ๖ เดือน ได้ ๘๕ คะแนน จำนวน ๓ ครั้ง", ["๖ เดือน", "๘๕ คะแนน", "๓ ครั้ง"]),
        ("ป.ป.ท. และ น.ส.สมใจ ใจดี อ.กวาปีปทุม จ.มหาสารคาม", ["ป.ป.ท.", "น.ส.ส", "อ.ก", "จ.ม"]),
        ("๑. คณะกรรมการ\t- องค์การบริหารส่วนตำบล (๒) ประชุม", ["๑. คณะ", "- องค์การ", "(๒) ประชุม"]),
        ("ภายในหน่วยงาน ตามข้อ O42 ไปสู่การปฏิบัติ ทุจริตประจำปี รอบ ๖ เดือน", ["ข้อ O42", "รอบ ๖ เดือน"]),
        ("จากผลการประเมิน ITA ตัวชี้วัดที่ ๙.๔ และตัวชี้วัด ที่ ๘", ["ตัวชี้วัดที่ ๙.๔"]),
        ("ด้านการให้บริการยืม - คืน ทรัพย์สินของ ต.ค. ๖๕ – ก.ย. ๖๖", ["ยืม - คืน", "๖๕ – ก.ย."]),
        ("การให้บริการประชาชน ณ จุดบริการ ณ วันที่ ๓๑", ["ณ จุด", "ณ วันที่"]),
        ("เมื่อวันที่ ๑๔ กันยายน ๒๕๖๖ ประจำปีงบประมาณ ๒๕๖๖", ["กันยายน ๒๕๖๖", "ปีงบประมาณ ๒๕๖๖"]),
        ("๗๒.๔๓ คะแนน ต่ำกว่าเกณฑ์ ๘๕ คะแนน", ["เกณฑ์ ๘๕"]),
    ],
)
def test_no_break_inside_abbreviations_nor_between_a_label_and_its_number(text, whole):
    joined = "|".join(pieces(text))
    for phrase in whole:
        assert any(phrase in piece for piece in pieces(text)), (phrase, joined)


def test_office_words_and_the_workspace_names_stay_whole():
    text = "งบประมาณของกองคลังและสำนักปลัดดำเนินการร่วมกับกองสวัสดิการสังคมบ้านหนองบัวแดง"
    assert "งบประมาณ" in pieces(text) and "ดำเนินการ" in "|".join(pieces(text))
    assert not any(p in ("งบ", "ประมาณ", "ดำเนิน", "กอง") for p in pieces(text))
    assert "หนองบัวแดง" not in pieces(text)  # not a dictionary word: split by default
    with office_names(["บ้านหนองบัวแดง / กองสวัสดิการสังคม"]):
        assert "บ้านหนองบัวแดง" in pieces(text)
        # also where the office typed a stray space inside a name
        assert "หนองบัวแดง" not in pieces("บ้าน หนองบัวแดง")


@pytest.mark.parametrize(
    ("text", "whole", "apart"),
    [
        ("ระบุขั้นตอนและแนวทางในการขอยืมทรัพย์สิน", ["แนวทาง", "ขั้นตอน"], []),
        (
            "การจัดซื้อจัดจ้างและเบิกจ่ายตามกฎหมาย ผู้ดำรงตำแหน่ง มาตรการคุ้มครองผู้ร้องเรียน",
            ["เบิกจ่าย", "ผู้ดำรงตำแหน่ง", "ผู้ร้องเรียน"],
            [],
        ),
        ("สร้างการรับรู้ให้บุคลากรภายนอก ได้พัฒนาตนเอง", ["บุคลากร", "พัฒนาตน"], []),
        # a bare การ/ความ stays with its word; the การ that ends ดำเนินการ does not hold on
        ("ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต ความรับผิดชอบ", ["การแก้ไข", "ความรับผิดชอบ"], ["การ", "ความ"]),
        ("ดำเนินการต่อเนื่องทุกปี", ["ดำเนินการ"], ["ดำเนินการต่อเนื่องทุกปี"]),
        ("ของเจ้าหน้าที่และกระบวนการทำงาน มีส่วนร่วมในการปรับปรุง", ["กระบวนการ", "ส่วนร่วม"], []),
        # after a list number too, and ไม่ stays with what it negates
        ("ทางจริยธรรม (๓) การฝึกอบรม เข้าถึงง่าย ไม่ซับซ้อน", ["การฝึกอบรม", "ไม่ซับซ้อน"], ["(๓) การ", "ไม่"]),
    ],
)
def test_compounds_a_reader_sees_as_one_word_stay_whole(text, whole, apart):
    joined = "|".join(pieces(text))
    for word in whole:
        assert any(word in piece for piece in pieces(text)), (word, joined)
    for piece in apart:
        assert piece not in pieces(text), (piece, joined)


@pytest.mark.parametrize(
    "text",
    ["ข้อมูล (ต่อ) ยาวมาก ไปๆ มาๆ", 'คำว่า “โปร่งใส” และ "คุณธรรม" นะ', "บุคลากรบรรจุ/โอน/ย้าย ข้อมูล_สถิติ ฯลฯ"],
)
def test_punctuation_never_starts_or_ends_a_line_wrongly(text):
    for cut in break_opportunities(text):
        assert text[cut] not in ")]}”’,.:;!?%/_ๆ", text[cut:]
        assert text[:cut].rstrip()[-1] not in "([{“‘", text[:cut]
    assert "“โปร่งใส”" in "|".join(pieces(text)) or "โปร่งใส" not in text


def test_urls_break_only_after_their_separators():
    url = "https://www.example.go.th/ita/index.php?page=1&x=โครงสร้างองค์กร"
    for piece in pieces(url)[:-1]:
        assert piece[-1] in "/?&=#-_.", piece
    lines = layout(url, FACE, 11, 80)
    assert "".join(line.text for line in lines) == url
    assert not any(line.cuts_word for line in lines)


def test_the_offices_indentation_is_kept():
    lines = layout("๒. การประชุม\n    ๒.๑ จัดประชุมคณะทำงาน", FACE, 12, 400)
    assert lines[1].text.startswith("    ๒.๑")
    assert lines[1].width > layout("๒.๑ จัดประชุมคณะทำงาน", FACE, 12, 400)[0].width


def test_columns_are_widened_so_no_word_is_broken_as_a_last_resort():
    header = ["ลำดับที่", "ระยะเวลาในการดำเนินการ", "ผลการดำเนินการ"]
    texts = [["๑", "๑๒"], ["ตลอดปีงบประมาณ"], ["องค์การบริหารส่วนตำบลหัวเรือได้ดำเนินการ " * 20]]
    size, widths = fit_columns(header, texts, [20, 40, 400])
    assert size == 11 and abs(sum(widths) - 460) < 0.01
    for column, width in zip(texts, widths, strict=True):
        for text in column:
            assert not any(line.cuts_word for line in layout(text, FACE, size, width - 8))
    assert fit_columns(header, texts, [20, 40, 60]) is None  # refuses rather than cuts
