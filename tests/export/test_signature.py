"""The signature block of a signed report: the signers' names, positions and role labels
under ลงชื่อ lines on the last page, dotted lines where a name was left for the pen, all its
lines on one page with the last lines of the report even when the report ends near a page
foot, on by default only for the reports the seeds sign, and typeset as cleanly as the rest
(the shared checker, with the signers' names kept whole)."""

from __future__ import annotations

import re

import pymupdf
import pytest

from itadesk.db import Store, open_workspace
from itadesk.db.signers import set_signers
from itadesk.reporting import ReportError, ReportRequest, office_names, write_report
from itadesk.signing import Signers

CLERK = ("นางสาวสมศรี ใจดี", "นักวิเคราะห์นโยบายและแผน")
CHIEF = ("นายสมชาย รักงาน", "ปลัดองค์การบริหารส่วนตำบลหัวเรือ")
HEAD = ("นายประเสริฐ มั่นคง", "นายกองค์การบริหารส่วนตำบลหัวเรือ")
SIGNERS = Signers.of(reporter=CLERK, reviewer=CHIEF, executive=HEAD)
ROLE_LABELS = ("ผู้รายงาน", "ผู้ตรวจสอบ", "ผู้บริหาร")
DOTS = re.compile(r"\.{8,}")


def squashed(text: str) -> str:
    return "".join(text.split())


def pages_of(pdf) -> list[str]:
    return [page.get_text() for page in pymupdf.open(pdf)]


@pytest.fixture
def signed_demo(demo_path):
    store = Store(open_workspace(demo_path))
    set_signers(store, SIGNERS)
    store.close()
    return demo_path


def write(workspace, out, kind, year, **options):
    store = Store(open_workspace(workspace))
    try:
        return write_report(store, ReportRequest(kind, year, **options), out)
    finally:
        store.close()


@pytest.mark.parametrize(
    ("kind", "year", "options"),
    [
        ("measures", 2566, {}),
        ("measures", 2566, {"round": "half", "thai_digits": False}),
        ("guidelines", 2566, {}),
        ("analysis", 2565, {}),
        ("oit", 2566, {"signed": True}),
    ],
)
def test_a_signed_report_ends_with_the_signers_on_its_last_page(
    signed_demo, tmp_path, check_pdf, kind, year, options
):
    pdf = write(signed_demo, tmp_path / f"{kind}.pdf", kind, year, **options)
    pages = pages_of(pdf)
    last = squashed(pages[-1])
    for text in (*CLERK, *CHIEF, *HEAD, *ROLE_LABELS):
        assert squashed(text) in last, text
    assert last.count("ลงชื่อ") == 3 and last.count("วันที่") >= 3
    assert "ข้อมูลณวันที่" in last, "the closing line stays with the signatures"
    assert not any("ลงชื่อ" in page for page in pages[:-1])
    assert last.index("ข้อมูลณวันที่") < last.index("ลงชื่อ") < last.index(squashed(HEAD[0]))
    store = Store(open_workspace(signed_demo))
    keep = office_names(store)
    store.close()
    assert {"นางสาวสมศรี", "มั่นคง"} <= set(keep), "the signers' names are the office's own"
    passed, summary, output = check_pdf(pdf, expect=[*CLERK, *CHIEF, *HEAD], keep=keep)
    assert passed, output
    assert "breakrule=0" in summary and "tofu=0" in summary


def test_empty_roles_print_dotted_lines_to_fill_by_pen(demo_path, tmp_path):
    """The demo has no signers: three ลงชื่อ lines, each with dotted name, position and date."""
    pdf = write(demo_path, tmp_path / "guidelines.pdf", "guidelines", 2566)
    lines = [line.strip() for line in pages_of(pdf)[-1].splitlines() if line.strip()]
    start = next(i for i, line in enumerate(lines) if line.startswith("ลงชื่อ"))
    block = lines[start:]
    assert len(block) == 12, block
    for role, signer in zip(ROLE_LABELS, (block[0:4], block[4:8], block[8:12]), strict=True):
        sign, name, position, date = signer
        assert sign.startswith("ลงชื่อ ") and sign.endswith(role) and DOTS.search(sign)
        assert name.startswith("(") and name.endswith(")") and DOTS.fullmatch(name[1:-1])
        assert position.startswith("ตำแหน่ง ") and DOTS.fullmatch(position.removeprefix("ตำแหน่ง "))
        assert re.fullmatch(r"วันที่ \.+ / \.+ / \.+", date)


def test_the_block_is_never_split_even_when_the_report_ends_at_a_page_foot(workspace_path, tmp_path):
    """The last measure grows line by line until the table ends at the very foot of a page:
    the block then goes to the next page with the last row and the closing line, never
    leaving a signer's lines on two pages or the signatures alone on a page."""
    store = Store(open_workspace(workspace_path))
    set_signers(store, SIGNERS)
    for n in range(1, 6):
        store.add_measure(2567, title=f"มาตรการที่ {n}", steps="ประชุมชี้แจง\nติดตามผล", responsible="สำนักปลัด")
    last = store.add_measure(2567, title="มาตรการสุดท้าย", responsible="กองคลัง")
    moved = 0
    for lines in range(1, 40, 2):
        steps = "\n".join(f"ขั้นตอนที่ {i} ดำเนินการตามแผน" for i in range(1, lines + 1))
        store.update_measure(last.id, steps=steps)
        signed = write_report(store, ReportRequest("measures", 2567), tmp_path / f"s{lines}.pdf")
        plain = write_report(store, ReportRequest("measures", 2567, signed=False), tmp_path / f"p{lines}.pdf")
        pages, unsigned = pages_of(signed), pages_of(plain)
        holding = [i for i, page in enumerate(pages) if "ลงชื่อ" in page or "วันที่ ...." in page]
        assert holding == [len(pages) - 1], (lines, holding)
        last_page = squashed(pages[-1])
        assert last_page.count("ลงชื่อ") == 3 and squashed(HEAD[1]) in last_page
        assert "ข้อมูลณวันที่" in last_page and "ขั้นตอนที่" in last_page, "kept with the last lines"
        assert not any("ลงชื่อ" in page for page in unsigned)
        moved += len(pages) > len(unsigned)
    store.close()
    assert moved, "some length ended the table where the block did not fit below it"


def test_oit_is_unsigned_unless_asked_and_oit_links_refuses(demo_path, tmp_path):
    pdf = write(demo_path, tmp_path / "oit.pdf", "oit", 2566)
    assert not any("ลงชื่อ" in page for page in pages_of(pdf))
    unsigned = write(demo_path, tmp_path / "m.pdf", "measures", 2566, signed=False)
    assert not any("ลงชื่อ" in page for page in pages_of(unsigned))
    for kind in ("oit-links", "poster-eit"):
        with pytest.raises(ReportError, match=f"รายงาน “{kind}” ไม่มีช่องลงนาม"):
            write(demo_path, tmp_path / "x.pdf", kind, 2566, signed=True)
    assert not (tmp_path / "x.pdf").exists()
