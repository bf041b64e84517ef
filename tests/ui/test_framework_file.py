"""Importing a framework file in the editor: what Notepad saves (a BOM) is read, and a
document with a wrong type is refused with a Thai warning naming the field, no crash."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from itadesk.frameworks import builtin_framework_files
from itadesk.ui.dialogs.framework_editor import FrameworkEditor
from itadesk.ui.editing import DISCARD


def _document(year):
    return json.loads(builtin_framework_files()[year].read_text(encoding="utf-8"))


def test_editor_imports_a_bom_file_and_refuses_items_as_a_number(
    make_window, demo_path, tmp_path, monkeypatch
):
    window = make_window(demo_path)
    editor = FrameworkEditor(window.store, 2567, window)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    document = _document(2567)
    document["oit_groups"][0]["items"][0]["title"] = "ชื่อข้อจากไฟล์ที่บันทึกด้วย Notepad"
    notepad = tmp_path / "ita-2567.json"
    notepad.write_bytes(b"\xef\xbb\xbf" + json.dumps(document, ensure_ascii=False).encode("utf-8"))
    assert editor.import_file(str(notepad)), warned
    assert editor.edited_document()["oit_groups"][0]["items"][0]["title"] == "ชื่อข้อจากไฟล์ที่บันทึกด้วย Notepad"
    document["oit_groups"][1]["items"] = 5
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert not editor.import_file(str(broken))
    assert "oit_groups[1].items" in warned[-1] and "รายการข้อ" in warned[-1]
    asked = []
    monkeypatch.setattr("itadesk.ui.editing.ask_save_changes", lambda _parent: asked.append(1) or DISCARD)
    editor.reject()  # the imported (unsaved) list: the clerk is asked, and chooses ไม่บันทึก
    assert asked == [1]
    assert window.store.framework(2567).item("O1").title != "ชื่อข้อจากไฟล์ที่บันทึกด้วย Notepad"
