"""The NACC's item list as a clerk pastes it (or hands over the file), in the shapes it really
comes in, the preview of what changes, saving it, and entries carried across a renumbering."""

from __future__ import annotations

from pathlib import Path

import docx
import pymupdf
import pytest
from openpyxl import Workbook
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from itadesk.cli import main
from itadesk.db.relist import assign_pending, carry_forward, entries_with_data, propose, replace_list
from itadesk.frameworks import builtin_frameworks
from itadesk.itemlist import apply_list, compare, parse_list
from itadesk.manual_text import ManualError, garbled_reason, read_manual
from itadesk.paths import resources_dir
from itadesk.similarity import match_titles
from itadesk.thai import thai_digits

LIST_2569 = [(i.code, i.title) for i in builtin_frameworks()[2569].items()]
GROUP_OF = {i.code: g.code for g in builtin_frameworks()[2569].oit_groups for i in g.items}
HEADER = "คู่มือการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2570"


def _manual_text(code_shape=lambda code: code) -> str:
    """The list as copied from a PDF manual: headings, components, a wrapped title, and the
    running header and page number of every page."""
    lines, group, page = [], None, 1
    for n, (code, title) in enumerate(LIST_2569):
        if GROUP_OF[code] != group:
            group = GROUP_OF[code]
            lines.append(f"ตัวชี้วัดย่อยที่ {group} กลุ่ม {group}")
        if len(title) > 40:  # the PDF wraps long titles, between two Thai letters
            cut = next(
                i
                for i in range(30, len(title))
                if "\u0e01" <= title[i - 1] <= "\u0e2e" and "\u0e01" <= title[i] <= "\u0e2e"
            )
            lines += [f"{code_shape(code)} {title[:cut]}", title[cut:]]
        else:
            lines.append(f"{code_shape(code)} {title}")
        lines += ["องค์ประกอบด้านข้อมูล", "(1) แสดงข้อมูลที่เป็นปัจจุบัน", "(2) เผยแพร่บนเว็บไซต์ของหน่วยงาน"]
        if n % 6 == 5:
            lines += ["", f"- {page} -", HEADER, ""]
            page += 1
    return "\n".join([HEADER, "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", *lines])


def _assert_is_2569(parsed) -> None:
    assert [(i.code, i.title) for i in parsed.items] == LIST_2569
    assert [i.group for i in parsed.items] == [GROUP_OF[c] for c, _ in LIST_2569]
    assert parsed.unplaced == []


@pytest.mark.parametrize(
    "shape",
    [
        lambda c: c,  # O1
        lambda c: "O" + thai_digits(c[1:]),  # O๑
        lambda c: f"ข้อ {c}",  # ข้อ O1
        lambda c: f"{thai_digits(c[1:])}. {c}",  # ๑. O1
        lambda c: f"{c}.",  # O1. title
    ],
    ids=["O1", "O-thai-digits", "kho-O1", "thai-number-dot-O1", "O1-dot"],
)
def test_pasted_manual_text_in_each_item_shape(shape):
    parsed = parse_list(_manual_text(shape))
    _assert_is_2569(parsed)
    assert all(i.components == ["แสดงข้อมูลที่เป็นปัจจุบัน", "เผยแพร่บนเว็บไซต์ของหน่วยงาน"] for i in parsed.items)


def test_table_rows_components_under_items_and_lines_it_cannot_place():
    text = "\n".join(
        [
            "ตัวชี้วัดย่อย\tข้อ\tข้อมูล\tองค์ประกอบด้านข้อมูล",
            "9.1 ข้อมูลพื้นฐาน\tO1\tโครงสร้าง หน้าที่และอำนาจ\t- แผนผังโครงสร้าง - อำนาจหน้าที่",
            "\tO3\tข้อมูลการติดต่อและช่องทางการสอบถาม\t",
            "๙.๒ การบริหารงาน",
            "O8 คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่",
            "๑) คู่มือการปฏิบัติงานที่ใช้ในปีนี้",
            "- เผยแพร่ในเว็บไซต์",
            "",
            "หมายเหตุ ให้ส่งข้อมูลผ่านระบบ ITAS ภายในกำหนดเวลาที่สำนักงาน ป.ป.ช. ประกาศ โดยไม่มีการขยายเวลา",
        ]
    )
    parsed = parse_list(text)
    assert [(i.code, i.group) for i in parsed.items] == [("O1", "9.1"), ("O3", "9.1"), ("O8", "9.2")]
    assert parsed.items[0].components == ["แผนผังโครงสร้าง", "อำนาจหน้าที่"]
    assert parsed.items[2].components == ["คู่มือการปฏิบัติงานที่ใช้ในปีนี้", "เผยแพร่ในเว็บไซต์"]
    assert parsed.groups == {"9.1": "ข้อมูลพื้นฐาน", "9.2": "การบริหารงาน"}
    assert [n for n, _ in parsed.unplaced] == [9]


def test_the_preview_names_added_renamed_renumbered_and_removed_items():
    parsed = parse_list(_manual_text())
    changes = compare(builtin_frameworks()[2568], parsed)
    assert ("O14", "O13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล") in changes.renumbered
    assert ("O1", "โครงสร้างและอำนาจหน้าที่", "โครงสร้าง หน้าที่และอำนาจ") in changes.renamed
    assert ("O11", "ข้อมูลสถิติการให้บริการ") in changes.removed and "O25" in changes.added
    assert not compare(builtin_frameworks()[2569], parsed).any


EXPECTED_2568_TO_2569 = {
    "O1": "O1", "O3": "O3", "O4": "O4", "O8": "O8", "O9": "O9", "O10": "O10",
    "O12": "O11", "O13": "O12", "O14": "O13", "O15": "O14", "O16": "O15", "O17": "O16",
    "O18": "O17", "O19": "O18", "O20": "O19", "O22": "O20", "O23": "O21", "O24": "O22",
    "O25": "O23", "O26": "O24",
}  # fmt: skip


def test_2568_list_matches_the_renumbered_2569_list_by_meaning():
    old = {i.code: i.title for i in builtin_frameworks()[2568].items()}
    new = dict(LIST_2569)
    assert match_titles(old, new) == EXPECTED_2568_TO_2569
    # O2, O5–O7 are not in the 2569 list; O11 (service statistics) has no counterpart;
    # O21 and O22 both went into 2569's O20, which takes the closer one
    assert set(old) - set(EXPECTED_2568_TO_2569) == {"O2", "O5", "O6", "O7", "O11", "O21"}


def _workspace_with_2570_entries(store):
    store.set_item_done(2570, "O13", True)  # หลักเกณฑ์และแผนการบริหาร… in the copied 2569 list
    store.set_item_field(2570, "O13", "url", "https://example.go.th/hr-plan")
    store.set_item_field(2570, "O25", "progress", "รอประชุมผู้บริหาร")
    store.set_item_field(2570, "O3", "responsible", "กองคลัง")


def test_replacing_a_years_list_moves_entries_by_meaning_and_keeps_the_unmatched(store):
    _workspace_with_2570_entries(store)
    manual = [(c, t) for c, t in LIST_2569 if c != "O25"]  # the manual drops O25 …
    manual = [("O12" if c == "O13" else "O13" if c == "O12" else c, t) for c, t in manual]  # … swaps two
    parsed = parse_list("\n".join(f"{c} {t}" for c, t in manual))
    proposals = propose(entries_with_data(store, 2570), {i.code: i.title for i in parsed.items})
    assert {p.entry.code: p.new_code for p in proposals} == {"O3": "O3", "O13": "O12", "O25": None}
    document = apply_list(store.framework(2570), parsed, source="คู่มือ ป.ป.ช. 2570")
    framework = replace_list(store, 2570, document, {p.entry.code: p.new_code for p in proposals})
    assert not framework.unconfirmed and framework.item("O12").title.startswith("หลักเกณฑ์")
    entries = store.checklist(2570)
    assert entries["O12"].done and entries["O12"].url == "https://example.go.th/hr-plan"
    assert not entries["O13"].done and entries["O3"].responsible == "กองคลัง"
    (pending,) = framework.carried_over
    assert (pending.code, pending.progress) == ("O25", "รอประชุมผู้บริหาร")
    assign_pending(store, 2570, pending, "O26")
    assert store.checklist(2570)["O26"].progress == "รอประชุมผู้บริหาร"
    assert store.framework(2570).carried_over == ()


def test_a_new_year_carries_last_years_units_and_links_as_confirmed(store):
    store.set_item_field(2568, "O14", "url", "https://example.go.th/hr")
    store.set_item_done(2568, "O14", True)
    store.set_item_field(2568, "O11", "responsible", "กองการศึกษา")  # service statistics: gone in 2569
    store.set_item_field(2568, "O21", "url", "https://example.go.th/no-gift")
    proposals = propose(
        entries_with_data(store, 2568), {i.code: i.title for i in store.framework(2569).items()}
    )
    moves = {p.entry.code: p.new_code for p in proposals}
    assert moves == {"O11": None, "O14": "O13", "O21": "O20"}
    assert carry_forward(store, 2568, 2569, moves) == 2
    o13, o20 = store.checklist(2569)["O13"], store.checklist(2569)["O20"]
    # last year's evidence comes along to review, not as this year's until the clerk confirms it
    assert [(link.url, link.to_review) for link in o13.links] == [("https://example.go.th/hr", True)]
    assert o13.url == "" and not o13.done, "a new year starts with nothing done"
    assert [link.url for link in o20.links] == ["https://example.go.th/no-gift"]
    (pending,) = store.framework(2569).carried_over
    assert (pending.from_year, pending.code, pending.responsible) == (2568, "O11", "กองการศึกษา")


# -- files ------------------------------------------------------------------------------------


def _pdf(path, lines):
    """A PDF with a sound Thai text layer: ReportLab's plain TrueType text maps every glyph
    back to its character."""
    pdfmetrics.registerFont(TTFont("SarabunList", str(resources_dir() / "fonts" / "Sarabun-Regular.ttf")))
    page = canvas.Canvas(str(path))
    y = 800
    for line in lines:
        if y < 50:
            page.showPage()
            y = 800
        page.setFont("SarabunList", 10)
        page.drawString(40, y, line)
        y -= 14
    page.save()


def _shaped_pdf(path, lines):
    """A PDF typeset with HarfBuzz shaping and no way back from glyphs to Thai (what some
    tools write): the text layer is garbled."""
    font = resources_dir() / "fonts" / "Sarabun-Regular.ttf"
    document = pymupdf.open()
    css = f"@font-face {{font-family: s; src: url({font.name});}} * {{font-family: s; font-size: 9pt}}"
    html = "".join(f"<p>{line}</p>" for line in lines)
    document.new_page().insert_htmlbox(
        pymupdf.Rect(40, 40, 560, 800), html, css=css, archive=pymupdf.Archive(str(font.parent))
    )
    document.save(path)


def test_the_manual_file_itself_pdf_docx_xlsx_and_web_page(tmp_path):
    text = _manual_text()
    pdf = tmp_path / "manual.pdf"
    _pdf(pdf, text.splitlines())
    _assert_is_2569(parse_list(read_manual(pdf)))

    word = docx.Document()
    word.add_paragraph("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล")
    table = word.add_table(rows=0, cols=3)
    for code, title in LIST_2569:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = f"ตัวชี้วัดย่อยที่ {GROUP_OF[code]}", code, title
    word.save(tmp_path / "manual.docx")
    assert [(i.code, i.title) for i in parse_list(read_manual(tmp_path / "manual.docx")).items] == LIST_2569

    book = Workbook()
    book.active.append(["ข้อ", "ข้อมูล"])
    for code, title in LIST_2569:
        book.active.append([code, title])
    book.save(tmp_path / "manual.xlsx")
    assert [(i.code, i.title) for i in parse_list(read_manual(tmp_path / "manual.xlsx")).items] == LIST_2569

    rows = "".join(f"<tr><td>{c}</td><td>{t.replace('&', '&amp;')}</td></tr>" for c, t in LIST_2569)
    (tmp_path / "ita.html").write_text(
        f"<html><head><style>td{{}}</style><script>var O1='x'</script></head><body><table>{rows}</table></body></html>",
        encoding="utf-8",
    )
    assert [(i.code, i.title) for i in parse_list(read_manual(tmp_path / "ita.html")).items] == LIST_2569


def test_a_pdf_whose_thai_text_layer_is_garbled_asks_for_paste(tmp_path):
    # a legacy-encoded Thai font: the text layer gives TIS-620 bytes read as Latin letters
    garbled = [f"{c} " + t.encode("tis-620").decode("latin-1") for c, t in LIST_2569]
    assert garbled_reason("\n".join(garbled))
    broken_marks = "\n".join(f"{c} " + " ".join("่" + w for w in t.split()) for c, t in LIST_2569)
    assert garbled_reason(broken_marks)
    assert garbled_reason(_manual_text()) is None
    shaped = tmp_path / "shaped.pdf"
    _shaped_pdf(shaped, [f"{c} {t}" for c, t in LIST_2569[:12]])
    with pytest.raises(ManualError, match="อ่านออกมาเพี้ยน.*วางในช่องข้อความแทน"):
        read_manual(shaped)
    (tmp_path / "legacy.txt").write_text("\n".join(garbled), encoding="utf-8")
    with pytest.raises(ManualError, match="ตัวอักษรไทยออกมาเป็นอักขระอื่น"):
        read_manual(tmp_path / "legacy.txt")


def test_framework_list_command_previews_then_applies(demo_path, tmp_path, capsys):
    pasted = tmp_path / "pasted.txt"
    pasted.write_text(_manual_text(), encoding="utf-8")
    args = ["framework-list", "--workspace", str(demo_path), "--year", "2568", "--from", str(pasted)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "O13\tหลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล\t(ตัวชี้วัดย่อย 9.4, องค์ประกอบ 2 ข้อ)" in out
    assert "เปลี่ยนเลขข้อ\tO14 → O13" in out and "ยังไม่ได้บันทึก" in out
    assert main([*args, "--apply"]) == 0
    assert "บันทึกรายการข้อของปี 2568 แล้ว (22 ข้อ)" in capsys.readouterr().out
    from itadesk.db import Store, open_workspace

    store = Store(open_workspace(demo_path))
    assert [(i.code, i.title) for i in store.framework(2568).items()] == LIST_2569
    store.close()
    (tmp_path / "notes.txt").write_text("ไม่มีรายการข้อในไฟล์นี้", encoding="utf-8")
    assert main([*args[:-1], str(tmp_path / "notes.txt")]) == 1
    assert "ไม่พบรายการข้อ" in capsys.readouterr().err


def test_real_table_text_from_seed_000_where_the_letter_O_came_out_as_thai_zero():
    """Held-out shape: seed 000's OIT table as text extracted from a real office report —
    the code column reads ๐๑ … ๐๔๓ (the letter O came back as Thai zero), cells carry HTML
    markup, header rows repeat, titles are broken with spaces, and later columns hold the
    responsible unit and progress."""
    text = (Path(__file__).parent / "data" / "seed000_oit_rows.txt").read_text(encoding="utf-8")
    parsed = parse_list(text)
    assert [i.code for i in parsed.items] == [f"O{n}" for n in range(1, 44)]
    assert len(parsed.groups) == 7 and parsed.groups["9.3"] == "การจัดซื้อจัดจ้าง"
    assert parsed.items[0].components[0].startswith("แสดงแผนผังแสดงโครงสร้างการแบ่งส่วนราชการ")
    assert not any("สำนักปลัด" == c or "ดำเนินการ" in c[:12] for i in parsed.items for c in i.components)
    changes = compare(builtin_frameworks()[2566], parsed)
    assert not changes.added and not changes.removed and not changes.renumbered
    assert parsed.unplaced == []
