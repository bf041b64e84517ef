"""Benchmark: merging two workspaces of ten fiscal years each, beside the floor.

Each workspace holds ten years (2563–2572; frameworks are copied forward for the years
ITADesk does not ship) of 43 checklist rows, ten scores and 110 measures per year, edited on
two "PCs" after a common start so that both sides have news for the other. Prints the time
of exporting one to a USB file, of merging it into the other, and of a plain SQLite backup
of the same file in the same run (the floor), with the ratio. Run from the repository root::

    python bench/merge_speed.py
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from itadesk.db import Store, open_workspace
from itadesk.db.merge import merge_file
from itadesk.db.schema import natural_id
from itadesk.db.transfer import export_copy

YEARS = range(2563, 2573)
RUNS = 7


def _add_missing_frameworks(store: Store) -> None:
    newest = max(y for y in store.years() if store.framework(y).complete)
    document = json.loads(
        store.db.execute("SELECT document FROM frameworks WHERE fiscal_year = ?", [newest]).fetchone()[0]
    )
    with store.db.atomic():
        for year in YEARS:
            if year not in store.years():
                store.db["frameworks"].insert(
                    {"id": natural_id("frameworks", year), "fiscal_year": year,
                     "document": json.dumps({**document, "fiscal_year": year}, ensure_ascii=False),
                     "updated_at": store._clock.tick(), "updated_by": store.device_id, "deleted": 0}
                )  # fmt: skip


def fill(store: Store, label: str, measures_per_year: int) -> None:
    with store.db.atomic():
        for year in YEARS:
            for number in range(1, 11):
                store.set_score(year, number, 50 + (number * 7 + year) % 50)
            for item in store.framework(year).items():
                store.set_item_done(year, item.code, (hash((label, item.code)) % 3) == 0)
                store.set_item_field(year, item.code, "progress", f"{label}: ดำเนินการ {item.title}")
            for n in range(measures_per_year):
                store.add_measure(
                    year, title=f"{label} มาตรการ {n}", steps="๑. ประชุม\n๒. ติดตามผล", responsible="สำนักปลัด"
                )


def timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        a = Store(open_workspace(folder / "a.itadesk"))
        _add_missing_frameworks(a)
        fill(a, "ต้นฉบับ", 100)
        export_copy(a.db.conn, folder / "start.itadesk")
        b_path = folder / "b.itadesk"
        b_path.write_bytes((folder / "start.itadesk").read_bytes())
        b = Store(open_workspace(b_path))
        fill(a, "เครื่อง ก", 10)  # news on both sides, some of it on the same rows
        fill(b, "เครื่อง ข", 10)
        usb = folder / "usb.itadesk"
        export_seconds = timed(lambda: export_copy(a.db.conn, usb))
        measures = a.db.execute("SELECT count(*) FROM measures").fetchone()[0]
        checklist = a.db.execute("SELECT count(*) FROM checklist").fetchone()[0]
        a.close()
        b.close()
        merges, floors = [], []
        for run in range(RUNS):  # the best of a few runs on fresh copies: the machine is shared
            target = folder / f"b-{run}.itadesk"
            shutil.copyfile(b_path, target)
            store = Store(open_workspace(target))
            merges.append(timed(lambda store=store: merge_file(store, usb)))
            floor = sqlite3.connect(folder / f"floor-{run}.itadesk")
            floors.append(timed(lambda store=store, floor=floor: store.db.conn.backup(floor)))
            floor.close()
            store.close()
        merge_seconds, floor_seconds = min(merges), min(floors)
        print(f"merge of two ten-year workspaces ({measures} measures, {checklist} checklist rows each side)")
        print(
            f"  export to a USB file            {export_seconds:6.3f} s  ({usb.stat().st_size / 1024:.0f} KiB)"
        )
        print(f"  merge into the other workspace  {merge_seconds:6.3f} s  (best of {RUNS}; includes the")
        print("    integrity check of the incoming file and the fsynced backup taken before merging,")
        print("    one after the other on a second thread while the merge is decided and written;")
        print("    it commits once both are done)")
        print(f"  plain SQLite backup (floor)     {floor_seconds:6.3f} s")
        print(f"  ratio merge / floor: {merge_seconds / floor_seconds:.1f}x")


if __name__ == "__main__":
    main()
