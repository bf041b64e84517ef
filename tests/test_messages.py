"""In English mode the store's and the command line's error messages are English too; every
Thai message the domain raises has its English in ``itadesk.messages``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from itadesk import cli, messages
from itadesk.db import Store, open_workspace
from itadesk.errors import StoreError
from itadesk.messages import ENGLISH, localize
from itadesk.pc_settings import set_pc_setting

ROOT = Path(__file__).resolve().parent.parent
THAI = range(0x0E00, 0x0E80)


def _template(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return None


def raised_messages() -> dict[str, str]:
    """Thai message templates given to an error (or to the helper that builds one) outside the
    window, and the command line's own lines (``say``)."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "itadesk").rglob("*.py")):
        if "ui" in path.relative_to(ROOT).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name.endswith("Error") or name in ("_refuse", "__init__", "say"):
                for arg in node.args:
                    text = _template(arg)
                    if text and any(ord(c) in THAI for c in text):
                        found.setdefault(text, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_every_error_message_of_the_domain_has_english():
    found = raised_messages()
    assert len(found) > 60, "the scan saw the domain's errors"
    missing = [f"{where}: {text}" for text, where in found.items() if text not in ENGLISH]
    assert not missing, f"add English to itadesk/messages.py: {missing[:5]}"
    english_with_thai = [
        e for e in ENGLISH.values() if any(ord(c) in THAI for c in e.replace("มาตรการ/แนวทาง", ""))
    ]
    assert not english_with_thai
    for thai, english in ENGLISH.items():
        assert thai.count("{}") == english.count("{}"), thai


@pytest.fixture
def english():
    messages.use_language("en")
    yield
    messages.use_language("th")


def test_a_store_error_reads_in_english_on_an_english_pc(store, english):
    with pytest.raises(StoreError) as refused:
        store.set_score(2567, 1, 101)
    assert str(refused.value) == "A score must be between 0 and 100"
    with pytest.raises(StoreError) as refused:
        store.update_measure("no-such-id", title="x")
    assert str(refused.value) == "This measure was not found (it may have been deleted)"


def test_nested_messages_are_translated_inside_out(english):
    text = localize("ใช้ไฟล์ usb.itadesk ไม่ได้: ไฟล์ว่างเปล่า (อาจคัดลอกไม่สำเร็จ)")
    assert text == "Cannot use usb.itadesk: the file is empty (the copy may have failed)"
    assert localize("ข้อความที่ไม่มีในแคตตาล็อก") == "ข้อความที่ไม่มีในแคตตาล็อก"  # kept, not lost


def test_the_command_line_speaks_the_pcs_language(tmp_path, capsys):
    empty = tmp_path / "empty.itadesk"
    empty.write_bytes(b"")
    Store(open_workspace(tmp_path / "w.itadesk")).close()
    set_pc_setting("language", "en")
    try:
        assert cli.main(["merge", "--workspace", str(tmp_path / "w.itadesk"), "--from", str(empty)]) != 0
        assert "Cannot use empty.itadesk: the file is empty" in capsys.readouterr().err
    finally:
        messages.use_language("th")
    set_pc_setting("language", "th")
    assert cli.main(["merge", "--workspace", str(tmp_path / "w.itadesk"), "--from", str(empty)]) != 0
    assert "ไฟล์ว่างเปล่า" in capsys.readouterr().err
