"""The ``itadesk`` command: the window by default, headless jobs as sub-commands.

Every failure ends as one Thai line on stderr and a non-zero exit code, never a traceback;
unexpected errors are written in full to a log file whose path the line gives. On a PC set to
English (the window's language setting) the help, every line and every error are English:
the command's own lines go through ``say``, the domain's through ``localize``.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import sys
from contextlib import contextmanager
from pathlib import Path

from itadesk import __version__
from itadesk.crashlog import write_crash_log
from itadesk.errors import ITADeskError
from itadesk.messages import localize, say, use_language
from itadesk.paths import WORKSPACE_SUFFIX, default_workspace_path
from itadesk.pc_settings import pc_setting

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="itadesk",
        description=say("ITADesk — เครื่องมือเตรียมการประเมินคุณธรรมและความโปร่งใส (ITA) ของหน่วยงาน"),
    )
    parser.add_argument("--version", action="version", version=f"ITADesk {__version__}")
    parser.add_argument(
        "--workspace",
        metavar="FILE",
        type=Path,
        help=say("ไฟล์ข้อมูลที่จะเปิด (ค่าเริ่มต้น: ไฟล์ในโฟลเดอร์ข้อมูลของผู้ใช้ หรือ $ITADESK_WORKSPACE)"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help=say("สร้างไฟล์ข้อมูลตัวอย่างจากรายงานจริง"))
    demo.add_argument("--out", metavar="FILE", type=Path, required=True)
    demo.add_argument("--force", action="store_true", help=say("เขียนทับไฟล์ที่มีอยู่"))
    check = sub.add_parser("check", help=say("ตรวจความสมบูรณ์และรุ่นของไฟล์ข้อมูล"))
    check.add_argument("file", metavar="FILE", type=Path)
    export = sub.add_parser("export", help=say("บันทึกสำเนาไฟล์ข้อมูลไปยัง USB (ไฟล์เดียว ตรวจสอบแล้ว)"))
    export.add_argument("--workspace", metavar="FILE", type=Path, default=argparse.SUPPRESS)
    export.add_argument("--out", metavar="USBFILE", type=Path, required=True)
    merge = sub.add_parser("merge", help=say("รวมข้อมูลจากไฟล์ที่ได้จาก USB เข้ากับไฟล์ข้อมูล"))
    merge.add_argument("--workspace", metavar="FILE", type=Path, default=argparse.SUPPRESS)
    merge.add_argument("--from", dest="incoming", metavar="USBFILE", type=Path, required=True)
    report = sub.add_parser("report", help=say("เขียนรายงาน PDF หรือไฟล์ Word (.docx) ที่แก้ไขต่อได้"))
    report.add_argument("kind", choices=["measures", "analysis", "oit", "guidelines", "oit-links", "poster"])
    report.add_argument(
        "--survey", choices=["eit", "iit"], default="eit", help=say("โปสเตอร์ของแบบวัด EIT หรือ IIT")
    )
    report.add_argument("--workspace", metavar="FILE", type=Path, default=argparse.SUPPRESS)
    report.add_argument("--year", type=int, help=say("ปีงบประมาณ พ.ศ. (ค่าเริ่มต้น: ปีที่เปิดล่าสุด)"))
    report.add_argument("--round", choices=["half", "full"], default="full", help=say("รอบ ๖ เดือน หรือประจำปี"))
    report.add_argument(
        "--columns", help=say("คอลัมน์ของรายงานมาตรการ คั่นด้วยจุลภาค เช่น number,title,steps,output")
    )
    report.add_argument("--arabic-digits", action="store_true", help=say("ใช้เลขอารบิกแทนเลขไทย"))
    report.add_argument(
        "--signature",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=say("พิมพ์ช่องลงนามท้ายรายงาน (ค่าเริ่มต้น: มีในรายงาน measures, guidelines และ analysis)"),
    )
    report.add_argument(
        "--out",
        metavar="OUT.pdf|OUT.docx",
        type=Path,
        required=True,
        help=say("ไฟล์ที่จะเขียน: .pdf หรือ .docx (Word; ยกเว้นโปสเตอร์ซึ่งเป็น PDF เท่านั้น)"),
    )
    imp = sub.add_parser("import-measures", help=say("นำเข้ามาตรการจากไฟล์ Excel (.xlsx) หรือ CSV"))
    imp.add_argument("--workspace", metavar="FILE", type=Path, default=argparse.SUPPRESS)
    imp.add_argument("--year", type=int, required=True, help=say("ปีงบประมาณ พ.ศ. ที่จะเพิ่มมาตรการ"))
    imp.add_argument("--from", dest="table", metavar="TABLE", type=Path, required=True)
    imp.add_argument(
        "--map",
        metavar=say("หัวคอลัมน์=ช่อง,…"),
        help=say(
            "จับคู่หัวคอลัมน์กับช่องของมาตรการ (title, steps, period, responsible, output, outcome, "
            "recommendation, indicators, status, round หรือเว้นว่างเพื่อข้าม) ค่าเริ่มต้น: เดาจากหัวคอลัมน์"
        ),
    )
    xlsx = sub.add_parser("export-xlsx", help=say("ส่งออกคะแนน รายการตรวจ OIT และมาตรการของปีเป็นไฟล์ Excel"))
    xlsx.add_argument("--workspace", metavar="FILE", type=Path, default=argparse.SUPPRESS)
    xlsx.add_argument("--year", type=int, help=say("ปีงบประมาณ พ.ศ. (ค่าเริ่มต้น: ปีที่เปิดล่าสุด)"))
    xlsx.add_argument(
        "--tabs", default="scores,checklist,measures,analysis", help=say("แท็บที่จะส่งออก คั่นด้วยจุลภาค")
    )
    xlsx.add_argument("--out", metavar="OUT.xlsx", type=Path, required=True)
    rollup = sub.add_parser("rollup", help=say("สรุปผล ITA ของหลายหน่วยงานจากโฟลเดอร์ไฟล์สำเนา (.itadesk)"))
    rollup.add_argument("--from", dest="folder", metavar="FOLDER", type=Path, required=True)
    rollup.add_argument("--year", type=int, help=say("ปีงบประมาณ พ.ศ. (ค่าเริ่มต้น: ปีงบประมาณปัจจุบัน)"))
    rollup.add_argument("--place", default="", help=say("พื้นที่ที่สรุป เช่น “อำเภอวารินชำราบ จังหวัดอุบลราชธานี”"))
    rollup.add_argument("--arabic-digits", action="store_true", help=say("ใช้เลขอารบิกแทนเลขไทย (PDF)"))
    rollup.add_argument(
        "--out",
        metavar="OUT.xlsx|OUT.pdf",
        type=Path,
        help=say("ไฟล์สรุป (ถ้าไม่ระบุ: เปิดหน้าต่างภาพรวมหลายหน่วยงาน)"),
    )
    _add_publishing_commands(sub)
    _add_signers_command(sub)
    relist = sub.add_parser(
        "framework-list",
        help=say("ปรับรายการข้อ OIT ของปีตามคู่มือ ป.ป.ช. (ข้อความที่คัดลอกมา หรือไฟล์ PDF/.docx/.xlsx/.html)"),
    )
    relist.add_argument("--workspace", metavar="FILE", type=Path, default=argparse.SUPPRESS)
    relist.add_argument("--year", type=int, required=True, help=say("ปีงบประมาณ พ.ศ. ของรายการ"))
    relist.add_argument("--from", dest="manual", metavar="FILE", type=Path, required=True)
    relist.add_argument(
        "--apply", action="store_true", help=say("บันทึกรายการและย้ายข้อมูลตามที่จับคู่ (ไม่ใส่: แสดงตัวอย่างเท่านั้น)")
    )
    shots = sub.add_parser("screenshots", help=say("บันทึกภาพหน้าต่างทุกแท็บเป็นไฟล์ PNG (ไม่ต้องมีจอภาพ)"))
    shots.add_argument("--workspace", metavar="FILE", type=Path, default=argparse.SUPPRESS)
    shots.add_argument("--year", type=int, help=say("ปีงบประมาณ พ.ศ. (ค่าเริ่มต้น: ปีที่เปิดล่าสุด)"))
    shots.add_argument("--out", metavar="FOLDER", type=Path, required=True)
    parser.add_argument("--open", dest="open_file", metavar="USBFILE", type=Path, help=argparse.SUPPRESS)
    return parser


def _add_publishing_commands(sub) -> None:
    oit = sub.add_parser("export-oit", help=say("ตาราง OIT (ข้อ สถานะ ลิงก์) สำหรับกรอกในระบบ ITAS ของ ป.ป.ช."))
    oit.add_argument("--workspace", metavar="FILE", type=Path, default=argparse.SUPPRESS)
    oit.add_argument("--year", type=int, help=say("ปีงบประมาณ พ.ศ. (ค่าเริ่มต้น: ปีที่เปิดล่าสุด)"))
    oit.add_argument("--out", metavar="OUT.xlsx|OUT.csv", type=Path, required=True)
    web = sub.add_parser("publish", help=say("เขียนหน้าเว็บ ITA ของหน่วยงาน (index.html + ita.css) เพื่ออัปโหลด"))
    web.add_argument("--workspace", metavar="FILE", type=Path, default=argparse.SUPPRESS)
    web.add_argument("--year", type=int, help=say("ปีงบประมาณ พ.ศ. (ค่าเริ่มต้น: ปีที่เปิดล่าสุด)"))
    web.add_argument("--out", metavar="FOLDER", type=Path, required=True)
    survey = sub.add_parser("survey-links", help=say("บันทึกลิงก์แบบวัด EIT/IIT ของปี (สำหรับโปสเตอร์ QR Code)"))
    survey.add_argument("--workspace", metavar="FILE", type=Path, default=argparse.SUPPRESS)
    survey.add_argument("--year", type=int, help=say("ปีงบประมาณ พ.ศ. (ค่าเริ่มต้น: ปีที่เปิดล่าสุด)"))
    survey.add_argument("--eit", metavar="URL", help=say('ลิงก์แบบวัด EIT (เว้นว่าง "" เพื่อลบ)'))
    survey.add_argument("--iit", metavar="URL", help=say('ลิงก์แบบวัด IIT (เว้นว่าง "" เพื่อลบ)'))
    survey.add_argument(
        "--period", help=say('ระยะเวลาการประเมิน เช่น "1 พ.ค. – 31 ก.ค. 2567" (ใช้กับแบบวัดที่ระบุ หรือทั้งสอง)')
    )
    links = sub.add_parser("check-links", help=say("ตรวจลิงก์หลักฐาน OIT ของปี (ไม่ต้องต่ออินเทอร์เน็ต)"))
    links.add_argument("--workspace", metavar="FILE", type=Path, default=argparse.SUPPRESS)
    links.add_argument("--year", type=int, help=say("ปีงบประมาณ พ.ศ. (ค่าเริ่มต้น: ปีที่เปิดล่าสุด)"))


def _add_signers_command(sub) -> None:
    from itadesk.signing import ROLES

    signers = sub.add_parser("signers", help=say("แสดงหรือตั้งผู้ลงนามท้ายรายงาน (ผู้รายงาน ผู้ตรวจสอบ ผู้บริหาร)"))
    signers.add_argument("file", metavar="WORKSPACE", type=Path, nargs="?", help=say("ไฟล์ข้อมูล"))
    signers.add_argument("--workspace", metavar="FILE", type=Path, default=argparse.SUPPRESS)
    helps = {
        "reporter": (say('ชื่อผู้รายงาน (เว้นว่าง "" เพื่อลบ)'), say("ตำแหน่งของผู้รายงาน")),
        "reviewer": (say('ชื่อผู้ตรวจสอบ (เว้นว่าง "" เพื่อลบ)'), say("ตำแหน่งของผู้ตรวจสอบ")),
        "executive": (say('ชื่อผู้บริหาร (เว้นว่าง "" เพื่อลบ)'), say("ตำแหน่งของผู้บริหาร")),
    }
    for role in ROLES:
        signers.add_argument(f"--{role}", metavar="NAME", help=helps[role][0])
        signers.add_argument(f"--{role}-position", metavar="POSITION", help=helps[role][1])


def _with_file_argument(argv: list[str]) -> list[str]:
    """``itadesk FILE.itadesk`` (what double-clicking a file runs) becomes ``--open FILE``."""
    if len(argv) >= 1 and argv[-1].lower().endswith(WORKSPACE_SUFFIX) and not argv[-1].startswith("-"):
        commands = {
            "demo",
            "check",
            "export",
            "merge",
            "report",
            "screenshots",
            "import-measures",
            "export-xlsx",
            "export-oit",
            "check-links",
            "publish",
            "survey-links",
            "framework-list",
            "rollup",
            "signers",
        }
        if not commands & set(argv) and (len(argv) == 1 or argv[-2] not in {"--workspace", "--open"}):
            return [*argv[:-1], "--open", argv[-1]]
    return argv


def _run_demo(args: argparse.Namespace) -> int:
    from itadesk.demo import write_demo

    path = write_demo(args.out, overwrite=args.force)
    print(say("สร้างไฟล์ข้อมูลตัวอย่างแล้ว: {}", path))
    return EXIT_OK


def _run_check(args: argparse.Namespace) -> int:
    from itadesk.db.connection import check_workspace

    ok, message, _version = check_workspace(args.file)
    print(f"{args.file}: {localize(message)}", file=sys.stdout if ok else sys.stderr)
    return EXIT_OK if ok else EXIT_FAILED


@contextmanager
def _existing_workspace(args: argparse.Namespace):
    """The store of ``--workspace`` (or the default one), which must already exist, held
    under the workspace's writer lock while the command runs."""
    from itadesk.db import Store, open_workspace
    from itadesk.db.lock import hold_workspace

    workspace = args.workspace or default_workspace_path()
    lock = hold_workspace(workspace)  # the same lock as the window's: one writer at a time
    try:
        store = Store(open_workspace(workspace, create=False))
        try:
            yield store
        finally:
            store.close()
    finally:
        lock.release()


def _run_report(args: argparse.Namespace) -> int:
    from itadesk.reporting import ReportRequest, write_report

    with _existing_workspace(args) as store:
        request = ReportRequest(
            kind=f"poster-{args.survey}" if args.kind == "poster" else args.kind,
            year=args.year or store.default_year(),
            round=args.round,
            columns=tuple(c.strip() for c in args.columns.split(",") if c.strip()) if args.columns else None,
            thai_digits=not args.arabic_digits,
            signed=args.signature,
        )
        out = write_report(store, request, args.out)
    print(say("เขียนรายงานแล้ว: {}", out))
    return EXIT_OK


def _run_export(args: argparse.Namespace) -> int:
    from itadesk.db.transfer import export_copy

    with _existing_workspace(args) as store:
        out = export_copy(store.db.conn, args.out)
    print(say("บันทึกสำเนาแล้ว: {}", out))
    return EXIT_OK


def _run_merge(args: argparse.Namespace) -> int:
    from itadesk.db.merge import merge_file

    with _existing_workspace(args) as store:
        result = merge_file(store, args.incoming)
    print(say("รวมข้อมูลแล้ว: {}", localize(result.summary)))
    if result.conflicts:
        print(say("ช่องที่แก้ไขพร้อมกันบนสองเครื่อง: ใช้ค่าที่บันทึกล่าสุด และเก็บอีกค่าไว้ในไฟล์ข้อมูล"))
    return EXIT_OK


def _parse_map(text: str) -> dict[str, str]:
    from itadesk.records import MEASURE_FIELD_LABELS

    mapping = {}
    for part in text.split(","):
        header, sep, field = part.partition("=")
        field = field.strip()
        if not sep or (field and field not in MEASURE_FIELD_LABELS):
            raise ITADeskError(f"--map: “{part.strip()}” ต้องเป็นรูป หัวคอลัมน์=ช่อง เช่น มาตรการ/แนวทาง=title")
        mapping[header.strip()] = field
    return mapping


def _run_import_measures(args: argparse.Namespace) -> int:
    from itadesk.spreadsheets import guess_mapping, import_measures, read_table, remembered_mapping

    with _existing_workspace(args) as store:
        table = read_table(args.table)
        mapping = guess_mapping(table.headers, remembered_mapping(store))
        if args.map:
            mapping.update(_parse_map(args.map))
        count = import_measures(store, args.year, table, mapping)
    print(say("นำเข้ามาตรการแล้ว {} รายการ (ปี {})", count, args.year))
    return EXIT_OK


def _run_export_xlsx(args: argparse.Namespace) -> int:
    from itadesk.spreadsheets import TABS, export_workbook

    tabs = [t.strip() for t in args.tabs.split(",") if t.strip()]
    if set(tabs) - set(TABS) or not tabs:
        raise ITADeskError(f"--tabs: เลือกได้จาก {', '.join(TABS)}")
    with _existing_workspace(args) as store:
        out = export_workbook(store, args.year or store.default_year(), args.out, tabs)
    print(say("ส่งออกแล้ว: {}", out))
    return EXIT_OK


def _run_rollup(args: argparse.Namespace) -> int:
    from itadesk import clock
    from itadesk.rollup import write_rollup
    from itadesk.rollup.reading import collect
    from itadesk.rollup.summary import build_rollup

    if args.out is None:
        from itadesk.ui.app import run_rollup

        return run_rollup(args.folder)
    collection = collect(args.folder, args.year or clock.current_fiscal_year())
    rollup = build_rollup(collection)
    out = write_rollup(rollup, args.out, place=args.place, thai_digits=not args.arabic_digits)
    print(say("สรุป {} หน่วยงาน (ปี {}) แล้ว: {}", len(rollup.rows), rollup.year, out))
    for refused in collection.refused:  # read by worker processes, maybe in Thai
        print(say("  ไม่ได้ใช้: {}", localize(refused.reason)))
    for old, newer in collection.older:
        print(say("  ไม่ได้ใช้: {} เป็นสำเนาเก่ากว่าของ {}", old.path.name, newer.path.name))
    return EXIT_OK


def _run_export_oit(args: argparse.Namespace) -> int:
    from itadesk.publishing.nacc_export import export_oit

    with _existing_workspace(args) as store:
        out = export_oit(store, args.year or store.default_year(), args.out)
    print(say("ส่งออกตาราง OIT แล้ว: {}", out))
    return EXIT_OK


def _run_publish(args: argparse.Namespace) -> int:
    from itadesk.publishing.web_page import PAGE, publish

    with _existing_workspace(args) as store:
        result = publish(store, args.year or store.default_year(), args.out)
    print(say("เขียนหน้าเว็บแล้ว: {} ({} ข้อ, ลิงก์ {} รายการ)", result.folder / PAGE, result.items, result.links))
    if result.not_web:
        print(
            say(
                "ลิงก์ {} รายการไม่ใช่ที่อยู่เว็บ (http/https) จึงแสดงเป็นข้อความ: ตรวจด้วย itadesk check-links",
                result.not_web,
            )
        )
    return EXIT_OK


def _run_survey_links(args: argparse.Namespace) -> int:
    from itadesk.db.surveys import SURVEYS, set_survey_link, survey_links

    with _existing_workspace(args) as store:
        year = args.year or store.default_year()
        given = {tool: getattr(args, tool) for tool in SURVEYS if getattr(args, tool) is not None}
        with store.batch():
            for tool in given or (SURVEYS if args.period is not None else ()):
                set_survey_link(store, year, tool, url=given.get(tool), period=args.period)
        links = survey_links(store, year)
    for tool, link in links.items():
        period = f" ({link.period})" if link.period else ""
        print(say("ปี {} {}: {}{}", year, tool.upper(), link.url or say("ยังไม่ได้บันทึก"), period))
    return EXIT_OK


def _run_signers(args: argparse.Namespace) -> int:
    from itadesk.db.signers import set_signers, signers
    from itadesk.signing import ROLES

    if args.file is not None:
        args.workspace = args.file
    with _existing_workspace(args) as store:
        current = signers(store)
        for role in ROLES:
            name, position = getattr(args, role), getattr(args, f"{role}_position")
            if name is not None or position is not None:
                current = current.replace(role, name=name, position=position)
        changed = set_signers(store, current)
    if changed:
        print(say("บันทึกผู้ลงนามท้ายรายงานแล้ว"))
    for signer in current:
        print(say("{}: {} ตำแหน่ง {}", say(signer.label), signer.name or say("(เว้นไว้เขียนด้วยมือ)"),
                  signer.position or say("(เว้นไว้เขียนด้วยมือ)")))  # fmt: skip
    return EXIT_OK


def _run_check_links(args: argparse.Namespace) -> int:
    from itadesk.publishing.link_checks import check_stored_year

    with _existing_workspace(args) as store:
        year = args.year or store.default_year()
        entries, check = check_stored_year(store, year)
    for code, entry in entries.items():
        for link in entry.links:
            for finding in check.findings.get(link.id, []):
                print(f"{code} {link.url}: {localize(finding.message)}")
    print(say("ปี {}: {}", year, " · ".join(localize(part) for part in check.summary_parts())))
    return EXIT_OK


def _run_framework_list(args: argparse.Namespace) -> int:
    from itadesk.db.relist import entries_with_data, propose, replace_list
    from itadesk.itemlist import apply_list, compare, parse_list, preview_lines
    from itadesk.manual_text import read_manual

    text = read_manual(args.manual)
    parsed = parse_list(text)
    if not parsed.items:
        raise ITADeskError(f"ไม่พบรายการข้อ (O1, O2, …) ใน {args.manual.name}")
    with _existing_workspace(args) as store:
        framework = store.framework(args.year)
        for line in preview_lines(parsed, compare(framework, parsed)):
            print(localize(line))
        titles = {item.code: item.title for item in parsed.items}
        proposals = propose(entries_with_data(store, args.year), titles)
        for p in proposals:
            target = p.new_code or say("จากปีก่อน (ยังไม่จัดเข้าข้อใด)")
            print(say("ย้ายข้อมูล\t{} → {}\t{}", p.entry.code, target, p.entry.title))
        if not args.apply:
            print(say("ยังไม่ได้บันทึก: ใส่ --apply เพื่อบันทึกรายการนี้"))
            return EXIT_OK
        document = apply_list(framework, parsed, source=f"คู่มือ ป.ป.ช. ({args.manual.name})")
        replace_list(store, args.year, document, {p.entry.code: p.new_code for p in proposals})
    print(say("บันทึกรายการข้อของปี {} แล้ว ({} ข้อ)", args.year, len(parsed.items)))
    return EXIT_OK


def _run_screenshots(args: argparse.Namespace) -> int:
    from itadesk.ui.screenshots import save_screenshots

    with _existing_workspace(args) as store:
        paths = save_screenshots(store, args.out, args.year)
    for path in paths:
        print(say("บันทึกภาพแล้ว: {}", path))
    return EXIT_OK


def _run_window(args: argparse.Namespace) -> int:
    from itadesk.ui.app import run

    return run(args.workspace or default_workspace_path(), args.open_file)


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # the roll-up reads files in worker processes, also when frozen
    use_language(
        pc_setting("language", "th")
    )  # help, lines and errors in this PC's language, as in the window
    args = _parser().parse_args(_with_file_argument(sys.argv[1:] if argv is None else argv))
    commands = {
        "demo": _run_demo,
        "check": _run_check,
        "report": _run_report,
        "export": _run_export,
        "merge": _run_merge,
        "screenshots": _run_screenshots,
        "import-measures": _run_import_measures,
        "export-xlsx": _run_export_xlsx,
        "rollup": _run_rollup,
        "export-oit": _run_export_oit,
        "check-links": _run_check_links,
        "publish": _run_publish,
        "survey-links": _run_survey_links,
        "framework-list": _run_framework_list,
        "signers": _run_signers,
        None: _run_window,
    }
    try:
        return commands[args.command](args)
    except ITADeskError as exc:
        print(f"itadesk: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_FAILED
    except Exception:
        logging.getLogger(__name__).debug("unexpected error", exc_info=True)
        log = write_crash_log(*sys.exc_info())
        where = say(" รายละเอียดอยู่ในไฟล์ {}", log) if log else ""
        print(say("itadesk: เกิดข้อผิดพลาดที่ไม่คาดคิด{}", where), file=sys.stderr)
        return EXIT_FAILED
