"""The user-facing messages in English, for a PC set to English.

The domain raises its errors in Thai (the product's language, and what the tests read);
this catalogue maps each Thai message — as a template, ``{}`` standing for the values put
into it — to its English sentence. ``localize`` finds the template a message was made
from, translates the values too (a reason inside "cannot use file X: reason" is itself a
message; a number written in Thai digits comes out in Arabic ones) and returns the English;
a message not in the catalogue stays in Thai rather than being lost. ``ITADeskError.__str__``
calls it, so the window and the command line show every error in the PC's language without
knowing about it. The command line's own lines (``itadesk.cli_english``) are in the same
catalogue: ``say`` gives one in the language in use, its values put in as they are.

tests/test_messages.py fails when a Thai message raised in the domain, or said by the
command line, has no English here.
"""

from __future__ import annotations

import re
from functools import cache

from itadesk.cli_english import COMMAND_LINE

ENGLISH: dict[str, str] = {
    # files: opening, copying, merging
    "ไฟล์ {} ไม่ใช่ไฟล์ข้อมูลของ ITADesk (ไฟล์ว่างหรือเป็นไฟล์ชนิดอื่น)": "{} is not an ITADesk workspace (it is empty or another kind of file)",
    "ไฟล์ {} เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ไฟล์ของ ITADesk": "{} is another program's database, not an ITADesk file",
    "ไฟล์ {} สร้างจาก ITADesk รุ่นที่ใหม่กว่า (โครงสร้างรุ่น {}) โปรดปรับปรุง ITADesk ก่อนเปิดไฟล์นี้": "{} was made by a newer ITADesk (schema version {}); please update ITADesk before opening it",
    "เปิดไฟล์ {} ไม่ได้: {}": "Cannot open {}: {}",
    "{} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ข้อมูล": "{} is a folder, not a workspace file",
    "ไม่พบไฟล์ข้อมูล {}": "Workspace file {} not found",
    "ไฟล์ {} เสียหายหรือเปิดไม่ได้ ({})": "{} is damaged or cannot be opened ({})",
    "ไฟล์ {} เสียหาย: {}": "{} is damaged: {}",
    "สร้างโฟลเดอร์ {} ไม่ได้: {}": "Cannot create the folder {}: {}",
    "คัดลอกไฟล์ {} ไม่สำเร็จ ข้อมูลเดิมไม่เปลี่ยนแปลง: {}": "Copying {} failed; the data is unchanged: {}",
    "อ่านไฟล์ {} ไม่ได้ ({})": "Cannot read {} ({})",
    "ใช้ไฟล์ {} ไม่ได้: {}": "Cannot use {}: {}",
    "ไม่พบไฟล์ หรือไม่ใช่ไฟล์ธรรมดา": "the file is missing or not a regular file",
    "เป็นไฟล์ข้อมูลที่กำลังใช้งานอยู่เอง": "it is the workspace already in use",
    "ไฟล์ว่างเปล่า (อาจคัดลอกไม่สำเร็จ)": "the file is empty (the copy may have failed)",
    "ไฟล์ใหญ่ผิดปกติ ({} GiB)": "the file is unusually large ({} GiB)",
    "ไม่ใช่ไฟล์ข้อมูลของ ITADesk": "it is not an ITADesk workspace",
    "เปิดไฟล์ไม่ได้ ({})": "it cannot be opened ({})",
    "เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ไฟล์ของ ITADesk": "it is another program's database, not an ITADesk file",
    "สร้างจาก ITADesk รุ่นที่ใหม่กว่า (โครงสร้างรุ่น {}) โปรดปรับปรุง ITADesk ก่อน": "it was made by a newer ITADesk (schema version {}); please update ITADesk first",
    "เป็นไฟล์ ITADesk ที่ยังไม่สมบูรณ์ (ไม่มีโครงสร้างข้อมูล)": "it is an unfinished ITADesk file (no tables)",
    "มีตารางจำนวนมากผิดปกติ": "it has an unusual number of tables",
    "มีทริกเกอร์หรือวิวซ่อนอยู่ ({}) ซึ่ง ITADesk ไม่ได้สร้าง": "it hides triggers or views ({}) that ITADesk did not create",
    "โครงสร้างตารางไม่ตรงกับไฟล์ของ ITADesk": "its tables do not match an ITADesk file",
    "ไฟล์เสียหาย ({})": "the file is damaged ({})",
    "บันทึกสำเนาไปที่ {} ไม่สำเร็จ: {} — ไฟล์เดิมบนปลายทาง (ถ้ามี) ไม่ถูกเปลี่ยนแปลง": "Saving the copy to {} failed: {} — any file already there is unchanged",
    "ไม่พบโฟลเดอร์ปลายทาง {} (ยังไม่ได้เสียบ USB หรือไม่?)": "The target folder {} was not found (is the USB stick plugged in?)",
    "สำเนาที่เขียนไม่ผ่านการตรวจสอบ จึงไม่ได้บันทึก: {}": "The written copy failed its check, so it was not saved: {}",
    "ไฟล์นี้เป็นข้อมูลของ {} ไม่ใช่ของ {} จึงรวมข้อมูลไม่ได้ ข้อมูลของเครื่องนี้ไม่เปลี่ยนแปลง (ไฟล์ของแต่ละหน่วยงานเก็บแยกกัน)": "This file belongs to {}, not to {}, so it cannot be merged; this PC's data is unchanged (each office keeps its own file)",
    "มีไฟล์ {} อยู่แล้ว ใช้ --force เพื่อเขียนทับ": "{} already exists; use --force to overwrite it",
    # saving
    "บันทึกไม่ได้: {}": "Cannot save: {}",
    "บันทึกไม่ได้ เพราะดิสก์เต็ม โปรดลบไฟล์ที่ไม่ใช้แล้วลองอีกครั้ง": "Cannot save: the disk is full. Delete files you no longer need and try again",
    "บันทึกไม่ได้ เพราะไฟล์ข้อมูลเป็นแบบอ่านอย่างเดียว": "Cannot save: the workspace file is read-only",
    "บันทึกไม่ได้ เพราะไฟล์ข้อมูลกำลังถูกใช้งานโดยโปรแกรมอื่น": "Cannot save: another program is using the workspace file",
    "ค่าที่บันทึกต้องเป็นข้อความ": "The value must be text",
    "ข้อความยาวเกิน {} ตัวอักษร โปรดแบ่งหรือย่อข้อความ": "The text is longer than {} characters; please split or shorten it",
    "ไม่พบรายการนี้ในไฟล์ข้อมูลแล้ว": "This entry is no longer in the workspace",
    # values
    "คะแนนต้องอยู่ระหว่าง 0 ถึง 100": "A score must be between 0 and 100",
    "คะแนนต้องเป็นตัวเลข": "A score must be a number",
    "“{}” ไม่ใช่ตัวเลข กรอกคะแนนเป็นตัวเลข เช่น 85.50": "“{}” is not a number; type the score as a number, e.g. 85.50",
    "โปรดกรอกชื่อหน่วยงาน": "Please enter the office's name",
    "ประเภทหน่วยงานไม่ถูกต้อง": "The kind of office is not valid",
    "{}ยาวเกิน {} ตัวอักษร": "{} is longer than {} characters",
    "ชื่อหน่วยงาน": "The office's name",
    "อำเภอ": "The district",
    "จังหวัด": "The province",
    "เว็บไซต์": "The website",
    "เกณฑ์นี้เป็นของปี {} ไม่ใช่ปี {}": "This framework is for {}, not {}",
    "ไม่มีช่องนี้ในการวิเคราะห์ผล": "The analysis has no such cell",
    "ไม่มีตัวชี้วัดที่ {} ในปี {}": "There is no indicator {} in {}",
    "ไม่มีข้อ {} ในเกณฑ์ปี {}": "There is no item {} in the {} framework",
    "ไม่มีช่อง {} ในรายการตรวจสอบ": "The checklist has no field {}",
    "ไม่มีช่อง {} ในมาตรการ": "A measure has no field {}",
    "ไม่พบมาตรการนี้ (อาจถูกลบไปแล้ว)": "This measure was not found (it may have been deleted)",
    "ไม่มีเกณฑ์การประเมินของปี {} ในไฟล์นี้": "This file has no framework for {}",
    "ไม่มีเกณฑ์ของปีก่อน {} ให้คัดลอก": "There is no framework of the previous year {} to copy",
    "ตัวชี้วัดต้องเป็นเลข 1 ถึง 10": "Indicators must be numbers 1 to 10",
    "สถานะไม่ถูกต้อง": "The status is not valid",
    "รอบการรายงานต้องเป็นรอบ ๖ เดือนหรือประจำปี": "The reporting round must be six-month or annual",
    "ปี {}: วันสุดท้ายของการส่ง OIT ไม่ใช่วันที่จริง": "{}: the OIT submission deadline is not a real date",
    "อ่านไฟล์เกณฑ์การประเมินไม่ได้: JSON ไม่ถูกต้อง ({})": "Cannot read the framework file: invalid JSON ({})",
    # reports and spreadsheets
    "ไม่รู้จักคอลัมน์ {} (มี {})": "Unknown column {} (there are {})",
    "ไม่รู้จักรายงาน “{}” (มี {})": "Unknown report “{}” (there are {})",
    "รอบรายงานต้องเป็น half (๖ เดือน) หรือ full (ประจำปี)": "The round must be half (six months) or full (annual)",
    "รายงาน “{}” ไม่มีรอบ ๖ เดือน (ใช้รอบได้กับ {} เท่านั้น)": "The “{}” report has no six-month round (rounds apply to {} only)",
    "ชื่อไฟล์รายงานต้องลงท้ายด้วย .pdf หรือ .docx (ได้ “{}”)": "A report's file name must end in .pdf or .docx (got “{}”)",
    "รายงาน “{}” เขียนเป็น PDF ได้เท่านั้น (Word ได้กับ {})": "The “{}” report is written as PDF only (Word applies to {})",
    "รายงาน “{}” ไม่มีช่องลงนาม (ลงนามได้กับ {})": "The “{}” report has no signature block (signatures apply to {})",
    "{}ของ{}ยาว {} ตัวอักษร เกิน {} ตัวอักษร โปรดย่อข้อความ": "The {} of the {} is {} characters long, over {}; please shorten it",
    "ชื่อและตำแหน่งของผู้ลงนามต้องเป็นข้อความ": "A signer's name and position must be text",
    "ไม่รู้จักผู้ลงนาม {} (มี {})": "Unknown signer {} (there are {})",
    "ชื่อ": "name",
    "ตำแหน่ง": "position",
    "เขียนไฟล์ที่ {} ไม่ได้: {}": "Cannot write a file at {}: {}",
    "บันทึกรายงานไม่สำเร็จ: {} (ตรวจพื้นที่ว่างและสิทธิ์การเขียน)": "Saving the report failed: {} (check the free space and write permission)",
    "ไม่พบแถวหัวตารางในไฟล์ (ต้องมีอย่างน้อยสองคอลัมน์)": "No header row found in the file (at least two columns are needed)",
    "อ่านไฟล์ {} ไม่ได้: ไม่ใช่ข้อความ UTF-8 หรือภาษาไทย (TIS-620)": "Cannot read {}: it is neither UTF-8 nor Thai (TIS-620) text",
    "ไม่พบไฟล์ {}": "File {} not found",
    "ไฟล์ {} ไม่มีข้อมูล": "{} holds no data",
    "ต้องเลือกคอลัมน์ที่เป็น “มาตรการ/กิจกรรม” อย่างน้อยหนึ่งคอลัมน์": "Choose at least one column as “measure/activity”",
    "อ่านไฟล์ {} ไม่ได้: ไม่ใช่ไฟล์ Excel (.xlsx) ที่สมบูรณ์": "Cannot read {}: it is not a complete Excel (.xlsx) file",
    "นำเข้าได้เฉพาะไฟล์ Excel (.xlsx) หรือ CSV (.csv)": "Only Excel (.xlsx) or CSV (.csv) files can be imported",
    "บันทึกไฟล์ {} ไม่ได้: {}": "Cannot save {}: {}",
    "ไฟล์ {} มีเกิน {} แถว โปรดแบ่งไฟล์": "{} has more than {} rows; please split the file",
    # the command line
    "--tabs: เลือกได้จาก {}": "--tabs: choose from {}",
    "--map: “{}” ต้องเป็นรูป หัวคอลัมน์=ช่อง เช่น มาตรการ/แนวทาง=title": "--map: “{}” must read header=field, e.g. มาตรการ/แนวทาง=title",
    # safety nets: backups, locks, logs beside a copy
    "สำรองข้อมูลไม่สำเร็จ: {}": "The backup failed: {}",
    "สำรองข้อมูลไม่สำเร็จ เพราะดิสก์เต็ม โปรดลบไฟล์ที่ไม่ใช้แล้วลองอีกครั้ง (ข้อมูลไม่ได้เสียหาย)": "The backup failed because the disk is full. Delete files you no longer need and try again (no data was damaged)",
    "สำรองข้อมูลไม่สำเร็จ เพราะไฟล์ข้อมูลกำลังถูกเขียนโดยโปรแกรมอื่น โปรดปิดโปรแกรมนั้นแล้วลองอีกครั้ง (ข้อมูลไม่ได้เสียหาย)": "The backup failed because another program is writing the data file. Close that program and try again (no data was damaged)",
    "รวมข้อมูลไม่ได้ระหว่างที่งานอื่นยังบันทึกไม่เสร็จ โปรดลองอีกครั้งเมื่องานนั้นเสร็จแล้ว": "Cannot merge while another task is still saving; try again once it has finished",
    "เก็บสำเนาข้อมูลปัจจุบันไว้ก่อนไม่สำเร็จ จึงไม่ได้เรียกคืน ข้อมูลเดิมไม่เปลี่ยนแปลง: {}": "Keeping a copy of the current data failed, so nothing was restored; the data is unchanged: {}",
    "ไฟล์ {} กำลังถูกใช้งานโดยโปรแกรมอื่นหรือคำสั่ง itadesk อื่น โปรดรอให้งานนั้นเสร็จแล้วลองอีกครั้ง (ข้อมูลไม่ได้เสียหาย)": "{} is being used by another program or another itadesk command; wait for it to finish and try again (no data was damaged)",
    "ดิสก์ที่เก็บไฟล์ {} เต็ม โปรดลบไฟล์ที่ไม่ใช้แล้วเปิดใหม่ (ข้อมูลไม่ได้เสียหาย)": "The disk holding {} is full; delete files you no longer need and open it again (no data was damaged)",
    "เปิดไฟล์ {} ไม่ได้: ไม่มีสิทธิ์เขียน หรืออ่านดิสก์ไม่ได้ ({})": "Cannot open {}: no permission to write, or the disk cannot be read ({})",
    "ไฟล์ {} เปิดอยู่ใน ITADesk อีกหน้าต่างหนึ่ง หรือกำลังใช้โดยคำสั่ง itadesk อื่น โปรดปิดหน้าต่างนั้นหรือรอให้คำสั่งเสร็จ แล้วลองอีกครั้ง": "{} is open in another ITADesk window or used by another itadesk command; close that window or wait for the command to finish, then try again",
    "ล็อกไฟล์ {} ไม่ได้ (โฟลเดอร์ {} เขียนไม่ได้): {}": "Cannot lock {} (the folder {} cannot be written): {}",
    "ไฟล์บันทึกต่อท้าย {} ใหญ่ผิดปกติ": "its log file {} is unusually large",
    "คัดลอกไฟล์และไฟล์ {} มาอ่านไม่ได้ ({})": "the file and its {} could not be copied to be read ({})",
    # the OIT list, evidence links, publishing
    "ไม่พบรายการข้อ (O1, O2, …) ใน {}": "No items (O1, O2, …) found in {}",
    "ไม่มีข้อมูลของข้อ {} ในปี {}": "Item {} has no data in {}",
    "ไม่มีข้อ {} ในรายการใหม่": "The new list has no item {}",
    "{} ไม่ใช่วันที่จริง": "{} is not a real date",
    "ไม่รู้จักไฟล์ชนิด {}: ใช้ได้ PDF, Word (.docx), Excel (.xlsx), หน้าเว็บ (.html) หรือข้อความ (.txt)": "Unknown file type {}: use PDF, Word (.docx), Excel (.xlsx), a web page (.html) or text (.txt)",
    "ข้อความในไฟล์ {} อ่านออกมาเพี้ยน ({}) {}": "The text of {} comes out garbled ({}) {}",
    "ไฟล์ {} ไม่มีชั้นข้อความ (เป็นภาพสแกน) {}": "{} has no text layer (it is a scan) {}",
    "ไฟล์ {} ใหญ่เกินไป {}": "{} is too large {}",
    "อ่านไฟล์ {} ไม่ได้: {}": "Cannot read {}: {}",
    "อ่านไฟล์ {} ไม่ได้ (ไฟล์เสียหรือไม่ใช่ {}) {}": "Cannot read {} (it is damaged or not {}) {}",
    "ไม่พบลิงก์นี้ (อาจถูกลบไปแล้ว)": "This link was not found (it may have been deleted)",
    "ไม่มีช่อง {} ในลิงก์": "A link has no field {}",
    "โปรดกรอกลิงก์ (URL) ของหลักฐาน": "Please enter the evidence link (URL)",
    "ลิงก์แบบวัด “{}” ไม่ใช่ที่อยู่เว็บ: คัดลอกลิงก์ที่ขึ้นต้นด้วย https:// จากระบบของสำนักงาน ป.ป.ช.": "The survey link “{}” is not a web address: copy the link starting with https:// from the NACC's system",
    "แบบวัดต้องเป็น {}": "The survey must be {}",
    "ไฟล์ต้องลงท้ายด้วย {} ({})": "The file name must end in {} ({})",
    "ยังไม่ได้บันทึกลิงก์แบบวัด {} ของปี {}: ตั้งค่าที่เมนูรายงาน → ลิงก์แบบวัด IIT/EIT หรือคำสั่ง itadesk survey-links": "No {} survey link is stored for {}: set it in Reports → IIT/EIT survey links or with itadesk survey-links",
    "{} เป็นไฟล์ ไม่ใช่โฟลเดอร์": "{} is a file, not a folder",
    "เขียนไฟล์ {} ไม่ได้: {}": "Cannot write {}: {}",
    "ตั้งชื่อไฟล์ชั่วคราวใน {} ไม่ได้": "Cannot name a temporary file in {}",
    # the roll-up of many offices
    "บันทึกสรุปได้เป็น .xlsx หรือ .pdf เท่านั้น ไม่ใช่ “{}”": "A summary can be saved as .xlsx or .pdf only, not “{}”",
    "ไม่พบโฟลเดอร์ {}": "Folder {} not found",
    "ใช้ไฟล์ {} ไม่ได้: ข้อมูลปี {} อ่านไม่ได้ ({})": "Cannot use {}: its data for {} cannot be read ({})",
    "ใช้ไฟล์ {} ไม่ได้: ไฟล์เสียหาย ({})": "Cannot use {}: the file is damaged ({})",
    # values checked in a copy before merging, and read back safely
    "ใช้ไฟล์ {} ไม่ได้: มีค่าที่ไม่ถูกต้อง — {} ไม่ได้รวมข้อมูลใดจากไฟล์นี้": "Cannot use {}: it holds an invalid value — {} Nothing from this file was merged",
    "ใช้ไฟล์ {} ไม่ได้: อ่านข้อมูลในไฟล์ไม่ได้ ({})": "Cannot use {}: its data cannot be read ({})",
    "เนื้อหาเกณฑ์ไม่ใช่ข้อความ": "the framework's content is not text",
    "เนื้อหาเป็นเกณฑ์ของปี {}": "the content is the framework of {}",
    "ไฟล์ใหญ่เกินกว่าจะเป็นไฟล์เกณฑ์การประเมิน": "The file is too large to be a framework file",
    "ไฟล์เกณฑ์การประเมินต้องบันทึกเป็นข้อความ UTF-8": "A framework file must be saved as UTF-8 text",
    # spreadsheets of any shape
    "ไฟล์ {} มีส่วนประกอบมากผิดปกติ จึงไม่เปิด": "{} has an unusual number of parts, so it was not opened",
    "ไฟล์ {} มีคอลัมน์ที่มีข้อมูลเกิน {} คอลัมน์ โปรดลบคอลัมน์ที่ไม่ใช้": "{} has more than {} columns holding data; please delete the columns you do not use",
    "ไฟล์ {} เมื่อแตกออกจะใหญ่ถึง {} MB ({}) ซึ่งผิดปกติสำหรับตารางมาตรการ จึงไม่เปิด": "{} would unpack to {} MB ({}), unusual for a table of measures, so it was not opened",
    "อ่านไฟล์ {} ไม่ได้: ข้อมูลในแผ่นงานไม่สมบูรณ์ ({})": "Cannot read {}: the sheet's data is incomplete ({})",
    "แถวที่ {} ของ {} มีช่องที่ยาวเกิน {} ตัวอักษร": "Row {} of {} has a cell longer than {} characters",
    "ไฟล์ {} มีข้อความมากเกินกว่าจะนำเข้าในครั้งเดียว โปรดแบ่งไฟล์": "{} holds too much text to import at once; please split the file",
    "อ่านไฟล์ {} ไม่ได้: ไม่ใช่ข้อความ UTF-8, UTF-16, ภาษาไทย (TIS-620) หรือ Windows-1252 โปรดบันทึกจาก Excel เป็น “CSV UTF-8”": "Cannot read {}: it is not UTF-8, UTF-16, Thai (TIS-620) or Windows-1252 text; please save it from Excel as “CSV UTF-8”",
    "อ่านไฟล์ {} ไม่ได้ที่แถว {}: {}": "Cannot read {} at row {}: {}",
    # the command line's help and what it reports having done
    **COMMAND_LINE,
}  # fmt: skip

LANGUAGES = ("th", "en")
_language = ["th"]
_NUMBER = re.compile(r"[0-9๐-๙.,\s]+")
_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def use_language(code: str) -> None:
    """Show errors in ``code`` from now on (the window and the CLI call this at start)."""
    _language[0] = code if code in LANGUAGES else "th"


@cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for thai, english in ENGLISH.items():
        pattern = "(.*?)".join(re.escape(part) for part in thai.split("{}"))
        out.append((re.compile(pattern + r"\Z", re.DOTALL), english))
    return sorted(out, key=lambda p: -len(p[0].pattern))  # the most specific template first


def localize(text: str, language: str | None = None) -> str:
    """``text`` (a Thai message) in ``language`` (default: the one in use)."""
    if (language or _language[0]) != "en":
        return text
    for pattern, english in _patterns():
        found = pattern.match(text)
        if found:
            return english.format(*(_value_in_english(value) for value in found.groups()))
    return text


def _value_in_english(value: str) -> str:
    return value.translate(_ARABIC) if _NUMBER.fullmatch(value) else localize(value, "en")


def say(template: str, *values: object) -> str:
    """``template`` (Thai, ``{}`` for each value) in the language in use, with ``values``
    put in untranslated: the command line's own lines, whose values are paths, counts and
    the office's data."""
    if _language[0] == "en":
        template = ENGLISH.get(template, template)
    return template.format(*values) if values else template
