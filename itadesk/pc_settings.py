"""What belongs to this PC (this Windows account), not to the workspace file that travels:
the name of the person working here.

Kept as a small JSON file in the user data folder (platformdirs), readable without Qt so
the command line and the store use the same name as the window. The workspace used to hold
the user's name, so a file taken to another PC went on signing that PC's edits with the
first clerk's name.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from itadesk.paths import user_data_dir

FILE_NAME = "this-pc.json"


def _path() -> Path:
    return user_data_dir() / FILE_NAME


def _read() -> dict[str, str]:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, str)} if isinstance(data, dict) else {}


def pc_setting(key: str, default: str = "") -> str:
    return _read().get(key, default)


def set_pc_setting(key: str, value: str) -> None:
    """Write atomically (a temporary file renamed into place): a crash keeps the old file."""
    data = _read()
    data[key] = value
    path = _path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temporary, path)


def user_name() -> str:
    """Who works on this PC; empty until asked."""
    return pc_setting("user_name")


def set_user_name(name: str) -> None:
    set_pc_setting("user_name", name.strip())
