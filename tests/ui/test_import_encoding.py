"""The import preview names the encoding the CSV was read as, and a Thai Excel CSV
(TIS-620) and a Western one (cp1252) come in as their own letters."""

from __future__ import annotations

from itadesk.ui.dialogs.import_dialog import ImportDialog


def test_the_preview_names_the_guessed_encoding_and_imports(
    make_window, demo_path, tmp_path, when_dialog_opens
):
    path = tmp_path / "แผน.csv"
    path.write_bytes("มาตรการ,ผู้รับผิดชอบ\r\nประกาศเจตจำนงสุจริต,สำนักปลัด\r\n".encode("cp874"))
    window = make_window(demo_path)
    window.set_year(2567)
    seen = {}

    def check(dialog: ImportDialog) -> None:
        if "Mesure" in dialog.combos:  # no Thai header to go by: the user picks the title column
            dialog.combos["Mesure"].setCurrentIndex(dialog.combos["Mesure"].findData("title"))
        seen["encoding"] = dialog.encoding_label.text()
        seen["title"] = dialog.preview.item(0, 0).text()
        dialog.accept()

    when_dialog_opens(check)
    assert window.import_measures(str(path)) == 1
    assert "TIS-620" in seen["encoding"] and seen["title"] == "ประกาศเจตจำนงสุจริต"
    assert window.store.measures(2567)[-1].responsible == "สำนักปลัด"
    west = tmp_path / "west.csv"
    west.write_bytes("Mesure,Responsable\nRéunion du café,Bureau général\n".encode("cp1252"))
    when_dialog_opens(check)
    assert window.import_measures(str(west)) == 1
    assert "1252" in seen["encoding"] and seen["title"] == "Réunion du café"
