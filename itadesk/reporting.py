"""Writing a report from a workspace: gathers the records a report needs from the store
and hands them to ``itadesk.export`` (which never sees the database), then moves the PDF
into place only once it is complete."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from itadesk import figures
from itadesk.db import Store
from itadesk.db.signers import signers as workspace_signers
from itadesk.errors import ITADeskError
from itadesk.signing import SignatureError, Signers, wants_signature

REPORT_KINDS = {
    "measures": "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
    "analysis": "รายงานการวิเคราะห์ผลการประเมิน ITA",
    "oit": "ความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (OIT)",
    "guidelines": "แนวทางยกระดับผลการประเมิน IIT/EIT และความก้าวหน้า",
    "oit-links": "ลิงก์หลักฐาน OIT และผลการตรวจลิงก์",
    "poster-eit": "โปสเตอร์เชิญตอบแบบวัด EIT (ประชาชน/ผู้รับบริการ)",
    "poster-iit": "โปสเตอร์เชิญตอบแบบวัด IIT (บุคลากร)",
}
ROUNDS = ("half", "full")
ROUND_KINDS = ("measures", "guidelines")
"""The reports made per round; the others cover the whole year (``full``) only."""
WORD_KINDS = ("measures", "analysis", "oit", "guidelines", "oit-links")
"""The reports also written as an editable Word file (.docx): the documents. A poster is
a page of large type around a QR code, printed as it is: PDF only."""
FORMATS = {".pdf": "PDF", ".docx": "Word"}


NAME_LIMIT = 18
"""Longest single word of a responsible unit taken as a name (longer ones are phrases)."""


def office_names(store: Store) -> list[str]:
    """The workspace's own names a line must never split: the agency's name, its district
    and province, the user and the report signers, and the units and people named as
    responsible in measures and checklists of every year. The agency's kind (องค์การบริหารส่วนตำบล) is ordinary words: a
    narrow column may break between it and the name."""
    from itadesk.export.linebreak import split_names

    agency = store.agency()
    people = [store.user_name, *workspace_signers(store).names()]
    names = split_names([agency.name, agency.district, agency.province, *people])
    written = set()
    for year in store.years():
        written.update(m.responsible for m in store.measures(year))
        written.update(e.responsible for e in store.checklist(year).values())
        for group in store.framework(year).oit_groups:
            written.update(r for item in group.items for r in item.responsible)
    return sorted(names | {n for n in split_names(written) if len(n) <= NAME_LIMIT})


class ReportError(ITADeskError):
    """A report could not be written; the message says why, in Thai."""


@dataclass(frozen=True)
class ReportRequest:
    kind: str
    year: int
    round: str = "full"
    columns: tuple[str, ...] | None = None
    thai_digits: bool = True
    signed: bool | None = None
    """Whether the report carries the signature block; None: the kind's default
    (``itadesk.signing``: on for the reports the seeds sign)."""


def _input(store: Store, request: ReportRequest):
    # Imported here, and only the one report's module: the typesetting stack (ReportLab,
    # HarfBuzz, the Thai dictionary) is loaded when a report is made, not when the window
    # opens, and a measures report does not load the charts.
    agency, framework = store.agency(), store.framework(request.year)
    year = request.year
    if request.kind == "measures":
        from itadesk.export import measures_report

        return measures_report, measures_report.MeasuresReport(
            agency, framework, request.round, store.measures(year, request.round), request.columns
        )
    if request.kind == "oit":
        from itadesk.export import oit_report

        return oit_report, oit_report.OitReport(agency, framework, store.checklist(year))
    if request.kind == "oit-links":
        from itadesk.publishing import oit_links_report
        from itadesk.publishing.link_checks import check_stored_year

        entries, check = check_stored_year(store, year)
        return oit_links_report, oit_links_report.OitLinksReport(agency, framework, entries, check)
    if request.kind.startswith("poster-"):
        from itadesk.db.surveys import survey_links
        from itadesk.publishing import poster

        tool = request.kind.removeprefix("poster-")
        link = survey_links(store, year)[tool]
        return poster, poster.Poster(agency, year, tool, link.url, link.period)
    if request.kind == "guidelines":
        from itadesk.export import guidelines_report

        return guidelines_report, guidelines_report.GuidelinesReport(
            agency, framework, store.measures(year, request.round), request.round
        )
    if request.kind == "analysis":
        from itadesk.export import analysis_report

        return analysis_report, analysis_report.AnalysisReport(
            agency,
            framework,
            scores=store.scores(year),
            previous_scores=store.scores(year - 1),
            official_total=store.official_total(year),
            previous_total=store.official_total(year - 1),
            # The office's edited cells only (a text equal to its draft is unedited): the
            # report writes the rest from the data in its own digits.
            texts={key: text for key, (text, draft) in store.analysis_texts(year).items() if text != draft},
            checklist=store.checklist(year),
            plan=store.measures(year + 1),
            trend=figures.total_trend(store, until=year),
            progress=figures.group_progress(store.framework(year), figures.done_codes(store.checklist(year))),
        )
    raise ReportError(f"ไม่รู้จักรายงาน “{request.kind}” (มี {', '.join(REPORT_KINDS)})")


@dataclass(frozen=True)
class PreparedReport:
    """Everything a report needs, read from the store: rendering it needs no database, so
    it can run on another thread."""

    module: object
    data: object
    thai_digits: bool
    names: tuple[str, ...] = ()
    """The office's names, kept whole by the line breaker (``office_names``)."""
    kind: str = ""
    signers: Signers | None = None
    """The workspace's signers for the signature block, or None for an unsigned report."""


def prepare_report(store: Store, request: ReportRequest) -> PreparedReport:
    if request.round not in ROUNDS:
        raise ReportError("รอบรายงานต้องเป็น half (๖ เดือน) หรือ full (ประจำปี)")
    if request.round != "full" and request.kind not in ROUND_KINDS:
        raise ReportError(f"รายงาน “{request.kind}” ไม่มีรอบ ๖ เดือน (ใช้รอบได้กับ {', '.join(ROUND_KINDS)} เท่านั้น)")
    try:
        signed = wants_signature(request.kind, request.signed)
    except SignatureError as exc:
        raise ReportError(str(exc)) from exc
    module, data = _input(store, request)
    signers = workspace_signers(store) if signed else None
    return PreparedReport(
        module, data, request.thai_digits, tuple(office_names(store)), request.kind, signers
    )


def check_format(kind: str, out: Path) -> None:
    """Refuse, in Thai, a file name whose suffix is no format the report is written in."""
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ReportError(f"ชื่อไฟล์รายงานต้องลงท้ายด้วย .pdf หรือ .docx (ได้ “{out.name}”)")
    if suffix == ".docx" and kind not in WORD_KINDS:
        raise ReportError(f"รายงาน “{kind}” เขียนเป็น PDF ได้เท่านั้น (Word ได้กับ {', '.join(WORD_KINDS)})")


def _new_temp_file(out: Path) -> str:
    """An empty file beside ``out`` created with the user's normal permissions (the mode
    the umask gives, as for any file they save; ``mkstemp`` would make it 0600)."""
    for _attempt in range(100):
        temp = out.parent / f".{out.stem}-{secrets.token_hex(4)}{out.suffix}"
        try:
            os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        return str(temp)
    raise FileExistsError(f"ตั้งชื่อไฟล์ชั่วคราวใน {out.parent} ไม่ได้")


def render_report(prepared: PreparedReport, out: str | Path, progress=None) -> Path:
    """Write the report to ``out`` as PDF, or as Word for a name ending in .docx; an
    existing file there is replaced only on success.

    ``progress(page)`` is called as each page is laid out; it may raise ``Cancelled``.
    """
    out = Path(out)
    check_format(prepared.kind, out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        temp = _new_temp_file(out)
    except OSError as exc:
        raise ReportError(f"เขียนไฟล์ที่ {out.parent} ไม่ได้: {exc.strerror or exc}") from exc
    try:
        from itadesk.export.common import Numbers
        from itadesk.export.linebreak import office_names as keeping_whole

        signed = {"signers": prepared.signers} if prepared.signers is not None else {}
        with keeping_whole(prepared.names):
            prepared.module.build(
                temp, prepared.data, numbers=Numbers(thai=prepared.thai_digits), progress=progress, **signed
            )
        os.replace(temp, out)
    except ValueError as exc:
        raise ReportError(str(exc)) from exc
    except OSError as exc:
        raise ReportError(f"บันทึกรายงานไม่สำเร็จ: {exc.strerror or exc} (ตรวจพื้นที่ว่างและสิทธิ์การเขียน)") from exc
    finally:
        Path(temp).unlink(missing_ok=True)
    return out


def write_report(store: Store, request: ReportRequest, out: str | Path, progress=None) -> Path:
    """Gather and write a report in one call (the command line's way)."""
    return render_report(prepare_report(store, request), out, progress)
