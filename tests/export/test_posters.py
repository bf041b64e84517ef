"""Survey posters: the QR code decodes back to the stored survey link with a real decoder
(zbar's zbarimg), the poster passes the Thai checker and names the office and the period."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from itadesk.cli import main
from itadesk.db import Store, open_workspace
from itadesk.db.surveys import set_survey_link, survey_links
from itadesk.errors import StoreError
from itadesk.reporting import ReportError, ReportRequest, write_report

from .test_reports import squashed, text_of

LINKS = {
    "eit": "https://itas.nacc.go.th/go/eit/Hx7q2?o=1234&t=eit",
    "iit": "https://itas.nacc.go.th/go/iit/Kp9w4",
}


def _decode(pdf, tmp_path) -> list[str]:
    assert shutil.which("zbarimg") and shutil.which("pdftoppm"), (
        "zbar-tools and poppler-utils come from .ci/run"
    )
    png = tmp_path / f"{pdf.stem}.png"
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(png.with_suffix(""))], check=True
    )
    result = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True)
    return result.stdout.split()


@pytest.mark.parametrize("tool", ["eit", "iit"])
def test_poster_qr_decodes_to_the_stored_link(demo_path, tmp_path, check_pdf, capsys, tool):
    assert main(["survey-links", "--workspace", str(demo_path), "--year", "2567", "--eit", LINKS["eit"],
                 "--iit", LINKS["iit"], "--period", "1 พ.ค. – 31 ก.ค. 2567"]) == 0  # fmt: skip
    assert f"ปี 2567 {tool.upper()}: {LINKS[tool]} (1 พ.ค. – 31 ก.ค. 2567)" in capsys.readouterr().out
    out = tmp_path / f"poster-{tool}.pdf"
    args = [
        "report",
        "poster",
        "--survey",
        tool,
        "--workspace",
        str(demo_path),
        "--year",
        "2567",
        "--out",
        str(out),
    ]
    assert main(args) == 0
    assert _decode(out, tmp_path) == [LINKS[tool]]
    store = Store(open_workspace(demo_path))
    agency = store.agency().full_name
    store.close()
    passed, _summary, output = check_pdf(out, ["ร่วมประเมิน ITA", f"ของ{agency}", LINKS[tool]])
    assert passed, output
    [page] = text_of(out)
    assert squashed("1 พ.ค. – 31 ก.ค. 2567") in page  # the period as the office typed it
    assert ("ภายนอก(EIT)" if tool == "eit" else "ภายใน(IIT)") in page


def test_survey_links_are_checked_merged_per_year_and_the_poster_asks_for_them(store, tmp_path):
    with pytest.raises(ReportError, match="ยังไม่ได้บันทึกลิงก์แบบวัด EIT"):
        write_report(store, ReportRequest("poster-eit", 2567), tmp_path / "p.pdf")
    assert not list(tmp_path.glob("*.pdf"))
    for bad in ("itas.nacc.go.th/eit", r"C:\survey.html", "javascript:alert(1)"):
        with pytest.raises(StoreError, match="ไม่ใช่ที่อยู่เว็บ"):
            set_survey_link(store, 2567, "eit", url=bad)
    set_survey_link(store, 2567, "eit", url=" https://itas.nacc.go.th/e ", period="พ.ค.  –  ก.ค.")
    set_survey_link(store, 2567, "eit", period="1 พ.ค. – 31 ก.ค. 2567")
    assert survey_links(store, 2567)["eit"].url == "https://itas.nacc.go.th/e"
    assert survey_links(store, 2567)["eit"].period == "1 พ.ค. – 31 ก.ค. 2567"
    assert survey_links(store, 2566)["eit"].url == "" and survey_links(store, 2567)["iit"].url == ""
    with pytest.raises(StoreError):
        set_survey_link(store, 2567, "oit", url="https://a.go.th")


def test_survey_links_travel_between_pcs(tmp_path):
    from itadesk.db.merge import merge_file
    from itadesk.db.transfer import export_copy

    clerk, head = (Store(open_workspace(tmp_path / f"{n}.itadesk")) for n in ("clerk", "head"))
    set_survey_link(clerk, 2567, "iit", url="https://itas.nacc.go.th/i", period="พ.ค. 2567")

    def send(source, target):
        copy = tmp_path / "usb.itadesk"
        copy.unlink(missing_ok=True)
        export_copy(source.db.conn, copy)
        merge_file(target, copy)

    send(clerk, head)
    set_survey_link(head, 2567, "iit", period="มิ.ย. 2567")
    send(head, clerk)
    for store in (clerk, head):
        link = survey_links(store, 2567)["iit"]
        assert (link.url, link.period) == ("https://itas.nacc.go.th/i", "มิ.ย. 2567")
    clerk.close()
    head.close()
