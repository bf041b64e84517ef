"""Benchmark: importing 20,000 measures from CSV and from .xlsx, beside the floor.

Each import runs in its own process (``itadesk import-measures``'s code path: read_table,
guess_mapping, import_measures) on a fresh workspace, so its peak memory is its own. Prints
the time, the peak resident memory, how much the workspace grew, and the audit and
field-version rows written, next to the floor: the same rows put into a plain SQLite table
with one executemany in the same run. Run from the repository root::

    python bench/import_speed.py [rows] [--hostile]

``--hostile`` adds the shapes of issue 12 (a stray XFD cell per row, 200,000 CSV rows, a zip
bomb); each must be refused or imported well under 300 MB.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 20_000
HEADERS = ["ลำดับที่", "มาตรการ/กิจกรรม", "วิธีดำเนินการ", "ระยะเวลา", "ผู้รับผิดชอบ", "ตัวชี้วัดที่เกี่ยวข้อง", "สถานะ"]


def _rows():
    for n in range(1, ROWS + 1):
        yield [n, f"มาตรการส่งเสริมคุณธรรมและความโปร่งใสข้อที่ {n}", "ประชุมชี้แจงเจ้าหน้าที่ทุกคน แล้วติดตามผลรายเดือน",
               "ต.ค. ๒๕๖๖ – ก.ย. ๒๕๖๗", "สำนักปลัด", "1, 9", "อยู่ระหว่างดำเนินการ"]  # fmt: skip


def _write_inputs(folder: Path) -> dict[str, Path]:
    from openpyxl import Workbook

    paths = {"csv": folder / "measures.csv", "xlsx": folder / "measures.xlsx"}
    with paths["csv"].open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(_rows())
    book = Workbook(write_only=True)
    sheet = book.create_sheet("มาตรการ")
    sheet.append(HEADERS)
    for row in _rows():
        sheet.append(row)
    book.save(paths["xlsx"])
    return paths


CHILD = """
import json, resource, sqlite3, sys, time
from pathlib import Path
from itadesk.db import Store, open_workspace
from itadesk.errors import ITADeskError
from itadesk.spreadsheets import guess_mapping, import_measures, read_table, remembered_mapping
workspace, table_path = Path(sys.argv[1]), sys.argv[2]
store = Store(open_workspace(workspace))
store.close()
before = workspace.stat().st_size
store = Store(open_workspace(workspace))
start = time.perf_counter()
try:
    table = read_table(table_path)
    count = import_measures(store, 2567, table, guess_mapping(table.headers, remembered_mapping(store)))
except ITADeskError as exc:
    print(json.dumps({"refused": str(exc), "seconds": time.perf_counter() - start,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
    sys.exit(0)
seconds = time.perf_counter() - start
audit = store.db.execute("SELECT count(*) FROM audit").fetchone()[0]
versions = store.db.execute("SELECT count(*) FROM field_versions WHERE table_name = 'measures'").fetchone()[0]
store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
store.close()
print(json.dumps({"count": count, "seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "growth_mb": (workspace.stat().st_size - before) / 1e6, "audit": audit, "versions": versions}))
"""


def _write_hostile(folder: Path) -> dict[str, Path]:
    """The shapes that once took minutes and gigabytes: one cell in column XFD on each of
    5,000 rows, a 200,000-row CSV, a sheet that unpacks to 1 GB of spaces."""
    import zipfile

    from openpyxl import Workbook

    xfd = folder / "xfd.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet("มาตรการ")
    sheet.append(HEADERS)
    for row in list(_rows())[:5_000]:
        sheet.append([*row, *([None] * (16384 - len(row) - 1)), "x"])
    book.save(xfd)
    big = folder / "200k.csv"
    with big.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for n in range(200_000):
            writer.writerow([n, f"มาตรการที่ {n}", "ประชุม", "ต.ค.", "กองคลัง", "1", "ดำเนินการแล้ว"])
    bomb = folder / "bomb.xlsx"
    with zipfile.ZipFile(xfd) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            if not name.startswith("xl/worksheets/"):
                target.writestr(name, source.read(name))
        with target.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            for _ in range(1024):
                member.write(b" " * (1 << 20))
    return {"xfd": xfd, "200k": big, "bomb": bomb}


def _floor(folder: Path) -> float:
    conn = sqlite3.connect(folder / "floor.sqlite")
    conn.execute(f"CREATE TABLE t ({', '.join(f'c{i}' for i in range(len(HEADERS)))})")
    start = time.perf_counter()
    with conn:
        conn.executemany(f"INSERT INTO t VALUES ({', '.join('?' * len(HEADERS))})", _rows())
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        inputs = _write_inputs(folder)
        floor = _floor(folder)
        print(f"{ROWS:,} rows; floor (one executemany into plain SQLite): {floor:.3f} s")
        if "--hostile" in sys.argv:
            inputs.update(_write_hostile(folder))
        for kind, path in inputs.items():
            started = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(folder / f"{kind}.itadesk"), str(path)],
                capture_output=True, text=True,
            )  # fmt: skip
            if out.returncode:
                print(
                    f"{kind:>4}: refused in {time.perf_counter() - started:.1f} s: {out.stderr.strip().splitlines()[-1]}"
                )
                continue
            r = json.loads(out.stdout.strip().splitlines()[-1])
            if "refused" in r:
                print(f"{kind:>4}: refused in {r['seconds']:.2f} s, peak {r['peak_mb']:.0f} MB: {r['refused']}")
                continue
            print(
                f"{kind:>4}: {r['count']:,} measures in {r['seconds']:.2f} s ({r['seconds'] / floor:.0f}× floor), "
                f"peak {r['peak_mb']:.0f} MB, workspace +{r['growth_mb']:.1f} MB, "
                f"{r['audit']:,} audit rows, {r['versions']:,} field-version rows"
            )


if __name__ == "__main__":
    main()
