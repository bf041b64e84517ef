"""Scoring rules against the published numbers of seed 003 (เทศบาลตำบลมวกเหล็ก) and the
grade bands of ITA-FRAMEWORKS.md."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from itadesk import scoring
from itadesk.frameworks import builtin_frameworks

SEED_2565 = dict(
    zip(range(1, 11), [100, 99.63, 99.91, 99.66, 99.65, 95.28, 96.13, 95.53, 72.43, 37.50], strict=True)
)
SEED_2564 = dict(
    zip(range(1, 11), [92.62, 80.29, 87.95, 81.93, 83.48, 96.61, 96.72, 94.59, 84.64, 37.50], strict=True)
)


def fw(year):
    return builtin_frameworks()[year]


def test_seed_003_2565_scores_give_the_official_total_and_grade_b():
    total = scoring.weighted_total(fw(2565), SEED_2565)
    assert total == 80.61
    result = scoring.grade(fw(2565), total, scoring.tool_scores(fw(2565), SEED_2565))
    assert result.label == "B"
    assert not result.passed


def test_seed_003_year_over_year_changes():
    changes = scoring.changes(SEED_2564, SEED_2565)
    # Each 2565 score minus the 2564 score of seed 003's comparison table.
    assert changes == {
        1: 7.38, 2: 19.34, 3: 11.96, 4: 17.73, 5: 16.17,
        6: -1.33, 7: -0.59, 8: 0.94, 9: -12.21, 10: 0.0,
    }  # fmt: skip


def test_seed_003_ranking_table():
    ranked = scoring.ranking(fw(2565), SEED_2565)
    assert [number for _rank, number, _score in ranked] == [1, 3, 4, 5, 2, 7, 8, 6, 9, 10]
    assert [rank for rank, _n, _s in ranked] == list(range(1, 11))


def test_equal_scores_share_a_rank():
    ranked = scoring.ranking(fw(2565), {1: 90, 2: 95, 3: 90, 4: None})
    assert ranked == [(1, 2, 95.0), (2, 1, 90.0), (2, 3, 90.0)]


def test_pass_fail_per_indicator_at_85():
    assert scoring.passes(fw(2565), 85.0) is True
    assert scoring.passes(fw(2565), 84.99) is False
    assert scoring.passes(fw(2565), None) is None


@pytest.mark.parametrize(
    ("total", "label"),
    [(100, "AA"), (95, "AA"), (94.99, "A"), (85, "A"), (84.99, "B"), (75, "B"), (74.99, "C"),
     (65, "C"), (55, "D"), (54.99, "E"), (50, "E"), (49.99, "F"), (0, "F")],
)  # fmt: skip
def test_letter_bands_up_to_2565(total, label):
    assert scoring.grade(fw(2564), total).label == label


def test_seed_000_2566_total_is_pass_without_tool_scores():
    result = scoring.grade(fw(2566), 86.49)
    assert result.label == "ผ่าน" and result.passed and not result.tools_known


@pytest.mark.parametrize(
    ("total", "tools", "label"),
    [
        (96, {"IIT": 96, "EIT": 95, "OIT": 97}, "ผ่านดีเยี่ยม"),
        (96, {"IIT": 96, "EIT": 94, "OIT": 97}, "ผ่านดี"),
        (88, {"IIT": 90, "EIT": 86, "OIT": 85}, "ผ่านดี"),
        (88, {"IIT": 90, "EIT": 86, "OIT": 80}, "ผ่าน"),
        (84.99, {"IIT": 99, "EIT": 99, "OIT": 60}, "ต้องปรับปรุง"),
        (70, {}, "ต้องปรับปรุง"),
        (69.99, {}, "ต้องปรับปรุงโดยด่วน"),
    ],
)
def test_ratings_from_2566(total, tools, label):
    assert scoring.grade(fw(2566), total, tools).label == label


def test_weighted_total_needs_every_indicator():
    partial = dict(SEED_2565)
    partial[7] = None
    assert scoring.weighted_total(fw(2565), partial) is None
    assert scoring.tool_scores(fw(2565), partial)["EIT"] is None
    assert scoring.tool_scores(fw(2565), partial)["IIT"] == 99.77


def test_oit_projection_reproduces_seed_003_from_item_counts():
    framework = fw(2565)
    done_per_group = {"9.1": 9, "9.2": 8, "9.3": 4, "9.4": 1, "9.5": 4, "10.1": 6, "10.2": 0}
    done = [item.code for g in framework.oit_groups for item in g.items[: done_per_group[g.code]]]
    projection = scoring.oit_projection(framework, done)
    assert projection.indicators == {9: 72.43, 10: 37.5}


@pytest.mark.parametrize(
    ("text", "value"), [("80.61", 80.61), ("๘๐.๖๑", 80.61), (" 100 ", 100.0), ("", None), ("0", 0.0)]
)
def test_parse_score_accepts_thai_and_latin_digits(text, value):
    assert scoring.parse_score(text) == value


@pytest.mark.parametrize("text", ["abc", "100.01", "-1", "nan", "inf", "8O"])
def test_parse_score_refuses_with_thai_message(text):
    with pytest.raises(ValueError, match="คะแนน"):
        scoring.parse_score(text)


@given(st.lists(st.floats(min_value=0, max_value=100, allow_nan=False), min_size=10, max_size=10))
def test_weighted_total_lies_between_lowest_and_highest_score(values):
    total = scoring.weighted_total(fw(2566), dict(zip(range(1, 11), values, strict=True)))
    assert min(values) - 0.005 <= total <= max(values) + 0.005
