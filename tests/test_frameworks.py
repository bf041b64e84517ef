"""The built-in frameworks load, hold what ITA-FRAMEWORKS.md and seed 000 say, and a
broken framework file is refused with a Thai message naming the problem."""

import copy
import json

import pytest

from itadesk.frameworks import FrameworkError, builtin_framework_files, builtin_frameworks, parse_framework


def test_every_year_2563_to_2568_ships_and_validates():
    assert sorted(builtin_frameworks()) == [2563, 2564, 2565, 2566, 2567, 2568]


@pytest.mark.parametrize("year", [2563, 2564, 2565, 2566, 2567, 2568])
def test_ten_indicators_weighted_iit30_eit30_oit40(year):
    fw = builtin_frameworks()[year]
    assert [i.number for i in fw.indicators] == list(range(1, 11))
    by_tool = {tool: sum(i.weight for i in fw.indicators_of(tool)) for tool in ("IIT", "EIT", "OIT")}
    assert by_tool == {"IIT": 30, "EIT": 30, "OIT": 40}
    assert fw.pass_mark == 85


def test_letter_grades_up_to_2565_ratings_from_2566():
    fws = builtin_frameworks()
    assert {fws[y].grading_kind for y in (2563, 2564, 2565)} == {"letter"}
    assert {fws[y].grading_kind for y in (2566, 2567, 2568)} == {"rating"}


@pytest.mark.parametrize("year", [2566, 2567])
def test_2566_and_2567_have_o1_to_o43_in_seven_sub_indicators(year):
    fw = builtin_frameworks()[year]
    assert [item.code for item in fw.items()] == [f"O{n}" for n in range(1, 44)]
    assert [g.code for g in fw.oit_groups] == ["9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2"]
    assert [len(g.items) for g in fw.oit_groups] == [10, 8, 4, 4, 4, 8, 5]
    assert all(item.components for item in fw.items()), "seed 000 lists components for every item"
    assert fw.item("O19").responsible == ("กองคลัง",)
    assert fw.item("O14").responsible == ("สำนักปลัด", "กองช่าง", "กองคลัง")


def test_component_years_follow_the_fiscal_year():
    o22_2566 = builtin_frameworks()[2566]
    o22_2567 = builtin_frameworks()[2567]
    text = o22_2566.item("O22").components[-1]
    assert o22_2566.render(text) == "เป็นรายงานผลของปี พ.ศ. ๒๕๖๕"
    assert o22_2567.render(text) == "เป็นรายงานผลของปี พ.ศ. ๒๕๖๖"
    period = o22_2567.render(o22_2567.item("O12").components[-1])
    assert "๑ ต.ค. ๖๖ – ๓๑ มี.ค. ๖๗" in period
    # The procurement act's own year is a name, not the assessed year, and stays put.
    assert "พ.ศ. ๒๕๖๐" in o22_2567.render(o22_2567.item("O19").components[0])


def test_older_framework_reproduces_the_sub_indicator_sizes_behind_seed_003():
    fw = builtin_frameworks()[2565]
    assert [len(g.items) for g in fw.oit_groups] == [9, 8, 7, 4, 5, 8, 2]
    assert fw.item("O18").title == "แผนการใช้จ่ายงบประมาณประจำปี"


def test_2568_is_marked_incomplete_and_unverified():
    fw = builtin_frameworks()[2568]
    assert not fw.complete and not fw.weights_verified
    assert fw.has_item("O24") and not fw.has_item("O5")


def _doc(year=2566):
    return json.loads(builtin_framework_files()[year].read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("break_it", "message"),
    [
        (lambda d: d["indicators"][0].update(weight=7), "น้ำหนัก"),
        (lambda d: d["oit_groups"][0]["items"][1].update(code="O1"), "ซ้ำ"),
        (lambda d: d["oit_groups"][0]["items"][0].update(code="X1"), "รหัสข้อ"),
        (lambda d: d["oit_groups"][0]["items"][0]["components"].append("ปี {ปีหน้า}"), "ตัวแทนปี"),
        (lambda d: d.update(format_version=99), "รุ่นใหม่กว่า"),
        (lambda d: d.update(format="something-else"), "ไม่ใช่ไฟล์เกณฑ์"),
        (lambda d: d["indicators"][2].update(tool="XYZ"), "เครื่องมือ"),
        (lambda d: d["oit_groups"][0].update(indicator=3), "OIT"),
        (lambda d: d["grading"]["bands"].reverse(), "เรียง"),
        (lambda d: d.update(fiscal_year="2566"), "ปี พ.ศ."),
    ],
)
def test_broken_framework_is_refused_with_a_thai_reason(break_it, message):
    doc = copy.deepcopy(_doc())
    break_it(doc)
    with pytest.raises(FrameworkError, match=message):
        parse_framework(doc)


def test_garbage_json_is_refused():
    from itadesk.frameworks import load_framework_text

    with pytest.raises(FrameworkError, match="JSON"):
        load_framework_text("{not json")
    with pytest.raises(FrameworkError):
        load_framework_text("[1, 2, 3]")
