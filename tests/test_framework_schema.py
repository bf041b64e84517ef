"""Framework documents are checked against the declared JSON Schema (framework.schema.json)
before they are used: a wrong type anywhere is refused with a Thai message naming the field,
never a TypeError in the crash dialog, and what Windows Notepad writes (a UTF-8 BOM) is read."""

from __future__ import annotations

import copy
import json

import pytest

from itadesk.frameworks import (
    FrameworkError,
    builtin_framework_files,
    load_framework_file,
    load_framework_text,
    parse_framework,
)


def _doc(year=2566):
    return json.loads(builtin_framework_files()[year].read_text(encoding="utf-8"))


def _group(doc):
    return doc["oit_groups"][0]


@pytest.mark.parametrize(
    ("break_it", "field"),
    [
        (lambda d: _group(d).update(items=5), "items"),
        (lambda d: _group(d)["items"][0].update(components=5), "components"),
        (lambda d: _group(d)["items"][0].update(components="abc"), "components"),
        (lambda d: _group(d)["items"][0].update(responsible="กองคลัง"), "responsible"),
        (lambda d: d["grading"].update(bands=5), "bands"),
        (lambda d: d.update(sources=5), "sources"),
        (lambda d: d["indicators"][0].update(number=True), "number"),
        (lambda d: d["indicators"][0].update(weight="6"), "weight"),
        (lambda d: d["grading"]["bands"][0].update(min_each_tool=float("nan")), "min_each_tool"),
        (lambda d: d["grading"]["bands"][0].update(min_total=10**5000), "min_total"),
        (lambda d: d.update(oit_groups={"code": "9.1"}), "oit_groups"),
        (lambda d: d.update(pass_mark=float("inf")), "pass_mark"),
        (lambda d: d.update(notes=["x"]), "notes"),
        (lambda d: d.update(complete="yes"), "complete"),
        (lambda d: d.update(calendar={"oit_submission_end": 430}), "oit_submission_end"),
        (lambda d: d.pop("indicators"), "indicators"),
        (lambda d: _group(d)["items"][0].update(title=""), "title"),
    ],
)
def test_a_wrong_type_is_refused_naming_the_field(break_it, field):
    doc = copy.deepcopy(_doc())
    break_it(doc)
    with pytest.raises(FrameworkError) as caught:
        parse_framework(doc)
    message = str(caught.value)
    assert field in message
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in message)  # the reason is in Thai


def test_components_given_as_text_are_not_split_into_letters():
    doc = copy.deepcopy(_doc())
    _group(doc)["items"][0]["components"] = "abc"
    with pytest.raises(FrameworkError, match="components"):
        parse_framework(doc)


@pytest.mark.parametrize(
    "text",
    [
        '{"format": "itadesk-framework", "fiscal_year": ' + "9" * 5000 + "}",
        "[" * 100_000,
        '{"format": "itadesk-framework", "pass_mark": NaN}',
        "5",
        "",
        "\x00\x01",
    ],
)
def test_hostile_json_text_is_refused_cleanly(text):
    with pytest.raises(FrameworkError):
        load_framework_text(text)


def test_a_file_notepad_saved_with_a_bom_is_read(tmp_path):
    path = tmp_path / "เกณฑ์.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(_doc(), ensure_ascii=False).encode("utf-8"))
    assert load_framework_file(path).fiscal_year == 2566
    assert load_framework_text(path.read_text(encoding="utf-8")).fiscal_year == 2566


def test_a_file_that_is_not_utf8_is_refused_in_thai(tmp_path):
    path = tmp_path / "เกณฑ์.json"
    path.write_bytes(json.dumps(_doc(), ensure_ascii=False).encode("utf-16"))
    with pytest.raises(FrameworkError, match="UTF-8"):
        load_framework_file(path)


def test_unknown_optional_keys_are_kept_open_for_new_fields():
    """Later ITADesk versions add fields (a variant label, per-item source/confidence): a
    document carrying them still loads here."""
    doc = copy.deepcopy(_doc())
    doc["edition_note"] = "ฉบับปรับปรุง"  # a field this version does not know yet
    _group(doc)["items"][0].update(source="คู่มือ ITA 2566 หน้า 12", confidence="high", page=12)
    assert parse_framework(doc).has_item("O1")


def test_every_builtin_framework_passes_the_schema():
    for year in builtin_framework_files():
        assert parse_framework(_doc(year)).fiscal_year == year
