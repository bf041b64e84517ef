"""Benchmark: rolling up a province's (and a country's) offices, beside the floor.

Builds one office file of realistic size (ten fiscal years 2563–2572, ten scores, the OIT
checklist with notes and 50 measures a year: the same filling as ``merge_speed.py``), then
copies it as N offices, each with its own identity, name, district, scores and ticks. For
N = 250, 500, 1000 and 2000 it prints the time to roll them up (reading every file as a
merge would, then the figures), in one process and across the cores, with the floor: the
time of the hostile-file inspection alone (``inspect_file``, which a roll-up cannot skip),
the ratio to it, the time per file and the peak memory. Run from the repository root::

    python bench/rollup_speed.py [--max 2000]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from merge_speed import YEARS, _add_missing_frameworks, fill

from itadesk.db import Store, open_workspace
from itadesk.db.transfer import inspect_file
from itadesk.records import Agency
from itadesk.rollup.reading import collect
from itadesk.rollup.summary import build_rollup

YEAR = YEARS[-1]
SIZES = (250, 500, 1000, 2000)


def template(folder: Path) -> Path:
    path = folder / "template.itadesk"
    store = Store(open_workspace(path))
    store.set_user_name("ธุรการ")
    store.set_agency(Agency(name="ต้นแบบ", district="เมือง", province="อุบลราชธานี"))
    _add_missing_frameworks(store)
    fill(store, "ต้นแบบ", 50)
    store.close()
    return path


def make_offices(template_path: Path, folder: Path, numbers: range) -> None:
    """Copies of the template, each turned into another office (numbered as ``numbers``)."""
    for n in numbers:
        path = folder / f"office-{n:04d}.itadesk"
        shutil.copyfile(template_path, path)
        conn = sqlite3.connect(path)
        with conn:
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('office_id', ?)", [str(uuid.uuid4())]
            )
            conn.execute("UPDATE agency SET name = ?, district = ?", [f"ตำบลที่ {n}", f"อำเภอที่ {n % 25}"])
            conn.execute("UPDATE scores SET score = (score + ?) % 100 WHERE fiscal_year = ?", [n % 17, YEAR])
            conn.execute("UPDATE checklist SET done = (abs(random()) % 2) WHERE fiscal_year = ?", [YEAR])
            if n % 3:
                conn.execute(
                    "INSERT OR REPLACE INTO results (id, fiscal_year, official_total, updated_at, updated_by, deleted) "
                    "VALUES (?, ?, ?, '000000000000000.000000', 'bench', 0)",
                    [str(uuid.uuid4()), YEAR, 70 + n % 30],
                )
        conn.close()


def timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def peak_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max", type=int, default=SIZES[-1])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        temp = Path(temp)
        start = time.perf_counter()
        source = template(temp)
        print(
            f"one office file: {source.stat().st_size / 1e6:.1f} MB, built in {time.perf_counter() - start:.1f} s"
        )
        print(f"cores: {os.cpu_count()}")
        print(
            "files | floor (inspect only) | roll-up 1 process | roll-up all cores | ratio to floor | per file | peak"
        )
        made = 0
        folder = temp / "offices"
        folder.mkdir()
        for size in (s for s in SIZES if s <= args.max):
            make_offices(source, folder, range(made, size))
            made = size
            paths = sorted(folder.glob("*.itadesk"))
            floor = timed(lambda paths=paths: [inspect_file(p) for p in paths])
            serial = timed(lambda: build_rollup(collect(folder, YEAR, workers=1)))
            rollups = []
            parallel = timed(lambda rollups=rollups: rollups.append(build_rollup(collect(folder, YEAR))))
            assert len(rollups[0].rows) == size, "every office rolled up"
            best = min(serial, parallel)
            print(
                f"{size:5d} | {floor:8.2f} s | {serial:8.2f} s | {parallel:8.2f} s | {best / floor:5.2f}× "
                f"| {1000 * best / size:6.1f} ms | {peak_mib():6.0f} MiB"
            )


if __name__ == "__main__":
    main()
