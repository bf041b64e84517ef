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
