"""Where an unexpected error goes: a log file the user can hand to support.

The command line and the window both write here, in the user data folder (``logs/``), one
file per error with the version, the platform and the traceback; nothing of the office's
data is written, only the program's state.
"""

from __future__ import annotations

import datetime as dt
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from itadesk import __version__
from itadesk.paths import user_data_dir

KEEP = 20


def write_crash_log(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> Path | None:
    """Write one error to a new log file; the oldest beyond ``KEEP`` are removed."""
    try:
        folder = user_data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        path = folder / f"itadesk-error-{stamp}.log"
        header = (
            f"ITADesk {__version__}\nPython {sys.version.split()[0]} on {platform.platform()}\n"
            f"time {dt.datetime.now().astimezone().isoformat(timespec='seconds')}\n\n"
        )
        path.write_text(header + "".join(traceback.format_exception(kind, error, trace)), encoding="utf-8")
        for old in sorted(folder.glob("itadesk-error-*.log"))[:-KEEP]:
            old.unlink(missing_ok=True)
        return path
    except OSError:
        return None
