"""The demo workspace: real data from the seed reports, so a newcomer sees a full office.

``seeds.json`` beside this module holds the cleaned data: อบต.หัวเรือ's 2566 full-year
measures, OIT checklist statuses and progress notes (seed 000), อบต.หินตั้ง's 2566
six-month measures (seed 001) and เทศบาลตำบลมวกเหล็ก's 2564 and 2565 scores (seed 003).
"""

from __future__ import annotations

import json
from pathlib import Path

from itadesk.db import Store, open_workspace
from itadesk.errors import WorkspaceError
from itadesk.paths import demo_dir
from itadesk.records import Agency


def demo_data() -> dict:
    return json.loads((demo_dir() / "seeds.json").read_text(encoding="utf-8"))


def fill_demo(store: Store) -> None:
    """Write the demo data into an open workspace, in one transaction."""
    data = demo_data()
    with store.db.atomic():
        store.set_user_name(data["user_name"])
        store.set_agency(Agency(**data["agency"]))
        for year_text, year_data in data["years"].items():
            year = int(year_text)
            for number, score in enumerate(year_data.get("scores", []), start=1):
                store.set_score(year, number, score)
            if "official_total" in year_data:
                store.set_official_total(year, year_data["official_total"])
            for code, entry in year_data.get("checklist", {}).items():
                store.set_item_done(year, code, entry["done"])
                for field in ("progress", "url"):
                    if entry.get(field):
                        store.set_item_field(year, code, field, entry[field])
            for measure in year_data.get("measures", []):
                store.add_measure(year, **measure)
        store.set_setting("open_year", str(data["open_year"]))


def write_demo(path: Path, *, overwrite: bool = False) -> Path:
    """Create a new workspace file at ``path`` holding the demo data."""
    path = Path(path)
    if path.exists():
        if not overwrite:
            raise WorkspaceError(f"มีไฟล์ {path} อยู่แล้ว ใช้ --force เพื่อเขียนทับ")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = Store(open_workspace(path))
    try:
        fill_demo(store)
    finally:
        store.close()
    return path
