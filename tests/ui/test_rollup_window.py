"""The roll-up window: File → ภาพรวมหลายหน่วยงาน…, a folder read with progress, the views
sorted and filtered, and the workbook and PDF saved from it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from itadesk.ui.rollup_window import RollupWindow
from tests.rollup_offices import YEAR, make_offices
from tests.ui.conftest import type_text

TODAY = dt.date(2024, 3, 1)


@pytest.fixture
def district(tmp_path):
    folder = tmp_path / "district"
    return folder, make_offices(folder)


@pytest.fixture
def rollup_window(qtbot, district):
    window = RollupWindow(today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _shown(view, column_title):
    model = view.model()
    source = model.sourceModel() if hasattr(model, "sourceModel") else model
    column = next(i for i, c in enumerate(source.columns) if c.title == column_title)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_typing_a_folder_reads_every_office_and_lists_what_was_left_out(qtbot, rollup_window, district):
    folder, paths = district
    type_text(rollup_window.folder_edit, str(folder))
    qtbot.keyClick(rollup_window.folder_edit, Qt.Key.Key_Return)
    assert rollup_window.year == YEAR  # the fiscal year of TODAY
    assert sorted(_shown(rollup_window.offices_view, "หน่วยงาน")) == [
        "องค์การบริหารส่วนตำบลหนองบัว",
        "องค์การบริหารส่วนตำบลหัวเรือ",
        "เทศบาลตำบลวารินชำราบ",
    ]
    assert "๓ หน่วยงาน" in rollup_window.summary_label.text()
    unused = _shown(rollup_window.unused_view, "ไฟล์")
    assert str(paths["hostile"]) in unused and str(paths["hua_ruea_old"]) in unused
    assert rollup_window.tabs.tabText(3).endswith("(๒)")


def _load(qtbot, window, folder):
    window.folder_edit.setText(str(folder))
    window._fill_years([YEAR], YEAR)
    window.reload()


def test_offices_sort_by_total_with_the_unannounced_last_and_filter_by_district(
    qtbot, rollup_window, district
):
    folder, _paths = district
    _load(qtbot, rollup_window, folder)
    view = rollup_window.offices_view
    source = rollup_window.offices_model
    total_column = next(i for i, c in enumerate(source.columns) if c.title == "คะแนนรวม (ประกาศ)")
    view.horizontalHeader().setSortIndicator(total_column, Qt.SortOrder.DescendingOrder)
    assert _shown(view, "คะแนนรวม (ประกาศ)") == ["91.20", "86.49", "–"]
    rollup_window.district_combo.setCurrentIndex(rollup_window.district_combo.findData("วารินชำราบ"))
    assert sorted(_shown(view, "หน่วยงาน")) == ["องค์การบริหารส่วนตำบลหนองบัว", "เทศบาลตำบลวารินชำราบ"]
    assert rollup_window.count_label.text() == "แสดง ๒ จาก ๓ หน่วยงาน"
    type_text(rollup_window.search_edit, "หนอง บัว")
    assert _shown(view, "หน่วยงาน") == ["องค์การบริหารส่วนตำบลหนองบัว"]
    assert rollup_window.count_label.text() == "แสดง ๑ จาก ๓ หน่วยงาน"


def test_the_items_view_puts_the_items_most_offices_miss_first(qtbot, rollup_window, district):
    folder, _paths = district
    _load(qtbot, rollup_window, folder)
    missing = [int(n) for n in _shown(rollup_window.items_view, "จำนวนที่ยังไม่ทำ")]
    assert missing == sorted(missing, reverse=True) and missing[0] == 3 and missing[-1] == 1
    codes = _shown(rollup_window.items_view, "ข้อ")
    assert codes[-1] in {"O1", "O2"}


def test_the_workbook_and_the_pdf_are_saved_from_the_window(qtbot, rollup_window, district, tmp_path):
    folder, _paths = district
    _load(qtbot, rollup_window, folder)
    xlsx = rollup_window.save(".xlsx", str(tmp_path / "สรุป.xlsx"))
    pdf = rollup_window.save(".pdf", str(tmp_path / "สรุป.pdf"))
    assert xlsx.stat().st_size > 0 and pdf.read_bytes().startswith(b"%PDF")


def test_the_file_menu_opens_the_roll_up_window(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    action = next(
        a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "ภาพรวมหลายหน่วยงาน…"
    )
    action.trigger()
    rollup = window._rollup_window
    qtbot.addWidget(rollup)
    assert rollup.isVisible() and rollup.windowTitle().startswith("ภาพรวมหลายหน่วยงาน")


def test_the_window_speaks_english_when_asked(qtbot, district):
    from itadesk.ui.app import application
    from itadesk.ui.i18n import install_translator
    from tests.ui.test_languages import THAI, _texts

    folder, _paths = district
    install_translator(application(), "en")
    try:
        window = RollupWindow(today=TODAY)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        _load(qtbot, window, folder)
        qtbot.wait(20)  # the layout follows the new texts
        words = [text for _w, text, _fits in _texts(window)]
        for model in (window.offices_model, window.items_model, window.unused_model):
            words += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert "Total (announced)" in words and "Offices not done" in words
        assert [w for w in words if THAI.search(w)] == []
        assert not [text for _w, text, fits in _texts(window) if not fits]
    finally:
        install_translator(application(), "th")
