"""The report signers are set once per workspace: stored in ``meta`` with the stamp of their
save, so the later save wins when copies merge, checked in a copy like any other value, and
read back as empty signers (never a crash) when the stored value is not what ITADesk writes."""

from __future__ import annotations

import json
import sqlite3

import pytest

from itadesk.cli import main
from itadesk.db import Store, open_workspace
from itadesk.db.merge import merge_file
from itadesk.db.signers import KEY, set_signers, signers
from itadesk.db.transfer import export_copy
from itadesk.errors import WorkspaceError
from itadesk.signing import LIMIT, ROLES, SignatureError, Signers, wants_signature

CLERK = ("นางสาวสมศรี ใจดี", "นักวิเคราะห์นโยบายและแผนชำนาญการ")
HEAD = ("นายประเสริฐ มั่นคง", "นายกองค์การบริหารส่วนตำบลหัวเรือ")


def _stored(path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [KEY]).fetchone()
    finally:
        conn.close()
    return row[0] if row else None


def _poke(path, value: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [KEY, value])
    conn.commit()
    conn.close()


def test_signers_round_trip_through_the_file(store, workspace_path):
    assert signers(store) == Signers() and signers(store).is_empty
    assert set_signers(store, Signers.of(reporter=CLERK, executive=(" นายประเสริฐ   มั่นคง\n", HEAD[1])))
    assert not set_signers(store, signers(store)), "saving the same signers again changes nothing"
    store.close()
    again = Store(open_workspace(workspace_path))
    try:
        read = signers(again)
        assert [(s.label, s.name, s.position) for s in read] == [
            ("ผู้รายงาน", *CLERK),
            ("ผู้ตรวจสอบ", "", ""),
            ("ผู้บริหาร", *HEAD),  # spaces and the newline collapsed as printed
        ]
        document = json.loads(_stored(workspace_path))
        assert set(document) == {"stamp", "device", "signers"} and document["device"]
        audit = again.db.execute(
            "SELECT new_value FROM audit WHERE table_name = 'meta' AND row_id = ?", [KEY]
        )
        assert CLERK[0] in audit.fetchone()[0], "the save is in the audit trail"
    finally:
        again.close()


def test_over_long_text_is_refused_in_thai_and_nothing_is_saved(store):
    with pytest.raises(SignatureError, match=f"ชื่อของผู้ตรวจสอบยาว 201 ตัวอักษร เกิน {LIMIT}"):
        set_signers(store, Signers.of(reviewer=("ก" * 201, "")))
    with pytest.raises(SignatureError, match="ตำแหน่งของผู้บริหาร"):
        Signers().replace("executive", position="ข" * 300)
    assert signers(store).is_empty


def test_undo_and_redo_of_a_signers_save(store):
    heard = []
    store.on_commit = heard.append
    set_signers(store, Signers.of(reporter=CLERK))
    set_signers(store, Signers.of(reporter=CLERK, executive=HEAD))
    assert len(heard) == 2
    store.apply_changes(heard[1], undo=True)
    assert signers(store) == Signers.of(reporter=CLERK)
    store.apply_changes(heard[1], undo=False)
    assert signers(store).executive.name == HEAD[0]
    store.apply_changes(heard[0], undo=True)
    assert signers(store).is_empty


@pytest.mark.parametrize(
    "value",
    [
        "not json",
        "[1, 2]",
        '{"stamp": "x", "device": "d", "signers": {"reporter": {"name": 5}}}',
        json.dumps({"stamp": "000001700000000.000000", "device": "d", "signers": {"boss": {}}}),
        json.dumps({"signers": {"reporter": {"name": "ก" * 5000}}, "stamp": "1", "device": "d"}),
    ],
)
def test_a_bad_stored_value_reads_as_empty_signers_and_reports_still_print(workspace_path, value, tmp_path):
    from itadesk.reporting import ReportRequest, write_report

    Store(open_workspace(workspace_path)).close()
    _poke(workspace_path, value)
    store = Store(open_workspace(workspace_path))
    try:
        assert signers(store) == Signers()
        out = write_report(store, ReportRequest("measures", 2567), tmp_path / "m.pdf")
        assert out.stat().st_size > 1000
        set_signers(store, Signers.of(reporter=CLERK))  # and a new save replaces it
        assert signers(store).reporter.name == CLERK[0]
    finally:
        store.close()


def _copy(store: Store, path) -> None:
    export_copy(store.db.conn, path)


def test_the_later_save_wins_on_merge_whichever_way_the_copies_travel(tmp_path):
    clerk, head = (Store(open_workspace(tmp_path / f"{n}.itadesk")) for n in ("clerk", "head"))
    try:
        set_signers(clerk, Signers.of(reporter=CLERK))
        set_signers(head, Signers.of(reporter=CLERK, executive=HEAD))  # saved later
        _copy(clerk, tmp_path / "from-clerk.itadesk")
        _copy(head, tmp_path / "from-head.itadesk")
        merge_file(head, tmp_path / "from-clerk.itadesk")
        assert signers(head).executive.name == HEAD[0], "an older save does not replace a newer one"
        result = merge_file(clerk, tmp_path / "from-head.itadesk")
        assert result.changed >= 1
        assert signers(clerk) == signers(head) == Signers.of(reporter=CLERK, executive=HEAD)
        # a later save on the clerk's PC travels back the other way
        set_signers(clerk, Signers.of(reporter=CLERK, reviewer=("นายสมชาย รักงาน", "ปลัด อบต.")))
        _copy(clerk, tmp_path / "again.itadesk")
        merge_file(head, tmp_path / "again.itadesk")
        assert signers(head).reviewer.name == "นายสมชาย รักงาน" and signers(head).executive.is_empty
        merge_file(head, tmp_path / "again.itadesk")  # twice: nothing changes
        assert signers(head) == signers(clerk)
    finally:
        clerk.close()
        head.close()


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("not json", "ไม่ใช่ JSON"),
        ('{"stamp": "000001700000000.000000", "device": "d"}', "ต้องมีเฉพาะ"),
        (json.dumps({"stamp": "zzzz", "device": "d", "signers": {}}), "เวลาแก้ไข"),
        (
            json.dumps(
                {
                    "stamp": "000001700000000.000000",
                    "device": "d",
                    "signers": {"reporter": {"name": "ก" * 201}},
                }
            ),
            "ยาวเกิน 200",
        ),
        (
            json.dumps(
                {"stamp": "000001700000000.000000", "device": "d", "signers": {"reviewer": {"name": "ก\x07"}}}
            ),
            "อักขระควบคุม",
        ),
        (
            json.dumps({"stamp": "000001700000000.000000", "device": "d", "signers": {"reporter": ["x"]}}),
            "เฉพาะชื่อและตำแหน่ง",
        ),
    ],
)
def test_a_copy_with_poisoned_signers_is_refused_and_the_working_file_is_unchanged(tmp_path, value, reason):
    other = Store(open_workspace(tmp_path / "other.itadesk"))
    other.add_measure(2567, title="งานของอีกเครื่อง")
    _copy(other, tmp_path / "usb.itadesk")
    other.close()
    _poke(tmp_path / "usb.itadesk", value)
    store = Store(open_workspace(tmp_path / "office.itadesk"))
    try:
        set_signers(store, Signers.of(executive=HEAD))
        before = _stored(tmp_path / "office.itadesk")
        with pytest.raises(WorkspaceError, match="ไม่ได้รวมข้อมูลใดจากไฟล์นี้") as caught:
            merge_file(store, tmp_path / "usb.itadesk")
        assert reason in str(caught.value) and "signers" in str(caught.value)
        assert _stored(tmp_path / "office.itadesk") == before
        assert not store.measures(2567), "nothing of the copy was merged"
    finally:
        store.close()


def test_which_reports_are_signed():
    assert [wants_signature(k, None) for k in ("measures", "guidelines", "analysis", "oit")] == [
        True,
        True,
        True,
        False,
    ]
    assert wants_signature("oit", True) and not wants_signature("measures", False)
    for kind in ("oit-links", "poster-eit", "poster-iit"):
        assert not wants_signature(kind, None)
        with pytest.raises(SignatureError, match=f"รายงาน “{kind}” ไม่มีช่องลงนาม"):
            wants_signature(kind, True)
    assert list(ROLES.values()) == ["ผู้รายงาน", "ผู้ตรวจสอบ", "ผู้บริหาร"]


def test_the_command_line_sets_and_shows_the_signers(workspace_path, capsys):
    Store(open_workspace(workspace_path)).close()
    args = ["signers", str(workspace_path), "--reporter", CLERK[0], "--reporter-position", CLERK[1]]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "บันทึกผู้ลงนามท้ายรายงานแล้ว" in out and f"ผู้รายงาน: {CLERK[0]} ตำแหน่ง {CLERK[1]}" in out
    assert "ผู้บริหาร: (เว้นไว้เขียนด้วยมือ)" in out
    assert main(["signers", "--workspace", str(workspace_path), "--executive", HEAD[0]]) == 0
    assert main(["signers", str(workspace_path)]) == 0
    shown = capsys.readouterr().out.splitlines()
    assert shown[-3:] == [
        f"ผู้รายงาน: {CLERK[0]} ตำแหน่ง {CLERK[1]}",
        "ผู้ตรวจสอบ: (เว้นไว้เขียนด้วยมือ) ตำแหน่ง (เว้นไว้เขียนด้วยมือ)",
        f"ผู้บริหาร: {HEAD[0]} ตำแหน่ง (เว้นไว้เขียนด้วยมือ)",
    ]
    assert main(["signers", str(workspace_path), "--reporter", ""]) == 0
    assert main(["signers", str(workspace_path), "--reviewer", "ก" * 201]) == 1
    assert "เกิน 200 ตัวอักษร" in capsys.readouterr().err
    store = Store(open_workspace(workspace_path))
    try:
        assert signers(store) == Signers.of(reporter=("", CLERK[1]), executive=(HEAD[0], ""))
    finally:
        store.close()


def test_the_command_line_speaks_english_on_an_english_pc(workspace_path, capsys):
    from itadesk import messages
    from itadesk.pc_settings import set_pc_setting

    Store(open_workspace(workspace_path)).close()
    set_pc_setting("language", "en")
    try:
        assert main(["signers", str(workspace_path), "--executive", HEAD[0]]) == 0
        out = capsys.readouterr().out
        assert main(["signers", str(workspace_path), "--reviewer", "ก" * 201]) == 1
        err = capsys.readouterr().err
        assert (
            main(["report", "oit-links", "--workspace", str(workspace_path), "--signature", "--out", "x.pdf"])
            == 1
        )
        refused = capsys.readouterr().err
    finally:
        set_pc_setting("language", "th")
        messages.use_language("th")
    assert out.splitlines() == [
        "Report signers saved",
        "Reporter: (left blank to write by hand), position (left blank to write by hand)",
        "Reviewer: (left blank to write by hand), position (left blank to write by hand)",
        f"Executive: {HEAD[0]}, position (left blank to write by hand)",
    ]
    assert "The name of the Reviewer is 201 characters long, over 200" in err
    assert "The “oit-links” report has no signature block" in refused
