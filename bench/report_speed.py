"""Benchmark: the ``measures`` report for 200 measures, ITADesk beside WeasyPrint.

Both write the same 200 measures (the demo's real Thai text, cycled) as an A4 landscape
table with the bundled Sarabun font, in the same process; WeasyPrint (HTML → PDF through
Pango, which typesets Thai correctly) is the peer. Prints seconds, pages, pages per
second, file sizes and the ratio. Run from the repository root::

    pip install weasyprint        # the peer, for this benchmark only
    python bench/report_speed.py

Each renderer runs once to warm up (the Thai dictionary, font loading) and then
``--repeat`` times; the best time counts, as the machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import html
import tempfile
import time
from pathlib import Path

from itadesk.db import Store, open_workspace
from itadesk.demo import demo_data
from itadesk.paths import fonts_dir
from itadesk.reporting import ReportRequest, write_report

YEAR = 2566
COLUMNS = (
    "ลำดับที่",
    "มาตรการ/กิจกรรม",
    "วิธีดำเนินการ",
    "ระยะเวลาในการดำเนินการ",
    "ผู้รับผิดชอบ",
    "สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม",
    "ผลลัพธ์หรือความสำเร็จในการดำเนินการ",
)
FIELDS = ("title", "steps", "period", "responsible", "output", "outcome")


def measures(count: int) -> list[dict]:
    """``count`` measures of real Thai text, each cell made unique by its row number so no
    cache can recognise a repeated paragraph."""
    source = demo_data()["years"][str(YEAR)]["measures"]
    rows = []
    for i in range(count):
        row = dict(source[i % len(source)], round="full")
        for field in FIELDS:
            if row.get(field):
                row[field] = f"({i + 1}) {row[field]}"
        rows.append(row)
    return rows


def build_workspace(folder: Path, rows: list[dict]) -> Path:
    path = folder / "bench.itadesk"
    store = Store(open_workspace(path))
    with store.db.atomic():
        store.set_user_name("bench")
        store.set_agency(type(store.agency())(**demo_data()["agency"]))
        for row in rows:
            store.add_measure(YEAR, **row)
    store.close()
    return path


def itadesk_report(workspace: Path, out: Path) -> None:
    store = Store(open_workspace(workspace))
    try:
        write_report(store, ReportRequest("measures", YEAR, "full"), out)
    finally:
        store.close()


def weasyprint_report(rows: list[dict], out: Path) -> None:
    from weasyprint import HTML

    font = (fonts_dir() / "Sarabun-Regular.ttf").as_uri()
    bold = (fonts_dir() / "Sarabun-Bold.ttf").as_uri()
    cells = "".join(
        "<tr><td>{}</td>{}</tr>".format(
            i, "".join(f"<td>{html.escape(row.get(f, '')).replace(chr(10), '<br>')}</td>" for f in FIELDS)
        )
        for i, row in enumerate(rows, start=1)
    )
    document = f"""<html><head><meta charset="utf-8"><style>
      @font-face {{ font-family: Sarabun; src: url({font}); }}
      @font-face {{ font-family: Sarabun; font-weight: bold; src: url({bold}); }}
      @page {{ size: A4 landscape; margin: 2cm 2cm 1.6cm 2cm; }}
      body {{ font-family: Sarabun; font-size: 11pt; line-height: 1.45; }}
      table {{ border-collapse: collapse; width: 100%; }}
      th, td {{ border: 0.5pt solid black; padding: 2pt 4pt; vertical-align: top; }}
      th {{ background: #e0e8f5; }} thead {{ display: table-header-group; }}
    </style></head><body><h1 style="text-align:center;font-size:16pt">
      รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</h1>
    <table><thead><tr>{"".join(f"<th>{c}</th>" for c in COLUMNS)}</tr></thead>
    <tbody>{cells}</tbody></table></body></html>"""
    HTML(string=document).write_pdf(out)


def pages(pdf: Path) -> int:
    import pymupdf

    return pymupdf.open(pdf).page_count


def timed(run, repeat: int) -> float:
    run()  # warm-up
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measures", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = measures(args.measures)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        workspace = build_workspace(folder, rows)
        ours, peer = folder / "itadesk.pdf", folder / "weasyprint.pdf"
        results = {}
        results["ITADesk (ReportLab + HarfBuzz)"] = (
            timed(lambda: itadesk_report(workspace, ours), args.repeat),
            ours,
        )
        try:
            results["WeasyPrint (Pango)"] = (timed(lambda: weasyprint_report(rows, peer), args.repeat), peer)
        except ImportError:
            print("WeasyPrint is not installed: pip install weasyprint (the peer, for this benchmark only)")
        print(f"measures report, {args.measures} measures, best of {args.repeat}")
        for name, (seconds, pdf) in results.items():
            count = pages(pdf)
            print(
                f"  {name:32s} {seconds:6.2f} s  {count:4d} pages  {count / seconds:6.1f} pages/s  "
                f"{pdf.stat().st_size / 1024:7.0f} KiB"
            )
        if len(results) == 2:
            (a, _), (b, _) = results.values()
            print(f"  ratio WeasyPrint / ITADesk: {b / a:.2f}x")


if __name__ == "__main__":
    main()
