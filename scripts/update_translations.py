"""Keep the window's translations in step with the code, and compile them.

Scans ``itadesk/ui`` for every ``tr("…")`` literal and collects the domain labels the window
passes through ``tr`` (statuses, field names, report kinds, …), then rewrites
``itadesk/translations/itadesk_th.ts`` (the Thai source strings, loaded by default) and
``itadesk_en.ts`` (English), keeping every translation already made and marking new strings
unfinished, and compiles both to ``.qm`` with ``pyside6-lrelease``, together with
``qtbase_th.ts`` (Qt's own buttons and menus in Thai, which Qt does not ship). Run from the repository
root after changing a string::

    python scripts/update_translations.py          # --check: fail if anything is missing
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from itadesk.ui.i18n import CONTEXT, TRANSLATIONS_DIR  # noqa: E402


def domain_labels() -> list[str]:
    from itadesk.analysis import SECTIONS, TOOL_NAMES
    from itadesk.db.conflicts import FIELD_LABELS, TABLE_FIELD_LABELS
    from itadesk.records import AGENCY_KINDS, MEASURE_FIELD_LABELS, ROUND_LABELS, STATUS_LABELS
    from itadesk.reporting import REPORT_KINDS
    from itadesk.rollup.columns import TITLES as ROLLUP_TITLES
    from itadesk.ui.dialogs.help_dialogs import LICENCES
    from itadesk.ui.dialogs.recovery import REASONS
    from itadesk.ui.tabs.analysis_tab import STALE_NOTE
    from itadesk.ui.tabs.measures_model import HEADERS
    from itadesk.ui.tabs.scores_tab import TOOL_NAMES as SCORE_TOOL_NAMES
    from itadesk.ui.undo import TABLE_LABELS

    labels: list[str] = []
    for mapping in (STATUS_LABELS, ROUND_LABELS, MEASURE_FIELD_LABELS, SECTIONS, TOOL_NAMES, REPORT_KINDS,
                    FIELD_LABELS, TABLE_FIELD_LABELS, SCORE_TOOL_NAMES, TABLE_LABELS, REASONS):  # fmt: skip
        labels += mapping.values()
    return (
        labels
        + list(ROLLUP_TITLES)
        + list(AGENCY_KINDS)
        + list(HEADERS)
        + [name for name, _l, _f in LICENCES]
        + [STALE_NOTE]
    )


def source_strings() -> list[str]:
    found: list[str] = []
    for path in sorted((ROOT / "itadesk" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.append(node.args[0].value)
    return list(dict.fromkeys(found + domain_labels()))


def read_ts(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    out = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") != "unfinished":
            out[message.findtext("source")] = translation.text
    return out


def write_ts(path: Path, language: str, strings: list[str], translations: dict[str, str]) -> list[str]:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="th_TH")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    missing = []
    for text in strings:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        if text in translations:
            translation.text = translations[text]
        else:
            translation.set("type", "unfinished")
            missing.append(text)
    ET.indent(root)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n",
                    encoding="utf-8")  # fmt: skip
    return missing


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    return found


def main(argv: list[str]) -> int:
    strings = source_strings()
    th = TRANSLATIONS_DIR / "itadesk_th.ts"
    en = TRANSLATIONS_DIR / "itadesk_en.ts"
    write_ts(th, "th_TH", strings, {text: text for text in strings})
    missing = write_ts(en, "en_US", strings, read_ts(en))
    qt_th = TRANSLATIONS_DIR / "qtbase_th.ts"  # Qt's own strings in Thai, kept by hand
    for ts in (th, en, qt_th):
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    qt_missing = [m.findtext("source") for m in ET.parse(qt_th).getroot().iter("message")
                  if not (m.findtext("translation") or "").strip()]  # fmt: skip
    print(
        f"{len(strings)} strings; English missing {len(missing)}; Qt's own strings without Thai {len(qt_missing)}"
    )
    for text in missing[:20] + qt_missing:
        print("  missing:", text.replace("\n", "\\n")[:100])
    return 1 if "--check" in argv and (missing or qt_missing) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
