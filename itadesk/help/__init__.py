"""The short Thai user guide shown from the Help menu (F1)."""

from __future__ import annotations

from pathlib import Path


def guide_html() -> str:
    return (Path(__file__).parent / "guide-th.html").read_text(encoding="utf-8")
