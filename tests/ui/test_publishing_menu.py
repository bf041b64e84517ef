"""File → publish the ITA web page and export the NACC table, as the clerk does it."""

from __future__ import annotations

import csv

from PySide6.QtWidgets import QFileDialog, QMessageBox

from itadesk.db import evidence


def test_file_menu_publishes_the_page_and_exports_the_table(
    make_window, workspace_path, tmp_path, monkeypatch, when_dialog_opens
):
    window = make_window(workspace_path)
    window.set_year(2567)
    evidence.add_link(window.store, 2567, "O1", url="https://www.huarua.go.th/o1?a=1&b=2", title="โครงสร้าง")
    folder = tmp_path / "เว็บ ITA"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    texts = []

    def answer_no(box):
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    when_dialog_opens(answer_no)
    window.publishing.web_action.trigger()
    assert "ลิงก์ 1 รายการ" in texts[0]
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert 'href="https://www.huarua.go.th/o1?a=1&amp;b=2"' in page
    assert "index.html" in window.statusBar().currentMessage()

    table = tmp_path / "oit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(table), "CSV UTF-8 (*.csv)"))
    window.publishing.oit_action.trigger()
    with table.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][:5] == [
        "O1",
        "9.1",
        window.store.framework(2567).item("O1").title,
        "ยังไม่ดำเนินการ",
        "https://www.huarua.go.th/o1?a=1&b=2",
    ]


def test_survey_links_are_set_in_the_window_and_a_bad_link_keeps_the_dialog_open(
    make_window, workspace_path, qtbot, when_dialog_opens
):
    from itadesk.db.surveys import survey_links
    from itadesk.ui.dialogs.survey_dialog import SurveyLinksDialog

    from .conftest import type_text

    window = make_window(workspace_path)
    window.set_year(2567)
    errors = []

    def fill(dialog):
        assert isinstance(dialog, SurveyLinksDialog)
        dialog.url_edits["eit"].setFocus()
        type_text(dialog.url_edits["eit"], "itas.nacc.go.th/eit")
        dialog.accept()
        errors.append(dialog.error_label.text())
        dialog.url_edits["eit"].clear()
        type_text(dialog.url_edits["eit"], "https://itas.nacc.go.th/go/eit/x1?o=2")
        type_text(dialog.period_edits["eit"], "1 พ.ค. – 31 ก.ค. 2567")
        type_text(dialog.url_edits["iit"], "https://itas.nacc.go.th/go/iit/y2")
        dialog.accept()

    when_dialog_opens(fill)
    window.publishing.survey_action.trigger()
    assert "ไม่ใช่ที่อยู่เว็บ" in errors[0]
    links = survey_links(window.store, 2567)
    assert (links["eit"].url, links["eit"].period) == (
        "https://itas.nacc.go.th/go/eit/x1?o=2",
        "1 พ.ค. – 31 ก.ค. 2567",
    )
    assert links["iit"].url == "https://itas.nacc.go.th/go/iit/y2"
    assert "poster-eit" in window.report_actions and "poster-iit" in window.report_actions
