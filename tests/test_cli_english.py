"""On a PC set to English every line ``itadesk`` prints is English — its help, what each
command reports having done, the domain's summaries and findings it passes on — except the
office's own data it echoes (item titles, the manual's lines, links, a survey period).
Thai stays the default."""

from __future__ import annotations

import argparse
import re
import shutil

import pytest

from itadesk import messages
from itadesk.cli import _parser, main
from itadesk.db import Store, evidence, open_workspace
from itadesk.db.yearly import start_new_year
from itadesk.pc_settings import set_pc_setting

THAI = re.compile("[\u0e00-\u0e7f]")
LINKS = {  # item → (title, url): one of each finding the checks make
    "O1": ("ผังโครงสร้าง", "https://www.huarua.go.th/ita/o1"),
    "O2": ("ทำเนียบผู้บริหาร", r"C:\Users\clerk\Desktop\ทำเนียบ.pdf"),
    "O3": ("อำนาจหน้าที่", "http://www.huarua.go.th/power"),
    "O4": ("แผนพัฒนา", "https://drive.google.com/file/d/1AbC/view"),
    "O6": ("กฎหมาย พ.ศ. ๒๕๖๐", "https://www.huarua.go.th/law-2560"),
    "O7": ("ข่าว", "https://www.huarua.go.th/ita/o1"),
    "O9": ("เพจ", "เพจเฟซบุ๊กของอบต."),
}
PERIOD = "1 พ.ค. – 31 ก.ค. 2567"


@pytest.fixture
def english():
    set_pc_setting("language", "en")
    yield
    messages.use_language("th")


def run(capsys, *args) -> str:
    try:
        code = main([str(a) for a in args])
    except SystemExit as exit_:  # --help
        code = exit_.code
    printed = capsys.readouterr()
    assert code == 0, printed.err
    return printed.out + printed.err


def thai_left(text: str, data: set[str]) -> list[str]:
    """Lines that still hold Thai once the office's own data is taken out."""
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, "")
    return [line for line in text.splitlines() if THAI.search(line)]


def test_every_command_and_its_help_speak_english(english, demo_path, tmp_path, capsys):
    store = Store(open_workspace(demo_path))
    evidence.add_link(store, 2566, "O5", url="https://www.huarua.go.th/contact", title="ช่องทางติดต่อ")
    start_new_year(store, 2566)  # O5's link comes over to 2567, to be confirmed
    for code, (title, url) in LINKS.items():
        evidence.add_link(store, 2567, code, url=url, title=title)
    titles = {item.title for year in store.years() for item in store.framework(year).items()}
    store.close()
    data = titles | {t for pair in LINKS.values() for t in pair} | {PERIOD}
    out = {}
    work = ["--workspace", demo_path]
    out["demo"] = run(capsys, "demo", "--out", tmp_path / "new.itadesk")
    out["check"] = run(capsys, "check", demo_path)
    out["report"] = run(capsys, "report", "oit", *work, "--year", 2567, "--out", tmp_path / "oit.pdf")
    out["export"] = run(capsys, "export", *work, "--out", tmp_path / "usb.itadesk")
    out["export-xlsx"] = run(capsys, "export-xlsx", *work, "--year", 2566, "--out", tmp_path / "x.xlsx")
    out["import"] = run(
        capsys, "import-measures", *work, "--year", 2567, "--from", tmp_path / "x.xlsx", "--map", "ลำดับที่="
    )
    out["export-oit"] = run(capsys, "export-oit", *work, "--year", 2567, "--out", tmp_path / "oit.csv")
    out["publish"] = run(capsys, "publish", *work, "--year", 2567, "--out", tmp_path / "web")
    out["survey"] = run(
        capsys, "survey-links", *work, "--year", 2567, "--eit", "https://x.example/e", "--period", PERIOD
    )
    out["links"] = run(capsys, "check-links", *work, "--year", 2567)
    out["shots"] = run(capsys, "screenshots", *work, "--year", 2567, "--out", tmp_path / "shots")
    district = tmp_path / "district"
    district.mkdir()
    shutil.copy(tmp_path / "usb.itadesk", district / "a.itadesk")
    shutil.copy(demo_path, district / "b.itadesk")  # the same office, edited later: a is older
    (district / "bad.itadesk").write_text("not a database")
    out["rollup"] = run(capsys, "rollup", "--from", district, "--year", 2567, "--out", tmp_path / "r.xlsx")
    out["help"] = run(capsys, "--help")
    commands = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction)).choices
    for command in commands:
        out[f"{command} --help"] = run(capsys, command, "--help")

    left = {name: thai_left(text, data) for name, text in out.items() if thai_left(text, data)}
    assert not left, left
    assert "Merged" not in out["export"] and "Copy saved: " in out["export"]
    assert (
        "Web page written: " in out["publish"]
        and "not web addresses (http/https), so the page shows them as text: 2;" in out["publish"]
    )
    assert (
        f"2567 EIT: https://x.example/e ({PERIOD})" in out["survey"] and "2567 IIT: not set" in out["survey"]
    )
    findings = out["links"]
    for expected in (
        r"O2 C:\Users\clerk\Desktop\ทำเนียบ.pdf: a file's place on a PC",
        "O3 http://www.huarua.go.th/power: the website huarua.go.th opens with https://",
        "O4 https://drive.google.com/file/d/1AbC/view: a file on a shared drive",
        "the link or its title names 2560, not the year assessed (2567)",
        "O5 https://www.huarua.go.th/contact: this link was carried over from 2566",
        "the same link is given for O7 too",
        "O9 เพจเฟซบุ๊กของอบต.: not a web link that opens",
    ):
        assert expected in findings
    assert findings.strip().splitlines()[-1].startswith("2567: links: 9 · items without a link: ")
    assert (
        "Offices summed up: 1 (2567)" in out["rollup"]
        and "Not used: a.itadesk is an older copy of b.itadesk" in out["rollup"]
    )
    assert "Not used: Cannot use bad.itadesk: it is not an ITADesk workspace" in out["rollup"]


def test_a_merge_and_a_new_item_list_report_in_english(english, demo_path, tmp_path, capsys):
    clerk, head = (Store(open_workspace(tmp_path / f"{name}.itadesk")) for name in ("clerk", "head"))
    measure = clerk.add_measure(2567, title="ร่าง")
    clerk.close()
    usb = tmp_path / "usb.itadesk"
    run(capsys, "export", "--workspace", tmp_path / "clerk.itadesk", "--out", usb)
    first = run(capsys, "merge", "--workspace", tmp_path / "head.itadesk", "--from", usb)
    assert first.startswith("Merged: entries added: 1 · fields changed: 0")
    head.update_measure(measure.id, title="ฉบับหัวหน้า")
    head.close()
    clerk = Store(open_workspace(tmp_path / "clerk.itadesk"))
    clerk.update_measure(measure.id, title="ฉบับเสมียน")
    clerk.close()
    usb = tmp_path / "usb-again.itadesk"
    run(capsys, "export", "--workspace", tmp_path / "clerk.itadesk", "--out", usb)
    second = run(capsys, "merge", "--workspace", tmp_path / "head.itadesk", "--from", usb)
    assert "fields edited on both PCs: 1" in second and "the value saved last is used" in second
    assert not thai_left(first + second, set())

    store = Store(open_workspace(demo_path))
    old = [(item.code, item.title) for item in store.framework(2566).items()]
    store.close()
    # a line before the list, O1 renamed, O42 dropped, O43 moved to O44, a new O45, O5 given twice
    new = [(old[0][0], "โครงสร้างและอำนาจหน้าที่"), *old[1:41], ("O44", old[42][1]), ("O45", "ข้อใหม่ที่ทดสอบ")]
    lines = ["หมายเหตุต้นรายการ", *(f"{code} {title}" for code, title in new), "O5 ข้อมูลการติดต่อซ้ำ"]
    manual = tmp_path / "manual.txt"
    manual.write_text("\n".join(lines), encoding="utf-8")
    data = {title for _code, title in old + new} | {"ข้อมูลการติดต่อซ้ำ", "หมายเหตุต้นรายการ"}
    args = ["framework-list", "--workspace", demo_path, "--year", 2566, "--from", manual]
    preview = run(capsys, *args)
    applied = run(capsys, *args, "--apply")
    again = run(capsys, *args)
    assert not thai_left(preview + applied + again, data), thai_left(preview + applied + again, data)
    for expected in ("(no sub-indicator, ", "renamed\tO1\t", "renumbered\tO43 → O44\t", "added\tO45\t"):
        assert expected in preview
    assert "removed\tO42\t" in preview and "items given twice (the first is used): O5" in preview
    assert "In all: items: 43, sub-indicators: 0" in preview and "not placed (line 1)\t" in preview
    assert "move data\tO42 → kept from the previous year (in no item yet)\t" in preview
    assert "Not saved yet: add --apply" in preview
    assert "Item list of 2566 saved (items: 43)" in applied
    assert "The list is as before: no item changed" in again


def test_thai_stays_the_default(demo_path, tmp_path, capsys):
    assert run(capsys, "export", "--workspace", demo_path, "--out", tmp_path / "usb.itadesk").startswith(
        "บันทึกสำเนาแล้ว: "
    )
    assert "สร้างไฟล์ข้อมูลตัวอย่างจากรายงานจริง" in run(capsys, "--help")
    assert run(capsys, "check-links", "--workspace", demo_path, "--year", 2566).startswith("ปี 2566: ๑ ลิงก์ · ")
