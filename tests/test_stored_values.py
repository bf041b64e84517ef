"""A bad value already inside a workspace (an older ITADesk, a hand edit with a database
tool) never crashes the store's readers, a report or the Excel export: it is put right for
showing and the measure says what was wrong."""

from __future__ import annotations

import sqlite3

import pytest
from openpyxl import load_workbook

from itadesk.db import Store, open_workspace
from itadesk.reporting import ReportRequest, write_report
from itadesk.spreadsheets import export_workbook


def hand_edit(path, *statements) -> None:
    conn = sqlite3.connect(path)
    for sql, params in statements:
        conn.execute(sql, params)
    conn.commit()
    conn.close()


@pytest.fixture
def poisoned(tmp_path):
    """A workspace whose measures and 2567 framework were edited by hand."""
    path = tmp_path / "hand-edited.itadesk"
    store = Store(open_workspace(path))
    store.set_agency(store.agency().__class__(name="หัวเรือ"))
    ids = [store.add_measure(2567, title=f"มาตรการ {n}").id for n in range(4)]
    store.close()
    hand_edit(
        path,
        ("UPDATE measures SET indicators = '[[[' WHERE id = ?", (ids[0],)),
        ("UPDATE measures SET status = 'hacked' WHERE id = ?", (ids[1],)),
        ("UPDATE measures SET title = ? WHERE id = ?", ("ก" * 1_000_000, ids[2])),
        ("UPDATE frameworks SET document = 'not json' WHERE fiscal_year = 2567", ()),
        ("UPDATE frameworks SET document = json_set(document, '$.oit_groups[0].items', 5) WHERE fiscal_year = 2566", ()),
    )  # fmt: skip
    return path, ids


def test_the_store_reads_bad_values_and_flags_them(poisoned):
    path, ids = poisoned
    store = Store(open_workspace(path))
    measures = {m.id: m for m in store.measures(2567)}
    assert measures[ids[0]].indicators == () and "ตัวชี้วัด" in measures[ids[0]].problems[0]
    assert measures[ids[1]].status == "not_started" and "hacked" in measures[ids[1]].problems[0]
    assert len(measures[ids[2]].title) == 100_000 and "1,000,000" in measures[ids[2]].problems[0]
    assert measures[ids[3]].problems == ()
    assert store.framework(2567).has_item("O12")  # the built-in 2567 framework stands in
    assert "2567" in store.framework_problems[2567]
    assert store.framework(2566).has_item("O1")
    assert "oit_groups[0].items" in store.framework_problems[2566]
    assert len(store.checklist(2567)) == len(list(store.framework(2567).items()))
    store.close()


def test_excel_export_and_the_reports_run_on_a_hand_edited_workspace(poisoned, tmp_path):
    path, ids = poisoned
    store = Store(open_workspace(path))
    out = export_workbook(store, 2567, tmp_path / "out.xlsx")
    assert load_workbook(out).worksheets[2].max_row == 5
    for kind in ("oit", "guidelines"):
        assert (
            write_report(store, ReportRequest(kind=kind, year=2567), tmp_path / f"{kind}.pdf").stat().st_size
        )
    store.close()


def test_editing_a_flagged_measure_saves_clean_values(poisoned):
    path, ids = poisoned
    store = Store(open_workspace(path))
    fixed = store.update_measure(ids[1], status="done")
    assert fixed.status == "done" and fixed.problems == ()
    store.close()


@pytest.fixture
def poisoned_values(tmp_path):
    """A workspace whose agency, scores, result, checklist, links and analysis of 2567 were
    edited by hand (what an older ITADesk or a database tool can leave)."""
    from itadesk.db import evidence

    path = tmp_path / "hand-edited-values.itadesk"
    store = Store(open_workspace(path))
    store.set_agency(store.agency().__class__(name="หัวเรือ", province="อุบลราชธานี"))
    for indicator, score in ((1, 80), (2, 70), (3, 90)):
        store.set_score(2567, indicator, score)
    store.set_official_total(2567, 85)
    store.set_item_done(2567, "O1", True)
    store.set_item_field(2567, "O2", "progress", "ร่าง")
    evidence.add_link(store, 2567, "O4", title="ประกาศ", url="https://huarua.go.th/o4.pdf")
    store.set_analysis_text(2567, "IIT", "urgent", "ข้อความ")
    store.close()
    hand_edit(
        path,
        ("UPDATE agency SET name = ?, kind = 'hacked', website = ?", ("ก" * 7_000, "h" * 5_000)),
        ("UPDATE scores SET score = 500 WHERE indicator = 1", ()),
        ("UPDATE scores SET score = -3 WHERE indicator = 2", ()),
        ("UPDATE results SET official_total = -5", ()),
        ("UPDATE checklist SET done = 7 WHERE item_code = 'O1'", ()),
        ("UPDATE checklist SET progress = ? WHERE item_code = 'O2'", ("ข" * 120_000,)),
        ("UPDATE analysis_texts SET text = ?", ("ค" * 120_000,)),
        ("UPDATE evidence_links SET url = ?", ("u" * 120_000,)),
    )  # fmt: skip
    return path


def test_bad_agency_scores_checklist_and_analysis_values_are_put_right_and_flagged(poisoned_values):
    store = Store(open_workspace(poisoned_values))
    agency = store.agency()
    assert len(agency.name) == 200 and agency.kind == "องค์การบริหารส่วนตำบล" and len(agency.website) == 2000
    scores = store.scores(2567)
    assert scores[1] is None and scores[2] is None and scores[3] == 90
    assert store.official_total(2567) is None
    checklist = store.checklist(2567)
    assert checklist["O1"].done is False and "7" in checklist["O1"].problems[0]
    assert len(checklist["O2"].progress) == 100_000 and "120,000" in checklist["O2"].problems[0]
    assert checklist["O3"].problems == ()
    assert len(store.checklist(2567)["O4"].links[0].url) == 100_000
    assert len(store.analysis_texts(2567)[("IIT", "urgent")][0]) == 100_000
    problems = "\n".join(store.stored_problems(2567))
    for named in ("ชื่อหน่วยงาน", "hacked", "เว็บไซต์", "คะแนนตัวชี้วัดที่ 1", "500", "-3", "คะแนนรวมที่ประกาศ"):
        assert named in problems
    for named in ("O1 ดำเนินการแล้ว", "O2 ความก้าวหน้า", "ลิงก์หลักฐาน O4", "การวิเคราะห์ผล IIT"):
        assert named in problems
    assert store.stored_problems(2566) == store.stored_problems(2567)[:3]  # only the agency's
    store.close()


def test_saving_the_agency_again_clears_its_flags(poisoned_values):
    store = Store(open_workspace(poisoned_values))
    store.set_agency(store.agency().__class__(name="หัวเรือ"))
    store.set_score(2567, 1, 75)
    problems = "\n".join(store.stored_problems(2567))
    assert "ชื่อหน่วยงาน" not in problems and "คะแนนตัวชี้วัดที่ 1" not in problems
    assert "คะแนนตัวชี้วัดที่ 2" in problems
    store.close()


def test_an_agency_name_longer_than_a_name_can_be_is_refused_in_thai(store):
    from itadesk.errors import StoreError

    with pytest.raises(StoreError, match="ชื่อหน่วยงานยาวเกิน 200"):
        store.set_agency(store.agency().__class__(name="ก" * 201))
    store.set_agency(store.agency().__class__(name="ก" * 200))
    assert len(store.agency().name) == 200


def test_every_report_and_the_excel_export_run_on_bad_stored_values(poisoned_values, tmp_path):
    """The analysis report used to stop at "grade bands end at 0" on a stored score of 500."""
    store = Store(open_workspace(poisoned_values))
    for kind in ("measures", "analysis", "oit", "guidelines", "oit-links"):
        assert (
            write_report(store, ReportRequest(kind=kind, year=2567), tmp_path / f"{kind}.pdf").stat().st_size
        )
    assert export_workbook(store, 2567, tmp_path / "out.xlsx").stat().st_size
    store.close()
