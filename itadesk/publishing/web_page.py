"""The office's ITA web page: one static ``index.html`` and its ``ita.css`` that the
webmaster uploads as they are.

No script, no web fonts, no external resources, so the page works on any host and opens
offline; valid HTML5 with ``lang="th"``; one column that reads on a phone, and a print
style that prints each link's address after its title. Everything the office typed is
escaped; only http(s) links become anchors (a ``javascript:`` or a path on the clerk's PC
is shown as text, never as a link on the office's website). Links carried from last year
and not confirmed are left out: they are not this year's evidence.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

from itadesk.db import Store
from itadesk.errors import ITADeskError, StoreError
from itadesk.publishing.web_style import STYLE
from itadesk.records import EvidenceLink
from itadesk.thai import format_date

PAGE, STYLESHEET = "index.html", "ita.css"


@dataclass(frozen=True)
class Published:
    folder: Path
    items: int
    links: int
    not_web: int
    """Evidence links left as text because they are not http(s) addresses."""


def is_web_link(url: str) -> bool:
    parts = urlsplit(url.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def _link_html(link: EvidenceLink) -> str:
    title = escape(link.title.strip() or link.url)
    note = f' <span class="note">({escape(link.note)})</span>' if link.note.strip() else ""
    if is_web_link(link.url):
        return f'<li><a href="{escape(link.url, quote=True)}">{title}</a>{note}</li>'
    return f'<li><span class="not-web">{title}: {escape(link.url)}</span>{note}</li>'


def page_html(store: Store, year: int, today: dt.date | None = None) -> tuple[str, int, int]:
    """The page's HTML, how many links it shows as anchors and how many as text."""
    if year not in store.years():
        raise StoreError(f"ไม่มีเกณฑ์การประเมินของปี {year} ในไฟล์นี้")
    framework, entries, agency = store.framework(year), store.checklist(year), store.agency()
    name = agency.full_name or "หน่วยงาน"
    place = " ".join(p for p in (agency.district and f"อำเภอ{agency.district}",
                                 agency.province and f"จังหวัด{agency.province}") if p)  # fmt: skip
    title = f"การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {year}"
    body: list[str] = []
    anchors = texts = 0
    for group in framework.oit_groups:
        body.append(f'<section class="group">\n<h2>ตัวชี้วัดย่อยที่ {escape(group.code)} {escape(group.name)}</h2>')
        for item in group.items:
            links = entries[item.code].evidence
            body.append(f'<article class="item" id="{escape(item.code, quote=True)}">')
            body.append(f'<h3><span class="code">{escape(item.code)}</span> {escape(item.title)}</h3>')
            if links:
                body.append('<ul class="links">')
                body += [_link_html(link) for link in links]
                body.append("</ul>")
                web = sum(is_web_link(link.url) for link in links)
                anchors, texts = anchors + web, texts + len(links) - web
            else:
                body.append('<p class="none">ยังไม่มีลิงก์</p>')
            body.append("</article>")
        body.append("</section>")
    website = (
        f'<p class="site"><a href="{escape(agency.website, quote=True)}">{escape(agency.website)}</a></p>'
        if is_web_link(agency.website)
        else ""
    )
    html = f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} – {escape(name)}</title>
<link rel="stylesheet" href="{STYLESHEET}">
</head>
<body>
<header>
<p class="agency">{escape(name)}</p>
{f'<p class="place">{escape(place)}</p>' if place else ""}
<h1>{escape(title)}</h1>
<p class="intro">การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของสำนักงาน ป.ป.ช.</p>
{website}
</header>
<main>
{chr(10).join(body)}
</main>
<footer>
<p>ข้อมูล ณ วันที่ {escape(format_date(today or dt.date.today(), thai=False))}</p>
</footer>
</body>
</html>
"""
    return html, anchors, texts


def _write(path: Path, text: str) -> None:
    temp = path.with_name(f".{path.name}.saving")
    try:
        with temp.open("w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        temp.replace(path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ITADeskError(f"เขียนไฟล์ {path} ไม่ได้: {exc.strerror or exc}") from exc


def publish(store: Store, year: int, folder: str | Path) -> Published:
    """Write ``index.html`` and ``ita.css`` into ``folder`` (created if missing)."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ITADeskError(f"{folder} เป็นไฟล์ ไม่ใช่โฟลเดอร์")
    html, anchors, texts = page_html(store, year)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ITADeskError(f"สร้างโฟลเดอร์ {folder} ไม่ได้: {exc.strerror or exc}") from exc
    _write(folder / STYLESHEET, STYLE)
    _write(folder / PAGE, html)
    items = sum(1 for _ in store.framework(year).items())
    return Published(folder, items, anchors, texts)
