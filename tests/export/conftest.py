"""Report fixtures: the shared Thai PDF checker, and a stress workspace built to break
typesetting (markup characters, rare mark stacks, emoji, a 10,000-character cell)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from itadesk.db import Store, open_workspace
from itadesk.records import Agency

CHECKER = Path(__file__).resolve().parents[3] / "shared" / "tools" / "thai_pdf_check.py"

RARE = "น้ำใจ ที่นี่ ปี่พาทย์ กตัญญู\nฐุ ฎุ ฏุ ปั้น กิ่ง ก๊ำ\nฤๅษี เฉพาะ ฯลฯ ไปๆ มาๆ"
"""Stacked and rare marks, short lines so that no break falls between the bare syllables."""
MARKUP = "<b>ตัวหนา</b> & &amp; \"อัญประกาศ\" 'เดี่ยว' <script>alert(1)</script> a<b>c"
EMOJI = "ดีมาก 😀 👍🏽 🦖 ✓"
LONG_SENTENCES = [f"ประโยคที่ {n}: องค์การบริหารส่วนตำบลดำเนินการเผยแพร่ข้อมูลข่าวสารอย่างต่อเนื่อง" for n in range(1, 141)]
LONG_TEXT = "\n".join(LONG_SENTENCES)


@pytest.fixture(scope="session")
def check_pdf():
    """Run ../shared/tools/thai_pdf_check.py; return (passed, summary line, output).

    ``keep``: the office's names that no line may split (``reporting.office_names``)."""
    assert CHECKER.is_file(), f"the shared checker is missing at {CHECKER}"

    def run(
        pdf: Path, expect: list[str] | None = None, keep: list[str] | None = None
    ) -> tuple[bool, str, str]:
        args = [sys.executable, str(CHECKER), str(pdf)]
        if expect:
            path = pdf.with_suffix(".expect.json")
            path.write_text(json.dumps(expect, ensure_ascii=False), encoding="utf-8")
            args += ["--expect", str(path)]
        if keep:
            path = pdf.with_suffix(".keep.json")
            path.write_text(json.dumps(keep, ensure_ascii=False), encoding="utf-8")
            args += ["--keep", str(path)]
        result = subprocess.run(args, capture_output=True, text=True, encoding="utf-8")
        lines = result.stdout.strip().splitlines()
        return result.returncode == 0, lines[-1] if lines else result.stderr, result.stdout

    return run


@pytest.fixture(scope="session")
def stress_workspace(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("stress") / "stress.itadesk"
    store = Store(open_workspace(path))
    with store.db.atomic():
        store.set_user_name("ทดสอบ")
        store.set_agency(Agency(name="ทดสอบ <&> “ยาวมาก”", district="เมือง", province="ขอนแก่น"))
        store.add_measure(2567, title=f"มาตรการ {MARKUP}", steps=RARE, output=EMOJI, indicators=[1, 9])
        store.add_measure(
            2567, title="มาตรการที่มีข้อความยาวมาก", steps=LONG_TEXT, period="ตลอดปี", indicators=[2]
        )
        store.add_measure(
            2567,
            title="ลิงก์ยาว https://www.example.go.th/ita/2567/o1/โครงสร้างและอำนาจหน้าที่?page=1&x=<y>",
            steps="\tแท็บนำหน้า\tและแท็บกลาง\nบรรทัดใหม่\n\nบรรทัดว่างด้านบน",
            responsible="สำนักปลัด/กองคลัง/กองช่าง/กองการศึกษา ศาสนาและวัฒนธรรม",
            indicators=[7],
            status="done",
        )
        for n in range(1, 26):
            store.add_measure(2567, title=f"กิจกรรมที่ {n} {RARE}", steps="๑. ประชุม\n๒. ติดตาม", round="half")
        for code in ("O1", "O12", "O36"):
            store.set_item_done(2567, code, True)
            store.set_item_field(2567, code, "progress", f"{MARKUP}\n{RARE}\n{EMOJI}")
            store.set_item_field(2567, code, "url", "https://example.go.th/?a=1&b=<2>")
        for number, score in enumerate([90, 84.99, 100, 0, 85, 70.5, 95, 96.25, 40, 12.5], start=1):
            store.set_score(2567, number, score)
            store.set_score(2566, number, max(0, score - 5))
    store.close()
    return path
