"""The office's ITA web page: valid HTML5 in Thai, every item and link present with the
stored URL as its address, everything escaped, no script and nothing fetched from elsewhere."""

from __future__ import annotations

import html5lib

from itadesk.cli import main
from itadesk.db import Store, evidence, open_workspace

from .conftest import LINKS

NS = {"h": "http://www.w3.org/1999/xhtml"}


def _publish(path, out, capsys):
    assert main(["publish", "--workspace", str(path), "--year", "2567", "--out", str(out)]) == 0
    return capsys.readouterr().out


def _parse(out):
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    return parser.parse((out / "index.html").read_bytes(), transport_encoding="utf-8")


def test_the_page_holds_every_item_and_link_as_stored(published, tmp_path, capsys):
    path, store = published
    evidence.add_link(store, 2567, "O3", url="javascript:alert('x')", title="<script>alert(1)</script>")
    framework = store.framework(2567)
    items = [(item.code, item.title) for item in framework.items()]
    groups = [f"ตัวชี้วัดย่อยที่ {g.code} {g.name}" for g in framework.oit_groups]
    agency = store.agency().full_name
    store.close()
    out = tmp_path / "web"
    printed = _publish(path, out, capsys)
    assert f"({len(items)} ข้อ, ลิงก์ 5 รายการ)" in printed
    assert "ลิงก์ 2 รายการไม่ใช่ที่อยู่เว็บ" in printed
    assert sorted(p.name for p in out.iterdir()) == ["index.html", "ita.css"]
    document = _parse(out)  # strict: any HTML5 parse error raises
    root = document.getroot() if hasattr(document, "getroot") else document
    assert root.get("lang") == "th"
    assert root.find(".//h:meta[@name='viewport']", NS) is not None
    text = lambda node: "".join(node.itertext())  # noqa: E731
    assert text(root.find(".//h:p[@class='agency']", NS)) == agency
    assert [text(h2) for h2 in root.iterfind(".//h:h2", NS)] == groups
    articles = root.findall(".//h:article", NS)
    assert [(a.get("id"), " ".join(text(a.find("h:h3", NS)).split(" ", 1)[1:])) for a in articles] == items
    by_code = {a.get("id"): a for a in articles}
    for code, links in LINKS.items():
        anchors = [(text(a), a.get("href")) for a in by_code[code].iterfind(".//h:a", NS)]
        expected = [(title, url) for title, url in links if url.startswith("http")]
        assert anchors == expected, code
    assert r"C:\Users\clerk\Desktop\ทำเนียบ.pdf" in text(by_code["O2"]), "shown, but not as a link"
    assert text(by_code["O3"]).count("<script>alert(1)</script>") == 1, "typed markup prints literally"
    assert by_code["O3"].find(".//h:a", NS) is None, "a javascript: address never becomes a link"
    assert text(by_code["O4"]).split()[-1] == "ยังไม่มีลิงก์"
    assert by_code["O5"].find(".//h:a", NS) is None, "last year's link waits for the clerk's confirmation"
    assert root.find(".//h:script", NS) is None
    for node in root.iter():
        for attribute in ("src", "srcset"):
            assert node.get(attribute) is None
    [stylesheet] = root.findall(".//h:link", NS)
    assert stylesheet.get("href") == "ita.css"
    css = (out / "ita.css").read_text(encoding="utf-8")
    assert "url(" not in css and "@import" not in css, "nothing fetched from elsewhere"
    assert "@media print" in css and "@media (min-width" in css


def test_publishing_again_replaces_the_page_and_bad_targets_are_refused(published, tmp_path, capsys):
    path, store = published
    store.close()
    out = tmp_path / "web"
    _publish(path, out, capsys)
    store = Store(open_workspace(path))
    evidence.add_link(store, 2567, "O9", url="https://www.huarua.go.th/news", title="ข่าวประชาสัมพันธ์")
    store.close()
    _publish(path, out, capsys)
    assert "https://www.huarua.go.th/news" in (out / "index.html").read_text(encoding="utf-8")
    assert not list(out.glob(".*saving"))
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    assert main(["publish", "--workspace", str(path), "--year", "2567", "--out", str(blocker)]) == 1
    assert "เป็นไฟล์ ไม่ใช่โฟลเดอร์" in capsys.readouterr().err
