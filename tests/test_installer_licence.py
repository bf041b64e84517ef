"""The installer's licence page shows ITADesk's own MIT licence (the LICENSE file that
pyproject.toml promises), followed by the bundled fonts' licences."""

from __future__ import annotations

import runpy
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_licence_page_is_itadesks_licence_then_the_fonts(tmp_path):
    writer = runpy.run_path(str(ROOT / "scripts" / "installer_licence.py"))
    text = writer["write"](tmp_path / "LICENCES.txt").read_text(encoding="utf-8-sig")
    assert tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")
    mit, ofl, dejavu = (text.index(s) for s in ("MIT License", "SIL OPEN FONT LICENSE", "Bitstream Vera"))
    assert text.startswith("ITADesk") and mit < ofl < dejavu
    iss = (ROOT / "installer" / "itadesk.iss").read_text(encoding="utf-8-sig")
    assert "LicenseFile=dist\\LICENCES.txt" in iss.splitlines()
    assert "installer_licence.py" in (ROOT / "build.spec").read_text()
