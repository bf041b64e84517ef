"""Evidence links per OIT item: the single URL of older files becomes the first link,
links are edited, ordered, undone, merged between PCs and carried to the new year to review."""

from __future__ import annotations

import shutil
import sqlite3
import time

import pytest

from itadesk.db import SCHEMA_VERSION, Store, evidence, open_workspace
from itadesk.db.merge import merge_file
from itadesk.db.schema import TABLES_BY_VERSION, natural_id
from itadesk.db.transfer import export_copy
from itadesk.db.yearly import start_new_year
from itadesk.errors import StoreError


def _as_version_3(path, urls: dict[str, str]) -> None:
    """Turn a workspace into the file an ITADesk before evidence links left, with one URL per item."""
    conn = sqlite3.connect(path)
    for table in TABLES_BY_VERSION[SCHEMA_VERSION] - TABLES_BY_VERSION[3]:
        conn.execute(f"DROP TABLE {table}")
    for code, url in urls.items():
        conn.execute(
            "INSERT INTO checklist (id, fiscal_year, item_code, done, url, updated_at, updated_by, deleted) "
            "VALUES (?, 2567, ?, 1, ?, '000000000001000.000000', 'old-pc', 0)",
            [natural_id("checklist", 2567, code), code, url],
        )
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()


@pytest.fixture
def old_file(tmp_path):
    path = tmp_path / "v3.itadesk"
    Store(open_workspace(path)).close()
    _as_version_3(path, {"O1": "https://huarua.go.th/ita/o1 ", "O2": "", "O7": "http://huarua.go.th/o7"})
    return path


def test_single_urls_become_each_items_first_link(old_file):
    store = Store(open_workspace(old_file))
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    entries = store.checklist(2567)
    assert [(link.url, link.title, link.to_review) for link in entries["O1"].links] == [
        ("https://huarua.go.th/ita/o1", "", False)
    ]
    assert entries["O1"].url == "https://huarua.go.th/ita/o1" and entries["O1"].done
    assert entries["O2"].links == () and entries["O3"].links == ()
    assert [link.url for link in entries["O7"].links] == ["http://huarua.go.th/o7"]
    store.close()


def test_two_pcs_migrating_the_same_copy_merge_without_doubling_links(old_file, tmp_path):
    other = tmp_path / "other.itadesk"
    shutil.copy(old_file, other)
    first, second = Store(open_workspace(old_file)), Store(open_workspace(other))
    evidence.add_link(second, 2567, "O1", url="https://huarua.go.th/plan.pdf", title="แผนดำเนินงาน")
    copy = tmp_path / "usb.itadesk"
    export_copy(second.db.conn, copy)
    merge_file(first, copy)
    assert [link.url for link in first.checklist(2567)["O1"].links] == [
        "https://huarua.go.th/ita/o1",
        "https://huarua.go.th/plan.pdf",
    ]
    first.close()
    second.close()


def test_links_are_added_edited_ordered_and_removed(store):
    a = evidence.add_link(store, 2567, "O12", url="https://a.go.th/1", title="ประกาศ <ก> & ข")
    b = evidence.add_link(store, 2567, "O12", url=" https://a.go.th/2\n", note="ฉบับ PDF")
    c = evidence.add_link(store, 2567, "O12", url="https://a.go.th/3")
    assert [link.url for link in store.checklist(2567)["O12"].links] == [
        "https://a.go.th/1",
        "https://a.go.th/2",
        "https://a.go.th/3",
    ]
    assert evidence.move_link(store, c.id, -1) and not evidence.move_link(store, a.id, -1)
    evidence.update_link(store, b.id, title="แผน ๒๕๖๗")
    evidence.remove_link(store, a.id)
    links = store.checklist(2567)["O12"].links
    assert [(link.url, link.label) for link in links] == [
        ("https://a.go.th/3", "https://a.go.th/3"),
        ("https://a.go.th/2", "แผน ๒๕๖๗"),
    ]
    assert links[1].note == "ฉบับ PDF"
    with pytest.raises(StoreError, match="URL"):
        evidence.update_link(store, b.id, url="  ")
    with pytest.raises(StoreError, match="ไม่มีข้อ"):
        evidence.add_link(store, 2567, "O99", url="https://a.go.th/")
    with pytest.raises(StoreError, match="ไม่พบลิงก์"):
        evidence.update_link(store, a.id, title="ลบไปแล้ว")


def test_undoing_link_edits_gives_back_what_the_user_saw(store):
    history = []
    store.on_commit = history.append
    link = evidence.add_link(store, 2567, "O5", url="https://a.go.th/x", title="เดิม")
    evidence.update_link(store, link.id, title="ใหม่")
    evidence.remove_link(store, link.id)
    assert store.checklist(2567)["O5"].links == ()
    added, edited, removed = history
    store.apply_changes(removed, undo=True)
    assert [x.label for x in store.checklist(2567)["O5"].links] == ["ใหม่"]
    store.apply_changes(edited, undo=True)
    assert [x.label for x in store.checklist(2567)["O5"].links] == ["เดิม"]
    store.apply_changes(added, undo=True)
    assert store.checklist(2567)["O5"].links == ()


def test_links_added_on_two_pcs_both_arrive_and_edits_merge(tmp_path):
    clerk, head = (Store(open_workspace(tmp_path / f"{name}.itadesk")) for name in ("clerk", "head"))
    shared = evidence.add_link(clerk, 2567, "O10", url="https://a.go.th/budget", title="งบประมาณ")

    def send(source, target):
        copy = tmp_path / "usb.itadesk"
        copy.unlink(missing_ok=True)
        export_copy(source.db.conn, copy)
        return merge_file(target, copy)

    send(clerk, head)
    evidence.add_link(clerk, 2567, "O10", url="https://a.go.th/clerk")
    evidence.add_link(head, 2567, "O10", url="https://a.go.th/head")
    evidence.update_link(head, shared.id, title="ข้อบัญญัติงบประมาณ")
    send(clerk, head)
    send(head, clerk)
    for store in (clerk, head):
        links = store.checklist(2567)["O10"].links
        assert links[0].label == "ข้อบัญญัติงบประมาณ"
        assert sorted(link.url for link in links[1:]) == ["https://a.go.th/clerk", "https://a.go.th/head"]
    assert [link.id for link in clerk.checklist(2567)["O10"].links] == [
        link.id for link in head.checklist(2567)["O10"].links
    ], "the same order on both PCs"
    clerk.close()
    head.close()


def test_the_new_year_offers_last_years_links_to_review(store):
    evidence.add_link(store, 2566, "O1", url="https://a.go.th/structure", title="โครงสร้าง ๒๕๖๖")
    evidence.add_link(store, 2566, "O1", url="https://a.go.th/chart.pdf")
    evidence.add_link(store, 2567, "O1", url="https://a.go.th/chart.pdf")  # already entered this year
    start_new_year(store, 2566)
    start_new_year(store, 2566)  # twice: nothing offered twice
    entry = store.checklist(2567)["O1"]
    assert [(link.url, link.carried_from) for link in entry.links] == [
        ("https://a.go.th/chart.pdf", 0),
        ("https://a.go.th/structure", 2566),
    ]
    assert [link.url for link in entry.evidence] == ["https://a.go.th/chart.pdf"]
    evidence.confirm_link(store, entry.links[1].id)
    assert len(store.checklist(2567)["O1"].evidence) == 2
    assert [link.carried_from for link in store.checklist(2566)["O1"].links] == [0, 0], "last year untouched"


def test_a_single_url_edit_is_the_first_link(store):
    store.set_item_field(2567, "O3", "url", "https://a.go.th/one")
    evidence.add_link(store, 2567, "O3", url="https://a.go.th/two")
    store.set_item_field(2567, "O3", "url", "https://a.go.th/first")
    assert [link.url for link in store.checklist(2567)["O3"].links] == [
        "https://a.go.th/first",
        "https://a.go.th/two",
    ]
    store.set_item_field(2567, "O3", "url", "")
    assert [link.url for link in store.checklist(2567)["O3"].links] == ["https://a.go.th/two"]


def test_a_link_edited_on_two_pcs_is_offered_in_the_chooser_by_item(tmp_path):
    from itadesk.db.conflicts import open_conflicts

    clerk, head = (Store(open_workspace(tmp_path / f"{name}.itadesk")) for name in ("clerk", "head"))
    link = evidence.add_link(clerk, 2567, "O10", url="https://a.go.th/budget", title="งบประมาณ")
    copy = tmp_path / "usb.itadesk"
    export_copy(clerk.db.conn, copy)
    merge_file(head, copy)
    evidence.update_link(clerk, link.id, title="ข้อบัญญัติ")
    evidence.update_link(head, link.id, title="งบประมาณรายจ่าย")
    copy.unlink()
    export_copy(clerk.db.conn, copy)
    merge_file(head, copy)
    [conflict] = open_conflicts(head)
    assert (conflict.record, conflict.field_label) == ("ลิงก์หลักฐานข้อ O10 ปี 2567", "ชื่อลิงก์")
    assert {conflict.kept.value, conflict.other.value} == {"ข้อบัญญัติ", "งบประมาณรายจ่าย"}
    clerk.close()
    head.close()


def test_a_url_edited_on_a_pc_still_running_the_older_itadesk_becomes_the_first_link(old_file, tmp_path):
    """The head's PC is upgraded (its file migrates); the clerk's PC still runs the older
    version and edits O1's single URL and O4's; merging the clerk's copy keeps both edits."""
    upgraded = tmp_path / "head.itadesk"
    shutil.copy(old_file, upgraded)
    head = Store(open_workspace(upgraded))
    evidence.add_link(head, 2567, "O1", url="https://huarua.go.th/extra", title="เพิ่มเติม")
    later = (
        f"{int(time.time() * 1000) + 60_000:015d}.000000"  # the older ITADesk's edits, made after the head's
    )
    conn = sqlite3.connect(old_file)
    conn.execute(
        "UPDATE checklist SET url = 'https://huarua.go.th/ita/o1-new', updated_at = ?, "
        "updated_by = 'clerk-pc' WHERE item_code = 'O1'",
        [later],
    )
    conn.execute(
        "INSERT INTO checklist (id, fiscal_year, item_code, done, url, updated_at, updated_by, deleted) "
        "VALUES (?, 2567, 'O4', 0, 'https://huarua.go.th/plan', ?, 'clerk-pc', 0)",
        [natural_id("checklist", 2567, "O4"), later],
    )
    conn.commit()
    conn.close()
    merge_file(head, old_file)
    links = head.checklist(2567)
    assert [link.url for link in links["O1"].links] == [
        "https://huarua.go.th/ita/o1-new",
        "https://huarua.go.th/extra",
    ]
    assert [link.url for link in links["O4"].links] == ["https://huarua.go.th/plan"]
    assert [link.url for link in links["O7"].links] == ["http://huarua.go.th/o7"], "unchanged items untouched"
    merge_file(head, old_file)  # again: nothing more
    assert len(head.checklist(2567)["O1"].links) == 2
    head.close()
