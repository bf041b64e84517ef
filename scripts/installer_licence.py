"""Write the installer's licence page: ITADesk's own LICENSE first, then the licences of
the fonts it bundles (Sarabun under the OFL, DejaVu Sans), each under its own heading.

Inno Setup shows one file on its licence page; build.spec calls this so the page always
matches the files shipped::

    python scripts/installer_licence.py dist/LICENCES.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARTS = (
    ("ITADesk", ROOT / "LICENSE"),
    ("Sarabun font (SIL Open Font License 1.1)", ROOT / "resources" / "fonts" / "OFL.txt"),
    ("DejaVu Sans font", ROOT / "resources" / "fonts" / "DejaVu-LICENSE.txt"),
)


def licence_text() -> str:
    sections = []
    for title, path in PARTS:
        rule = "=" * len(title)
        sections.append(f"{title}\n{rule}\n\n{path.read_text(encoding='utf-8').strip()}\n")
    return "\n\n".join(sections)


def write(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    # UTF-8 with a byte-order mark: Inno Setup reads a licence file without one as ANSI.
    target.write_text(licence_text(), encoding="utf-8-sig")
    return target


if __name__ == "__main__":
    print(write(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "LICENCES.txt"))
