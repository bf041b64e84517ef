"""The OIT report variant that prints every item's links passes the Thai checker and
prints each URL exactly as stored."""

from __future__ import annotations

from itadesk.db import Store, evidence, open_workspace
from itadesk.db.yearly import start_new_year
from itadesk.reporting import REPORT_KINDS, ReportRequest, write_report

from .test_reports import squashed, text_of

URLS = {
    "O1": ("โครงสร้าง <ผัง> & อำนาจหน้าที่", "https://www.huarua.go.th/ita/2567/o1?a=1&b=<2>"),
    "O10": (
        "แผนดำเนินงานประจำปี ๒๕๖๗ (PDF)",
        "https://www.huarua.go.th/index.php/ita-2567/o10-operation-plan-annual.pdf",
    ),
}


def test_oit_links_report_prints_each_items_links_and_checks(demo_path, tmp_path, check_pdf):
    assert "oit-links" in REPORT_KINDS
    store = Store(open_workspace(demo_path))
    evidence.add_link(store, 2566, "O5", url="https://www.huarua.go.th/contact", title="ช่องทางติดต่อ")
    start_new_year(store, 2566)
    for code, (title, url) in URLS.items():
        evidence.add_link(store, 2567, code, url=url, title=title)
    evidence.add_link(store, 2567, "O2", url=r"C:\Users\clerk\ผู้บริหาร.pdf", title="ผู้บริหาร")
    out = write_report(store, ReportRequest("oit-links", 2567), tmp_path / "links.pdf")
    agency = store.agency().full_name
    store.close()
    passed, summary, output = check_pdf(out, [agency, *(title for title, _url in URLS.values())])
    assert passed, output
    joined = "".join(text_of(out))
    for _title, url in URLS.values():
        assert squashed(url) in joined
    assert squashed("ลิงก์ที่ ๑: ที่อยู่ไฟล์ในเครื่อง") in joined
    assert squashed("(ยกมาจากปี ๒๕๖๖ รอยืนยัน)") in joined
    assert squashed("ยังไม่มีลิงก์") in joined
