"""The itadesk command: demo and check, with exit codes and one Thai line on errors."""

import subprocess
import sys

from itadesk.cli import main
from itadesk.db import SCHEMA_VERSION


def test_demo_writes_a_workspace_and_check_accepts_it(tmp_path, capsys):
    out = tmp_path / "d.itadesk"
    assert main(["demo", "--out", str(out)]) == 0
    assert out.exists()
    assert main(["check", str(out)]) == 0
    assert f"ไฟล์สมบูรณ์ โครงสร้างรุ่น {SCHEMA_VERSION}" in capsys.readouterr().out


def test_demo_does_not_overwrite_without_force(tmp_path, capsys):
    out = tmp_path / "d.itadesk"
    out.write_text("ของเดิม", encoding="utf-8")
    assert main(["demo", "--out", str(out)]) == 1
    assert "--force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "ของเดิม"
    assert main(["demo", "--out", str(out), "--force"]) == 0
    assert main(["check", str(out)]) == 0


def test_check_refuses_a_text_file(tmp_path, capsys):
    bad = tmp_path / "bad.itadesk"
    bad.write_text("not a database")
    assert main(["check", str(bad)]) == 1
    assert "ไม่ใช่ไฟล์ข้อมูลของ ITADesk" in capsys.readouterr().err


def test_check_reports_a_missing_file(tmp_path, capsys):
    assert main(["check", str(tmp_path / "none.itadesk")]) == 1
    assert "ไม่พบไฟล์" in capsys.readouterr().err


def test_errors_are_one_line_without_traceback(tmp_path):
    bad = tmp_path / "bad.itadesk"
    bad.write_bytes(b"\x00garbage")
    result = subprocess.run(
        [sys.executable, "-m", "itadesk", "check", str(bad)], capture_output=True, text=True, encoding="utf-8"
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_workspace_option_refuses_a_broken_file_before_opening_a_window(tmp_path, capsys, monkeypatch):
    from itadesk.ui import app

    shown = []
    monkeypatch.setattr(app.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    bad = tmp_path / "bad.itadesk"
    bad.write_text("hello")
    assert main(["--workspace", str(bad)]) == 1
    assert shown and "ไม่ใช่ไฟล์ข้อมูลของ ITADesk" in shown[0]


def test_report_command_writes_a_pdf(demo_path, tmp_path, capsys):
    out = tmp_path / "m.pdf"
    code = main(
        [
            "report",
            "measures",
            "--workspace",
            str(demo_path),
            "--year",
            "2566",
            "--round",
            "half",
            "--out",
            str(out),
        ]
    )
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert "เขียนรายงานแล้ว" in capsys.readouterr().out


def test_report_command_writes_word_for_a_docx_name_and_refuses_other_names(demo_path, tmp_path, capsys):
    import docx

    out = tmp_path / "oit.docx"
    assert main(["report", "oit", "--workspace", str(demo_path), "--year", "2566", "--out", str(out)]) == 0
    assert "เขียนรายงานแล้ว" in capsys.readouterr().out
    text = [p.text for p in docx.Document(out).paragraphs]
    assert "ความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)" in text
    for kind, name, message in (
        ("oit", "oit.odt", "ชื่อไฟล์รายงานต้องลงท้ายด้วย .pdf หรือ .docx"),
        ("poster", "poster.docx", "เขียนเป็น PDF ได้เท่านั้น"),
    ):
        args = [
            "report",
            kind,
            "--workspace",
            str(demo_path),
            "--year",
            "2566",
            "--out",
            str(tmp_path / name),
        ]
        assert main(args) == 1
        err = capsys.readouterr().err.strip()
        assert message in err and len(err.splitlines()) == 1
        assert not (tmp_path / name).exists()


def test_report_command_defaults_to_the_current_fiscal_year(demo_path, tmp_path):
    out = tmp_path / "oit.pdf"
    assert main(["report", "oit", "--workspace", str(demo_path), "--out", str(out)]) == 0
    import pymupdf

    text = "".join(pymupdf.open(out)[0].get_text().split())
    assert "พ.ศ.๒๕๗๐" in text  # December 2569: fiscal year 2570
    assert "หมายเหตุ" not in text and "ป.ป.ช." not in text, "no framework note inside an official report"


def test_report_command_errors_are_one_thai_line(tmp_path, demo_path, capsys):
    missing = tmp_path / "none.itadesk"
    assert main(["report", "oit", "--workspace", str(missing), "--out", str(tmp_path / "x.pdf")]) == 1
    assert "ไม่พบไฟล์ข้อมูล" in capsys.readouterr().err
    assert not missing.exists(), "a report never creates a workspace"
    assert (
        main(
            [
                "report",
                "oit",
                "--workspace",
                str(demo_path),
                "--year",
                "2599",
                "--out",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 1
    )
    assert "ไม่มีเกณฑ์การประเมินของปี 2599" in capsys.readouterr().err
    code = main(
        [
            "report",
            "measures",
            "--workspace",
            str(demo_path),
            "--year",
            "2566",
            "--columns",
            "title,shoe",
            "--out",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == 1 and "ไม่รู้จักคอลัมน์ shoe" in capsys.readouterr().err


def test_report_command_refuses_a_round_for_a_report_without_rounds(demo_path, tmp_path, capsys):
    out = tmp_path / "o.pdf"
    args = f"report oit --workspace {demo_path} --year 2566 --round half --out {out}".split()
    assert main(args) == 1
    err = capsys.readouterr().err.strip()
    assert "ไม่มีรอบ ๖ เดือน" in err and len(err.splitlines()) == 1
    assert not out.exists()
