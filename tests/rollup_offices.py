"""A folder of several offices' copies as a district collects them, for the roll-up tests:
different agencies, years, scores and checklist states, one office on a corrected list, one
hostile file and one older copy of the same office."""

from __future__ import annotations

import shutil
from pathlib import Path

from itadesk.db import Store, open_workspace
from itadesk.frameworks import to_document
from itadesk.records import Agency

YEAR = 2567
HUA_RUEA = [90.5, 88.0, 92.0, 86.0, 84.5, 91.0, 89.0, 90.0, 70.0, 65.0]
HUA_RUEA_BEFORE = [85.0, 80.0, 90.0, 86.0, 80.0, 90.0, 85.0, 88.0, 60.0, 62.0]
NONG_BUA = [80.0, 78.5, 82.0, 79.0, 81.0, 84.0, 83.0, 80.0, 50.0, 40.0]


def _office(path: Path, name: str, district: str, *, kind: str = "องค์การบริหารส่วนตำบล") -> Store:
    store = Store(open_workspace(path))
    store.set_user_name("ธุรการ")
    store.set_agency(Agency(name=name, kind=kind, district=district, province="อุบลราชธานี"))
    return store


def _scores(store: Store, year: int, scores: list[float]) -> None:
    for number, value in enumerate(scores, start=1):
        store.set_score(year, number, value)


def make_offices(folder: Path) -> dict[str, Path]:
    """Write the district's folder; returns the files by role."""
    (folder / "ส่งทางไลน์").mkdir(parents=True)
    paths = {
        "hua_ruea": folder / "huaruea.itadesk",
        "hua_ruea_old": folder / "ส่งทางไลน์" / "huaruea-copy.itadesk",
        "nong_bua": folder / "nongbua.itadesk",
        "town": folder / "ส่งทางไลน์" / "town.itadesk",
        "hostile": folder / "virus.itadesk",
    }
    store = _office(paths["hua_ruea"], "หัวเรือ", "เมืองอุบลราชธานี")
    with store.batch():
        _scores(store, YEAR - 1, HUA_RUEA_BEFORE)
        _scores(store, YEAR, HUA_RUEA)
        store.set_official_total(YEAR, 86.49)
        for code in ("O1", "O2", "O3", "O10"):
            store.set_item_done(YEAR, code, True)
        store.add_measure(YEAR, title="เปิดเผยข้อมูลการจัดซื้อจัดจ้าง", status="done")
        store.add_measure(YEAR, title="อบรมคุณธรรมให้บุคลากร")
    store.close()
    shutil.copy(paths["hua_ruea"], paths["hua_ruea_old"])
    store = Store(open_workspace(paths["hua_ruea"]))
    store.set_item_done(YEAR, "O4", True)  # edited after the copy was sent
    store.close()

    store = _office(paths["nong_bua"], "หนองบัว", "วารินชำราบ")
    with store.batch():
        _scores(store, YEAR, NONG_BUA)
    store.close()  # checklist never used, no official result yet

    store = _office(paths["town"], "วารินชำราบ", "วารินชำราบ", kind="เทศบาลตำบล")
    document = to_document(store.framework(YEAR))
    document["oit_groups"][0]["items"][0]["title"] = "โครงสร้างและอำนาจหน้าที่ (แก้ไขเอง)"
    with store.batch():
        store.set_framework(YEAR, document)
        store.set_official_total(YEAR, 91.2)
        for code in ("O1", "O2"):
            store.set_item_done(YEAR, code, True)
    store.close()

    paths["hostile"].write_bytes(b"MZ\x90\x00" + b"\x00" * 4000)
    return paths
