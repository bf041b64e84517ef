"""The Word copy of every report: the PDF's text, read back with python-docx; header rows
that repeat on every page; the PDF's page (landscape for the measures report, margins,
page numbers from page 2); Sarabun named for complex script and embedded; and LibreOffice
opening each demo report and printing it without a missing glyph or a missing line."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import uuid
from collections import Counter
from pathlib import Path

import docx
import pymupdf
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.table import _Cell
from reportlab.platypus import KeepTogether, Table, TableStyle

from itadesk.db import Store, open_workspace
from itadesk.errors import Cancelled
from itadesk.export import docx_fonts
from itadesk.export.common import BODY, HEADER_FILL, ReportTable, para
from itadesk.export.document import MARGINS, ReportDocument
from itadesk.export.docx_breaks import NO_BREAK_SPACE, WORD_JOINER
from itadesk.export.docx_writer import DocxDocument
from itadesk.export.flowables import ThaiParagraph
from itadesk.paths import fonts_dir
from itadesk.reporting import (
    ReportError,
    ReportRequest,
    office_names,
    prepare_report,
    render_report,
    write_report,
)

from .conftest import CHECKER
from .test_reports import DEMO_REPORTS as PDF_REPORTS

DEMO_REPORTS = [*PDF_REPORTS, ("oit-links", 2566, "full")]
POINT = 12700  # EMU


def write(workspace, out: Path, kind, year, round_="full", **options) -> Path:
    store = Store(open_workspace(workspace))
    try:
        return write_report(store, ReportRequest(kind, year, round_, **options), out)
    finally:
        store.close()


def squashed(text: str) -> str:
    """The letters without whitespace (no-break spaces too) and the invisible word joiners."""
    return "".join(plain(text).split())


def plain(text: str) -> str:
    """The text as a reader sees it: the word joiners inside names (invisible) left out,
    no-break spaces as spaces."""
    return text.replace(WORD_JOINER, "").replace(NO_BREAK_SPACE, " ")


def _story_paragraphs(flowables):
    for f in flowables:
        if isinstance(f, ThaiParagraph):
            yield f
        elif isinstance(f, list | tuple):
            yield from _story_paragraphs(f)
        elif isinstance(f, KeepTogether):
            yield from _story_paragraphs(f._content)
        elif isinstance(f, Table):
            for row in f._cellvalues:
                yield from _story_paragraphs(row)


def pdf_text(monkeypatch, workspace, out: Path, kind, year, round_="full") -> Counter:
    """The characters of the text the PDF's paragraphs print, each paragraph once: a header
    row repeated on later pages and a split row's "(ต่อ)" are the PDF's, not the content."""
    story_ids, drawn = set(), {}
    build, draw = ReportDocument.build, ThaiParagraph.draw

    def recording_build(self, story, *args, **kwargs):
        story_ids.update(id(p) for p in _story_paragraphs(story))
        return build(self, story, *args, **kwargs)

    def recording_draw(self):
        drawn[id(self)] = self
        return draw(self)

    with monkeypatch.context() as patch:
        patch.setattr(ReportDocument, "build", recording_build)
        patch.setattr(ThaiParagraph, "draw", recording_draw)
        write(workspace, out, kind, year, round_)
    printed = [
        p
        for p in drawn.values()
        if (p._is_part or id(p) in story_ids) and not p.text.endswith(ReportTable.CONTINUED.strip())
    ]
    return Counter("".join(squashed(line.text) for p in printed for line in p._lines))


def _cells(table):
    """Each Word cell once (a merged cell spans several grid columns but is one w:tc)."""
    for row in table.rows:
        for tc in row._tr.tc_lst:
            yield _Cell(tc, table)


def docx_paragraphs(document) -> list[str]:
    """Every paragraph's text, body and table cells (nested tables too), in order."""
    out = []

    def walk(paragraphs, tables):
        out.extend(p.text for p in paragraphs)
        for table in tables:
            for cell in _cells(table):
                walk(cell.paragraphs, cell.tables)

    walk(document.paragraphs, document.tables)
    return out


@pytest.mark.parametrize(("kind", "year", "round_"), DEMO_REPORTS)
def test_the_word_copy_has_the_text_of_the_pdf(demo_path, tmp_path, monkeypatch, kind, year, round_):
    printed = pdf_text(monkeypatch, demo_path, tmp_path / "r.pdf", kind, year, round_)
    document = docx.Document(write(demo_path, tmp_path / "r.docx", kind, year, round_))
    words = Counter("".join(squashed(p) for p in docx_paragraphs(document)))
    assert words == printed, (words - printed, printed - words)
    assert sum(printed.values()) > 500


@pytest.mark.parametrize("kind", ["measures", "guidelines", "oit", "analysis"])
def test_the_stress_workspace_comes_through_whole(stress_workspace, tmp_path, monkeypatch, kind):
    """Markup characters, rare mark stacks, emoji and a cell of 140 lines longer than a page."""
    printed = pdf_text(monkeypatch, stress_workspace, tmp_path / "r.pdf", kind, 2567)
    document = docx.Document(write(stress_workspace, tmp_path / "r.docx", kind, 2567))
    words = Counter("".join(squashed(p) for p in docx_paragraphs(document)))
    assert words == printed, (words - printed, printed - words)


def test_control_characters_a_stored_text_holds_are_left_out_of_the_word_file(store, tmp_path):
    store.add_measure(2567, title="มาตรการ\x0bที่\x01หนึ่ง", steps="ขั้นตอน\x1f")
    out = write_report(store, ReportRequest("measures", 2567), tmp_path / "m.docx")
    cells = [c.text for c in docx.Document(out).tables[0].rows[1].cells]
    assert cells[1:3] == ["มาตรการที่หนึ่ง", "ขั้นตอน"]


def test_a_cancelled_word_report_leaves_no_file(demo_path, tmp_path):
    store = Store(open_workspace(demo_path))
    try:
        prepared = prepare_report(store, ReportRequest("analysis", 2565))
    finally:
        store.close()
    calls = []

    def cancel(page):
        calls.append(page)
        if len(calls) > 1:
            raise Cancelled

    with pytest.raises(Cancelled):
        render_report(prepared, tmp_path / "a.docx", cancel)
    assert not list(tmp_path.glob("*.docx")) and not list(tmp_path.glob(".a-*"))


def test_a_cell_with_several_lines_is_one_word_paragraph_per_line(demo_path, tmp_path):
    document = docx.Document(write(demo_path, tmp_path / "oit.docx", "oit", 2566))
    table = document.tables[0]
    progress = [p.text for p in table.rows[1].cells[4].paragraphs]
    assert progress[:2] == ["☐ ยังไม่ได้ดำเนินการ", "☑ ดำเนินการ"]
    assert all("\n" not in p for p in docx_paragraphs(document))


def test_header_rows_repeat_on_every_page_at_the_pdfs_column_widths(demo_path, tmp_path):
    document = docx.Document(write(demo_path, tmp_path / "m.docx", "measures", 2566))
    table = document.tables[0]
    header = table.rows[0]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr is None or row._tr.trPr.find(qn("w:tblHeader")) is None for row in table.rows[1:])
    assert [c.text for c in header.cells][:3] == ["ลำดับที่", "มาตรการ/กิจกรรม", "วิธีดำเนินการ"]
    shading = header.cells[0]._tc.tcPr.find(qn("w:shd"))
    assert shading.get(qn("w:fill")) == "".join(
        f"{round(v * 255):02X}" for v in (HEADER_FILL.red, HEADER_FILL.green, HEADER_FILL.blue)
    )
    assert table._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    left, right, _top, _bottom = MARGINS["landscape"]
    widths = [int(c.get(qn("w:w"))) / 20 for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert abs(sum(widths) - (841.89 - left - right)) < 2
    assert widths[0] < widths[2], "the number column is narrower than the steps, as in the PDF"
    rule = table.rows[1].cells[0]._tc.tcPr.find(qn("w:tcBorders")).find(qn("w:top"))
    assert rule.get(qn("w:val")) == "single"


def test_the_measures_report_is_an_a4_landscape_page_with_the_pdfs_margins_and_numbers(demo_path, tmp_path):
    document = docx.Document(write(demo_path, tmp_path / "m.docx", "measures", 2566))
    (section,) = document.sections
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert round(section.page_width.mm) == 297 and round(section.page_height.mm) == 210
    left, right, top, bottom = MARGINS["landscape"]
    assert [round(m / POINT, 1) for m in (section.left_margin, section.right_margin)] == [
        round(left, 1),
        round(right, 1),
    ]
    assert round(section.top_margin / POINT, 1) == round(top, 1)
    assert round(section.bottom_margin / POINT, 1) == round(bottom, 1)
    assert section.different_first_page_header_footer
    assert section.first_page_header.paragraphs[0].text == ""
    header = section.header.paragraphs[0]._p
    assert "".join(header.itertext()).replace(" ", "").startswith("-")
    assert [t.text.strip() for t in header.iter(qn("w:instrText"))] == ["PAGE"]
    assert section._sectPr.find(qn("w:pgNumType")).get(qn("w:fmt")) == "thaiNumbers"
    footer = section.footer.paragraphs[0].text
    assert footer.startswith("องค์การบริหารส่วนตำบลหัวเรือ · รายงานผลการดำเนินการตามมาตรการ")
    assert section.first_page_footer.paragraphs[0].text == footer
    portrait = docx.Document(write(demo_path, tmp_path / "a.docx", "analysis", 2565, thai_digits=False))
    section = portrait.sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT and round(section.page_width.mm) == 210
    assert round(section.left_margin / POINT, 1) == round(MARGINS["portrait"][0], 1)
    assert section._sectPr.find(qn("w:pgNumType")) is None, "Arabic digits: decimal page numbers"


def _font_of(run, defaults) -> dict[str, str]:
    fonts = run._r.rPr.find(qn("w:rFonts")) if run._r.rPr is not None else None
    fonts = fonts if fonts is not None else defaults
    return {k.split("}")[1]: v for k, v in fonts.attrib.items()}


def test_thai_is_set_in_sarabun_as_complex_script_with_thai_language_and_sizes(demo_path, tmp_path):
    document = docx.Document(write(demo_path, tmp_path / "g.docx", "guidelines", 2566))
    defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    default_fonts = defaults.find(qn("w:rFonts"))
    assert {k.split("}")[1]: v for k, v in default_fonts.attrib.items()} == dict.fromkeys(
        ("ascii", "hAnsi", "eastAsia", "cs"), "Sarabun"
    ), "named for every script, no theme font to override it"
    assert defaults.find(qn("w:lang")).get(qn("w:bidi")) == "th-TH"
    runs = [r for p in document.paragraphs for r in p.runs] + [
        r for t in document.tables for c in _cells(t) for p in c.paragraphs for r in p.runs
    ]
    thai = [r for r in runs if any("\u0e00" <= ch <= "\u0e7f" for ch in r.text)]
    assert thai and all(_font_of(r, default_fonts)["cs"] == "Sarabun" for r in thai)
    for run in thai:
        rpr = run._r.rPr
        assert rpr.find(qn("w:szCs")).get(qn("w:val")) == rpr.find(qn("w:sz")).get(qn("w:val"))
        assert (rpr.find(qn("w:b")) is None) == (rpr.find(qn("w:bCs")) is None)
    boxes = [r for r in runs if "☐" in r.text or "☑" in r.text]
    assert boxes and all(_font_of(r, default_fonts)["cs"] == "DejaVu Sans" for r in boxes)
    assert all(set(r.text) <= {"☐", "☑", " "} for r in boxes), "only the symbols leave Sarabun"


def _embedded(document) -> dict[tuple[str, str], bytes]:
    """(family, embed tag) → the font file, de-obfuscated with its key as Word does."""
    table_part = next(r.target_part for r in document.part.rels.values() if r.reltype.endswith("/fontTable"))
    table = docx.oxml.parse_xml(table_part.blob)
    out = {}
    for font in table.findall(qn("w:font")):
        for embed in font:
            if embed.tag.split("}")[1].startswith("embed"):
                part = table_part.rels[embed.get(qn("r:id"))].target_part
                assert part.content_type == docx_fonts.OBFUSCATED_FONT
                key = uuid.UUID(embed.get(qn("w:fontKey")).strip("{}"))
                data = docx_fonts.obfuscated(part.blob, key)  # XOR both ways
                out[(font.get(qn("w:name")), embed.tag.split("}")[1])] = data
    return out


def test_sarabun_is_embedded_whole_and_the_symbols_as_a_subset(demo_path, tmp_path):
    document = docx.Document(write(demo_path, tmp_path / "o.docx", "oit", 2566))
    embedded = _embedded(document)
    assert embedded[("Sarabun", "embedRegular")] == (fonts_dir() / "Sarabun-Regular.ttf").read_bytes()
    assert embedded[("Sarabun", "embedBold")] == (fonts_dir() / "Sarabun-Bold.ttf").read_bytes()
    symbols = embedded[("DejaVu Sans", "embedRegular")]
    assert len(symbols) < 50_000 and symbols[:4] == b"\x00\x01\x00\x00"
    face = pymupdf.Font(fontbuffer=symbols)
    assert face.has_glyph(ord("☐")) and face.has_glyph(ord("☑")) and not face.has_glyph(ord("Q"))
    assert document.settings.element.find(qn("w:embedTrueTypeFonts")) is not None


def test_document_properties_name_the_report_the_agency_and_thai(demo_path, tmp_path):
    document = docx.Document(write(demo_path, tmp_path / "a.docx", "analysis", 2565))
    props = document.core_properties
    assert props.title.startswith("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส")
    assert props.author == "องค์การบริหารส่วนตำบลหัวเรือ" and props.language == "th-TH"
    headings = [
        p.text
        for p in document.paragraphs
        if p._p.pPr is not None and p._p.pPr.find(qn("w:outlineLvl")) is not None
    ]
    assert "คะแนนสูงสุดรายตัวชี้วัด" in headings and "คะแนนรวมรายปี" in headings
    pictures = list(document.element.body.iter(qn("wp:docPr")))
    assert [p.get("descr") for p in pictures] == [
        "แนวโน้มผลการประเมินรายตัวชี้วัด",
        "คะแนนรวมรายปี",
    ], "each chart is a picture described by its heading"
    assert len(document.inline_shapes) == 2 and document.inline_shapes[0].width > 400 * POINT


def test_a_borderless_table_of_paragraphs_stays_borderless(tmp_path):
    """A signature block: an ordinary Table of ThaiParagraphs without rules."""
    out = tmp_path / "sign.docx"
    doc = DocxDocument(out, title="ทดสอบ", agency="อบต.ทดสอบ")
    block = Table(
        [
            ["", [para("(ลงชื่อ) ............................", BODY.but(align="center"))]],
            ["", [para("(นายสมชาย ใจดี)\nนายกองค์การบริหารส่วนตำบล", BODY.but(align="center"))]],
        ],
        colWidths=[200, 200],
    )
    ruled = Table([["ก", "ข"]], colWidths=[100, 100])
    ruled.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, "black")]))
    doc.build([para("เนื้อหา"), block, ruled])
    document = docx.Document(out)
    sign, boxed = document.tables
    assert [p.text for p in sign.rows[1].cells[1].paragraphs] == ["(นายสมชาย ใจดี)", "นายกองค์การบริหารส่วนตำบล"]
    assert sign.rows[0].cells[1].paragraphs[0].alignment == 1  # centred
    for side in sign._tbl.tblPr.find(qn("w:tblBorders")):
        assert side.get(qn("w:val")) == "nil"
    assert all(c._tc.tcPr.find(qn("w:tcBorders")) is None for c in _cells(sign))
    left = boxed.rows[0].cells[0]._tc.tcPr.find(qn("w:tcBorders"))
    assert left.find(qn("w:left")).get(qn("w:val")) == "single"
    assert left.find(qn("w:right")).get(qn("w:val")) == "nil", "BOX: no rule between the cells"
    assert left.find(qn("w:top")).get(qn("w:sz")) == "8"


def test_a_poster_or_another_format_is_refused_in_thai(demo_path, tmp_path):
    out = tmp_path / "out"
    with pytest.raises(ReportError, match="เขียนเป็น PDF ได้เท่านั้น"):
        write(demo_path, out / "p.docx", "poster-eit", 2566)
    with pytest.raises(ReportError, match="ต้องลงท้ายด้วย .pdf หรือ .docx"):
        write(demo_path, out / "r.odt", "oit", 2566)
    assert not out.exists()


FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{fonts}</dir><cachedir>{cache}</cachedir></fontconfig>
"""


@pytest.fixture(scope="module")
def soffice(tmp_path_factory):
    """LibreOffice's converter, seeing no font of this machine: only a copy of DejaVu Sans
    (LibreOffice refuses to start with none), so Sarabun can only come from the file."""
    program = shutil.which("soffice")
    assert program, "LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui"
    root = tmp_path_factory.mktemp("libreoffice")
    (root / "fonts").mkdir()
    shutil.copy(fonts_dir() / "DejaVuSans.ttf", root / "fonts")
    conf = root / "fonts.conf"
    conf.write_text(FONTS_CONF.format(fonts=root / "fonts", cache=root / "cache"), encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": str(root)}

    def convert(files: list[Path], out: Path) -> None:
        args = [program, f"-env:UserInstallation={(root / 'profile').as_uri()}", "--headless"]
        args += ["--convert-to", "pdf", "--outdir", str(out), *map(str, files)]
        subprocess.run(args, env=env, check=True, capture_output=True, timeout=240)

    return convert


def checked(pdf: Path, keep: list[str]) -> dict:
    """The shared checker's counts and examples (its --json result)."""
    keep_file = pdf.with_suffix(".keep.json")
    keep_file.write_text(json.dumps(keep, ensure_ascii=False), encoding="utf-8")
    args = [sys.executable, str(CHECKER), str(pdf), "--keep", str(keep_file), "--json"]
    result = subprocess.run(args, capture_output=True, text=True, encoding="utf-8")
    assert result.returncode in (0, 1), result.stderr
    return json.JSONDecoder().raw_decode(result.stdout)[0]  # the summary line follows


def characters(text: str) -> Counter:
    """Letters without whitespace, sara am as its two parts (extractors give either)."""
    return Counter(squashed(unicodedata.normalize("NFKD", plain(text))))


def page_body_text(pdf: Path, margins) -> list[str]:
    """Each page's text inside the margins: the page number and footer left out."""
    _left, _right, top, bottom = margins
    out = []
    for page in pymupdf.open(pdf):
        body = pymupdf.Rect(0, top - 1, page.rect.width, page.rect.height - bottom + 1)
        out.append(page.get_text(clip=body))
    return out


def test_libreoffice_prints_every_word_copy_without_tofu_or_missing_text(demo_path, tmp_path, soffice):
    """LibreOffice breaks Thai lines with its own dictionary: the checker's midword and
    breakrule counts judge that, not ITADesk, and are not asserted here."""
    store = Store(open_workspace(demo_path))
    keep = office_names(store)
    store.close()
    files = [write(demo_path, tmp_path / f"{k}-{y}-{r}.docx", k, y, r) for k, y, r in DEMO_REPORTS]
    soffice(files, tmp_path / "pdf")
    for file, (kind, _year, _round) in zip(files, DEMO_REPORTS, strict=True):
        pdf = tmp_path / "pdf" / file.with_suffix(".pdf").name
        counts = checked(pdf, keep)["counts"]
        assert counts["tofu"] == 0 and counts["roundtrip"] == 0, (file.name, counts)
        document = docx.Document(file)
        wanted = characters("".join(docx_paragraphs(document)))
        orientation = "landscape" if kind in ("measures", "oit", "guidelines", "oit-links") else "portrait"
        pages = page_body_text(pdf, MARGINS[orientation])
        printed = characters("".join(pages))
        assert not wanted - printed, (file.name, wanted - printed)
        # What is printed beyond the content is the header rows LibreOffice repeats.
        headers = Counter()
        for table in document.tables:
            headers += characters("".join(c.text for c in table.rows[0].cells))
        repeated = Counter({char: n * len(pages) for char, n in headers.items()})
        assert not (printed - wanted) - repeated, (file.name, printed - wanted)
        fonts = {f[3].split("+")[-1] for page in pymupdf.open(pdf) for f in page.get_fonts()}
        assert {"Sarabun-Regular", "Sarabun-Bold"} <= fonts, "the embedded Sarabun, not a stand-in"


def test_the_word_copy_carries_the_signature_block_as_a_borderless_table(demo_path, tmp_path, soffice):
    """The signers as the PDF prints them: a borderless Word table under the closing line,
    kept in the last table's footer row; LibreOffice prints every name without a missing glyph."""
    from itadesk.db.signers import set_signers
    from itadesk.signing import Signers

    names = {
        "reporter": ("นางสาวสมศรี ใจดี", "นักวิเคราะห์นโยบายและแผน"),
        "executive": ("นายประเสริฐ มั่นคง", "นายกองค์การบริหารส่วนตำบลหัวเรือ"),
    }
    store = Store(open_workspace(demo_path))
    set_signers(store, Signers.of(**names))
    keep = office_names(store)
    store.close()
    files = [
        write(demo_path, tmp_path / "measures.docx", "measures", 2566),
        write(demo_path, tmp_path / "analysis.docx", "analysis", 2565),
    ]
    for file in files:
        document = docx.Document(file)
        footer = document.tables[-1].rows[-1].cells[0]
        (block,) = footer.tables
        texts = [plain(p.text) for cell in _cells(block) for p in cell.paragraphs]
        for name, position in names.values():
            assert f"({name})" in texts and f"ตำแหน่ง {position}" in texts
        assert sum(t.startswith("ลงชื่อ ") for t in texts) == 3 and texts[0].startswith("ข้อมูล ณ วันที่")
        for side in block._tbl.tblPr.find(qn("w:tblBorders")):
            assert side.get(qn("w:val")) == "nil"
        assert all(c._tc.tcPr is None or c._tc.tcPr.find(qn("w:tcBorders")) is None for c in _cells(block))
    soffice(files, tmp_path / "pdf")
    for file in files:
        pdf = tmp_path / "pdf" / file.with_suffix(".pdf").name
        assert checked(pdf, keep)["counts"]["tofu"] == 0
        last = squashed(pymupdf.open(pdf)[-1].get_text())
        for name, position in names.values():
            assert squashed(name) in last and squashed(position) in last, file.name
        assert last.count("ลงชื่อ") == 3


def _lines(pdf: Path) -> list[list[str]]:
    """The lines of each text block (a paragraph, in a cell or not) LibreOffice printed,
    whitespace and no-break spaces squashed, page by page."""
    out = []
    for page in pymupdf.open(pdf):
        for block in page.get_text("dict")["blocks"]:
            lines = ["".join(s["text"] for s in line["spans"]) for line in block.get("lines", ())]
            out.append([squashed(line) for line in lines if squashed(line)])
    return out


def pair_and_name_breaks(pdf: Path, names: list[str]) -> list[str]:
    """Where a label or month abbreviation ends a line before its number, or a line break
    falls inside one of the office's names."""
    faults = []
    for lines in _lines(pdf):
        for line, after in zip(lines, lines[1:], strict=False):
            if line.endswith(("ก.ย.", "ต.ค.", "พ.ศ.", "วันที่")) and after[0] in "0123456789๐๑๒๓๔๕๖๗๘๙":
                faults.append(f"{line[-12:]} | {after[:12]}")
        text, ends, at = "".join(lines), set(), 0
        for line in lines:
            at += len(line)
            ends.add(at)
        for name in names:
            start = text.find(name)
            while start != -1:
                if any(start < end < start + len(name) for end in ends):
                    faults.append(f"name {name} split")
                start = text.find(name, start + 1)
    return faults


def test_the_pdfs_unbreakable_spaces_are_no_break_spaces_and_only_names_hold_word_joiners(
    demo_path, tmp_path
):
    """พ.ศ. ๒๕๖๖, ก.ย. ๖๖, วันที่ ๑๔: the spaces the PDF's line breaker never breaks at are
    U+00A0 in the Word copy; the office's names (and nothing else) carry word joiners."""
    store = Store(open_workspace(demo_path))
    names = office_names(store)
    store.close()
    document = docx.Document(write(demo_path, tmp_path / "m.docx", "measures", 2566))
    texts = docx_paragraphs(document)
    whole = "\n".join(texts)
    for pair in ("พ.ศ. ๒๕๖๖", "ก.ย. ๖๖", "วันที่ ๑๔"):
        assert pair.replace(" ", NO_BREAK_SPACE) in whole, pair
        assert pair not in whole, f"{pair}: an ordinary space Word may break at"
    assert whole.count(" ") > 100, "spaces where a line may break stay ordinary spaces"
    joiners = 0
    for text in texts:
        shown = text.replace(WORD_JOINER, "")
        named = set()
        for name in names:
            start = shown.find(name)
            while start != -1:
                named.update(range(start + 1, start + len(name)))
                start = shown.find(name, start + 1)
        removed = 0
        for i, char in enumerate(text):
            if char == WORD_JOINER:
                joiners += 1
                assert i - removed in named, f"a word joiner outside the office's names: {shown}"
                removed += 1
    assert joiners > 20
    assert "ตัวชี้วัด" in whole and "องค์การบริหารส่วนตำบล" in whole, "ordinary words as typed"
    assert "หัวเรือ" not in whole and "หัวเรือ" in plain(whole), "the agency's name is joined"


def test_libreoffice_keeps_numbers_with_their_labels_and_the_office_names_whole(demo_path, tmp_path, soffice):
    store = Store(open_workspace(demo_path))
    names = office_names(store)
    store.close()
    files = [
        write(demo_path, tmp_path / f"{k}-{y}.docx", k, y) for k, y in (("measures", 2566), ("oit", 2566))
    ]
    soffice(files, tmp_path / "pdf")
    for file in files:
        pdf = tmp_path / "pdf" / file.with_suffix(".pdf").name
        assert not pair_and_name_breaks(pdf, names), (file.name, pair_and_name_breaks(pdf, names))
        lines = [line for block in _lines(pdf) for line in block]
        assert any("หัวเรือ" in line for line in lines) and any("พ.ศ.๒๕๖๖" in line for line in lines)


ROW_LINES = 12
LONG_ROW = 4
CELL_STYLE = BODY.but(space_after=0)


def _rows_table() -> Table:
    """Eight rows of twelve lines (about a quarter of a portrait page each) and one row of
    a hundred lines (more than a page), under a repeated header row."""
    rows = [[para("แถว", CELL_STYLE), para("ข้อความ", CELL_STYLE)]]
    for r in range(1, 10):
        count = 100 if r == LONG_ROW else ROW_LINES
        text = "\n".join(f"แถว {r} บรรทัด {n}" for n in range(1, count + 1))
        rows.append([para(str(r), CELL_STYLE), para(text, CELL_STYLE)])
    table = Table(rows, colWidths=[60, 300], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    return table


def test_rows_up_to_half_a_page_are_not_split_across_pages(tmp_path, soffice):
    """w:cantSplit on every row but one taller than half a page, which still flows over
    pages; LibreOffice moves a whole row to the next page instead of splitting it."""
    out = tmp_path / "rows.docx"
    DocxDocument(out, title="ทดสอบ", agency="อบต.ทดสอบ").build([para("ตาราง"), _rows_table()])
    table = docx.Document(out).tables[0]
    kept = [
        row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows
    ]
    assert kept == [r != LONG_ROW for r in range(10)]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None, "the header still repeats"
    soffice([out], tmp_path / "pdf")
    pages: dict[int, set[int]] = {}
    for number, page in enumerate(pymupdf.open(tmp_path / "pdf" / "rows.pdf")):
        for row in re.findall(r"แถว(\d+)บรรทัด\d+", squashed(page.get_text())):
            pages.setdefault(int(row), set()).add(number)
    assert sorted(pages) == list(range(1, 10))
    assert len(pages[LONG_ROW]) >= 2, "a row taller than a page flows on"
    split = [r for r, on in pages.items() if r != LONG_ROW and len(on) > 1]
    assert not split, f"rows split across pages: {split}"
