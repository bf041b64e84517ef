"""The offline link checks flag what makes an assessor unable to follow a link."""

from __future__ import annotations

from itadesk.publishing.link_checks import check_year, years_asked, years_in
from itadesk.records import ChecklistEntry, EvidenceLink


def _entries(links_by_code):
    return {
        code: ChecklistEntry(
            code,
            links=tuple(
                EvidenceLink(f"{code}-{i}", title, url, "", carried)
                for i, (title, url, carried) in enumerate(links)
            ),
        )
        for code, links in links_by_code.items()
    }


def _kinds(check, link_id):
    return [f.kind for f in check.findings.get(link_id, [])]


def test_each_mistake_is_found_at_its_link():
    entries = _entries(
        {
            "O1": [("โครงสร้าง", "https://huarua.go.th/structure", 0)],
            "O2": [
                ("", r"C:\Users\clerk\Desktop\ผู้บริหาร.pdf", 0),
                ("", "file:///D:/ita/o2.pdf", 0),
                ("", r"\\server\ita\o2.pdf", 0),
            ],
            "O3": [("อำนาจหน้าที่", "http://huarua.go.th/duty", 0)],
            "O4": [("แผนพัฒนา", "https://drive.google.com/file/d/abc/view", 0)],
            "O5": [("ติดต่อ", "https://huarua.go.th/structure/", 0)],
            "O6": [("ข่าว", "huarua.go.th news", 0), ("ข่าว", "mailto:a@b.th", 0)],
            "O7": [
                ("รายงานผล ๒๕๖๕", "https://huarua.go.th/report", 0),
                ("แผน", "https://huarua.go.th/2023/plan.pdf", 0),
                ("แผน", "https://huarua.go.th/2566/plan.pdf", 0),
            ],
            "O8": [("คู่มือ", "https://huarua.go.th/manual", 2566)],
            "O9": [],
        }
    )
    check = check_year(entries, 2567)
    assert _kinds(check, "O1-0") == ["duplicate"] and _kinds(check, "O5-0") == ["duplicate"]
    assert "O5" in check.findings["O1-0"][0].message
    assert [_kinds(check, f"O2-{i}") for i in range(3)] == [["local_path"]] * 3
    assert _kinds(check, "O3-0") == ["plain_http"], "the site serves https: other links use it"
    assert _kinds(check, "O4-0") == ["shared_drive"]
    assert _kinds(check, "O6-0") == ["not_url"] and _kinds(check, "O6-1") == ["not_url"]
    assert _kinds(check, "O7-0") == ["other_year"] and "๒๕๖๕" in check.findings["O7-0"][0].message
    assert _kinds(check, "O7-1") == [], "C.E. 2023 falls in fiscal 2567"
    assert _kinds(check, "O7-2") == ["other_year"]
    assert _kinds(check, "O8-0") == ["to_review"]
    assert check.without_links == ["O9"]
    summary = check.summary()
    assert summary.startswith("๑๓ ลิงก์ · ยังไม่มีลิงก์ ๑ ข้อ · ไม่ใช่ลิงก์เว็บ ๒ · ที่อยู่ไฟล์ในเครื่อง ๓")
    assert "ลิงก์ซ้ำกับข้ออื่น ๒" in summary and "ลิงก์ของปีก่อน รอยืนยัน ๑" in summary


def test_plain_http_is_fine_when_the_site_has_no_https_and_clean_links_pass():
    entries = _entries({"O1": [("", "http://small.go.th/a", 0)], "O2": [("", "https://other.go.th/b", 0)]})
    assert check_year(entries, 2567).findings == {}
    assert check_year(entries, 2567).summary() == "๒ ลิงก์ · ไม่พบปัญหา"
    flagged = check_year(entries, 2567, website="https://www.small.go.th")
    assert _kinds(flagged, "O1-0") == ["plain_http"]


def test_years_an_item_asks_for_are_not_last_years_evidence(store):
    framework = store.framework(2567)
    asked = years_asked(framework)
    code = next(code for code, years in asked.items() if 2566 in years)
    entries = _entries({code: [("รายงานผลการดำเนินงาน ประจำปี ๒๕๖๖", "https://a.go.th/r.pdf", 0)]})
    assert check_year(entries, 2567, allowed_years=asked).findings == {}
    assert _kinds(check_year(entries, 2567), f"{code}-0") == ["other_year"]
    assert years_in("ประกาศ ๒๕๖๗ เลขที่ 12345 /2024/") == {2567, 2568}
