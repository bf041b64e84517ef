"""Every report, from the demo workspace and from the stress workspace, passes the shared
Thai PDF checker with zero defects, and prints what the office typed."""

from __future__ import annotations

import dataclasses

import pymupdf
import pytest

from itadesk.db import Store, open_workspace
from itadesk.export.measures_report import COLUMNS, PRESETS
from itadesk.reporting import (
    ReportError,
    ReportRequest,
    office_names,
    prepare_report,
    render_report,
    write_report,
)

from .conftest import EMOJI, LONG_SENTENCES, MARKUP, RARE

SENTENCE_STARTS = [sentence.split(":")[0] + ":" for sentence in LONG_SENTENCES]
"""Each long-cell sentence's start: a sentence may straddle a page break, its start cannot."""

DEMO_REPORTS = [
    ("measures", 2566, "full"),
    ("measures", 2566, "half"),
    ("oit", 2566, "full"),
    ("guidelines", 2566, "full"),
    ("analysis", 2565, "full"),
    ("analysis", 2566, "full"),
]


def write(workspace, tmp_path, kind, year, round_="full", **options):
    store = Store(open_workspace(workspace))
    try:
        out = tmp_path / f"{kind}-{year}-{round_}.pdf"
        return write_report(store, ReportRequest(kind, year, round_, **options), out)
    finally:
        store.close()


def names_of(workspace) -> list[str]:
    store = Store(open_workspace(workspace))
    try:
        return office_names(store)
    finally:
        store.close()


ALL_COLUMNS = tuple(COLUMNS)
VARIANTS = [
    pytest.param({}, id="preset"),
    pytest.param({"thai_digits": False}, id="arabic-digits"),
    pytest.param({"columns": PRESETS["indicators"]}, id="indicators-preset"),
    pytest.param({"columns": ALL_COLUMNS}, id="all-columns"),
]


def text_of(pdf) -> list[str]:
    """Each page's text without whitespace: lines wrap wherever the column ends."""
    return ["".join(page.get_text().split()) for page in pymupdf.open(pdf)]


def squashed(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize(("kind", "year", "round_"), DEMO_REPORTS)
def test_demo_reports_pass_the_thai_checker(demo_path, tmp_path, check_pdf, kind, year, round_):
    store = Store(open_workspace(demo_path))
    expect = [store.agency().full_name]
    if kind == "measures":
        expect += [m.title for m in store.measures(year, round_)][:6]
    if kind == "guidelines":  # measures linked to an IIT or EIT indicator
        expect += [m.title for m in store.measures(year, round_) if any(n <= 8 for n in m.indicators)][:6]
    if kind == "oit":
        expect += [e.progress.splitlines()[0] for e in store.checklist(year).values()][:10]
    keep = office_names(store)
    store.close()
    assert {"หัวเรือ", "กองคลัง", "สำนักปลัด", "หน่วยตรวจสอบภายใน", "กวาปีปทุม"} <= set(keep)
    pdf = write(demo_path, tmp_path, kind, year, round_)
    passed, summary, output = check_pdf(pdf, expect, keep)
    assert passed, output


@pytest.mark.parametrize("options", VARIANTS)
@pytest.mark.parametrize("round_", ["full", "half"])
def test_every_measures_variant_passes_the_checker_with_break_rules(
    demo_path, stress_workspace, tmp_path, check_pdf, options, round_
):
    for workspace, year in ((demo_path, 2566), (stress_workspace, 2567)):
        pdf = write(workspace, tmp_path / workspace.stem, "measures", year, round_, **options)
        passed, summary, output = check_pdf(pdf, keep=names_of(workspace))
        assert passed, output


@pytest.mark.parametrize("kind", ["oit", "guidelines", "analysis"])
def test_other_reports_in_arabic_digits_pass_the_checker(
    demo_path, stress_workspace, tmp_path, check_pdf, kind
):
    for workspace, year in ((demo_path, 2565 if kind == "analysis" else 2566), (stress_workspace, 2567)):
        pdf = write(workspace, tmp_path / workspace.stem, kind, year, thai_digits=False)
        passed, summary, output = check_pdf(pdf, keep=names_of(workspace))
        assert passed, output


def test_a_table_too_wide_for_the_page_continues_in_parts_repeating_its_first_column(demo_path, tmp_path):
    pages = text_of(write(demo_path, tmp_path, "measures", 2566, columns=ALL_COLUMNS))
    joined = "".join(pages)
    assert squashed("ตารางส่วนที่ ๑ จาก ๒") in joined and squashed("ตารางส่วนที่ ๒ จาก ๒") in joined
    second = joined[joined.index(squashed("ตารางส่วนที่ ๒ จาก ๒")) :]
    assert "ลำดับที่" in second and "สถานะ" in second


def test_seed_000_measures_report_has_its_seven_columns_on_every_page(demo_path, tmp_path):
    pages = text_of(write(demo_path, tmp_path, "measures", 2566, "full"))
    assert len(pages) >= 3
    assert "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" in pages[0]
    assert squashed("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖") in pages[0]
    for page in pages:  # the table header repeats on every page
        for header in ("ลำดับที่", "มาตรการ/กิจกรรม", "วิธีดำเนินการ", "ผู้รับผิดชอบ"):
            assert header in page
    assert squashed("- ๒ -") in pages[1]  # Thai official page number from page two


def test_six_month_report_has_the_round_and_recommendations(demo_path, tmp_path):
    first = text_of(write(demo_path, tmp_path, "measures", 2566, "half"))[0]
    assert squashed("(รอบ ๖ เดือน: ๑ ตุลาคม ๒๕๖๕ – ๓๑ มีนาคม ๒๕๖๖)") in first
    assert "ข้อเสนอแนะ" in first
    assert squashed("๑. แนวทางการใช้งบประมาณ") in first


def test_oit_report_prints_checkboxes_and_year_relative_components(demo_path, tmp_path):
    pages = text_of(write(demo_path, tmp_path, "oit", 2566))
    joined = "\n".join(pages)
    assert squashed("ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน") in joined
    assert squashed("☐ ยังไม่ได้ดำเนินการ") in joined and squashed("☑ ดำเนินการ") in joined
    assert squashed("เป็นรายงานผลของปี พ.ศ. ๒๕๖๕") in joined
    assert squashed("ดำเนินการแล้ว ๔๓ ข้อ จากทั้งหมด ๔๓ ข้อ") in joined
    assert "O1โครงสร้าง" in joined and "O๑" not in joined  # item codes print one way


def test_analysis_report_has_seed_003s_numbers(demo_path, tmp_path):
    joined = "\n".join(text_of(write(demo_path, tmp_path, "analysis", 2565)))
    assert squashed("ได้รับผลการประเมิน ITA ๘๐.๖๑ คะแนน") in joined
    assert squashed("ระดับผลการประเมินอยู่ในระดับ B") in joined
    assert "-๑๒.๒๑" in joined  # indicator 9, 2564 → 2565
    assert squashed("เกณฑ์ผ่าน ๘๕ คะแนน") in joined  # the chart's pass line
    assert "ต้องแก้ไขโดยเร่งด่วน" in joined


def test_arabic_digits_on_request(demo_path, tmp_path):
    first = text_of(write(demo_path, tmp_path, "analysis", 2565, thai_digits=False))[0]
    assert "80.61" in first and "๘๐.๖๑" not in first


@pytest.mark.parametrize(
    ("kind", "round_"),
    [
        ("measures", "full"),
        ("measures", "half"),
        ("oit", "full"),
        ("guidelines", "full"),
        ("analysis", "full"),
    ],
)
def test_stress_workspace_reports_pass_the_thai_checker(stress_workspace, tmp_path, check_pdf, kind, round_):
    pdf = write(stress_workspace, tmp_path, kind, 2567, round_)
    keep = names_of(stress_workspace)
    expect = {
        "measures": [MARKUP, *RARE.splitlines(), EMOJI, *SENTENCE_STARTS]
        if round_ == "full"
        else RARE.splitlines(),
        "oit": [MARKUP, *RARE.splitlines(), EMOJI, "https://example.go.th/?a=1&b=<2>"],
        "guidelines": [MARKUP, *SENTENCE_STARTS],
        "analysis": ["ทดสอบ <&> “ยาวมาก”"],
    }[kind]
    passed, summary, output = check_pdf(pdf, expect, keep)
    assert passed, output


def test_a_cell_taller_than_a_page_continues_on_the_next_pages(stress_workspace, tmp_path):
    pages = text_of(write(stress_workspace, tmp_path, "measures", 2567, "full"))
    holding = [i for i, page in enumerate(pages) if "ส่วนตำบลดำเนินการเผยแพร่" in page]
    assert len(holding) >= 2, "the 10,000-character cell should span several pages"
    assert squashed("ประโยคที่ 140:") in pages[holding[-1]]


def test_empty_workspace_reports_say_there_is_no_data(store, workspace_path, tmp_path, check_pdf):
    store.close()
    for kind in ("measures", "analysis", "guidelines", "oit"):
        pdf = write(workspace_path, tmp_path, kind, 2567)
        joined = "\n".join(text_of(pdf))
        if kind != "oit":
            assert "ยังไม่มี" in joined
        passed, _summary, output = check_pdf(pdf)
        assert passed, output


def test_unknown_columns_are_refused_in_thai(demo_path, tmp_path):
    with pytest.raises(ReportError, match="ไม่รู้จักคอลัมน์"):
        write(demo_path, tmp_path, "measures", 2566, columns=("title", "colour"))
    assert not list(tmp_path.glob("*.pdf")), "no half-written report is left behind"


def test_custom_columns(demo_path, tmp_path):
    first = text_of(
        write(demo_path, tmp_path, "measures", 2566, "half", columns=("indicators", "title", "status"))
    )[0]
    assert squashed("ตัวชี้วัดที่ ๒ การใช้งบประมาณ") in first and "อยู่ระหว่างดำเนินการ" in first
    assert "ข้อเสนอแนะ" not in first


def test_fonts_are_subset_not_embedded_whole(demo_path, tmp_path):
    pdf = write(demo_path, tmp_path, "measures", 2566, "half")
    doc = pymupdf.open(pdf)
    embedded = [doc.extract_font(xref) for xref, *_ in {f[0]: f for p in doc for f in p.get_fonts()}.values()]
    assert all(len(font[-1]) < 60_000 for font in embedded)  # Sarabun-Regular.ttf alone is 90 kB
    assert pdf.stat().st_size < 400_000


@pytest.mark.parametrize("kind", ["oit", "measures"])
def test_text_layer_reads_back_exactly_in_an_extractor_that_ignores_actual_text(
    stress_workspace, tmp_path, kind
):
    """pdfminer.six (like pdf.js and search engines) orders glyphs by position and ignores
    /ActualText: ToUnicode alone must give back the exact code points typed — ำ as ำ, not
    ํ + า — so a browser's find for "ดำเนินการ" finds it."""
    from pdfminer.high_level import extract_text

    pdf = write(stress_workspace, tmp_path, kind, 2567)
    extracted = squashed(extract_text(pdf))
    assert "\u0e4d\u0e32" not in extracted  # no decomposed sara am anywhere
    expected = [*RARE.splitlines(), "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "ดำเนินการ", "น้ำใจ", "ก๊ำ"]
    if kind == "measures":
        expected += SENTENCE_STARTS[:5] + ["องค์การบริหารส่วนตำบลดำเนินการเผยแพร่ข้อมูลข่าวสารอย่างต่อเนื่อง"]
    for line in expected:
        assert squashed(line) in extracted, line


@pytest.mark.parametrize(
    ("kind", "year", "sections"), [("oit", 2566, 7), ("analysis", 2565, 6), ("measures", 2566, 0)]
)
def test_pdf_metadata_language_title_bookmarks_fonts_and_permissions(
    demo_path, tmp_path, kind, year, sections
):
    import os

    pdf = write(demo_path, tmp_path, kind, year)
    doc = pymupdf.open(pdf)
    catalog = doc.xref_object(doc.pdf_catalog())
    assert "/Lang (th-TH)" in catalog and "/PageMode /UseOutlines" in catalog
    prefs = doc.xref_get_key(doc.pdf_catalog(), "ViewerPreferences")
    assert "DisplayDocTitle true" in (
        doc.xref_object(int(prefs[1].split()[0])) if prefs[0] == "xref" else prefs[1]
    )
    assert doc.metadata["title"].startswith("รายงาน" if kind != "oit" else "ความก้าวหน้า")
    toc = doc.get_toc()
    assert toc[0][1] == doc.metadata["title"] and toc[0][2] == 1
    assert len(toc) >= 1 + sections
    for _level, title, page in toc[1:]:  # each section's bookmark opens its page
        assert squashed(title)[:20] in text_of(pdf)[page - 1]
    fonts = {f[3] for page in doc for f in page.get_fonts()}
    assert not any("Helvetica" in f for f in fonts) and b"Helvetica" not in pdf.read_bytes()
    umask = os.umask(0)
    os.umask(umask)
    assert pdf.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_row_split_across_pages_continues_with_tor_in_its_number_and_title(demo_path, tmp_path):
    pages = text_of(write(demo_path, tmp_path, "measures", 2566))
    continued = [i for i, page in enumerate(pages) if squashed("(ต่อ)") in page]
    assert continued, "the demo's long measures split across pages"
    for i in continued:
        number = pages[i].split(squashed("(ต่อ)"))[0][-1]
        assert number in "๑๒๓๔๕๖๗๘๙๐", pages[i][:200]  # "๑ (ต่อ)": the number cell says which row


def test_a_paragraph_split_across_pages_keeps_two_lines_on_each_side():
    from itadesk.export.common import CELL
    from itadesk.export.flowables import ThaiParagraph

    text = "\n".join(f"บรรทัดที่ {n} ของข้อความ" for n in range(1, 6))
    paragraph = ThaiParagraph(text, CELL)
    _width, height = paragraph.wrap(300, 1000)
    line = height / 5
    assert paragraph.split(300, line * 1.5) == []  # one line would be left alone
    head, tail = paragraph.split(300, line * 4.5)  # four would fit: one would be carried alone
    assert len(head._lines) == 3 and len(tail._lines) == 2


@pytest.mark.parametrize(
    ("kind", "year"), [("oit", 2566), ("measures", 2566), ("guidelines", 2566), ("analysis", 2565)]
)
def test_the_as_of_line_never_stands_alone_on_a_page(demo_path, tmp_path, kind, year):
    pages = text_of(write(demo_path, tmp_path, kind, year))
    last = pages[-1]
    assert squashed("ข้อมูล ณ วันที่") in last
    before = last.split(squashed("ข้อมูล ณ วันที่"))[0]
    assert len(before) > 60, "the page holds more than the header and the date line"


def test_guidelines_report_lists_only_the_chosen_rounds_measures(demo_path, tmp_path):
    store = Store(open_workspace(demo_path))
    linked = {
        r: [m.title for m in store.measures(2566, r) if any(n <= 8 for n in m.indicators)]
        for r in ("full", "half")
    }
    store.close()
    only_half = [t for t in linked["half"] if t not in linked["full"]]
    only_full = [t for t in linked["full"] if t not in linked["half"]]
    assert only_half and only_full, "the demo links measures of both rounds to IIT/EIT indicators"
    annual = "".join(text_of(write(demo_path, tmp_path, "guidelines", 2566)))
    assert squashed(only_full[0]) in annual and squashed(only_half[0]) not in annual
    half = "".join(text_of(write(demo_path, tmp_path, "guidelines", 2566, "half")))
    assert squashed(only_half[0]) in half and squashed(only_full[0]) not in half
    assert squashed("รอบ ๖ เดือน") in half


@pytest.mark.parametrize("kind", ["oit", "analysis", "oit-links", "poster-eit"])
def test_a_six_month_round_is_refused_for_a_report_without_rounds(demo_path, tmp_path, kind):
    with pytest.raises(ReportError, match="ไม่มีรอบ ๖ เดือน"):
        write(demo_path, tmp_path, kind, 2566, "half")
    assert not list(tmp_path.glob("*.pdf"))


def test_a_years_analysis_draws_the_total_trend_only_up_to_that_year(demo_path):
    store = Store(open_workspace(demo_path))
    try:
        assert max(store.years()) > 2565, "the demo holds a later year"
        trend = prepare_report(store, ReportRequest("analysis", 2565)).data.trend
    finally:
        store.close()
    assert [p.year for p in trend] == [2564, 2565]


def test_an_analysis_of_a_year_without_indicator_scores_says_so(demo_path, tmp_path, check_pdf):
    store = Store(open_workspace(demo_path))
    try:
        prepared = prepare_report(store, ReportRequest("analysis", 2566))
    finally:
        store.close()
    data = dataclasses.replace(prepared.data, scores={}, official_total=80.0)
    pdf = render_report(dataclasses.replace(prepared, data=data), tmp_path / "no-scores.pdf")
    text = "".join(text_of(pdf))
    assert "ได้–คะแนน" not in text
    assert text.count("ยังไม่มีคะแนนรายตัวชี้วัด") == 1  # said once, no table or chart of blanks
    assert "แนวโน้มผลการประเมินรายตัวชี้วัด" not in text
    assert text.count("ยังไม่มีคะแนน") == 1 + 3  # and once per tool in the analysis table
    passed, summary, output = check_pdf(pdf, keep=list(prepared.names))
    assert passed, output


@pytest.mark.parametrize(
    ("kind", "empty_note"),
    [
        ("measures", "ยังไม่มีข้อมูลมาตรการประจำปีของปีงบประมาณ"),
        ("guidelines", "ยังไม่มีแนวทางที่เชื่อมกับตัวชี้วัดของ IIT และ EIT"),
    ],
)
def test_a_report_without_measures_says_so_once_without_an_intro(
    demo_path, tmp_path, check_pdf, kind, empty_note
):
    store = Store(open_workspace(demo_path))
    try:
        prepared = prepare_report(store, ReportRequest(kind, 2566))
    finally:
        store.close()
    empty = dataclasses.replace(prepared, data=dataclasses.replace(prepared.data, measures=[]))
    pdf = render_report(empty, tmp_path / f"{kind}-empty.pdf")
    text = "".join(text_of(pdf))
    assert text.count(squashed(empty_note)) == 1
    assert "ดังนี้" not in text
    assert "ประเด็นการประเมิน" not in text
    passed, summary, output = check_pdf(pdf, keep=list(prepared.names))
    assert passed, output


def test_a_page_never_opens_with_an_empty_sliver_of_the_row_before():
    """When a row all but fits at the foot of a page, ReportLab's split inside it can leave
    nothing of it for the next page: an empty ruled sliver under the repeated header (seen
    in the demo's 2566 OIT report). Swept over every page-foot height, the row that goes on
    always carries lines of its own, or the split falls between the rows."""
    from itadesk.export.common import table

    rows = [
        [f"O{n}", "\n".join(f"องค์ประกอบที่ {k} ของข้อ {n}" for k in range(1, 2 + n % 4))] for n in range(1, 8)
    ]
    for height in range(40, 400, 3):
        parts = table(["ข้อ", "องค์ประกอบด้านข้อมูล"], rows, [60, 300]).split(360, height)
        if len(parts) == 3:
            head, _break, tail = parts
            assert any(tail._cellvalues[tail.repeatRows]), height


def test_the_analysis_report_never_talks_about_the_program(demo_path, tmp_path):
    """2565's checklist was never filled in: the window says so, the report says nothing
    item by item, even in a cell the office edited around the window's hint."""
    from itadesk.analysis import CHECKLIST_NOT_USED

    store = Store(open_workspace(demo_path))
    try:
        prepared = prepare_report(store, ReportRequest("analysis", 2565))
        window_draft = store.analysis_draft(2565)[("OIT", "urgent")]
    finally:
        store.close()
    assert CHECKLIST_NOT_USED in window_draft
    text = "".join(text_of(render_report(prepared, tmp_path / "a.pdf")))
    assert "โปรแกรม" not in text and squashed(CHECKLIST_NOT_USED) not in text
    assert text.count(squashed("ต่ำกว่าเกณฑ์ ๘๕ คะแนน ต้องแก้ไขโดยเร่งด่วน")) == 2  # indicators 9 and 10
    edited = {("OIT", "urgent"): f"{window_draft}\nเร่งเผยแพร่ข้อมูลให้ครบทุกข้อ"}
    data = dataclasses.replace(prepared.data, texts=edited)
    text = "".join(text_of(render_report(dataclasses.replace(prepared, data=data), tmp_path / "b.pdf")))
    assert "เร่งเผยแพร่ข้อมูลให้ครบทุกข้อ" in text and "โปรแกรม" not in text


def test_the_ranking_and_the_line_summing_it_up_share_a_page(demo_path, tmp_path):
    pages = text_of(write(demo_path, tmp_path, "analysis", 2565))
    summary = squashed("คะแนนสูงสุด ๑๐๐.๐๐ คะแนน คะแนนต่ำสุด ๓๗.๕๐ คะแนน")
    with_summary = [i for i, page in enumerate(pages) if summary in page]
    with_ranking = [i for i, page in enumerate(pages) if "คะแนนสูงสุดรายตัวชี้วัด" in page and "อันดับ" in page]
    assert with_summary == with_ranking and len(with_summary) == 1


def test_a_table_parts_caption_goes_to_the_next_page_with_its_table(demo_path, tmp_path):
    """ "ตารางส่วนที่ ๑ จาก ๒" with no room under it for the table's header and first lines
    moves on with its table instead of standing alone at the foot of the page."""
    from reportlab.platypus import Spacer, Table

    from itadesk.export import analysis_report
    from itadesk.export.common import Numbers, begin, scaled, tables
    from itadesk.export.linebreak import office_names as keeping_whole
    from itadesk.records import Agency

    store = Store(open_workspace(demo_path))
    try:
        plan, names = store.measures(2566, "full")[1:3], office_names(store)
    finally:
        store.close()
    header = ("มาตรการ/แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "การติดตามผล")
    rows = [[m.title, m.steps, m.responsible, m.period, analysis_report.FOLLOW_UP] for m in plan]
    pdf = tmp_path / "parts.pdf"
    with keeping_whole(names):  # as a report is written: the office's names unbroken
        doc, _headline = begin(pdf, ["ทดสอบ"], Agency(), orientation="portrait", numbers=Numbers())
        parts = tables(header, rows, scaled((2.2, 3.2, 1.5, 1.4, 2), doc.width))
        assert len([p for p in parts if isinstance(p, Table)]) == 2, (
            "the table comes in two parts, each under its caption"
        )
        filler = Spacer(1, doc.height - 100)  # room for the caption, not for the table's header under it
        doc.build([filler, *parts])
    pages = text_of(pdf)
    caption = squashed("ตารางส่วนที่ ๑ จาก ๒")
    assert caption not in pages[0]
    part = pages[1][pages[1].index(caption) :]
    assert part.startswith(caption + "มาตรการ/แนวทาง") and squashed(plan[0].title) in part


def test_the_analysis_plan_lists_one_rounds_measures_with_their_follow_up(demo_path, tmp_path):
    """The plan for 2566 lists the full-year measures, not their six-month versions as
    well; its การติดตามผล column says how results are followed up (seed 003), never a
    measure's ข้อเสนอแนะ. A year with six-month measures only lists those."""
    from itadesk.export.analysis_report import FOLLOW_UP

    store = Store(open_workspace(demo_path))
    try:
        prepared = prepare_report(store, ReportRequest("analysis", 2565))
        full, half = store.measures(2566, "full"), store.measures(2566, "half")
    finally:
        store.close()
    assert full and half and all(m.recommendation for m in half)
    text = "".join(text_of(render_report(prepared, tmp_path / "a.pdf")))
    plan = text.split(squashed("ในปีงบประมาณ พ.ศ. ๒๕๖๖"))[1]
    assert all(squashed(m.title) in plan for m in full)
    full_texts = squashed("".join(m.title + m.steps for m in full))
    own = [m.title for m in half if squashed(m.title) not in full_texts]  # not part of a full-year text
    assert len(own) > 6 and not [title for title in own if squashed(title) in plan]
    assert not [m.recommendation for m in half if squashed(m.recommendation.splitlines()[0]) in plan]
    assert plan.count(squashed(FOLLOW_UP)) == len(full)
    only_half = dataclasses.replace(prepared.data, plan=half)
    text = "".join(text_of(render_report(dataclasses.replace(prepared, data=only_half), tmp_path / "h.pdf")))
    plan = text.split(squashed("ในปีงบประมาณ พ.ศ. ๒๕๖๖"))[1]
    assert all(squashed(m.title) in plan for m in half)
    assert not [m.recommendation for m in half if squashed(m.recommendation.splitlines()[0]) in plan]


def test_guidelines_print_each_indicator_once_with_all_its_measures(demo_path, tmp_path):
    """Indicators 4 and 8 each have two full-year measures (seed 000's measure and its
    guideline): one row each, the measures numbered (๑), (๒) alike in every column; a
    measure's output and outcome read as two lists under their own headings."""
    store = Store(open_workspace(demo_path))
    try:
        measures = store.measures(2566, "full")
        framework = store.framework(2566)
    finally:
        store.close()
    text = "".join(text_of(write(demo_path, tmp_path, "guidelines", 2566)))
    for number in range(1, 9):
        label = squashed(f"ตัวชี้วัดที่ {'๑๒๓๔๕๖๗๘'[number - 1]} {framework.indicator(number).name}")
        linked = [m for m in measures if number in m.indicators]
        quoted = sum(squashed(m.steps).count(label) for m in measures)  # "จากผลการประเมิน ITA ตัวชี้วัดที่ ๔ …"
        assert text.count(label) == 1 + quoted, number
        assert all(squashed(m.title) in text for m in linked)
        if len(linked) == 2:
            assert f"(๑){squashed(linked[0].title)}" in text and f"(๒){squashed(linked[1].title)}" in text
    both = next(m for m in measures if m.output and m.outcome and min(m.indicators) <= 8)
    at = text.index(squashed(both.output.splitlines()[0]))
    assert text[at - len("ผลการดำเนินการ") : at] == "ผลการดำเนินการ"
    assert "ผลลัพธ์" + squashed(both.outcome.splitlines()[0]) in text


def test_a_paragraph_of_a_cell_split_across_pages_keeps_two_lines_on_each_side():
    """A cell holds several paragraphs (its source lines): the one a page break falls in
    leaves no single line alone either (analysis p.4 began with "ให้ดียิ่งขึ้น", the last
    line of an item whose other lines stayed on p.3)."""
    from itadesk.export.common import CELL
    from itadesk.export.flowables import ThaiParagraph

    item = "- ตัวชี้วัดที่ ๓ การใช้อำนาจ ได้ ๙๙.๙๑ คะแนน ผ่านเกณฑ์ ควรรักษามาตรฐานและพัฒนาให้ดียิ่งขึ้น"
    paragraph = ThaiParagraph(f"{item}\n{item}\n{item}", CELL)
    paragraph.wrap(180, 10000)
    lines = paragraph._layout(180)
    starts = [i for i, line in enumerate(lines) if i == 0 or line.opens_paragraph]
    assert starts[1] >= 3, "each item takes three lines or more"
    room = sum(paragraph._line_height(line, i) for i, line in enumerate(lines[: starts[2] - 1])) + 1
    head, tail = paragraph.split(180, room)  # all of the second item but its last line would fit
    # The item keeps two lines on each side, or (three lines long) goes on whole.
    expected = starts[2] - 2 if starts[2] - 2 - starts[1] >= 2 else starts[1]
    assert len(head._lines) == expected < starts[2] - 1
    assert len(head._lines) + len(tail._lines) == len(lines)


@pytest.mark.parametrize(
    ("kind", "year", "headings"),
    [("oit", 2566, ["ตัวชี้วัดย่อยที่"]), ("analysis", 2565, ["แนวทางการนำผลการวิเคราะห์", "การวิเคราะห์ผลการประเมิน"])],
)
def test_a_heading_never_stands_alone_at_the_foot_of_a_page(demo_path, tmp_path, kind, year, headings):
    """Seen in the demo: ตัวชี้วัดย่อยที่ ๙.๒ as the last line of the OIT report's p. 3 with its
    table on p. 4, and the analysis's plan heading above a quarter page left blank."""
    pdf = pymupdf.open(write(demo_path, tmp_path, kind, year))
    for page in pdf:
        lines = [
            "".join(span["text"] for span in line["spans"]).strip()
            for block in page.get_text("dict")["blocks"]
            for line in block.get("lines", [])
        ]
        body = [line for line in lines if line and "·" not in line]  # the running footer aside
        foot = "".join(body[-2:])  # a heading may take two lines
        assert not any(h in foot for h in headings), (page.number + 1, body[-2:])


def test_a_measure_cell_left_empty_prints_a_dash(store, workspace_path, tmp_path):
    """Rows ๔–๑๑ of the demo's 2566 report had nothing under ผลลัพธ์: a reader could not
    tell "not filled in" from a cell lost in printing."""
    from itadesk.records import Agency

    store.set_agency(Agency(name="หัวเรือ"))
    store.add_measure(2567, title="มาตรการที่ยังไม่มีผล", steps="ประชุม", period="ตลอดปี", responsible="สำนักปลัด")
    pdf = write(workspace_path, tmp_path, "measures", 2567)
    text = pymupdf.open(pdf)[0].get_text()
    assert "มาตรการที่ยังไม่มีผล" in squashed(text)
    assert text.count("–") >= 2  # ผลการดำเนินการ and ผลลัพธ์, left empty
