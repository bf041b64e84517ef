"""Benchmark: what one committed edit costs with the journal ITADesk uses, beside WAL.

ITADesk keeps a rollback journal (``journal_mode=DELETE``, ``synchronous=FULL``) so that after
every commit the main file alone holds every committed edit — a copy made with Explorer is
complete and closing leaves no log. Its peer in the same run is the write-ahead log ITADesk
used before (``journal_mode=WAL``, ``synchronous=FULL``), whose main file can lag behind by
hundreds of edits, and WAL checkpointed after every commit (the other way to keep the main
file whole, which still leaves the last edit outside it until the checkpoint runs). Each mode makes the same edits through the store (a new measure, a score);
the time per edit and the ratio are printed. fsync is what costs, so the files are written on
the disk that holds ``--dir`` (default: the current folder, not a RAM-backed /tmp)::

    python bench/edit_cost.py [--edits 200] [--dir FOLDER]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from itadesk.db import Store, open_workspace


def per_edit(folder: Path, mode: str, edits: int, *, checkpoint: bool = False) -> float:
    store = Store(open_workspace(folder / f"{mode}-{checkpoint}.itadesk"))
    store.db.execute(f"PRAGMA journal_mode = {mode}")
    if checkpoint:  # the other way to keep the main file whole: fold the log in after each commit
        store.on_commit = lambda _changes: store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for n in range(20):  # warm up: the file, the page cache, the first log
        store.add_measure(2567, title=f"อุ่นเครื่อง {n}")
    start = time.perf_counter()
    for n in range(edits):
        if n % 2:
            store.set_score(2567, 1 + n % 10, n % 101)
        else:
            store.add_measure(2567, title=f"มาตรการ {n}", steps="๑. ประชุม\n๒. ติดตามผล")
    seconds = (time.perf_counter() - start) / edits
    store.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--dir", type=Path, default=Path.cwd())
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir, prefix=".edit-cost-") as tmp:
        folder = Path(tmp)
        rollback = per_edit(folder, "DELETE", args.edits)
        wal = per_edit(folder, "WAL", args.edits)
        checkpointed = per_edit(folder, "WAL", args.edits, checkpoint=True)
    print(f"one committed edit, synchronous=FULL, {args.edits} edits each, on {args.dir}")
    print(f"  rollback journal (ITADesk: the main file holds every edit)  {rollback * 1000:7.2f} ms")
    print(f"  write-ahead log (before: the main file lags behind)        {wal * 1000:7.2f} ms")
    print(f"  write-ahead log, checkpointed after every edit             {checkpointed * 1000:7.2f} ms")
    print(
        f"  ratio rollback / WAL: {rollback / wal:.2f}x, rollback / checkpointed WAL: {rollback / checkpointed:.2f}x"
    )


if __name__ == "__main__":
    main()
