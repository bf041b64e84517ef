"""Offline checks of the evidence links an office gives the NACC's assessors.

Nothing here goes on the network: the checks catch the mistakes that make an assessor
score an item zero although the office published it — a path on the clerk's own PC, a
shared-drive file only staff may open, plain http where the site serves https, one URL
given for two items, last year's file — and say in Thai what to fix. They run on the
records (no Qt), so the window, the reports and the command line show the same findings.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from itadesk.frameworks import Framework
from itadesk.records import ChecklistEntry, EvidenceLink
from itadesk.thai import arabic_digits, thai_digits

KIND_LABELS = {
    "not_url": "ไม่ใช่ลิงก์เว็บ",
    "local_path": "ที่อยู่ไฟล์ในเครื่อง",
    "plain_http": "ใช้ http:// แทน https://",
    "shared_drive": "ลิงก์ไดรฟ์แชร์",
    "duplicate": "ลิงก์ซ้ำกับข้ออื่น",
    "other_year": "อาจเป็นหลักฐานปีอื่น",
    "to_review": "ลิงก์ของปีก่อน รอยืนยัน",
}
"""Each finding's short name, in the order the summary lists them."""

SHARED_DRIVE_HOSTS = (
    "drive.google.com",
    "docs.google.com",
    "onedrive.live.com",
    "1drv.ms",
    "sharepoint.com",
    "dropbox.com",
    "box.com",
)

_LOCAL = re.compile(r"^(?:[a-z]:[\\/]|file:|\\\\)", re.IGNORECASE)
_YEAR = re.compile(r"(?<![0-9๐-๙])(25[0-9]{2}|๒๕[๐-๙]{2}|20[0-9]{2})(?![0-9๐-๙])")


@dataclass(frozen=True)
class Finding:
    kind: str
    message: str

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


def _same_site(host: str, site: str) -> bool:
    return bool(host and site) and (host == site or host.endswith("." + site) or site.endswith("." + host))


def years_in(text: str) -> set[int]:
    """B.E. years written in a URL or title (Thai or Arabic digits; a C.E. year counts as
    the B.E. fiscal years it falls in)."""
    years: set[int] = set()
    for match in _YEAR.finditer(text):
        value = int(arabic_digits(match.group(1)))
        years |= {value + 543, value + 544} if value < 2500 else {value}
    return years


def check_link(
    link: EvidenceLink,
    year: int,
    *,
    https_hosts: set[str] = frozenset(),
    allowed_years: set[int] = frozenset(),
) -> list[Finding]:
    """What is wrong with one link, judged alone (duplicates need the whole year)."""
    url = link.url.strip()
    findings: list[Finding] = []
    if _LOCAL.match(url):
        findings.append(
            Finding(
                "local_path",
                "เป็นที่อยู่ไฟล์ในเครื่องหรือในเครือข่ายของสำนักงาน ผู้ประเมินเปิดไม่ได้: "
                "อัปโหลดไฟล์ขึ้นเว็บไซต์ของหน่วยงานแล้วใส่ลิงก์ของหน้าเว็บแทน",
            )
        )
    else:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname or "." not in parts.hostname:
            findings.append(Finding("not_url", "ไม่ใช่ลิงก์เว็บที่เปิดได้: ลิงก์ต้องขึ้นต้นด้วย https:// ตามด้วยชื่อเว็บไซต์"))
        else:
            host = _host(url)
            if parts.scheme.lower() == "http" and any(_same_site(host, site) for site in https_hosts):
                findings.append(
                    Finding(
                        "plain_http",
                        f"เว็บไซต์ {host} เปิดด้วย https:// ได้: ใช้ https:// เพื่อให้ผู้ประเมินเปิดได้ไม่มีคำเตือน",
                    )
                )
            if any(_same_site(host, shared) for shared in SHARED_DRIVE_HOSTS):
                findings.append(
                    Finding("shared_drive", "ไฟล์บนไดรฟ์แชร์: ตรวจว่าตั้งค่า “ทุกคนที่มีลิงก์ดูได้” ไม่เช่นนั้นผู้ประเมินจะเปิดไม่ได้")
                )
    other = sorted(years_in(f"{url} {link.title}") - {year} - set(allowed_years))
    if other and not (years_in(f"{url} {link.title}") & {year}):
        shown = ", ".join(thai_digits(str(y)) for y in other)
        findings.append(
            Finding(
                "other_year",
                f"มีปี {shown} ในลิงก์หรือชื่อ ซึ่งไม่ใช่ปีที่ประเมิน ({thai_digits(str(year))}): ตรวจว่าไม่ใช่หลักฐานของปีก่อน",
            )
        )
    if link.to_review:
        findings.append(
            Finding(
                "to_review",
                f"ลิงก์นี้ยกมาจากปี {thai_digits(str(link.carried_from))}: "
                "เปิดตรวจแล้วกด “ยืนยันลิงก์” จึงจะนับเป็นหลักฐานของปีนี้",
            )
        )
    return findings


def _normalised(url: str) -> str:
    parts = urlsplit(url.strip())
    return (
        f"{_host(url)}{parts.path.rstrip('/')}?{parts.query}".lower()
        if parts.hostname
        else url.strip().lower()
    )


@dataclass(frozen=True)
class YearCheck:
    """Every link's findings for one year, and the counts the summary shows."""

    findings: dict[str, list[Finding]]
    """Link id → its findings (no entry: nothing found)."""
    without_links: list[str]
    """Item codes that have no link yet."""
    links: int

    def counts(self) -> Counter:
        return Counter(f.kind for found in self.findings.values() for f in found)

    def summary(self) -> str:
        """``๔๓ ลิงก์ · ยังไม่มีลิงก์ ๒ ข้อ · ที่อยู่ไฟล์ในเครื่อง ๑ · …`` (empty kinds left out)."""
        return " · ".join(self.summary_parts())

    def summary_parts(self) -> list[str]:
        """The summary's parts, each a message of its own (the command line translates them)."""
        counts = self.counts()
        parts = [f"{self.links} ลิงก์"]
        if self.without_links:
            parts.append(f"ยังไม่มีลิงก์ {len(self.without_links)} ข้อ")
        parts += [f"{label} {counts[kind]}" for kind, label in KIND_LABELS.items() if counts[kind]]
        if len(parts) == 1 and self.links:
            parts.append("ไม่พบปัญหา")
        return [thai_digits(part) for part in parts]


def check_year(
    entries: Mapping[str, ChecklistEntry],
    year: int,
    *,
    website: str = "",
    allowed_years: Mapping[str, set[int]] | None = None,
) -> YearCheck:
    """Check every link of a year. ``website`` is the office's site as set in its details;
    a site counts as serving https when the office wrote it with https:// or any of its
    links uses https on it. ``allowed_years`` per item: years its NACC item asks for (the
    previous year's report, say), which are then not flagged."""
    all_links = [(code, link) for code, entry in entries.items() for link in entry.links]
    https_hosts = {_host(link.url) for _code, link in all_links if link.url.lower().startswith("https://")}
    if website.strip().lower().startswith("https://"):
        https_hosts.add(_host(website.strip()))
    https_hosts.discard("")
    findings: dict[str, list[Finding]] = {}
    items_by_url: dict[str, set[str]] = {}
    for code, link in all_links:
        items_by_url.setdefault(_normalised(link.url), set()).add(code)
    for code, link in all_links:
        found = check_link(
            link, year, https_hosts=https_hosts, allowed_years=(allowed_years or {}).get(code, set())
        )
        others = sorted(items_by_url[_normalised(link.url)] - {code}, key=_code_order)
        if others:
            found.append(
                Finding(
                    "duplicate",
                    f"ลิงก์เดียวกันนี้ใช้กับข้อ {', '.join(others)} ด้วย: แต่ละข้อควรชี้ไปยังหน้าที่แสดงข้อมูลของข้อนั้น",
                )
            )
        if found:
            findings[link.id] = found
    without = [code for code, entry in entries.items() if not entry.links]
    return YearCheck(findings, without, len(all_links))


def check_stored_year(store, year: int) -> tuple[dict[str, ChecklistEntry], YearCheck]:
    """A year's checklist from the store and its link checks, with the office's website and
    the years each item asks for: what every view of the checks shows."""
    entries = store.checklist(year)
    framework = store.framework(year)
    return entries, check_year(
        entries, year, website=store.agency().website, allowed_years=years_asked(framework)
    )


def years_asked(framework: Framework) -> dict[str, set[int]]:
    """Per item, the years its title and components name for the assessed year (O-items
    often ask for the previous year's report): links to those years are expected."""
    return {
        item.code: years_in(" ".join(framework.render(text) for text in (item.title, *item.components)))
        for item in framework.items()
    }


def _code_order(code: str) -> tuple[int, str]:
    digits = "".join(ch for ch in code if ch.isdigit())
    return (int(digits) if digits else 0, code)
