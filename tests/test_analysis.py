"""The analysis draft, the projected score and the yearly cycle, against seed 003's numbers
and the demo workspace (seeds 000, 001, 003)."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest

from itadesk import analysis
from itadesk.db import Store, open_workspace
from itadesk.db.yearly import add_plan_measure, ensure_year, shift_period, start_new_year
from itadesk.errors import StoreError
from itadesk.frameworks import builtin_frameworks, to_document
from itadesk.reporting import ReportRequest, write_report
from itadesk.suggestions import suggestions, suggestions_for

SEED_003_DONE = {"9.1": 9, "9.2": 8, "9.3": 4, "9.4": 1, "9.5": 4, "10.1": 6, "10.2": 0}


@pytest.fixture
def demo(demo_path):
    store = Store(open_workspace(demo_path))
    yield store
    store.close()


def _numbers_in(text: str) -> set[int]:
    return {int(line.split()[2]) for line in text.splitlines() if line.startswith("- ตัวชี้วัดที่")}


def test_the_draft_from_seed_003_names_9_and_10_urgent_and_1_to_8_to_keep(demo):
    draft = demo.analysis_draft(2565)
    urgent = set().union(*(_numbers_in(draft[(tool, "urgent")]) for tool in ("IIT", "EIT", "OIT")))
    keep = set().union(*(_numbers_in(draft[(tool, "improve")]) for tool in ("IIT", "EIT", "OIT")))
    assert urgent == {9, 10}
    assert keep == set(range(1, 9))
    assert "ตัวชี้วัดที่ 10 การป้องกันการทุจริต ได้ 37.50 คะแนน ต่ำกว่าเกณฑ์ 85 คะแนน" in draft[("OIT", "urgent")]
    assert draft[("IIT", "urgent")] == "" and draft[("OIT", "improve")] == ""


def test_oit_items_not_done_are_listed_under_their_sub_indicator_with_what_they_lack(demo):
    framework = demo.framework(2566)
    demo.set_score(2566, 9, 70)
    demo.set_item_done(2566, "O12", False)
    text = demo.analysis_draft(2566)[("OIT", "urgent")]
    assert "ตัวชี้วัดย่อยที่ 9.2 การบริหารงาน ยังไม่ได้ดำเนินการ 1 ข้อ:" in text
    assert f"  O12 {framework.item('O12').title}" in text
    assert "    - ข้อมูลครอบคลุมในระยะเวลา ๖ เดือนแรก (๑ ต.ค. 65 – ๓๑ มี.ค. 66)" in text


def test_the_projection_reproduces_seed_003_and_uses_last_years_perception_scores(demo):
    framework = demo.framework(2565)
    done = [item.code for g in framework.oit_groups for item in g.items[: SEED_003_DONE[g.code]]]
    projection = analysis.project(framework, done, demo.scores(2565), demo.scores(2564))
    assert projection.oit.indicators == {9: 72.43, 10: 37.5}
    assert projection.iit_eit_year == 2565
    assert projection.total == pytest.approx(80.61, abs=0.01) and projection.grade.label == "B"
    # Early in a year only last year's IIT/EIT are known: the projection says which year it used.
    no_perception = {n: None for n in range(1, 11)}
    every_item = [item.code for item in framework.items()]
    ahead = analysis.project(framework, every_item, no_perception, demo.scores(2565))
    assert ahead.iit_eit_year == 2564 and ahead.oit.indicators == {9: 100.0, 10: 100.0}
    assert ahead.total > projection.total


def test_days_to_the_oit_deadline_come_from_the_years_calendar():
    framework = builtin_frameworks()[2567]
    assert framework.oit_deadline == dt.date(2024, 4, 30)
    assert analysis.days_to_deadline(framework, dt.date(2024, 4, 1)) == 29
    assert analysis.days_to_deadline(framework, dt.date(2024, 5, 1)) == -1


def test_the_offices_edited_text_is_what_the_report_prints(demo, tmp_path):
    demo.set_analysis_text(2565, "OIT", "urgent", "ข้อความที่สำนักงานเขียนเอง <O36> & แผน", draft="ร่างเดิม")
    assert demo.analysis_texts(2565)[("OIT", "urgent")] == ("ข้อความที่สำนักงานเขียนเอง <O36> & แผน", "ร่างเดิม")
    out = write_report(demo, ReportRequest("analysis", 2565, thai_digits=False), tmp_path / "a.pdf")
    text = "".join(page.get_text() for page in pymupdf.open(out))
    squeezed = "".join(text.split())
    assert "ข้อความที่สำนักงานเขียนเอง<O36>&แผน" in squeezed
    assert "ต่ำกว่าเกณฑ์" not in squeezed, "the draft of the edited cell is not printed"
    assert "ตัวชี้วัดที่1การปฏิบัติหน้าที่ได้100.00คะแนนผ่านเกณฑ์" in squeezed  # the untouched cells: the draft


def test_a_new_year_copies_measures_as_a_plan_and_keeps_last_year_intact(demo):
    before = [(m.id, m.title, m.status, m.output, m.period) for m in demo.measures(2566)]
    demo.set_item_field(2566, "O9", "url", "https://huorua.go.th/social")
    demo.set_item_field(2566, "O27", "responsible", "สำนักปลัด (งานนิติการ)")
    result = start_new_year(demo, 2566)
    assert result.year == 2567 and result.measures_copied == len(before) == 23
    assert [(m.id, m.title, m.status, m.output, m.period) for m in demo.measures(2566)] == before
    plan = demo.measures(2567)
    assert [m.title for m in plan] == [b[1] for b in before]
    assert {m.status for m in plan} == {"not_started"} and not any(m.output or m.outcome for m in plan)
    assert plan[3].period == "ต.ค. ๖๖ – ก.ย. ๖๗"  # ต.ค. ๖๕ – ก.ย. ๖๖ moved a year on
    assert plan[0].indicators == demo.measures(2566)[0].indicators
    entries = demo.checklist(2567)
    [carried] = entries["O9"].links
    assert (carried.url, carried.carried_from) == ("https://huorua.go.th/social", 2566)
    assert entries["O9"].url == "" and not entries["O9"].evidence, (
        "last year's link is to review, not evidence"
    )
    assert entries["O27"].responsible == "สำนักปลัด (งานนิติการ)"
    assert not any(e.done for e in entries.values()), "ticks belong to the year they were made in"
    again = start_new_year(demo, 2566)
    assert again.measures_copied == 0 and len(demo.measures(2567)) == 23


def test_a_renumbered_item_takes_its_entry_by_title(demo):
    document = to_document(demo.framework(2567))
    for group in document["oit_groups"]:
        for item in group["items"]:
            if item["code"] == "O9":
                item["code"] = "O99"
    demo.set_framework(2567, document)
    demo.set_item_field(2566, "O9", "url", "https://example.go.th/fb")
    start_new_year(demo, 2566)
    assert [link.url for link in demo.checklist(2567)["O99"].links] == ["https://example.go.th/fb"]


def test_a_new_year_without_a_framework_gets_a_copy_marked_for_checking(demo):
    start_new_year(demo, 2570)
    framework = demo.framework(2571)
    assert not framework.complete and "คัดลอกจากเกณฑ์ปี 2570" in framework.notes
    assert framework.unconfirmed and framework.calendar_assumed
    assert [g.code for g in framework.oit_groups] == [g.code for g in demo.framework(2570).oit_groups]
    assert demo.default_year() in demo.years()


def test_editing_a_framework_keeps_checklist_entries_attached(demo):
    demo.set_item_done(2567, "O5", True)
    demo.set_item_field(2567, "O5", "progress", "ทำแล้วบนเว็บไซต์")
    document = to_document(demo.framework(2567))
    groups = document["oit_groups"]
    o5 = next(i for i in groups[0]["items"] if i["code"] == "O5")
    groups[0]["items"].remove(o5)
    o5["title"] = "ข้อมูลการติดต่อหน่วยงาน"
    groups[1]["items"].append(o5)  # regrouped under 9.2
    demo.set_framework(2567, document)
    framework = demo.framework(2567)
    assert framework.group_of("O5").code == "9.2" and framework.item("O5").title == "ข้อมูลการติดต่อหน่วยงาน"
    assert demo.checklist(2567)["O5"].done and demo.checklist(2567)["O5"].progress == "ทำแล้วบนเว็บไซต์"


def test_a_broken_framework_is_refused_in_thai(demo):
    document = to_document(demo.framework(2567))
    document["indicators"][0]["weight"] = 50
    with pytest.raises(StoreError, match="น้ำหนักของตัวชี้วัดรวมกันต้องได้ 100"):
        demo.set_framework(2567, document)
    with pytest.raises(StoreError, match="ไม่ใช่ปี 2566"):
        demo.set_framework(2566, to_document(demo.framework(2567)))


def test_a_weakness_becomes_a_measure_of_the_next_year_in_one_call(demo):
    suggestion = suggestions_for(10)[0]
    measure = add_plan_measure(demo, 2566, 10, suggestion)
    assert measure.fiscal_year == 2566 and measure.indicators == (10,)
    assert (measure.title, measure.steps, measure.recommendation) == (
        suggestion.title,
        suggestion.steps,
        suggestion.follow_up,
    )
    plan = add_plan_measure(demo, 2570, 9)
    assert plan.title == "แนวทางยกระดับตัวชี้วัดที่ 9 การเปิดเผยข้อมูล" and plan.period == "ต.ค. ๖๙ – ก.ย. ๗๐"
    assert 2570 in demo.years()


def test_the_suggestion_library_covers_every_indicator_from_the_seeds():
    assert {s.indicator for s in suggestions()} == set(range(1, 11))
    assert {s.source for s in suggestions()} == {"000", "001", "002", "004"}
    assert all(s.title and s.steps and s.responsible for s in suggestions())


def test_periods_move_forward_in_thai_or_latin_digits():
    assert shift_period("ต.ค. ๖๕ – ก.ย. ๖๖") == "ต.ค. ๖๖ – ก.ย. ๖๗"
    assert shift_period("ต.ค. 65 - มี.ค. 66") == "ต.ค. 66 - มี.ค. 67"
    assert shift_period("ตลอดปีงบประมาณ พ.ศ. ๒๕๖๖") == "ตลอดปีงบประมาณ พ.ศ. ๒๕๖๗"
    assert shift_period("๙ ธ.ค. ๖๕ จำนวน 30 คน") == "๙ ธ.ค. ๖๖ จำนวน 30 คน"


def test_ensure_year_keeps_an_existing_framework(demo):
    assert ensure_year(demo, 2566) == demo.framework(2566)


def test_a_start_in_december_2569_works_on_2570_and_after_1_october_2570_on_a_new_2571(store):
    from itadesk import clock
    from itadesk.db.yearly import open_current_year

    assert open_current_year(store).fiscal_year == 2570
    assert store.default_year() == 2570 and store.years_in_use() == [2570]
    store.set_score(2566, 1, 90.0)
    assert store.years_in_use() == [2566, 2570]
    clock.set_today(dt.date(2027, 9, 30))
    assert clock.current_fiscal_year() == 2570
    clock.set_today(dt.date(2027, 10, 1))
    created = open_current_year(store)
    assert created.fiscal_year == 2571 and created.unconfirmed
    assert [i.code for i in created.items()] == [i.code for i in store.framework(2570).items()]
    assert store.default_year() == 2571 and store.years_in_use() == [2566, 2571]


def test_an_official_total_with_an_unused_checklist_is_not_contradicted(store):
    """The issue's path: 86.49 typed for 2566, the checklist never opened. The result stays
    86.49 ผ่าน; no OIT of zero is projected; the what-if is finishing all 43 items."""
    store.set_official_total(2566, 86.49)
    framework = store.framework(2566)
    checklist = store.checklist(2566)
    out = analysis.outlook(framework, checklist, store.scores(2566), store.scores(2565), 86.49)
    assert (out.result_total, out.result_grade.label) == (86.49, "ผ่าน")
    assert not out.checklist_used and out.current is None and out.remaining == 43
    assert out.if_all_done.oit.indicators == {9: 100.0, 10: 100.0}
    assert analysis.missing_items(framework, 9, checklist) == [analysis.CHECKLIST_NOT_USED]
    store.set_item_field(2566, "O2", "progress", "อยู่ระหว่างจัดทำ")
    used = store.checklist(2566)
    assert analysis.checklist_used(used)
    assert "  O1 โครงสร้าง" in analysis.missing_items(framework, 9, used)


def test_without_an_official_result_a_used_checklist_is_projected(store):
    store.set_item_done(2570, "O1", True)
    out = analysis.outlook(store.framework(2570), store.checklist(2570), {}, {}, None)
    assert out.result_total is None and out.current is not None
    assert out.current.oit.indicators[9] > 0 and out.remaining == len(list(store.framework(2570).items())) - 1


def test_the_next_date_that_matters_is_named_and_marked_when_assumed(store):
    framework = store.framework(2570)  # calendar copied from 2568's, marked assumed
    coming = analysis.next_date(framework, dt.date(2026, 12, 15))
    assert (coming.key, coming.date, coming.days, coming.assumed) == (
        "registration_start",
        dt.date(2027, 1, 1),
        17,
        True,
    )
    assert analysis.next_date(framework, dt.date(2027, 5, 2)).key == "survey_end"
    assert analysis.next_date(framework, dt.date(2027, 8, 19)) is None
    old = store.framework(2566)  # no calendar: only the OIT deadline
    assert analysis.next_date(old, dt.date(2023, 4, 1)).key == "oit_submission_end"


def test_the_windows_hint_about_an_unused_checklist_never_reaches_a_report(store):
    """The window tells its user the checklist was not filled in; a report says nothing
    item by item instead of talking about the program, even where the office edited the
    cell around the hint."""
    store.set_score(2565, 9, 72.43)
    framework, checklist = store.framework(2565), store.checklist(2565)
    window = analysis.draft(framework, store.scores(2565), checklist)[("OIT", "urgent")]
    printed = analysis.draft(framework, store.scores(2565), checklist, report=True)[("OIT", "urgent")]
    assert analysis.CHECKLIST_NOT_USED in window.splitlines()  # at the margin, not indented
    assert printed.splitlines() == [
        line for line in window.splitlines() if line != analysis.CHECKLIST_NOT_USED
    ]
    assert "โปรแกรม" not in printed and printed.startswith("- ตัวชี้วัดที่ 9")
    edited = f"{window}\nจะเร่งเผยแพร่ข้อมูลให้ครบ"
    assert analysis.for_report(edited) == f"{window.splitlines()[0]}\nจะเร่งเผยแพร่ข้อมูลให้ครบ"
