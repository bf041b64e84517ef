"""The window on a workspace edited by hand: it opens without the crash dialog, the
measures with bad stored values are shown flagged (⚠, highlighted, the reason in the
tooltip), a year whose stored framework is unreadable says so, and screenshots are drawn."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from test_stored_values import poisoned  # noqa: F401  (the fixture: tests/ is on the path)

from itadesk.ui.measures_model import COL_NUMBER, COL_TITLE
from itadesk.ui.screenshots import save_screenshots


def test_the_window_shows_bad_stored_values_flagged(make_window, poisoned, monkeypatch, tmp_path):  # noqa: F811
    path, ids = poisoned
    crashes = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: crashes.append(exc))
    window = make_window(path)
    window.set_year(2567)
    window.tabs.setCurrentWidget(window.measures_tab)
    model = window.measures_tab.model
    rows = {model.measure_at(r).id: r for r in range(model.rowCount())}
    flagged = model.index(rows[ids[1]], COL_NUMBER)
    assert model.data(flagged).startswith("⚠")
    assert "hacked" in model.data(flagged, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(rows[ids[1]], COL_TITLE), Qt.ItemDataRole.BackgroundRole) is not None
    assert not model.data(model.index(rows[ids[3]], COL_NUMBER)).startswith("⚠")
    assert "เกณฑ์ของปีนี้ในไฟล์อ่านไม่ได้" in window.dashboard_label.text()
    assert "not json" in window.dashboard_label.toolTip() or "JSON" in window.dashboard_label.toolTip()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
    assert crashes == []


def test_screenshots_of_a_hand_edited_workspace(qapp, poisoned, tmp_path):  # noqa: F811
    from itadesk.db import Store, open_workspace

    path, _ids = poisoned
    store = Store(open_workspace(path))
    shots = save_screenshots(store, tmp_path / "shots", 2567)
    store.close()
    assert len(shots) == 4 and all(p.stat().st_size > 0 for p in shots)
