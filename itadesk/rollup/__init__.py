"""Many offices at a glance: the district's and the province's roll-up of their offices'
ITADesk copies (reading them safely, the figures, and the workbook and PDF outputs).

Qt-free: the window (``itadesk.ui.rollup_window``) and ``itadesk rollup`` both use it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from itadesk.rollup.reading import RollupError
from itadesk.rollup.summary import Rollup

OUTPUT_SUFFIXES = (".xlsx", ".pdf")


def write_rollup(
    rollup: Rollup,
    out: str | Path,
    *,
    place: str = "",
    thai_digits: bool = True,
    today: dt.date | None = None,
    progress=None,
) -> Path:
    """Write the roll-up as a workbook (.xlsx) or the Thai PDF report (.pdf), by the name's ending."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        from itadesk.rollup.workbook import write_workbook

        return write_workbook(rollup, out)
    if suffix == ".pdf":
        from itadesk.export import rollup_report
        from itadesk.reporting import PreparedReport, render_report

        report = rollup_report.RollupReport(rollup, place, today)
        return render_report(PreparedReport(rollup_report, report, thai_digits), out, progress)
    raise RollupError(f"บันทึกสรุปได้เป็น .xlsx หรือ .pdf เท่านั้น ไม่ใช่ “{out.name}”")
