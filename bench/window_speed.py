"""Benchmark: the window with a big workspace — start-up, filtering per keystroke, memory.

Builds a workspace of ten fiscal years (2563–2572) holding 5,000 measures in the newest year,
43 checklist rows and scores per year, then measures, each in a fresh process so nothing is
warm that a clerk's first start would not have:

- the time from process start to the main window shown, beside the time to merely import
  PySide6.QtWidgets in the same kind of process (the floor), as a ratio (target: < 2 s);
- the time of one keystroke in the measures search box over 5,000 measures (target: < 50 ms),
  median and worst of a typed word and its deletion;
- scrolling the table end to end and an in-place edit with the filter on;
- the process's peak memory (RSS) with that workspace open.

Run from the repository root (needs a display or QT_QPA_PLATFORM=offscreen)::

    QT_QPA_PLATFORM=offscreen python bench/window_speed.py
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

MEASURES = 5000
YEAR = 2572

BUILD = textwrap.dedent(
    f"""
    import json, sys
    from itadesk.db import Store, open_workspace
    from itadesk.db.yearly import ensure_year
    store = Store(open_workspace(sys.argv[1]))
    with store.db.atomic():
        ensure_year(store, {YEAR})
        for year in range(2563, {YEAR} + 1):
            ensure_year(store, year)
            for number in range(1, 11):
                store.set_score(year, number, 60 + (number * 7 + year) % 40)
            for item in store.framework(year).items():
                store.set_item_done(year, item.code, hash(item.code) % 2 == 0)
        units = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา"]
        for n in range({MEASURES}):
            store.add_measure(
                {YEAR},
                title=f"มาตรการส่งเสริมคุณธรรมและความโปร่งใส ลำดับที่ {{n}} งบประมาณ" if n % 7 == 0
                else f"มาตรการที่ {{n}} การเปิดเผยข้อมูลและการมีส่วนร่วมของประชาชน",
                steps="๑. ประชุมชี้แจงบุคลากร\\n๒. จัดทำประกาศและเผยแพร่บนเว็บไซต์\\n๓. ติดตามและรายงานผล",
                responsible=units[n % 4],
                period="ต.ค. ๗๑ – ก.ย. ๗๒",
                indicators=[1 + n % 10],
            )
        store.set_setting("open_year", "{YEAR}")
    store.close()
    print("built")
    """
)

FLOOR = "import time, sys; t = time.perf_counter(); import PySide6.QtWidgets; print(time.perf_counter() - t)"

WINDOW = textwrap.dedent(
    """
    import time
    START = time.perf_counter()
    import json, resource, statistics, sys
    from itadesk.db import Store, open_workspace
    from itadesk.ui.app import application
    from itadesk.ui.main_window import MainWindow
    app = application()
    window = MainWindow(Store(open_workspace(sys.argv[1])))
    window.show()
    app.processEvents()
    shown = time.perf_counter() - START
    tab = window.measures_tab
    window.tabs.setCurrentWidget(tab)
    app.processEvents()
    keystrokes = []
    for text in ["ง", "งบ", "งบป", "งบปร", "งบประ", "งบประม", "งบประมา", "งบประมาณ",
                 "งบประมา", "งบประม", "งบประ", "งบปร", "งบป", "งบ", "ง", ""]:
        t = time.perf_counter()
        tab.search_edit.setText(text)
        app.processEvents()
        keystrokes.append(time.perf_counter() - t)
    bar = tab.view.verticalScrollBar()
    t = time.perf_counter()
    for value in range(0, bar.maximum() + 1, max(1, bar.pageStep())):
        bar.setValue(value)
        app.processEvents()
    scroll = time.perf_counter() - t
    pages = bar.maximum() // max(1, bar.pageStep()) + 1
    tab.search_edit.setText("งบประมาณ")
    app.processEvents()
    t = time.perf_counter()
    tab.model.setData(tab.model.index(0, 1), "มาตรการที่แก้ไขในตาราง")
    app.processEvents()
    edit = time.perf_counter() - t
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps(dict(shown=shown, keystrokes=keystrokes, scroll=scroll, pages=pages, edit=edit,
                          rss_mib=rss_kib / 1024, rows=tab.model.total)))
    """
)


def run(code: str, *args: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)
    return result.stdout.strip().splitlines()[-1]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp) / "big.itadesk"
        start = time.perf_counter()
        run(BUILD, str(workspace))
        print(f"workspace: 10 fiscal years, {MEASURES:,} measures in {YEAR} (built in {time.perf_counter() - start:.1f} s)")
        floors = [float(run(FLOOR)) for _ in range(3)]
        results = [json.loads(run(WINDOW, str(workspace))) for _ in range(3)]
    floor = statistics.median(floors)
    shown = statistics.median(r["shown"] for r in results)
    keys = [k for r in results for k in r["keystrokes"]]
    last = results[-1]
    print(f"  import PySide6.QtWidgets (floor)   {floor:6.3f} s  (median of 3 processes)")
    print(f"  process start → window shown       {shown:6.3f} s  (median of 3; target < 2 s)")
    print(f"  ratio window / floor: {shown / floor:.1f}x")
    print(
        f"  search keystroke over {last['rows']:,} measures  median {statistics.median(keys) * 1000:5.1f} ms, "
        f"worst {max(keys) * 1000:5.1f} ms  ({len(keys)} keystrokes; target < 50 ms)"
    )
    print(f"  scroll the table end to end        {last['scroll']:6.3f} s  ({last['pages']} pages, "
          f"{last['scroll'] / last['pages'] * 1000:.1f} ms a page)")  # fmt: skip
    print(f"  in-place edit with the filter on   {last['edit'] * 1000:6.1f} ms")
    print(f"  peak memory (RSS)                  {statistics.median(r['rss_mib'] for r in results):6.0f} MiB")


if __name__ == "__main__":
    main()
