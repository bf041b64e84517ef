"""Benchmark: the demo's measures report from the command line, end to end.

Runs ``python -m itadesk report measures`` on a fresh demo workspace as a separate
process (interpreter start, imports, the Thai dictionary, layout, writing the PDF) and,
as the peer in the same run, ``python -c "import itadesk.cli"`` (what every command pays
before it does anything). Prints the best of ``--repeat`` wall times and the ratio to
the 1.5 s target. Run from the repository root::

    python bench/cli_report_speed.py
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 1.5


def _run(args: list[str], env: dict[str, str]) -> float:
    """Wall seconds of one child process."""
    start = time.perf_counter()
    subprocess.run(args, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--kind", default="measures")
    options = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.itadesk"
        env["ITADESK_DATA_DIR"] = folder
        subprocess.run([sys.executable, "-m", "itadesk", "demo", "--out", str(demo)], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        report = [sys.executable, "-m", "itadesk", "report", options.kind, "--workspace", str(demo),
                  "--out", str(Path(folder) / "report.pdf")]  # fmt: skip
        imports = [sys.executable, "-c", "import itadesk.cli"]
        best_report = min(_run(report, env) for _ in range(options.repeat))
        best_import = min(_run(imports, env) for _ in range(options.repeat))
    print(f"{options.kind} report from the CLI: {best_report:.2f} s")
    print(f"peer, importing itadesk.cli only: {best_import:.2f} s")
    print(f"report / target {TARGET} s: {best_report / TARGET:.2f}")


if __name__ == "__main__":
    main()
