"""The command line's own words in English: its help, what it reports having done, and the
plain-text lines the domain writes for it (a merge's summary, link findings, the preview of
a new OIT item list).

Part of the catalogue in ``itadesk.messages`` (Thai template → English, ``{}`` for each
value), so a PC set to English reads every line ``itadesk`` prints in English, errors and
successes alike. tests/test_cli_english.py runs every command in English mode and finds no
Thai left but the office's own data.
"""

from __future__ import annotations

HELP: dict[str, str] = {
    "ITADesk — เครื่องมือเตรียมการประเมินคุณธรรมและความโปร่งใส (ITA) ของหน่วยงาน": "ITADesk — prepares an office's Integrity and Transparency Assessment (ITA)",
    "ไฟล์ข้อมูลที่จะเปิด (ค่าเริ่มต้น: ไฟล์ในโฟลเดอร์ข้อมูลของผู้ใช้ หรือ $ITADESK_WORKSPACE)": "the workspace file to open (default: the one in the user's data folder, or $ITADESK_WORKSPACE)",
    "สร้างไฟล์ข้อมูลตัวอย่างจากรายงานจริง": "write a demo workspace made from real reports",
    "เขียนทับไฟล์ที่มีอยู่": "overwrite an existing file",
    "ตรวจความสมบูรณ์และรุ่นของไฟล์ข้อมูล": "check a workspace file's integrity and version",
    "บันทึกสำเนาไฟล์ข้อมูลไปยัง USB (ไฟล์เดียว ตรวจสอบแล้ว)": "save a copy of the workspace to a USB stick (one file, checked)",
    "รวมข้อมูลจากไฟล์ที่ได้จาก USB เข้ากับไฟล์ข้อมูล": "merge a file brought on a USB stick into the workspace",
    "เขียนรายงาน PDF หรือไฟล์ Word (.docx) ที่แก้ไขต่อได้": "write a PDF report, or an editable Word (.docx) file",
    "ไฟล์ที่จะเขียน: .pdf หรือ .docx (Word; ยกเว้นโปสเตอร์ซึ่งเป็น PDF เท่านั้น)": "the file to write: .pdf or .docx (Word; posters are PDF only)",
    "โปสเตอร์ของแบบวัด EIT หรือ IIT": "the poster of the EIT or of the IIT survey",
    "ปีงบประมาณ พ.ศ. (ค่าเริ่มต้น: ปีที่เปิดล่าสุด)": "fiscal year, B.E. (default: the year opened last)",
    "รอบ ๖ เดือน หรือประจำปี": "the six-month or the annual round",
    "คอลัมน์ของรายงานมาตรการ คั่นด้วยจุลภาค เช่น number,title,steps,output": "the measures report's columns, separated by commas, e.g. number,title,steps,output",
    "ใช้เลขอารบิกแทนเลขไทย": "Arabic digits instead of Thai digits",
    "นำเข้ามาตรการจากไฟล์ Excel (.xlsx) หรือ CSV": "import measures from an Excel (.xlsx) or CSV file",
    "ปีงบประมาณ พ.ศ. ที่จะเพิ่มมาตรการ": "fiscal year, B.E., to add the measures to",
    "หัวคอลัมน์=ช่อง,…": "HEADER=FIELD,…",
    "จับคู่หัวคอลัมน์กับช่องของมาตรการ (title, steps, period, responsible, output, outcome, recommendation, indicators, status, round หรือเว้นว่างเพื่อข้าม) ค่าเริ่มต้น: เดาจากหัวคอลัมน์": "match column headers to a measure's fields (title, steps, period, responsible, output, outcome, recommendation, indicators, status, round, or nothing to skip the column); default: guessed from the headers",
    "ส่งออกคะแนน รายการตรวจ OIT และมาตรการของปีเป็นไฟล์ Excel": "export a year's scores, OIT checklist and measures to an Excel file",
    "แท็บที่จะส่งออก คั่นด้วยจุลภาค": "the tabs to export, separated by commas",
    "สรุปผล ITA ของหลายหน่วยงานจากโฟลเดอร์ไฟล์สำเนา (.itadesk)": "sum up several offices' ITA results from a folder of their copies (.itadesk)",
    "ปีงบประมาณ พ.ศ. (ค่าเริ่มต้น: ปีงบประมาณปัจจุบัน)": "fiscal year, B.E. (default: the current fiscal year)",
    "พื้นที่ที่สรุป เช่น “อำเภอวารินชำราบ จังหวัดอุบลราชธานี”": "the area summed up, as the report names it, e.g. “Warin Chamrap District, Ubon Ratchathani”",
    "ใช้เลขอารบิกแทนเลขไทย (PDF)": "Arabic digits instead of Thai digits (PDF)",
    "ไฟล์สรุป (ถ้าไม่ระบุ: เปิดหน้าต่างภาพรวมหลายหน่วยงาน)": "the summary file (without it: open the window of all the offices)",
    "ปรับรายการข้อ OIT ของปีตามคู่มือ ป.ป.ช. (ข้อความที่คัดลอกมา หรือไฟล์ PDF/.docx/.xlsx/.html)": "update a year's OIT item list from the NACC's manual (copied text, or a PDF/.docx/.xlsx/.html file)",
    "ปีงบประมาณ พ.ศ. ของรายการ": "fiscal year, B.E., of the list",
    "บันทึกรายการและย้ายข้อมูลตามที่จับคู่ (ไม่ใส่: แสดงตัวอย่างเท่านั้น)": "save the list and move the data as matched (without it: preview only)",
    "บันทึกภาพหน้าต่างทุกแท็บเป็นไฟล์ PNG (ไม่ต้องมีจอภาพ)": "save a PNG picture of every tab of the window (no screen needed)",
    "ตาราง OIT (ข้อ สถานะ ลิงก์) สำหรับกรอกในระบบ ITAS ของ ป.ป.ช.": "the OIT table (item, status, links) to enter into the NACC's ITAS system",
    "เขียนหน้าเว็บ ITA ของหน่วยงาน (index.html + ita.css) เพื่ออัปโหลด": "write the office's ITA web page (index.html + ita.css) to upload",
    "บันทึกลิงก์แบบวัด EIT/IIT ของปี (สำหรับโปสเตอร์ QR Code)": "store a year's EIT/IIT survey links (for the QR code posters)",
    'ลิงก์แบบวัด EIT (เว้นว่าง "" เพื่อลบ)': 'the EIT survey link ("" removes it)',
    'ลิงก์แบบวัด IIT (เว้นว่าง "" เพื่อลบ)': 'the IIT survey link ("" removes it)',
    'ระยะเวลาการประเมิน เช่น "1 พ.ค. – 31 ก.ค. 2567" (ใช้กับแบบวัดที่ระบุ หรือทั้งสอง)': 'the assessment period as the posters show it, e.g. "1 May – 31 July 2567" (for the survey given, or both)',
    "ตรวจลิงก์หลักฐาน OIT ของปี (ไม่ต้องต่ออินเทอร์เน็ต)": "check a year's OIT evidence links (no internet needed)",
    "พิมพ์ช่องลงนามท้ายรายงาน (ค่าเริ่มต้น: มีในรายงาน measures, guidelines และ analysis)": "print the signature block at the report's end (default: on for the measures, guidelines and analysis reports)",
    "แสดงหรือตั้งผู้ลงนามท้ายรายงาน (ผู้รายงาน ผู้ตรวจสอบ ผู้บริหาร)": "show or set who signs the reports (reporter, reviewer, executive)",
    "ไฟล์ข้อมูล": "the workspace file",
    'ชื่อผู้รายงาน (เว้นว่าง "" เพื่อลบ)': 'the reporter\'s name ("" removes it)',
    'ชื่อผู้ตรวจสอบ (เว้นว่าง "" เพื่อลบ)': 'the reviewer\'s name ("" removes it)',
    'ชื่อผู้บริหาร (เว้นว่าง "" เพื่อลบ)': 'the executive\'s name ("" removes it)',
    "ตำแหน่งของผู้รายงาน": "the reporter's position",
    "ตำแหน่งของผู้ตรวจสอบ": "the reviewer's position",
    "ตำแหน่งของผู้บริหาร": "the executive's position",
}  # fmt: skip

DONE: dict[str, str] = {
    "สร้างไฟล์ข้อมูลตัวอย่างแล้ว: {}": "Demo workspace written: {}",
    "เขียนรายงานแล้ว: {}": "Report written: {}",
    "บันทึกสำเนาแล้ว: {}": "Copy saved: {}",
    "รวมข้อมูลแล้ว: {}": "Merged: {}",
    "ช่องที่แก้ไขพร้อมกันบนสองเครื่อง: ใช้ค่าที่บันทึกล่าสุด และเก็บอีกค่าไว้ในไฟล์ข้อมูล": "Fields edited on both PCs: the value saved last is used, and the other is kept in the workspace",
    "นำเข้ามาตรการแล้ว {} รายการ (ปี {})": "Measures imported: {} ({})",
    "ส่งออกแล้ว: {}": "Exported: {}",
    "สรุป {} หน่วยงาน (ปี {}) แล้ว: {}": "Offices summed up: {} ({}): {}",
    "  ไม่ได้ใช้: {}": "  Not used: {}",
    "  ไม่ได้ใช้: {} เป็นสำเนาเก่ากว่าของ {}": "  Not used: {} is an older copy of {}",
    "ส่งออกตาราง OIT แล้ว: {}": "OIT table exported: {}",
    "เขียนหน้าเว็บแล้ว: {} ({} ข้อ, ลิงก์ {} รายการ)": "Web page written: {} (items: {}, links: {})",
    "ลิงก์ {} รายการไม่ใช่ที่อยู่เว็บ (http/https) จึงแสดงเป็นข้อความ: ตรวจด้วย itadesk check-links": "Links that are not web addresses (http/https), so the page shows them as text: {}; check them with itadesk check-links",
    "ปี {} {}: {}{}": "{} {}: {}{}",
    "ยังไม่ได้บันทึก": "not set",
    "ปี {}: {}": "{}: {}",
    "ย้ายข้อมูล\t{} → {}\t{}": "move data\t{} → {}\t{}",
    "จากปีก่อน (ยังไม่จัดเข้าข้อใด)": "kept from the previous year (in no item yet)",
    "ยังไม่ได้บันทึก: ใส่ --apply เพื่อบันทึกรายการนี้": "Not saved yet: add --apply to save this list",
    "บันทึกรายการข้อของปี {} แล้ว ({} ข้อ)": "Item list of {} saved (items: {})",
    "บันทึกภาพแล้ว: {}": "Picture saved: {}",
    "บันทึกผู้ลงนามท้ายรายงานแล้ว": "Report signers saved",
    "{}: {} ตำแหน่ง {}": "{}: {}, position {}",
    "(เว้นไว้เขียนด้วยมือ)": "(left blank to write by hand)",
    "ผู้รายงาน": "Reporter",
    "ผู้ตรวจสอบ": "Reviewer",
    "ผู้บริหาร": "Executive",
    "itadesk: เกิดข้อผิดพลาดที่ไม่คาดคิด{}": "itadesk: an unexpected error occurred{}",
    " รายละเอียดอยู่ในไฟล์ {}": "; the details are in {}",
}  # fmt: skip

FROM_THE_DOMAIN: dict[str, str] = {
    # itadesk.db.connection.check_workspace and itadesk.db.merge.MergeResult.summary
    "ไฟล์สมบูรณ์ โครงสร้างรุ่น {}": "the file is sound, schema version {}",
    "เพิ่ม {} รายการ · เปลี่ยน {} ช่อง · ลบ {} รายการ · แก้ไขพร้อมกัน {} ช่อง": "entries added: {} · fields changed: {} · entries deleted: {} · fields edited on both PCs: {}",
    # itadesk.publishing.link_checks: findings, and the parts of a year's summary
    "เป็นที่อยู่ไฟล์ในเครื่องหรือในเครือข่ายของสำนักงาน ผู้ประเมินเปิดไม่ได้: อัปโหลดไฟล์ขึ้นเว็บไซต์ของหน่วยงานแล้วใส่ลิงก์ของหน้าเว็บแทน": "a file's place on a PC or the office network, which assessors cannot open: upload the file to the office's website and give the web page's link instead",
    "ไม่ใช่ลิงก์เว็บที่เปิดได้: ลิงก์ต้องขึ้นต้นด้วย https:// ตามด้วยชื่อเว็บไซต์": "not a web link that opens: a link starts with https:// and the website's name",
    "เว็บไซต์ {} เปิดด้วย https:// ได้: ใช้ https:// เพื่อให้ผู้ประเมินเปิดได้ไม่มีคำเตือน": "the website {} opens with https://: use https:// so that assessors open it without a warning",
    "ไฟล์บนไดรฟ์แชร์: ตรวจว่าตั้งค่า “ทุกคนที่มีลิงก์ดูได้” ไม่เช่นนั้นผู้ประเมินจะเปิดไม่ได้": "a file on a shared drive: check that it is set to “anyone with the link can view”, or assessors cannot open it",
    "มีปี {} ในลิงก์หรือชื่อ ซึ่งไม่ใช่ปีที่ประเมิน ({}): ตรวจว่าไม่ใช่หลักฐานของปีก่อน": "the link or its title names {}, not the year assessed ({}): check that it is not an earlier year's evidence",
    "ลิงก์นี้ยกมาจากปี {}: เปิดตรวจแล้วกด “ยืนยันลิงก์” จึงจะนับเป็นหลักฐานของปีนี้": "this link was carried over from {}: open it, then press “Confirm last year's link” for it to count as this year's evidence",
    "ลิงก์เดียวกันนี้ใช้กับข้อ {} ด้วย: แต่ละข้อควรชี้ไปยังหน้าที่แสดงข้อมูลของข้อนั้น": "the same link is given for {} too: each item should point to the page that shows its own information",
    "{} ลิงก์": "links: {}",
    "ยังไม่มีลิงก์ {} ข้อ": "items without a link: {}",
    "ไม่ใช่ลิงก์เว็บ {}": "not web links: {}",
    "ที่อยู่ไฟล์ในเครื่อง {}": "files on a PC: {}",
    "ใช้ http:// แทน https:// {}": "http:// instead of https://: {}",
    "ลิงก์ไดรฟ์แชร์ {}": "shared-drive links: {}",
    "ลิงก์ซ้ำกับข้ออื่น {}": "links shared with another item: {}",
    "อาจเป็นหลักฐานปีอื่น {}": "maybe another year's evidence: {}",
    "ลิงก์ของปีก่อน รอยืนยัน {}": "last year's links to confirm: {}",
    "ไม่พบปัญหา": "no problems found",
    # itadesk.itemlist.preview_lines: a new OIT item list beside the year's
    "{}\t{}\t({}, องค์ประกอบ {} ข้อ)": "{}\t{}\t({}, components: {})",
    "ตัวชี้วัดย่อย {}": "sub-indicator {}",
    "ไม่ระบุตัวชี้วัดย่อย": "no sub-indicator",
    "รวม {} ข้อ ตัวชี้วัดย่อย {} กลุ่ม": "In all: items: {}, sub-indicators: {}",
    "เพิ่ม\t{}\t{}": "added\t{}\t{}",
    "เปลี่ยนชื่อ\t{}\t{} → {}": "renamed\t{}\t{} → {}",
    "เปลี่ยนเลขข้อ\t{} → {}\t{}": "renumbered\t{} → {}\t{}",
    "นำออก\t{}\t{}": "removed\t{}\t{}",
    "รายการเหมือนเดิม ไม่มีข้อที่เปลี่ยน": "The list is as before: no item changed",
    "จัดเข้าที่ไม่ได้ (บรรทัด {})\t{}": "not placed (line {})\t{}",
    "ข้อที่ซ้ำ (ใช้ครั้งแรก): {}": "items given twice (the first is used): {}",
}  # fmt: skip

COMMAND_LINE = {**HELP, **DONE, **FROM_THE_DOMAIN}
