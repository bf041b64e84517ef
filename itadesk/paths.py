"""Where ITADesk finds its bundled files and keeps the user's workspace.

One module holds every path decision, with a single branch for the frozen (PyInstaller)
app. Importing it creates nothing on disk; callers ask for a directory when they need it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from itadesk import APP_NAME

WORKSPACE_ENV = "ITADESK_WORKSPACE"
"""Environment variable naming the workspace file to use instead of the default one."""

DATA_DIR_ENV = "ITADESK_DATA_DIR"
"""Environment variable that moves the whole user data directory (tests point it at tmp)."""

WORKSPACE_SUFFIX = ".itadesk"


def _bundle_root() -> Path:
    """The folder holding ``resources/``: the repository, or PyInstaller's unpack dir."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _bundle_root() / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def frameworks_dir() -> Path:
    """Built-in ITA frameworks ship inside the package so that a wheel carries them."""
    return Path(__file__).resolve().parent / "frameworks"


def demo_dir() -> Path:
    return Path(__file__).resolve().parent / "demo"


def user_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_workspace_path() -> Path:
    """The workspace used when neither ``--workspace`` nor the environment names one."""
    override = os.environ.get(WORKSPACE_ENV)
    if override:
        return Path(override)
    return user_data_dir() / f"workspace{WORKSPACE_SUFFIX}"


def backups_dir_for(workspace: Path) -> Path:
    """Backups sit beside the workspace they protect, in a folder named after it."""
    return workspace.parent / f"{workspace.stem}-backups"
