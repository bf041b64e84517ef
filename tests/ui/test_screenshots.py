"""``itadesk screenshots`` draws every tab without a screen (README pictures, frozen-app smoke)."""

from __future__ import annotations

from PySide6.QtGui import QImage

from itadesk import cli


def test_screenshots_of_every_tab_from_the_demo_workspace(qapp, demo_path, tmp_path, capsys):
    out = tmp_path / "shots"
    assert cli.main(["screenshots", "--workspace", str(demo_path), "--year", "2566", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "analysis.png",
        "checklist.png",
        "measures.png",
        "scores.png",
    ]
    pictures = {p.name: QImage(str(p)) for p in out.iterdir()}
    for image in pictures.values():
        assert (image.width(), image.height()) == (1280, 800)
    assert len({bytes(image.constBits()) for image in pictures.values()}) == 4, "four different tabs"
    assert capsys.readouterr().out.count("บันทึกภาพแล้ว") == 4


def test_screenshots_of_a_year_without_a_framework_are_refused_in_thai(qapp, demo_path, tmp_path, capsys):
    assert (
        cli.main(["screenshots", "--workspace", str(demo_path), "--year", "2400", "--out", str(tmp_path)])
        == 1
    )
    assert "ไม่มีเกณฑ์การประเมินของปี 2400" in capsys.readouterr().err
