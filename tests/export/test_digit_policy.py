"""One digit policy for everything a report generates: Thai digits by default, Latin ones
with --arabic-digits, titles, footers, charts and the analysis draft included; the office's
own text (its codes, URLs and names, and whatever digits it typed) prints as typed, and OIT
item codes print "O1" in both modes.

Every report kind of the demo is rendered for every year, in both rounds where a report has
them. Every text the reports lay out is recorded; what the office stored is cut out of it
(longest first), and what is left, the program's own wording, must carry the report's digits
only."""

from __future__ import annotations

import re
import unicodedata

import pymupdf
import pytest

from itadesk.db import Store, open_workspace
from itadesk.db.evidence import add_link
from itadesk.db.surveys import set_survey_link, survey_links
from itadesk.export import textlayout
from itadesk.reporting import REPORT_KINDS, ROUND_KINDS, ROUNDS, ReportRequest, write_report

THAI_DIGIT = re.compile("[๐-๙]")
LATIN_DIGIT = re.compile("[0-9]")
CONVERTED_CODE = re.compile("O[๐-๙]")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
"""A framework text's relative year ({year-1}): the program fills it in, in the report's digits."""

OFFICE_CODES = ("ISO 9001", "COVID-19", "https://www.huarua.go.th/news.php?id=1234")
"""Codes and a URL the office typed: never converted, in either mode."""


@pytest.fixture(scope="module")
def office(tmp_path_factory, demo_template):
    """The demo, with what an office really types: codes and a URL in its measures, links
    and survey period, digits of both kinds in its own words, an edited analysis cell, and
    2565's checklist started (so that year's draft lists the items not done by code)."""
    path = tmp_path_factory.mktemp("digits") / "office.itadesk"
    path.write_bytes(demo_template.read_bytes())
    store = Store(open_workspace(path))
    with store.db.atomic():
        store.add_measure(
            2566,
            title="อบรมมาตรฐาน ISO 9001 และการป้องกัน COVID-19",
            steps="1. ประชุม 2 ครั้ง\n๒. ติดตามผล ๓ เดือน",
            period="ม.ค. 2566",
            responsible="สำนักปลัด",
            output=f"เผยแพร่ที่ {OFFICE_CODES[2]}",
            indicators=[1, 9],
            status="done",
        )
        store.add_measure(2566, title="ทบทวนแผน COVID-19", steps="ครั้งที่ 3", round="half", indicators=[6])
        for code in ("O1", "O2", "O36"):
            store.set_item_done(2565, code, True)
        store.set_item_field(2565, "O2", "progress", "ปรับปรุงข้อมูล 2 ครั้ง (ISO 9001)")
        add_link(store, 2566, "O1", url=OFFICE_CODES[2], title="โครงสร้าง ฉบับที่ 2")
        set_survey_link(
            store, 2566, "eit", url="https://itas.nacc.go.th/go/eit/x1234", period="1 พ.ค. – 31 ก.ค. 2566"
        )
        set_survey_link(store, 2566, "iit", url="https://itas.nacc.go.th/go/iit/x1234")
        store.set_analysis_text(
            2564, "OIT", "urgent", "ข้อ O12 และ O36 ยังไม่ครบ 2 ข้อ ตามมาตรฐาน ISO 9001 (๓ เดือน)", draft="ร่าง"
        )
    store.close()
    return path


def office_texts(store: Store) -> list[str]:
    """Everything the office or the framework wrote, as the typesetter sees it (cleaned),
    whole and line by line, longest first."""
    agency = store.agency()
    texts = [agency.name, agency.full_name, agency.district, agency.province, agency.website, store.user_name]
    for year in store.years():
        framework = store.framework(year)
        texts += [ind.name for ind in framework.indicators]
        for group in framework.oit_groups:
            texts.append(group.name)
            for item in group.items:
                texts += [item.code, *PLACEHOLDER.split(item.title), *item.responsible]
                for component in item.components:  # its {year} placeholders are the program's
                    texts += PLACEHOLDER.split(component)
        for measure in store.measures(year):
            texts += [measure.title, measure.steps, measure.period, measure.responsible]
            texts += [measure.output, measure.outcome, measure.recommendation]
        for entry in store.checklist(year).values():
            texts += [entry.responsible, entry.progress, entry.url]
            texts += [part for link in entry.links for part in (link.title, link.url, link.note)]
        texts += [text for text, _draft in store.analysis_texts(year).values()]
        texts += [part for link in survey_links(store, year).values() for part in (link.url, link.period)]
    cleaned = {textlayout.clean(t) for t in texts if t and t.strip()}
    cleaned |= {line.strip() for t in cleaned for line in t.split("\n") if line.strip()}
    return sorted(cleaned, key=len, reverse=True)


def generated_part(text: str, office: list[str]) -> str:
    """``text`` with the office's own text cut out: the program's wording around it."""
    for piece in office:
        if piece in text:
            text = text.replace(piece, "\x00")
    return text


def every_report(store: Store):
    for year in store.years():
        links = survey_links(store, year)
        for kind in REPORT_KINDS:
            if kind.startswith("poster-") and not links[kind.removeprefix("poster-")].url:
                continue  # a poster needs the survey's link
            for round_ in ROUNDS if kind in ROUND_KINDS else ("full",):
                yield kind, year, round_


def render_all(path, tmp_path, monkeypatch, *, thai: bool):
    """Render every report; return the texts laid out per report and the PDFs."""
    laid_out: list[str] = []
    real_clean = textlayout.clean

    def recording(text: str) -> str:
        laid_out.append(text)
        return real_clean(text)

    monkeypatch.setattr(textlayout, "clean", recording)
    store = Store(open_workspace(path))
    try:
        office = office_texts(store)
        reports = {}
        for kind, year, round_ in every_report(store):
            laid_out.clear()
            out = tmp_path / f"{kind}-{year}-{round_}-{'th' if thai else 'ar'}.pdf"
            write_report(store, ReportRequest(kind, year, round_, thai_digits=thai), out)
            texts = {unicodedata.normalize("NFC", t) for t in laid_out}
            reports[(kind, year, round_)] = (texts, out)
    finally:
        store.close()
    return office, reports


def pdf_text(pdf) -> str:
    return "".join("".join(page.get_text().split()) for page in pymupdf.open(pdf))


def test_every_report_covers_the_kinds_years_and_rounds(office):
    store = Store(open_workspace(office))
    try:
        reports = set(every_report(store))
    finally:
        store.close()
    assert {("measures", 2566, "half"), ("guidelines", 2566, "half"), ("poster-iit", 2566, "full")} <= reports
    assert {kind for kind, _y, _r in reports} == set(REPORT_KINDS)
    assert {year for _k, year, _r in reports} >= {2564, 2565, 2566}


@pytest.mark.parametrize("thai", [False, True], ids=["arabic-digits", "thai-digits"])
def test_generated_text_follows_the_reports_digits_and_office_text_is_as_typed(
    office, tmp_path, monkeypatch, thai
):
    office_strings, reports = render_all(office, tmp_path, monkeypatch, thai=thai)
    wrong = LATIN_DIGIT if thai else THAI_DIGIT
    found = {}
    for key, (texts, _pdf) in reports.items():
        bad = sorted({generated_part(t, office_strings) for t in texts} - {""})
        bad = [t.replace("\x00", "…") for t in bad if wrong.search(t)]
        if bad:
            found[key] = bad
    assert not found, found
    # The program's own numbers are there in the report's digits (not cut out by accident).
    analysis = pdf_text(reports[("analysis", 2565, "full")][1])
    assert ("๘๐.๖๑" if thai else "80.61") in analysis
    assert ("ต่ำกว่าเกณฑ์๘๕คะแนน" if thai else "ต่ำกว่าเกณฑ์85คะแนน") in analysis  # the draft
    half = pdf_text(reports[("measures", 2566, "half")][1])
    assert ("(รอบ๖เดือน:" if thai else "(รอบ6เดือน:") in half
    assert ("พ.ศ.๒๕๖๖รอบ๖เดือนโดยแสดง" if thai else "พ.ศ.2566รอบ6เดือนโดยแสดง") in half


@pytest.mark.parametrize("thai", [False, True], ids=["arabic-digits", "thai-digits"])
def test_item_codes_office_codes_and_typed_digits_print_as_typed(office, tmp_path, monkeypatch, thai):
    _office, reports = render_all(office, tmp_path, monkeypatch, thai=thai)
    for key, (texts, pdf) in reports.items():
        assert not any(CONVERTED_CODE.search(t) for t in texts), key
        assert not CONVERTED_CODE.search(pdf_text(pdf)), key
    # The draft of 2565 names the OIT items not done by their code; the edited 2564 cell is as typed.
    draft = pdf_text(reports[("analysis", 2565, "full")][1])
    assert (
        "O3" in draft and "O43" in draft and ("ยังไม่ได้ดำเนินการ๔ข้อ" if thai else "ยังไม่ได้ดำเนินการ4ข้อ") in draft
    )
    edited = pdf_text(reports[("analysis", 2564, "full")][1])
    assert "ข้อO12และO36ยังไม่ครบ2ข้อตามมาตรฐานISO9001(๓เดือน)" in edited
    for kind in ("oit", "oit-links"):
        assert "O1" in pdf_text(reports[(kind, 2566, "full")][1]) and "O43" in pdf_text(
            reports[(kind, 2566, "full")][1]
        )
    measures = pdf_text(reports[("measures", 2566, "full")][1])
    for code in OFFICE_CODES:
        assert "".join(code.split()) in measures
    assert "1.ประชุม2ครั้ง" in measures and "๒.ติดตามผล๓เดือน" in measures
    assert "".join(OFFICE_CODES[2].split()) in pdf_text(reports[("oit-links", 2566, "full")][1])
    assert "1พ.ค.–31ก.ค.2566" in pdf_text(reports[("poster-eit", 2566, "full")][1])
