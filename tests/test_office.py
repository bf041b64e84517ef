"""One office per file: the identity every copy carries, the rule for a second PC's own
workspace, refusing another office's copy, and the user name that stays on its PC."""

from __future__ import annotations

import sqlite3

import pytest

from itadesk import cli, pc_settings
from itadesk.db import Store, open_workspace
from itadesk.db.merge import merge_file
from itadesk.db.office import OtherOfficeError, office_of
from itadesk.db.transfer import export_copy
from itadesk.records import Agency


def office_store(path, name: str | None) -> Store:
    store = Store(open_workspace(path))
    if name:
        store.set_agency(Agency(name=name, kind="องค์การบริหารส่วนตำบล", province="นครราชสีมา"))
    return store


def usb_copy(store: Store, path) -> str:
    export_copy(store.db.conn, path)
    return str(path)


def test_every_copy_carries_the_office_identity_and_the_pc_it_came_from(tmp_path):
    store = office_store(tmp_path / "a.itadesk", "หนองบัวใหญ่")
    store.set_user_name("สมศรี มีสุข")
    store.note_opened("PC-ธุรการ")
    copy = usb_copy(store, tmp_path / "usb.itadesk")
    office = office_of(copy)
    assert office.id and office.id == store.office().id
    assert office.name == "องค์การบริหารส่วนตำบลหนองบัวใหญ่"
    assert (office.pc, office.user) == ("PC-ธุรการ", "สมศรี มีสุข")
    assert "เครื่อง PC-ธุรการ" in office.describe() and "ผู้ใช้ สมศรี มีสุข" in office.describe()
    store.close()
    reopened = Store(open_workspace(tmp_path / "a.itadesk"))
    assert reopened.office().id == office.id  # stable across openings
    reopened.close()


def test_another_offices_copy_is_refused_naming_both_and_nothing_changes(tmp_path):
    ours = office_store(tmp_path / "ours.itadesk", "หนองบัวใหญ่")
    theirs = office_store(tmp_path / "theirs.itadesk", "หัวเรือ")
    theirs.add_measure(2567, title="มาตรการของหัวเรือ")
    copy = usb_copy(theirs, tmp_path / "usb.itadesk")
    before = ours.db.execute("SELECT count(*) FROM measures").fetchone()
    with pytest.raises(OtherOfficeError) as refused:
        merge_file(ours, copy)
    assert "หัวเรือ" in str(refused.value) and "หนองบัวใหญ่" in str(refused.value)
    assert ours.agency().name == "หนองบัวใหญ่"
    assert ours.db.execute("SELECT count(*) FROM measures").fetchone() == before


def test_the_command_line_refuses_another_offices_copy_in_thai(tmp_path, capsys):
    ours = office_store(tmp_path / "ours.itadesk", "หนองบัวใหญ่")
    ours.close()
    theirs = office_store(tmp_path / "theirs.itadesk", "หัวเรือ")
    copy = usb_copy(theirs, tmp_path / "usb.itadesk")
    code = cli.main(["merge", "--workspace", str(tmp_path / "ours.itadesk"), "--from", copy])
    assert code != 0
    err = capsys.readouterr().err
    assert "หัวเรือ" in err and "หนองบัวใหญ่" in err


@pytest.mark.parametrize("second_name", ["หนองบัวใหญ่", " หนองบัว ใหญ่ ", None])
def test_a_second_pcs_own_workspace_merges_and_both_settle_on_the_smaller_id(tmp_path, second_name):
    first = office_store(tmp_path / "first.itadesk", "หนองบัวใหญ่")
    second = office_store(tmp_path / "second.itadesk", second_name)  # made before any copy arrived
    second.add_measure(2567, title="จากเครื่องที่สอง")
    ids = {first.office().id, second.office().id}
    assert len(ids) == 2
    merge_file(first, usb_copy(second, tmp_path / "to-first.itadesk"))
    merge_file(second, usb_copy(first, tmp_path / "to-second.itadesk"))
    assert first.office().id == second.office().id == min(ids)
    assert [m.title for m in first.measures(2567)] == ["จากเครื่องที่สอง"]


def test_the_user_name_belongs_to_the_pc_not_to_the_file(tmp_path, monkeypatch):
    store = office_store(tmp_path / "a.itadesk", "หนองบัวใหญ่")
    store.set_user_name("สมศรี มีสุข")
    store.note_opened("PC-1")
    store.set_score(2567, 1, 90)
    copy = usb_copy(store, tmp_path / "usb.itadesk")
    store.close()
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT count(*) FROM meta WHERE key = 'setting.user_name'").fetchone() == (0,)
    conn.close()
    # The copy is taken over on another PC (another Windows account: its own settings).
    monkeypatch.setenv("ITADESK_DATA_DIR", str(tmp_path / "other-pc"))
    assert pc_settings.user_name() == ""
    other = Store(open_workspace(copy))
    assert other.user_name == ""
    assert other.note_opened("PC-2") is True  # last opened elsewhere: ask who works here
    other.set_user_name("วิชัย")
    other.set_score(2567, 1, 91)
    names = [
        r[0] for r in other.db.execute("SELECT user_name FROM audit WHERE table_name='scores' ORDER BY at")
    ]
    assert names[-1] == "วิชัย" and "สมศรี มีสุข" in names
    assert other.note_opened("PC-2") is False
    other.close()
