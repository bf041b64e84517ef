"""A demo workspace whose 2567 checklist has titled evidence links, checks' findings and a
link carried from 2566: what the publishing outputs are made from."""

from __future__ import annotations

import pytest

from itadesk.db import Store, evidence, open_workspace
from itadesk.db.yearly import start_new_year

LINKS = {
    "O1": [("โครงสร้างหน่วยงาน <ผัง> & อำนาจ", "https://www.huarua.go.th/ita/2567/o1?a=1&b=<2>")],
    "O2": [
        ("ข้อมูลผู้บริหาร", "https://www.huarua.go.th/executives"),
        ("ทำเนียบผู้บริหาร (PDF)", r"C:\Users\clerk\Desktop\ทำเนียบ.pdf"),
    ],
    "O10": [
        ("แผนดำเนินงานประจำปี ๒๕๖๗", "https://www.huarua.go.th/plan-2567.pdf"),
        ("ประกาศ \"แผน\" ฉบับ 'แก้ไข'", "http://www.huarua.go.th/plan"),
        ("-ไฟล์แนบ", "https://drive.google.com/file/d/1AbC/view?usp=sharing"),
    ],
}


@pytest.fixture
def published(demo_path):
    """(path, store) of the demo with links in 2567; O5 has last year's link to review."""
    store = Store(open_workspace(demo_path))
    evidence.add_link(store, 2566, "O5", url="https://www.huarua.go.th/contact", title="ช่องทางติดต่อ ๒๕๖๖")
    start_new_year(store, 2566)
    for code, links in LINKS.items():
        for title, url in links:
            evidence.add_link(store, 2567, code, url=url, title=title)
    store.set_item_done(2567, "O1", True)
    yield demo_path, store
    store.close()
