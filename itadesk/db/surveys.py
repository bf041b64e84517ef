"""The IIT and EIT survey links of a year (the NACC's system gives each office its own)
and the survey period, as the posters print them. One row per year and tool with a
natural key, so two PCs that enter the same link meet on the same row."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from itadesk.db.schema import natural_id
from itadesk.db.store import Store, _clean_text
from itadesk.errors import StoreError

SURVEYS = {
    "eit": "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
    "iit": "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
}


@dataclass(frozen=True)
class SurveyLink:
    tool: str
    url: str = ""
    period: str = ""


def survey_links(store: Store, year: int) -> dict[str, SurveyLink]:
    rows = store.db.execute(
        "SELECT tool, url, period FROM survey_links WHERE fiscal_year = ? AND deleted = 0", [year]
    ).fetchall()
    found = {tool: SurveyLink(tool, url or "", period or "") for tool, url, period in rows}
    return {tool: found.get(tool, SurveyLink(tool)) for tool in SURVEYS}


def _checked_url(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if url and (parts.scheme.lower() not in ("http", "https") or not parts.hostname or " " in url):
        raise StoreError(f"ลิงก์แบบวัด “{url}” ไม่ใช่ที่อยู่เว็บ: คัดลอกลิงก์ที่ขึ้นต้นด้วย https:// จากระบบของสำนักงาน ป.ป.ช.")
    return url


def set_survey_link(
    store: Store, year: int, tool: str, *, url: str | None = None, period: str | None = None
) -> None:
    """Set the link and/or the period of one survey; an empty link clears it."""
    if tool not in SURVEYS:
        raise StoreError(f"แบบวัดต้องเป็น {' หรือ '.join(SURVEYS)}")
    store.framework(year)  # refuses a year the workspace does not have
    values = {}
    if url is not None:
        values["url"] = _checked_url(_clean_text(url))
    if period is not None:
        values["period"] = " ".join(_clean_text(period).split())
    if values:
        with store._transaction():
            store._write(
                "survey_links",
                natural_id("survey_links", year, tool),
                values,
                create={"fiscal_year": year, "tool": tool},  # identity only: unset fields merge freely
            )
