<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="th_TH">
  <context>
    <name>ITADesk</name>
    <message>
      <source>เกิดข้อผิดพลาดที่ไม่คาดคิด</source>
      <translation>Unexpected error</translation>
    </message>
    <message>
      <source>ไฟล์ข้อมูลกำลังถูกใช้งาน</source>
      <translation>Workspace in use</translation>
    </message>
    <message>
      <source>

รายละเอียดถูกบันทึกไว้ในไฟล์
{0}
โปรดส่งไฟล์นี้ให้ผู้ดูแลระบบ</source>
      <translation>

The details were written to
{0}
Please send this file to your support person</translation>
    </message>
    <message>
      <source>ITADesk ทำงานนี้ไม่สำเร็จ ({0}) ข้อมูลที่บันทึกแล้วไม่สูญหาย โปรดลองอีกครั้ง หรือปิดแล้วเปิดโปรแกรมใหม่{1}</source>
      <translation>ITADesk could not finish this task ({0}). Nothing you saved is lost. Please try again, or close and reopen the program.{1}</translation>
    </message>
    <message>
      <source>สำรองข้อมูลไม่สำเร็จ</source>
      <translation>Backup failed</translation>
    </message>
    <message>
      <source>เปิดไฟล์ข้อมูลไม่ได้</source>
      <translation>Cannot open the workspace</translation>
    </message>
    <message>
      <source>สำรองข้อมูลเมื่อเปิดโปรแกรมไม่สำเร็จ: {0}</source>
      <translation>The backup at start failed: {0}</translation>
    </message>
    <message>
      <source>เช่น หัวเรือ</source>
      <translation>e.g. Hua Ruea</translation>
    </message>
    <message>
      <source>ชื่อ - นามสกุล ผู้ใช้เครื่องนี้</source>
      <translation>First and last name of this PC's user</translation>
    </message>
    <message>
      <source>ชื่อหน่วยงาน *</source>
      <translation>Agency name *</translation>
    </message>
    <message>
      <source>ประเภท</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>อำเภอ</source>
      <translation>District</translation>
    </message>
    <message>
      <source>จังหวัด</source>
      <translation>Province</translation>
    </message>
    <message>
      <source>เว็บไซต์</source>
      <translation>Website</translation>
    </message>
    <message>
      <source>ชื่อผู้ใช้ *</source>
      <translation>User name *</translation>
    </message>
    <message>
      <source>ข้อมูลหน่วยงาน</source>
      <translation>Agency</translation>
    </message>
    <message>
      <source>ยินดีต้อนรับสู่ ITADesk</source>
      <translation>Welcome to ITADesk</translation>
    </message>
    <message>
      <source>กรอกข้อมูลหน่วยงานของท่านเพื่อใช้ในหัวรายงาน และชื่อผู้ใช้สำหรับบันทึกประวัติการแก้ไข
แก้ไขภายหลังได้จากเมนู แฟ้ม → ข้อมูลหน่วยงาน</source>
      <translation>Enter your agency's details for the report headers, and your name for the edit history.
You can change them later under File → Agency.</translation>
    </message>
    <message>
      <source>โปรดกรอกชื่อหน่วยงาน</source>
      <translation>Please enter the agency name</translation>
    </message>
    <message>
      <source>โปรดกรอกชื่อผู้ใช้</source>
      <translation>Please enter the user name</translation>
    </message>
    <message>
      <source>ยังเป็นวันที่ตามปฏิทินปีก่อน (สำนักงาน ป.ป.ช. ยังไม่ประกาศของปีนี้)</source>
      <translation>Still last year's dates (the NACC has not announced this year's)</translation>
    </message>
    <message>
      <source>แก้ไขตามประกาศโดยสำนักงาน</source>
      <translation>Entered by the office from the announcement</translation>
    </message>
    <message>
      <source>ปฏิทินการประเมิน ITA ปี {0}</source>
      <translation>ITA calendar {0}</translation>
    </message>
    <message>
      <source>ข้อมูลที่ถูกแก้ไขบนสองเครื่อง</source>
      <translation>Fields edited on two PCs</translation>
    </message>
    <message>
      <source>ค่าที่ใช้อยู่ตอนนี้</source>
      <translation>Value in use now</translation>
    </message>
    <message>
      <source>ใช้ค่านี้ต่อไป</source>
      <translation>Keep this value</translation>
    </message>
    <message>
      <source>อีกค่าหนึ่ง</source>
      <translation>The other value</translation>
    </message>
    <message>
      <source>เปลี่ยนเป็นค่านี้</source>
      <translation>Change to this value</translation>
    </message>
    <message>
      <source>ปิด (เลือกส่วนที่เหลือภายหลัง)</source>
      <translation>Close (choose the rest later)</translation>
    </message>
    <message>
      <source>บันทึกการเลือกไม่สำเร็จ</source>
      <translation>Could not save the choice</translation>
    </message>
    <message>
      <source>เลือกครบทุกช่องแล้ว ไม่มีข้อมูลที่ต้องตัดสินใจ</source>
      <translation>All fields chosen; nothing left to decide</translation>
    </message>
    <message>
      <source>แก้โดย {0} เมื่อ {1} {2:%H:%M} น.</source>
      <translation>Edited by {0} on {1} {2:%H:%M}</translation>
    </message>
    <message>
      <source>{0}: ช่อง «{1}»</source>
      <translation>{0}: field «{1}»</translation>
    </message>
    <message>
      <source>มี {0} ช่องที่ถูกแก้ไขบนสองเครื่องก่อนนำข้อมูลมารวมกัน ตอนนี้ใช้ค่าที่บันทึกทีหลัง โปรดเลือกค่าที่ถูกต้องทีละช่อง</source>
      <translation>{0} fields were edited on both PCs before the copies met. The later value is in use; please choose the right one for each</translation>
    </message>
    <message>
      <source>รายการข้อครบถ้วนตามคู่มือการประเมินแล้ว</source>
      <translation>The item list is complete according to the assessment manual</translation>
    </message>
    <message>
      <source>ชื่อเกณฑ์</source>
      <translation>Framework title</translation>
    </message>
    <message>
      <source>วันสุดท้ายของการส่ง OIT</source>
      <translation>Last day of OIT submission</translation>
    </message>
    <message>
      <source>เพิ่มข้อ</source>
      <translation>Add item</translation>
    </message>
    <message>
      <source>ลบข้อ</source>
      <translation>Remove item</translation>
    </message>
    <message>
      <source>ย้ายไปตัวชี้วัดย่อยอื่น…</source>
      <translation>Move to another sub-indicator…</translation>
    </message>
    <message>
      <source>เพิ่มตัวชี้วัดย่อย…</source>
      <translation>Add sub-indicator…</translation>
    </message>
    <message>
      <source>องค์ประกอบด้านข้อมูล ข้อละหนึ่งบรรทัด ใช้ {year} แทนปีที่ประเมิน</source>
      <translation>Required components, one per line; write {year} for the assessed year</translation>
    </message>
    <message>
      <source>เช่น สำนักปลัด, กองคลัง</source>
      <translation>e.g. สำนักปลัด, กองคลัง</translation>
    </message>
    <message>
      <source>ข้อที่เลือก</source>
      <translation>Selected item</translation>
    </message>
    <message>
      <source>รหัสข้อ</source>
      <translation>Item code</translation>
    </message>
    <message>
      <source>ชื่อข้อ</source>
      <translation>Item title</translation>
    </message>
    <message>
      <source>องค์ประกอบ</source>
      <translation>Components</translation>
    </message>
    <message>
      <source>ผู้รับผิดชอบ</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <source>ชื่อตัวชี้วัดย่อย</source>
      <translation>Sub-indicator name</translation>
    </message>
    <message>
      <source>ตัวชี้วัดและน้ำหนัก</source>
      <translation>Indicators and weights</translation>
    </message>
    <message>
      <source>นำเข้าจากไฟล์…</source>
      <translation>Import from file…</translation>
    </message>
    <message>
      <source>ส่งออกเป็นไฟล์…</source>
      <translation>Export to file…</translation>
    </message>
    <message>
      <source>ส่งออกเกณฑ์ไม่สำเร็จ</source>
      <translation>Could not export the framework</translation>
    </message>
    <message>
      <source>ตัวชี้วัดย่อย / ข้อ</source>
      <translation>Sub-indicator / item</translation>
    </message>
    <message>
      <source>ตัวชี้วัด</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>ชื่อ</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>เครื่องมือ</source>
      <translation>Tool</translation>
    </message>
    <message>
      <source>น้ำหนัก (%)</source>
      <translation>Weight (%)</translation>
    </message>
    <message>
      <source>ตัวชี้วัดย่อยต้องมีอย่างน้อยหนึ่งข้อ ย้ายหรือเพิ่มข้ออื่นก่อนลบ</source>
      <translation>A sub-indicator needs at least one item: move or add another item before removing this one</translation>
    </message>
    <message>
      <source>ย้ายข้อ</source>
      <translation>Move item</translation>
    </message>
    <message>
      <source>ย้ายไปตัวชี้วัดย่อย:</source>
      <translation>Move to sub-indicator:</translation>
    </message>
    <message>
      <source>ตัวชี้วัดย่อยต้องมีอย่างน้อยหนึ่งข้อ</source>
      <translation>A sub-indicator needs at least one item</translation>
    </message>
    <message>
      <source>เพิ่มตัวชี้วัดย่อย</source>
      <translation>Add sub-indicator</translation>
    </message>
    <message>
      <source>รหัส (เช่น 9.6):</source>
      <translation>Code (e.g. 9.6):</translation>
    </message>
    <message>
      <source>ชื่อตัวชี้วัดย่อย:</source>
      <translation>Sub-indicator name:</translation>
    </message>
    <message>
      <source>อยู่ใต้ตัวชี้วัดที่:</source>
      <translation>Under indicator:</translation>
    </message>
    <message>
      <source>นำเข้าเกณฑ์การประเมิน</source>
      <translation>Import assessment framework</translation>
    </message>
    <message>
      <source>เกณฑ์ ITADesk (*.json)</source>
      <translation>ITADesk framework (*.json)</translation>
    </message>
    <message>
      <source>นำเข้าเกณฑ์</source>
      <translation>Import framework</translation>
    </message>
    <message>
      <source>ส่งออกเกณฑ์การประเมิน</source>
      <translation>Export assessment framework</translation>
    </message>
    <message>
      <source>แก้ไขเกณฑ์การประเมิน ปี {0}</source>
      <translation>Edit the {0} assessment framework</translation>
    </message>
    <message>
      <source> (ต้องรวมได้ 100%)</source>
      <translation> (must add up to 100%)</translation>
    </message>
    <message>
      <source>นำเข้าเกณฑ์ไม่สำเร็จ</source>
      <translation>Could not import the framework</translation>
    </message>
    <message>
      <source>รวม {0:.2f}%</source>
      <translation>Total {0:.2f}%</translation>
    </message>
    <message>
      <source>ตัวชี้วัดย่อย {0}</source>
      <translation>Sub-indicator {0}</translation>
    </message>
    <message>
      <source>ข้อใหม่</source>
      <translation>New item</translation>
    </message>
    <message>
      <source>ไฟล์นี้เป็นเกณฑ์ของปี {0} ใช้เป็นเกณฑ์ของปี {1} หรือไม่?</source>
      <translation>This file is the framework of {0}. Use it as the framework of {1}?</translation>
    </message>
    <message>
      <source>บันทึกไฟล์ {0} ไม่ได้: {1}</source>
      <translation>Could not save {0}: {1}</translation>
    </message>
    <message>
      <source>{0} {1} (ตัวชี้วัดที่ {2})</source>
      <translation>{0} {1} (indicator {2})</translation>
    </message>
    <message>
      <source>ใช้ไฟล์ {0} ไม่ได้: {1}</source>
      <translation>Cannot use {0}: {1}</translation>
    </message>
    <message>
      <source>ปิด</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>คู่มือการใช้งาน ITADesk</source>
      <translation>ITADesk user guide</translation>
    </message>
    <message>
      <source>เกี่ยวกับ ITADesk</source>
      <translation>About ITADesk</translation>
    </message>
    <message>
      <source>เกี่ยวกับ</source>
      <translation>About</translation>
    </message>
    <message>
      <source>&lt;h2&gt;ITADesk {0}&lt;/h2&gt;&lt;p&gt;เครื่องมือเตรียมการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) สำหรับองค์กรปกครองส่วนท้องถิ่น ทำงานได้โดยไม่ต้องต่ออินเทอร์เน็ต&lt;/p&gt;&lt;h3&gt;สัญญาอนุญาต&lt;/h3&gt;&lt;table cellpadding='4'&gt;{1}&lt;/table&gt;</source>
      <translation>&lt;h2&gt;ITADesk {0}&lt;/h2&gt;&lt;p&gt;A tool for local administrative organisations preparing the Integrity and Transparency Assessment (ITA); it works without an internet connection&lt;/p&gt;&lt;h3&gt;Licences&lt;/h3&gt;&lt;table cellpadding='4'&gt;{1}&lt;/table&gt;</translation>
    </message>
    <message>
      <source>ไม่พบไฟล์สัญญาอนุญาต {0}</source>
      <translation>Licence file {0} not found</translation>
    </message>
    <message>
      <source>คอลัมน์ในไฟล์ → ช่องของมาตรการ</source>
      <translation>Columns in the file → measure fields</translation>
    </message>
    <message>
      <source>นำเข้า</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>กำลังนำเข้ามาตรการ…</source>
      <translation>Importing measures…</translation>
    </message>
    <message>
      <source>นำเข้ามาตรการจาก Excel หรือ CSV</source>
      <translation>Import measures from Excel or CSV</translation>
    </message>
    <message>
      <source>ตาราง (*.xlsx *.csv);;ทุกไฟล์ (*)</source>
      <translation>Tables (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
      <source>อ่านไฟล์ไม่สำเร็จ</source>
      <translation>Could not read the file</translation>
    </message>
    <message>
      <source>(ไม่นำเข้า)</source>
      <translation>(not imported)</translation>
    </message>
    <message>
      <source>นำเข้าไม่สำเร็จ</source>
      <translation>Import failed</translation>
    </message>
    <message>
      <source>กำลังอ่าน {0}…</source>
      <translation>Reading {0}…</translation>
    </message>
    <message>
      <source>นำเข้ามาตรการจาก {0} (ปี {1})</source>
      <translation>Import measures from {0} ({1})</translation>
    </message>
    <message>
      <source>จะเพิ่มมาตรการ {0} รายการในปี {1}</source>
      <translation>{0} measures will be added to {1}</translation>
    </message>
    <message>
      <source>ยกเลิกการนำเข้าแล้ว ไม่มีมาตรการใดถูกเพิ่ม</source>
      <translation>Import cancelled; no measure was added</translation>
    </message>
    <message>
      <source>อ่านไฟล์เป็น: {0} — ถ้าตัวอักษรในตัวอย่างเพี้ยน โปรดบันทึกจาก Excel เป็น “CSV UTF-8” แล้วนำเข้าใหม่</source>
      <translation>Read as: {0} — if the preview shows garbled letters, save from Excel as “CSV UTF-8” and import again</translation>
    </message>
    <message>
      <source>อ่านไฟล์เป็น: {0}</source>
      <translation>Read as: {0}</translation>
    </message>
    <message>
      <source>วางรายการข้อจากคู่มือที่นี่ เช่น
ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน
O1 โครงสร้าง …</source>
      <translation>Paste the item list from the manual here, e.g.
ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน
O1 โครงสร้าง …</translation>
    </message>
    <message>
      <source>เปิดไฟล์คู่มือ…</source>
      <translation>Open the manual's file…</translation>
    </message>
    <message>
      <source>ย้อนกลับ</source>
      <translation>Back</translation>
    </message>
    <message>
      <source>ถัดไป</source>
      <translation>Next</translation>
    </message>
    <message>
      <source>ยกเลิก</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source> — ไม่พบหัวข้อตัวชี้วัดย่อย: ข้อเดิมอยู่กลุ่มเดิม ข้อใหม่อยู่กลุ่มเดียวกับข้อก่อนหน้า</source>
      <translation> — no sub-indicator headings found: known items keep their group, new ones join the group of the item before them</translation>
    </message>
    <message>
      <source>บันทึกรายการไม่สำเร็จ</source>
      <translation>Could not save the list</translation>
    </message>
    <message>
      <source>ข้อที่อ่านได้</source>
      <translation>Items recognised</translation>
    </message>
    <message>
      <source>เปิดไฟล์คู่มือ</source>
      <translation>Open the manual's file</translation>
    </message>
    <message>
      <source>คู่มือ (*.pdf *.docx *.xlsx *.html *.htm *.txt)</source>
      <translation>Manual (*.pdf *.docx *.xlsx *.html *.htm *.txt)</translation>
    </message>
    <message>
      <source>เพิ่ม {0} ข้อ</source>
      <translation>{0} added</translation>
    </message>
    <message>
      <source>เปลี่ยนชื่อ {0} ข้อ</source>
      <translation>{0} renamed</translation>
    </message>
    <message>
      <source>เปลี่ยนเลขข้อ {0} ข้อ</source>
      <translation>{0} renumbered</translation>
    </message>
    <message>
      <source>นำออก {0} ข้อ</source>
      <translation>{0} removed</translation>
    </message>
    <message>
      <source>บรรทัดที่จัดเข้าข้อใดไม่ได้ {0} บรรทัด</source>
      <translation>{0} lines not placed under any item</translation>
    </message>
    <message>
      <source>อ่านได้ {0} ข้อ ใน {1} ตัวชี้วัดย่อย</source>
      <translation>{0} items recognised in {1} sub-indicators</translation>
    </message>
    <message>
      <source>บันทึกรายการ</source>
      <translation>Save the list</translation>
    </message>
    <message>
      <source>คู่มือ ป.ป.ช. (วางเมื่อ {0}/{1}/{2})</source>
      <translation>NACC manual (pasted on {0}/{1}/{2})</translation>
    </message>
    <message>
      <source>ปรับรายการข้อ OIT ปี {0} ตามคู่มือ ป.ป.ช.</source>
      <translation>Update the {0} OIT item list from the NACC manual</translation>
    </message>
    <message>
      <source>เปิดคู่มือการประเมินของปี {0} คัดลอกรายการข้อ (O1, O2, …) ทั้งหมด แล้ววางในช่องด้านซ้าย หรือเปิดไฟล์คู่มือ (PDF, Word, Excel, หน้าเว็บ) ตรวจสิ่งที่โปรแกรมอ่านได้ทางขวาก่อนบันทึก</source>
      <translation>Open the {0} assessment manual, copy the whole item list (O1, O2, …) and paste it on the left, or open the manual's file (PDF, Word, Excel, web page). Check what was recognised on the right before saving.</translation>
    </message>
    <message>
      <source>ยังไม่พบบรรทัดที่เป็นข้อ (เช่น “O1 โครงสร้าง…”) ในข้อความที่วาง</source>
      <translation>No item line (such as “O1 โครงสร้าง…”) found in the pasted text yet</translation>
    </message>
    <message>
      <source>ยังไม่มีข้อความ</source>
      <translation>Nothing pasted yet</translation>
    </message>
    <message>
      <source>ไม่ระบุตัวชี้วัดย่อย (ใช้กลุ่มเดิม)</source>
      <translation>No sub-indicator given (current groups kept)</translation>
    </message>
    <message>
      <source>รายการเหมือนเดิม ไม่มีข้อที่เปลี่ยน</source>
      <translation>Same list as now: no item changes</translation>
    </message>
    <message>
      <source> — มี {0} บรรทัดที่จัดเข้าข้อใดไม่ได้ โปรดตรวจ</source>
      <translation> — {0} lines could not be placed, please check</translation>
    </message>
    <message>
      <source>ข้อมูลที่บันทึกไว้แล้ว {0} ข้อ (ติ๊ก ผู้รับผิดชอบ ลิงก์ ความก้าวหน้า) จะย้ายไปยังข้อในรายการใหม่ตามความหมายของชื่อข้อ — ย้ายเลขข้อ {1} ข้อ โปรดตรวจและเปลี่ยนได้ก่อนบันทึก ข้อที่ไม่มีคู่จะเก็บไว้เป็น “จากปีก่อน” ไม่สูญหาย</source>
      <translation>{0} entries already recorded (ticks, responsible units, links, progress) will go to the new list's items by the meaning of their titles — {1} change number. Check and change them before saving; entries with no match are kept as “from last year”, never lost.</translation>
    </message>
    <message>
      <source>เทียบกับรายการปัจจุบันของปี {0}</source>
      <translation>Compared with the current {0} list</translation>
    </message>
    <message>
      <source>ข้อ {0} ถูกเลือกให้รับข้อมูลมากกว่าหนึ่งข้อ โปรดเลือกใหม่</source>
      <translation>Item {0} was chosen for more than one entry; please choose again</translation>
    </message>
    <message>
      <source>บรรทัด {0}: {1}</source>
      <translation>Line {0}: {1}</translation>
    </message>
    <message>
      <source>ตัวชี้วัดย่อยที่ {0} {1}</source>
      <translation>Sub-indicator {0} {1}</translation>
    </message>
    <message>
      <source>ยืนยันและเริ่มปีใหม่</source>
      <translation>Confirm and start the new year</translation>
    </message>
    <message>
      <source>ทำแล้ว</source>
      <translation>done</translation>
    </message>
    <message>
      <source>ข้อเดิม</source>
      <translation>Previous item</translation>
    </message>
    <message>
      <source>ข้อมูลที่บันทึกไว้</source>
      <translation>Recorded</translation>
    </message>
    <message>
      <source>ความคล้าย</source>
      <translation>Similarity</translation>
    </message>
    <message>
      <source>ย้ายไปที่ข้อ</source>
      <translation>Move to item</translation>
    </message>
    <message>
      <source>ยังไม่จัด (เก็บไว้เป็น “จากปีก่อน”)</source>
      <translation>Not yet (keep as “from last year”)</translation>
    </message>
    <message>
      <source>ย้ายข้อมูลรายการตรวจจากปี {0} ไปปี {1}</source>
      <translation>Carry checklist entries from {0} to {1}</translation>
    </message>
    <message>
      <source>ผู้รับผิดชอบและลิงก์ของรายการตรวจปี {0} จะไปอยู่ที่ข้อของปี {1} ตามความหมายของชื่อข้อ (เลขข้ออาจเปลี่ยน) โปรดตรวจและเปลี่ยนได้ ข้อที่ไม่มีคู่จะเก็บไว้เป็น “จากปีก่อน” ไม่สูญหาย</source>
      <translation>The {0} checklist's responsible units and links go to the {1} items by the meaning of their titles (numbers may change). Check and change them; entries with no match are kept as “from last year”, never lost.</translation>
    </message>
    <message>
      <source>ทิ้งข้อมูลนี้</source>
      <translation>Discard this entry</translation>
    </message>
    <message>
      <source>แก้ไขมาตรการ</source>
      <translation>Edit measure</translation>
    </message>
    <message>
      <source>เพิ่มมาตรการ</source>
      <translation>Add measure</translation>
    </message>
    <message>
      <source>โปรดกรอกชื่อมาตรการ/กิจกรรม</source>
      <translation>Please enter the measure/activity</translation>
    </message>
    <message>
      <source>เช่น ต.ค. ๖๕ – มี.ค. ๖๖ หรือ ตลอดปีงบประมาณ</source>
      <translation>e.g. ต.ค. ๖๕ – มี.ค. ๖๖ or the whole fiscal year</translation>
    </message>
    <message>
      <source>ข้อมูลเหล่านี้ไม่ตรงกับข้อใดในรายการของปีนี้ เลือกข้อที่จะใส่ หรือเลือก “ทิ้งข้อมูลนี้” แล้วกดบันทึก</source>
      <translation>These entries match no item of this year's list. Choose an item for each, or “Discard this entry”, then save.</translation>
    </message>
    <message>
      <source>บันทึก</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>ข้อมูลจากปีก่อนที่ยังไม่ได้จัดเข้าข้อ (ปี {0})</source>
      <translation>Entries from last year not yet on an item ({0})</translation>
    </message>
    <message>
      <source>ก่อนปรับรุ่นไฟล์</source>
      <translation>before a file upgrade</translation>
    </message>
    <message>
      <source>ไม่พบไฟล์ข้อมูล</source>
      <translation>Workspace not found</translation>
    </message>
    <message>
      <source>ไฟล์ข้อมูลเสียหาย</source>
      <translation>Damaged workspace</translation>
    </message>
    <message>
      <source>เรียกคืนข้อมูลสำรอง</source>
      <translation>Restore a backup</translation>
    </message>
    <message>
      <source>อ่านไม่ได้</source>
      <translation>unreadable</translation>
    </message>
    <message>
      <source>เรียกคืน…</source>
      <translation>Restore…</translation>
    </message>
    <message>
      <source>ยังไม่มีข้อมูลสำรองของไฟล์นี้</source>
      <translation>This file has no backups yet</translation>
    </message>
    <message>
      <source>{0} · ปี {1} · มาตรการ {2} รายการ · แก้ไขล่าสุด {3}</source>
      <translation>{0} · years {1} · {2} measures · last edit {3}</translation>
    </message>
    <message>
      <source>ยังไม่ตั้งชื่อหน่วยงาน</source>
      <translation>agency not named yet</translation>
    </message>
    <message>
      <source>ไม่พบไฟล์ข้อมูล {0} และข้อมูลสำรองที่มีอยู่ใช้ไม่ได้ จึงไม่ได้สร้างไฟล์ใหม่ทับ</source>
      <translation>The workspace {0} is missing and none of its backups is usable, so no new file was created in its place</translation>
    </message>
    <message>
      <source>{0}

ไม่พบข้อมูลสำรองที่ใช้ได้</source>
      <translation>{0}

No usable backup was found</translation>
    </message>
    <message>
      <source>เลือกข้อมูลสำรองที่จะเรียกคืน (ล่าสุดอยู่บนสุด):</source>
      <translation>Choose the backup to restore (newest first):</translation>
    </message>
    <message>
      <source>แทนที่ข้อมูลปัจจุบันด้วยข้อมูลสำรอง {0} หรือไม่?
ข้อมูลปัจจุบันจะถูกเก็บเป็นข้อมูลสำรองก่อน</source>
      <translation>Replace the current data with the backup {0}?
The current data is backed up first</translation>
    </message>
    <message>
      <source>เรียกคืนไม่สำเร็จ</source>
      <translation>Restore failed</translation>
    </message>
    <message>
      <source>ไม่พบไฟล์ข้อมูล {0} แต่มีข้อมูลสำรองของไฟล์นี้อยู่

เรียกคืนจากข้อมูลสำรองล่าสุดที่สมบูรณ์หรือไม่?
{1}

ถ้าไม่ต้องการ โปรแกรมจะปิดโดยไม่สร้างไฟล์ใหม่</source>
      <translation>The workspace {0} is missing, but it has backups.

Restore the newest good backup?
{1}

If not, ITADesk closes without creating a new file</translation>
    </message>
    <message>
      <source>{0}

เรียกคืนจากข้อมูลสำรองล่าสุดที่สมบูรณ์ ({1}) หรือไม่?
ไฟล์ที่เสียหายจะถูกเก็บไว้ในโฟลเดอร์ข้อมูลสำรอง ไม่ถูกลบ</source>
      <translation>{0}

Restore the newest good backup ({1})?
The damaged file is kept in the backups folder, not deleted</translation>
    </message>
    <message>
      <source>-6เดือน</source>
      <translation>-6months</translation>
    </message>
    <message>
      <source>ใช้เลขไทย (๑๒๓)</source>
      <translation>Thai digits (๑๒๓)</translation>
    </message>
    <message>
      <source>ตัวเลข</source>
      <translation>Digits</translation>
    </message>
    <message>
      <source>พิมพ์ช่องลงชื่อผู้รายงาน ผู้ตรวจสอบ และผู้บริหารท้ายรายงาน</source>
      <translation>Print the reporter's, reviewer's and executive's signature lines at the end</translation>
    </message>
    <message>
      <source>ลงนาม</source>
      <translation>Signatures</translation>
    </message>
    <message>
      <source>PDF สำหรับพิมพ์และเผยแพร่</source>
      <translation>PDF, to print and publish</translation>
    </message>
    <message>
      <source>Word (.docx) สำหรับแก้ไขต่อ</source>
      <translation>Word (.docx), to edit further</translation>
    </message>
    <message>
      <source>รูปแบบไฟล์</source>
      <translation>File format</translation>
    </message>
    <message>
      <source>เลือก…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>บันทึกเป็น</source>
      <translation>Save as</translation>
    </message>
    <message>
      <source>สร้างรายงาน</source>
      <translation>Create report</translation>
    </message>
    <message>
      <source>บันทึกรายงาน</source>
      <translation>Save report</translation>
    </message>
    <message>
      <source>กำลังจัดหน้ารายงาน…</source>
      <translation>Laying out the report…</translation>
    </message>
    <message>
      <source>สร้างรายงานแล้ว</source>
      <translation>Report created</translation>
    </message>
    <message>
      <source>สร้างรายงานไม่สำเร็จ</source>
      <translation>Could not create the report</translation>
    </message>
    <message>
      <source>รอบการรายงาน</source>
      <translation>Reporting round</translation>
    </message>
    <message>
      <source>รายงานนี้ไม่มีช่องลงนาม</source>
      <translation>This report has no signature block</translation>
    </message>
    <message>
      <source>ตั้งชื่อและตำแหน่งได้ที่เมนูแฟ้ม → ผู้ลงนามท้ายรายงาน…</source>
      <translation>Set the names and positions in File → Report signers…</translation>
    </message>
    <message>
      <source>โปสเตอร์พิมพ์ตามแบบที่จัดไว้ จึงบันทึกเป็น PDF เท่านั้น</source>
      <translation>A poster is printed as it is laid out, so it is saved as PDF only</translation>
    </message>
    <message>
      <source>โปรดระบุไฟล์ที่จะบันทึก</source>
      <translation>Please choose the file to save</translation>
    </message>
    <message>
      <source>บันทึกรายงานที่
{0}

เปิดไฟล์เลยหรือไม่?</source>
      <translation>The report was saved to
{0}

Open it now?</translation>
    </message>
    <message>
      <source>สร้างรายงานไม่สำเร็จ: {0}</source>
      <translation>Could not create the report: {0}</translation>
    </message>
    <message>
      <source>กำลังจัดหน้ารายงาน… หน้า {0}</source>
      <translation>Laying out the report… page {0}</translation>
    </message>
    <message>
      <source>ผู้รายงาน</source>
      <translation>Reporter</translation>
    </message>
    <message>
      <source>เช่น นางสาวสมศรี ใจดี</source>
      <translation>e.g. Ms Somsri Jaidee</translation>
    </message>
    <message>
      <source>เช่น นักวิเคราะห์นโยบายและแผน</source>
      <translation>e.g. Policy and Plan Analyst</translation>
    </message>
    <message>
      <source>ผู้ตรวจสอบ</source>
      <translation>Reviewer</translation>
    </message>
    <message>
      <source>เช่น นายสมชาย รักงาน</source>
      <translation>e.g. Mr Somchai Rakngan</translation>
    </message>
    <message>
      <source>เช่น ปลัดองค์การบริหารส่วนตำบล</source>
      <translation>e.g. Chief Administrator of the SAO</translation>
    </message>
    <message>
      <source>ผู้บริหาร</source>
      <translation>Executive</translation>
    </message>
    <message>
      <source>เช่น นายประเสริฐ มั่นคง</source>
      <translation>e.g. Mr Prasert Mankong</translation>
    </message>
    <message>
      <source>เช่น นายกองค์การบริหารส่วนตำบล</source>
      <translation>e.g. Chief Executive of the SAO</translation>
    </message>
    <message>
      <source>ผู้ลงนามท้ายรายงาน</source>
      <translation>Report signers</translation>
    </message>
    <message>
      <source>ชื่อและตำแหน่งที่พิมพ์ใต้ช่องลงชื่อท้ายรายงาน (มาตรการ แนวทาง IIT/EIT และการวิเคราะห์ผล) ช่องที่เว้นว่างจะพิมพ์เป็นเส้นประให้เขียนด้วยมือ</source>
      <translation>The names and positions printed under the signature lines at the end of the reports (measures, IIT/EIT guidelines and the analysis); a field left empty prints a dotted line to write in by hand</translation>
    </message>
    <message>
      <source>บันทึกผู้ลงนามท้ายรายงานแล้ว</source>
      <translation>Report signers saved</translation>
    </message>
    <message>
      <source>ชื่อ-นามสกุล</source>
      <translation>Full name</translation>
    </message>
    <message>
      <source>ตำแหน่ง</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>คัดลอกลิงก์แบบวัดของหน่วยงานจากระบบของสำนักงาน ป.ป.ช. โปสเตอร์จะพิมพ์เป็น QR Code</source>
      <translation>Copy the office's survey links from the NACC system; the posters print them as QR codes</translation>
    </message>
    <message>
      <source>ลิงก์แบบวัด IIT/EIT ปี {0}</source>
      <translation>IIT/EIT survey links {0}</translation>
    </message>
    <message>
      <source>เช่น 1 พ.ค. – 31 ก.ค. {0}</source>
      <translation>e.g. 1 May – 31 Jul {0}</translation>
    </message>
    <message>
      <source>ลิงก์แบบวัด {0}</source>
      <translation>{0} survey link</translation>
    </message>
    <message>
      <source>ระยะเวลาการประเมิน {0}</source>
      <translation>{0} survey period</translation>
    </message>
    <message>
      <source>บันทึกการเปลี่ยนแปลง</source>
      <translation>Save changes</translation>
    </message>
    <message>
      <source>มีข้อความที่แก้ไขแต่ยังไม่ได้บันทึก ต้องการบันทึกก่อนปิดหรือไม่?</source>
      <translation>There are changes that are not saved yet. Save them before closing?</translation>
    </message>
    <message>
      <source>ไม่บันทึก</source>
      <translation>Don't save</translation>
    </message>
    <message>
      <source>

บางช่องถูกแก้ไขบนทั้งสองเครื่อง ตอนนี้ใช้ค่าที่บันทึกทีหลัง และเก็บอีกค่าไว้ให้เลือก
เลือกค่าที่ถูกต้องตอนนี้หรือไม่?</source>
      <translation>

Some fields were edited on both PCs. The later value is in use and the other is kept for you to choose.
Choose the right values now?</translation>
    </message>
    <message>
      <source>บันทึกสำเนาไปยัง USB</source>
      <translation>Save a copy to USB</translation>
    </message>
    <message>
      <source>บันทึกสำเนาไม่สำเร็จ</source>
      <translation>Could not save the copy</translation>
    </message>
    <message>
      <source>รวมข้อมูลจาก USB</source>
      <translation>Merge from USB</translation>
    </message>
    <message>
      <source>รวมข้อมูลไม่ได้</source>
      <translation>Cannot merge</translation>
    </message>
    <message>
      <source>เปิดไฟล์ ITADesk</source>
      <translation>Open an ITADesk file</translation>
    </message>
    <message>
      <source>รวมข้อมูล: นำข้อมูลในไฟล์มารวมกับข้อมูลของเครื่องนี้ ไม่มีข้อมูลใดหาย
ใช้แทนข้อมูลปัจจุบัน: เหมาะกับเครื่องที่เพิ่งเริ่มใช้ ข้อมูลเดิมจะถูกเก็บเป็นข้อมูลสำรอง</source>
      <translation>Merge: bring the file's data together with this PC's data; nothing is lost
Use instead of current data: for a PC just starting; the current data is kept as a backup</translation>
    </message>
    <message>
      <source>รวมข้อมูล</source>
      <translation>Merge</translation>
    </message>
    <message>
      <source>ใช้แทนข้อมูลปัจจุบัน</source>
      <translation>Use instead of current data</translation>
    </message>
    <message>
      <source>ใช้ไฟล์นี้ไม่ได้</source>
      <translation>Cannot use this file</translation>
    </message>
    <message>
      <source>ITADesk (*.itadesk);;ทุกไฟล์ (*)</source>
      <translation>ITADesk (*.itadesk);;All files (*)</translation>
    </message>
    <message>
      <source>รวมข้อมูลไม่สำเร็จ</source>
      <translation>Merge failed</translation>
    </message>
    <message>
      <source>รวมข้อมูลจาก {0} แล้ว
{1}</source>
      <translation>Merged data from {0}
{1}</translation>
    </message>
    <message>
      <source>ไฟล์นี้มาจาก: {0}</source>
      <translation>This file comes from: {0}</translation>
    </message>
    <message>
      <source>ไฟล์ {0} มาจากเครื่องอื่นหรือ USB จะทำอย่างไรกับไฟล์นี้?</source>
      <translation>{0} comes from another PC or a USB stick. What should ITADesk do with it?</translation>
    </message>
    <message>
      <source>เลือกค่าที่แก้ไขบนสองเครื่อง…</source>
      <translation>Choose values edited on two PCs…</translation>
    </message>
    <message>
      <source>กำลังรวมข้อมูลจาก {0}…</source>
      <translation>Merging data from {0}…</translation>
    </message>
    <message>
      <source>ยกเลิกการรวมข้อมูลแล้ว ข้อมูลไม่เปลี่ยนแปลง</source>
      <translation>Merge cancelled; nothing changed</translation>
    </message>
    <message>
      <source>{0}

รวมข้อมูลในไฟล์นี้เข้ากับข้อมูลของเครื่องนี้หรือไม่?</source>
      <translation>{0}

Merge this file's data into this PC's data?</translation>
    </message>
    <message>
      <source>บันทึกสำเนาแล้ว: {0}</source>
      <translation>Copy saved: {0}</translation>
    </message>
    <message>
      <source>ใช้ข้อมูลจาก {0} แล้ว ข้อมูลเดิมเก็บไว้ในข้อมูลสำรอง</source>
      <translation>Now using the data from {0}; the previous data is kept as a backup</translation>
    </message>
    <message>
      <source>เลือกค่าที่แก้ไขบนสองเครื่อง ({0} ช่อง)…</source>
      <translation>Choose values edited on two PCs ({0} fields)…</translation>
    </message>
    <message>
      <source>ปีงบประมาณ</source>
      <translation>Fiscal year</translation>
    </message>
    <message>
      <source>ปีงบประมาณ พ.ศ. </source>
      <translation>Fiscal year B.E. </translation>
    </message>
    <message>
      <source>คะแนนตัวชี้วัด</source>
      <translation>Indicator scores</translation>
    </message>
    <message>
      <source>รายการตรวจ OIT</source>
      <translation>OIT checklist</translation>
    </message>
    <message>
      <source>มาตรการ</source>
      <translation>Measures</translation>
    </message>
    <message>
      <source>วิเคราะห์ผล</source>
      <translation>Analysis</translation>
    </message>
    <message>
      <source>เปิดปีงบประมาณปัจจุบันไม่สำเร็จ</source>
      <translation>Could not open the current fiscal year</translation>
    </message>
    <message>
      <source>แฟ้ม (&amp;F)</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>ข้อมูลหน่วยงานและผู้ใช้…</source>
      <translation>Agency and user…</translation>
    </message>
    <message>
      <source>ผู้ลงนามท้ายรายงาน…</source>
      <translation>Report signers…</translation>
    </message>
    <message>
      <source>เปลี่ยนผู้ใช้เครื่องนี้…</source>
      <translation>Change the user of this PC…</translation>
    </message>
    <message>
      <source>บันทึกสำเนาไปยัง USB…</source>
      <translation>Save a copy to USB…</translation>
    </message>
    <message>
      <source>รวมข้อมูลจาก USB…</source>
      <translation>Merge from USB…</translation>
    </message>
    <message>
      <source>นำเข้ามาตรการจาก Excel/CSV…</source>
      <translation>Import measures from Excel/CSV…</translation>
    </message>
    <message>
      <source>ส่งออกเป็น Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <source>ภาพรวมหลายหน่วยงาน…</source>
      <translation>Many offices at a glance…</translation>
    </message>
    <message>
      <source>เรียกคืนข้อมูลสำรอง…</source>
      <translation>Restore a backup…</translation>
    </message>
    <message>
      <source>ออกจากโปรแกรม</source>
      <translation>Quit</translation>
    </message>
    <message>
      <source>แก้ไข (&amp;E)</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>เลิกทำ</source>
      <translation>Undo</translation>
    </message>
    <message>
      <source>ทำซ้ำ</source>
      <translation>Redo</translation>
    </message>
    <message>
      <source>เพิ่มมาตรการ…</source>
      <translation>Add a measure…</translation>
    </message>
    <message>
      <source>ปีงบประมาณ (&amp;Y)</source>
      <translation>Fiscal &amp;year</translation>
    </message>
    <message>
      <source>เริ่มปีงบประมาณใหม่…</source>
      <translation>Start a new fiscal year…</translation>
    </message>
    <message>
      <source>ปรับรายการตามคู่มือ…</source>
      <translation>Update the list from the manual…</translation>
    </message>
    <message>
      <source>ปฏิทินการประเมินของปีนี้…</source>
      <translation>This year's assessment calendar…</translation>
    </message>
    <message>
      <source>แก้ไขเกณฑ์การประเมินของปีนี้…</source>
      <translation>Edit this year's assessment framework…</translation>
    </message>
    <message>
      <source>รายงาน (&amp;R)</source>
      <translation>&amp;Reports</translation>
    </message>
    <message>
      <source>มุมมอง (&amp;V)</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>ช่วยเหลือ (&amp;H)</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>คู่มือการใช้งาน</source>
      <translation>User guide</translation>
    </message>
    <message>
      <source>เปิดโฟลเดอร์บันทึกข้อผิดพลาด</source>
      <translation>Open the error log folder</translation>
    </message>
    <message>
      <source>ไฟล์นี้ใช้งานครั้งล่าสุดบนเครื่องอื่น
ใครใช้งาน ITADesk บนเครื่องนี้? (ชื่อ - นามสกุล)</source>
      <translation>This file was last used on another PC.
Who uses ITADesk on this PC? (full name)</translation>
    </message>
    <message>
      <source>ใครใช้งาน ITADesk บนเครื่องนี้? (ชื่อ - นามสกุล)</source>
      <translation>Who uses ITADesk on this PC? (full name)</translation>
    </message>
    <message>
      <source>ผู้ใช้เครื่องนี้</source>
      <translation>User of this PC</translation>
    </message>
    <message>
      <source>เริ่มปีงบประมาณใหม่</source>
      <translation>Start a new fiscal year</translation>
    </message>
    <message>
      <source>เริ่มปีงบประมาณใหม่ไม่สำเร็จ</source>
      <translation>Could not start the new fiscal year</translation>
    </message>
    <message>
      <source>
เกณฑ์ของปีใหม่คัดลอกจากปีก่อน โปรดตรวจสอบในเมนูปีงบประมาณ</source>
      <translation>
The new year's framework was copied from the year before; please check it under Fiscal year</translation>
    </message>
    <message>
      <source>เรียกคืนข้อมูลสำรองแล้ว</source>
      <translation>Backup restored</translation>
    </message>
    <message>
      <source>ยังไม่ได้กรอกข้อมูลหน่วยงาน</source>
      <translation>Agency details not entered yet</translation>
    </message>
    <message>
      <source>ผู้ใช้: (ยังไม่ได้ระบุ)</source>
      <translation>User: (not set)</translation>
    </message>
    <message>
      <source>ส่งออกเป็น Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <source>ส่งออกไม่สำเร็จ</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <source>บันทึกแล้ว {0:%H:%M:%S}</source>
      <translation>Saved {0:%H:%M:%S}</translation>
    </message>
    <message>
      <source>เริ่มปีงบประมาณ {0} จากปี {1} หรือไม่?

- คัดลอกมาตรการของปี {2} เป็นแผนของปี {3} (ล้างสถานะและผลการดำเนินการ)
- นำผู้รับผิดชอบและลิงก์ของรายการตรวจ OIT ไปใช้กับเกณฑ์ปี {4}
- ข้อมูลของปี {5} ไม่เปลี่ยนแปลง และใช้เปรียบเทียบคะแนนกับปี {6}</source>
      <translation>Start fiscal year {0} from {1}?

- Copy the measures of {2} as the plan of {3} (statuses and results cleared)
- Carry the OIT checklist's responsible units and links to the {4} framework
- The data of {5} stays as it is and is compared with {6}</translation>
    </message>
    <message>
      <source>เริ่มปีงบประมาณ {0} แล้ว: คัดลอกมาตรการ {1} รายการ นำข้อมูลรายการตรวจ {2} ข้อไปใช้{3}</source>
      <translation>Started fiscal year {0}: copied {1} measures, carried {2} checklist items{3}</translation>
    </message>
    <message>
      <source>กำลังส่งออก {0}…</source>
      <translation>Exporting {0}…</translation>
    </message>
    <message>
      <source>ยกเลิกการส่งออกแล้ว</source>
      <translation>Export cancelled</translation>
    </message>
    <message>
      <source>เลิกทำไม่สำเร็จ</source>
      <translation>Undo failed</translation>
    </message>
    <message>
      <source>ผู้ใช้: {0}</source>
      <translation>User: {0}</translation>
    </message>
    <message>
      <source>ปีงบประมาณ {0}</source>
      <translation>Fiscal year {0}</translation>
    </message>
    <message>
      <source>นำเข้ามาตรการ {0} รายการแล้ว</source>
      <translation>Imported {0} measures</translation>
    </message>
    <message>
      <source>ส่งออกแล้ว: {0}</source>
      <translation>Exported: {0}</translation>
    </message>
    <message>
      <source>⚠ เกณฑ์ของปีนี้ในไฟล์อ่านไม่ได้ จึงใช้เกณฑ์ที่มากับ ITADesk</source>
      <translation>⚠ This year's stored framework cannot be read; ITADesk's built-in one is used</translation>
    </message>
    <message>
      <source>… และอีก {0} รายการ</source>
      <translation>… and {0} more</translation>
    </message>
    <message>
      <source>⚠ ค่าที่บันทึกไว้ไม่ถูกต้อง {0} รายการ (ดูคำอธิบาย)</source>
      <translation>⚠ {0} stored values are invalid (see the tooltip)</translation>
    </message>
    <message>
      <source>อ.{0}</source>
      <translation>{0} district</translation>
    </message>
    <message>
      <source>จ.{0}</source>
      <translation>{0} province</translation>
    </message>
    <message>
      <source>เผยแพร่หน้าเว็บ ITA…</source>
      <translation>Publish the ITA web page…</translation>
    </message>
    <message>
      <source>ส่งออกตาราง OIT สำหรับระบบของ ป.ป.ช.…</source>
      <translation>Export the OIT table for the NACC system…</translation>
    </message>
    <message>
      <source>ลิงก์แบบวัด IIT/EIT สำหรับโปสเตอร์…</source>
      <translation>IIT/EIT survey links for posters…</translation>
    </message>
    <message>
      <source>เผยแพร่ไม่สำเร็จ</source>
      <translation>Publishing failed</translation>
    </message>
    <message>
      <source>บันทึกลิงก์แบบวัดแล้ว</source>
      <translation>Survey links saved</translation>
    </message>
    <message>
      <source>เลือกโฟลเดอร์สำหรับหน้าเว็บ ITA</source>
      <translation>Choose a folder for the ITA web page</translation>
    </message>
    <message>
      <source>เขียนหน้าเว็บแล้ว: {0} ({1} ข้อ, ลิงก์ {2} รายการ)</source>
      <translation>Web page written: {0} ({1} items, {2} links)</translation>
    </message>
    <message>
      <source>เผยแพร่หน้าเว็บ ITA</source>
      <translation>Publish the ITA web page</translation>
    </message>
    <message>
      <source>ส่งออกตาราง OIT</source>
      <translation>Export the OIT table</translation>
    </message>
    <message>
      <source>

ส่งไฟล์ทั้งสองในโฟลเดอร์นี้ให้ผู้ดูแลเว็บไซต์อัปโหลด เปิดโฟลเดอร์เลยไหม?</source>
      <translation>

Give both files in this folder to the webmaster to upload. Open the folder now?</translation>
    </message>
    <message>
      <source>
ลิงก์ {0} รายการไม่ใช่ที่อยู่เว็บ จึงแสดงเป็นข้อความ: ดูผลการตรวจลิงก์ในแท็บรายการตรวจ</source>
      <translation>
{0} links are not web addresses and are shown as text: see the link checks in the checklist tab</translation>
    </message>
    <message>
      <source>จำนวนหน่วยงานตามผลการประเมิน</source>
      <translation>Offices by rating</translation>
    </message>
    <message>
      <source>คะแนนเฉลี่ยรายตัวชี้วัดเทียบกับปีก่อน</source>
      <translation>Average indicator scores against last year</translation>
    </message>
    <message>
      <source>ภาพรวมหลายหน่วยงาน — ITADesk</source>
      <translation>Many offices at a glance — ITADesk</translation>
    </message>
    <message>
      <source>โฟลเดอร์ที่เก็บไฟล์สำเนา .itadesk ของหน่วยงาน</source>
      <translation>Folder holding the offices' .itadesk copies</translation>
    </message>
    <message>
      <source>เลือกโฟลเดอร์…</source>
      <translation>Choose folder…</translation>
    </message>
    <message>
      <source>อ่านไฟล์ใหม่</source>
      <translation>Read files again</translation>
    </message>
    <message>
      <source>เลือกโฟลเดอร์ที่เก็บไฟล์สำเนาของหน่วยงานต่าง ๆ แล้วกด “อ่านไฟล์ใหม่”</source>
      <translation>Choose the folder holding the offices' copies, then press “Read files again”</translation>
    </message>
    <message>
      <source>ค้นหาชื่อหน่วยงาน อำเภอ หรือจังหวัด</source>
      <translation>Search office, district or province</translation>
    </message>
    <message>
      <source>รายหน่วยงาน</source>
      <translation>By office</translation>
    </message>
    <message>
      <source>รายการ OIT ที่ยังไม่ทำ</source>
      <translation>OIT items not done</translation>
    </message>
    <message>
      <source>แผนภูมิ</source>
      <translation>Charts</translation>
    </message>
    <message>
      <source>ไฟล์ที่ไม่ได้ใช้</source>
      <translation>Files not used</translation>
    </message>
    <message>
      <source>บันทึกเป็น Excel…</source>
      <translation>Save as Excel…</translation>
    </message>
    <message>
      <source>บันทึกเป็นรายงาน PDF…</source>
      <translation>Save as PDF report…</translation>
    </message>
    <message>
      <source>เลือกโฟลเดอร์ไฟล์สำเนาของหน่วยงาน</source>
      <translation>Choose the folder of the offices' copies</translation>
    </message>
    <message>
      <source>กำลังอ่านไฟล์ของหน่วยงาน…</source>
      <translation>Reading the offices' files…</translation>
    </message>
    <message>
      <source>ทุกอำเภอ</source>
      <translation>All districts</translation>
    </message>
    <message>
      <source>ทุกผล</source>
      <translation>All ratings</translation>
    </message>
    <message>
      <source>โฟลเดอร์</source>
      <translation>Folder</translation>
    </message>
    <message>
      <source>ผลการประเมิน</source>
      <translation>Rating</translation>
    </message>
    <message>
      <source>บันทึกสรุป</source>
      <translation>Save summary</translation>
    </message>
    <message>
      <source>ยกเลิกการอ่านไฟล์แล้ว</source>
      <translation>Reading cancelled</translation>
    </message>
    <message>
      <source>อ่านโฟลเดอร์ไม่ได้</source>
      <translation>Cannot read the folder</translation>
    </message>
    <message>
      <source>ปี {0}: {1} หน่วยงาน · ไฟล์ที่ไม่ได้ใช้ {2} ไฟล์</source>
      <translation>Year {0}: {1} offices · {2} files not used</translation>
    </message>
    <message>
      <source>ไฟล์ที่ไม่ได้ใช้ ({0})</source>
      <translation>Files not used ({0})</translation>
    </message>
    <message>
      <source>แสดง {0} จาก {1} หน่วยงาน</source>
      <translation>Showing {0} of {1} offices</translation>
    </message>
    <message>
      <source>กำลังบันทึก {0}…</source>
      <translation>Saving {0}…</translation>
    </message>
    <message>
      <source>บันทึกไม่สำเร็จ</source>
      <translation>Could not save</translation>
    </message>
    <message>
      <source>บันทึกแล้ว: {0}</source>
      <translation>Saved: {0}</translation>
    </message>
    <message>
      <source>ไม่มีเกณฑ์การประเมินของปี {0} ในไฟล์นี้</source>
      <translation>This file has no assessment framework for {0}</translation>
    </message>
    <message>
      <source>สร้างโฟลเดอร์ {0} ไม่ได้: {1}</source>
      <translation>Cannot create the folder {0}: {1}</translation>
    </message>
    <message>
      <source>บันทึกภาพ {0} ไม่ได้</source>
      <translation>Cannot save the picture {0}</translation>
    </message>
    <message>
      <source>ค่าที่บันทึกไว้ไม่ถูกต้อง แสดงค่าที่แก้ไขให้แล้ว (บันทึกใหม่เพื่อแก้ในไฟล์):</source>
      <translation>Stored values are invalid; corrected values are shown (save again to fix the file):</translation>
    </message>
    <message>
      <source>เปิดลงทะเบียนหน่วยงาน</source>
      <translation>agency registration opens</translation>
    </message>
    <message>
      <source>ปิดลงทะเบียนหน่วยงาน</source>
      <translation>agency registration closes</translation>
    </message>
    <message>
      <source>เริ่มส่งข้อมูล OIT</source>
      <translation>OIT submission opens</translation>
    </message>
    <message>
      <source>วันสุดท้ายของการส่งข้อมูล OIT</source>
      <translation>last day of OIT submission</translation>
    </message>
    <message>
      <source>เริ่มเก็บแบบสำรวจ IIT/EIT</source>
      <translation>IIT/EIT surveys open</translation>
    </message>
    <message>
      <source>ปิดแบบสำรวจ IIT/EIT</source>
      <translation>IIT/EIT surveys close</translation>
    </message>
    <message>
      <source>ประกาศผลการประเมิน</source>
      <translation>results announced</translation>
    </message>
    <message>
      <source>ทดลองติ๊กรายการ (ถ้า…จะได้คะแนนเท่าไร)…</source>
      <translation>Try ticking items (what if…)…</translation>
    </message>
    <message>
      <source>ผลการประเมินและคะแนนที่คาดการณ์</source>
      <translation>Result and projected score</translation>
    </message>
    <message>
      <source>สร้างร่างใหม่จากคะแนนและรายการตรวจ</source>
      <translation>New draft from scores and checklist</translation>
    </message>
    <message>
      <source>แก้ไขข้อความได้ทุกช่อง ระบบบันทึกเมื่อออกจากช่อง และใช้ข้อความนี้ในรายงานการวิเคราะห์ผล</source>
      <translation>Every cell can be edited; text is saved when you leave a cell and printed in the analysis report</translation>
    </message>
    <message>
      <source>การวิเคราะห์ผลการประเมินแต่ละเครื่องมือ</source>
      <translation>Analysis of the result by tool</translation>
    </message>
    <message>
      <source>สร้างร่างใหม่</source>
      <translation>New draft</translation>
    </message>
    <message>
      <source> — วันที่ตามปฏิทินปีก่อน ยังไม่ประกาศ</source>
      <translation> — last year's calendar, not announced yet</translation>
    </message>
    <message>
      <source>OIT ทำแล้ว {0}/{1} ข้อ · {2}</source>
      <translation>OIT done {0}/{1} items · {2}</translation>
    </message>
    <message>
      <source>ยังไม่มีคะแนนของปีนี้ กรอกคะแนนในแท็บคะแนนตัวชี้วัดก่อน</source>
      <translation>No scores for this year yet: enter them on the Indicator scores tab first</translation>
    </message>
    <message>
      <source>ต่ำกว่าเกณฑ์ ต้องแก้ไขโดยเร่งด่วน</source>
      <translation>below the pass mark, fix urgently</translation>
    </message>
    <message>
      <source>ผ่านเกณฑ์</source>
      <translation>passed</translation>
    </message>
    <message>
      <source>เริ่มจากหัวข้อเปล่า</source>
      <translation>Start from a blank measure</translation>
    </message>
    <message>
      <source>ไม่มีประเด็นในหัวข้อนี้จากคะแนนที่กรอก (พิมพ์ข้อความเองได้)</source>
      <translation>Nothing under this heading from the scores entered (you can type your own text)</translation>
    </message>
    <message>
      <source>แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ ปีงบประมาณ พ.ศ. {0}</source>
      <translation>Putting the analysis into practice, fiscal year B.E. {0}</translation>
    </message>
    <message>
      <source>เลือกมาตรการตัวอย่างจากรายงานจริงของหน่วยงานอื่น แล้วกด “เพิ่ม” เพื่อสร้างมาตรการของปี {0} ที่เชื่อมกับตัวชี้วัดนั้น (แก้ไขต่อได้ในแท็บมาตรการ) · ปี {1} มีมาตรการแล้ว {2} รายการ</source>
      <translation>Pick a sample measure from other offices' real reports and press “Add” to create a measure for {0} linked to that indicator (edit it further on the Measures tab) · {1} already has {2} measures</translation>
    </message>
    <message>
      <source>มี {0} ช่องที่แก้ไขข้อความเองแล้ว
แทนที่ข้อความเหล่านั้นด้วยร่างใหม่จากคะแนนและรายการตรวจหรือไม่?
(ถ้าเลือก “ไม่” ข้อความที่แก้ไขไว้จะคงเดิม)</source>
      <translation>{0} cells have text you edited yourself.
Replace them with a new draft from the scores and checklist?
(Choose “No” to keep your edited text)</translation>
    </message>
    <message>
      <source>อีก {0} วันถึง{1} ({2})</source>
      <translation>{0} days until {1} ({2})</translation>
    </message>
    <message>
      <source>วันนี้: {0} ({1})</source>
      <translation>Today: {0} ({1})</translation>
    </message>
    <message>
      <source>พ้นกำหนดส่ง OIT ({0}) มาแล้ว {1} วัน</source>
      <translation>OIT deadline ({0}) passed {1} days ago</translation>
    </message>
    <message>
      <source>กำหนดส่ง OIT ({0}) ผ่านไปแล้ว</source>
      <translation>OIT deadline ({0}) has passed</translation>
    </message>
    <message>
      <source>ตัวชี้วัดที่ {0} {1} {2} คะแนน ({3})</source>
      <translation>Indicator {0} {1} {2} points ({3})</translation>
    </message>
    <message>
      <source>เพิ่มเป็นมาตรการปี {0}</source>
      <translation>Add as a {0} measure</translation>
    </message>
    <message>
      <source>เพิ่มมาตรการ “{0}” ในปี {1} แล้ว</source>
      <translation>Added the measure “{0}” to {1}</translation>
    </message>
    <message>
      <source>ค้นหาข้อ… (Ctrl+F)</source>
      <translation>Search items… (Ctrl+F)</translation>
    </message>
    <message>
      <source>เฉพาะข้อที่ยังไม่ทำ</source>
      <translation>Not done only</translation>
    </message>
    <message>
      <source>รายละเอียดข้อ</source>
      <translation>Item details</translation>
    </message>
    <message>
      <source>แสดงองค์ประกอบด้านข้อมูล</source>
      <translation>Show required components</translation>
    </message>
    <message>
      <source>ความก้าวหน้าผลการดำเนินการ</source>
      <translation>Progress of the work</translation>
    </message>
    <message>
      <source>ลิงก์หลักฐาน</source>
      <translation>Evidence links</translation>
    </message>
    <message>
      <source>ความก้าวหน้า</source>
      <translation>Progress</translation>
    </message>
    <message>
      <source>ดำเนินการ</source>
      <translation>done</translation>
    </message>
    <message>
      <source>ยังไม่ได้ดำเนินการ</source>
      <translation>not done</translation>
    </message>
    <message>
      <source>ยังไม่มีลิงก์</source>
      <translation>No link yet</translation>
    </message>
    <message>
      <source>ข้อ / ข้อมูล</source>
      <translation>Item / information</translation>
    </message>
    <message>
      <source>ลิงก์ที่เผยแพร่</source>
      <translation>Published links</translation>
    </message>
    <message>
      <source>ลิงก์หลักฐานปีนี้: </source>
      <translation>This year's evidence links: </translation>
    </message>
    <message>
      <source>ทุกผู้รับผิดชอบ</source>
      <translation>All responsible units</translation>
    </message>
    <message>
      <source>ทุกตัวชี้วัดย่อย</source>
      <translation>All sub-indicators</translation>
    </message>
    <message>
      <source>ยังไม่ได้ติ๊กหรือบันทึกความก้าวหน้าข้อใด จึงยังไม่คาดการณ์คะแนน OIT จากรายการนี้</source>
      <translation>No item is ticked or has a progress note yet, so no OIT score is projected from this list</translation>
    </message>
    <message>
      <source>คะแนน OIT ที่คาดการณ์จากรายการนี้ (ประมาณการ): </source>
      <translation>Projected OIT scores from this checklist (estimate): </translation>
    </message>
    <message>
      <source>รายละเอียดข้อ (เลือกข้อจากรายการด้านบน)</source>
      <translation>Item details (select an item above)</translation>
    </message>
    <message>
      <source>&lt;i&gt;ยังไม่มีข้อมูลองค์ประกอบของข้อนี้ในเกณฑ์ปีนี้&lt;/i&gt;</source>
      <translation>&lt;i&gt;This year's framework has no components for this item yet&lt;/i&gt;</translation>
    </message>
    <message>
      <source>ซ่อนองค์ประกอบด้านข้อมูล</source>
      <translation>Hide required components</translation>
    </message>
    <message>
      <source>จากปีก่อน: ข้อมูล {0} ข้อยังไม่ได้จัดเข้าข้อใดในรายการนี้ — จัดหรือทิ้ง…</source>
      <translation>From last year: {0} entries are not on any item of this list — assign or discard…</translation>
    </message>
    <message>
      <source>{0} (+{1} ลิงก์)</source>
      <translation>{0} (+{1} links)</translation>
    </message>
    <message>
      <source>ดำเนินการแล้ว {0} จาก {1} ข้อ</source>
      <translation>Done {0} of {1} items</translation>
    </message>
    <message>
      <source>ตัวชี้วัดที่ {0} {1} {2}</source>
      <translation>Indicator {0} {1} {2}</translation>
    </message>
    <message>
      <source>แสดง {0} จาก {1} ข้อ</source>
      <translation>Showing {0} of {1} items</translation>
    </message>
    <message>
      <source>{0}/{1} ข้อ</source>
      <translation>{0}/{1} items</translation>
    </message>
    <message>
      <source>&lt;b&gt;องค์ประกอบด้านข้อมูล&lt;/b&gt;&lt;ul&gt;{0}&lt;/ul&gt;</source>
      <translation>&lt;b&gt;Required components&lt;/b&gt;&lt;ul&gt;{0}&lt;/ul&gt;</translation>
    </message>
    <message>
      <source>เช่น แผนดำเนินงานประจำปี (PDF)</source>
      <translation>e.g. Annual operating plan (PDF)</translation>
    </message>
    <message>
      <source>https://… หน้าเว็บหรือไฟล์บนเว็บไซต์ของหน่วยงาน</source>
      <translation>https://… a page or file on the office's website</translation>
    </message>
    <message>
      <source>หมายเหตุ (ไม่บังคับ)</source>
      <translation>Note (optional)</translation>
    </message>
    <message>
      <source>ชื่อเรื่อง</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>หมายเหตุ</source>
      <translation>Remarks</translation>
    </message>
    <message>
      <source>เพิ่มลิงก์…</source>
      <translation>Add link…</translation>
    </message>
    <message>
      <source>แก้ไข…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>ลบ</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>ขึ้น</source>
      <translation>Up</translation>
    </message>
    <message>
      <source>ลง</source>
      <translation>Down</translation>
    </message>
    <message>
      <source>ยืนยันลิงก์ปีก่อน</source>
      <translation>Confirm last year's link</translation>
    </message>
    <message>
      <source>ตรวจแล้วว่าลิงก์ที่ยกมาจากปีก่อนยังเป็นหลักฐานของปีนี้</source>
      <translation>Checked: the link carried from last year is still evidence for this year</translation>
    </message>
    <message>
      <source>เปิดลิงก์</source>
      <translation>Open link</translation>
    </message>
    <message>
      <source>แก้ไขลิงก์หลักฐาน</source>
      <translation>Edit evidence link</translation>
    </message>
    <message>
      <source>เพิ่มลิงก์หลักฐาน</source>
      <translation>Add evidence link</translation>
    </message>
    <message>
      <source>โปรดกรอกลิงก์ (URL) ของหลักฐาน</source>
      <translation>Please enter the evidence link (URL)</translation>
    </message>
    <message>
      <source>ผลการตรวจ</source>
      <translation>Check</translation>
    </message>
    <message>
      <source>เปิดลิงก์ไม่ได้</source>
      <translation>Cannot open the link</translation>
    </message>
    <message>
      <source>ลิงก์นี้ไม่ใช่หน้าเว็บ จึงเปิดในเบราว์เซอร์ไม่ได้</source>
      <translation>This link is not a web page, so it cannot be opened in the browser</translation>
    </message>
    <message>
      <source>ทุกรอบ</source>
      <translation>All rounds</translation>
    </message>
    <message>
      <source>ค้นหามาตรการ… (Ctrl+F)</source>
      <translation>Search measures… (Ctrl+F)</translation>
    </message>
    <message>
      <source>ทุกตัวชี้วัด</source>
      <translation>All indicators</translation>
    </message>
    <message>
      <source>ทุกสถานะ</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <source>เพิ่มมาตรการ (Ctrl+N)</source>
      <translation>Add a measure (Ctrl+N)</translation>
    </message>
    <message>
      <source>เปิดหน้าต่างแก้ไขมาตรการที่เลือก (Enter)</source>
      <translation>Open the selected measure in the editor (Enter)</translation>
    </message>
    <message>
      <source>ลบมาตรการที่เลือก (Delete)</source>
      <translation>Delete the selected measure (Delete)</translation>
    </message>
    <message>
      <source>▲ เลื่อนขึ้น</source>
      <translation>▲ Move up</translation>
    </message>
    <message>
      <source>เลื่อนขึ้น (Ctrl+↑)</source>
      <translation>Move up (Ctrl+↑)</translation>
    </message>
    <message>
      <source>▼ เลื่อนลง</source>
      <translation>▼ Move down</translation>
    </message>
    <message>
      <source>เลื่อนลง (Ctrl+↓)</source>
      <translation>Move down (Ctrl+↓)</translation>
    </message>
    <message>
      <source>(ไม่มีชื่อ)</source>
      <translation>(untitled)</translation>
    </message>
    <message>
      <source>ลบมาตรการ</source>
      <translation>Delete measure</translation>
    </message>
    <message>
      <source>ลบมาตรการ “{0}” หรือไม่?
ประวัติการแก้ไขยังคงอยู่ในบันทึกการเปลี่ยนแปลง</source>
      <translation>Delete the measure “{0}”?
Its edit history stays in the change log</translation>
    </message>
    <message>
      <source>ตัวชี้วัดที่ {0}</source>
      <translation>Indicator {0}</translation>
    </message>
    <message>
      <source>แสดง {0} จาก {1} มาตรการ</source>
      <translation>Showing {0} of {1} measures</translation>
    </message>
    <message>
      <source>{0} มาตรการ</source>
      <translation>{0} measures</translation>
    </message>
    <message>
      <source>ผลการประเมินภาพรวม</source>
      <translation>Overall result</translation>
    </message>
    <message>
      <source>คะแนนที่ ป.ป.ช. ประกาศ เช่น 86.49</source>
      <translation>The score the NACC announced, e.g. 86.49</translation>
    </message>
    <message>
      <source>คะแนนรวมทางการ</source>
      <translation>Official total</translation>
    </message>
    <message>
      <source>ระดับผลการประเมิน</source>
      <translation>Grade</translation>
    </message>
    <message>
      <source>คะแนนรวมคำนวณ</source>
      <translation>Computed total</translation>
    </message>
    <message>
      <source>คะแนนรายเครื่องมือ</source>
      <translation>Scores by tool</translation>
    </message>
    <message>
      <source>ดับเบิลคลิกหรือพิมพ์ในช่อง “คะแนน” แล้วกด Enter เพื่อบันทึก (ลบค่าให้ว่างหากยังไม่มีคะแนน)</source>
      <translation>Double-click or type in a “Score” cell and press Enter to save (clear it if there is no score yet)</translation>
    </message>
    <message>
      <source>น้ำหนัก</source>
      <translation>Weight</translation>
    </message>
    <message>
      <source>คะแนน</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>ผล</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>ปีก่อน</source>
      <translation>Last year</translation>
    </message>
    <message>
      <source>เปลี่ยนแปลง</source>
      <translation>Change</translation>
    </message>
    <message>
      <source>คะแนน 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง</source>
      <translation>Score 0–100, at most 2 decimals</translation>
    </message>
    <message>
      <source> (จากคะแนนคำนวณ)</source>
      <translation> (from the computed total)</translation>
    </message>
    <message>
      <source> — น้ำหนักของปีนี้ยังไม่ได้ยืนยัน</source>
      <translation> — this year's weights are not yet confirmed</translation>
    </message>
    <message>
      <source>ผ่าน</source>
      <translation>pass</translation>
    </message>
    <message>
      <source>ไม่ผ่าน</source>
      <translation>fail</translation>
    </message>
    <message>
      <source>* ระดับที่สูงกว่านี้ต้องมีคะแนน IIT, EIT และ OIT ครบทุกตัวชี้วัด</source>
      <translation>* A higher band needs IIT, EIT and OIT scores for every indicator</translation>
    </message>
    <message>
      <source>{0} (ประมาณการจากน้ำหนักตัวชี้วัด)</source>
      <translation>{0} (estimated from the indicator weights)</translation>
    </message>
    <message>
      <source>ปี {0}</source>
      <translation>Year {0}</translation>
    </message>
    <message>
      <source>ยังคำนวณไม่ได้ (ขาดคะแนนอีก {0} ตัวชี้วัด)</source>
      <translation>Cannot compute yet ({0} indicator scores missing)</translation>
    </message>
    <message>
      <source> ต่างจากคะแนนทางการ {0}</source>
      <translation> differs from the official total by {0}</translation>
    </message>
    <message>
      <source>OIT ที่คาดการณ์จากรายการตรวจ: </source>
      <translation>OIT projected from the checklist: </translation>
    </message>
    <message>
      <source>
คะแนนรวมโดยประมาณ: ยังไม่มีคะแนน IIT/EIT ของปีนี้หรือปีก่อน</source>
      <translation>
Estimated total: no IIT/EIT scores for this year or the year before</translation>
    </message>
    <message>
      <source>ยังไม่มีคะแนน IIT/EIT ของปีนี้หรือปีก่อนให้รวมเป็นคะแนนรวม</source>
      <translation>no IIT/EIT scores for this year or last year to make a total</translation>
    </message>
    <message>
      <source>คะแนนรวมประมาณ {0} ระดับ {1} (คะแนน IIT/EIT ปี {2})</source>
      <translation>total about {0}, rating {1} (IIT/EIT scores of {2})</translation>
    </message>
    <message>
      <source>ยังไม่ได้ใช้รายการตรวจ OIT ของปีนี้ (ไม่มีข้อที่ติ๊กหรือบันทึกไว้) จึงไม่คาดการณ์คะแนนจากรายการตรวจ</source>
      <translation>This year's OIT checklist has not been used (nothing ticked or noted), so no score is projected from it</translation>
    </message>
    <message>
      <source>ติ๊กข้อที่คาดว่าจะทำได้ทันก่อนกำหนดส่ง แล้วดูคะแนนที่คาดการณ์เปลี่ยนไป การติ๊กในหน้านี้ไม่เปลี่ยนรายการตรวจจริง</source>
      <translation>Tick the items you expect to finish before the deadline and watch the projected score move. Ticks here do not change the real checklist</translation>
    </message>
    <message>
      <source>ตัวชี้วัดที่ {0} {1}</source>
      <translation>Indicator {0} {1}</translation>
    </message>
    <message>
      <source>คะแนน IIT/EIT ปี {0}</source>
      <translation>IIT/EIT scores of {0}</translation>
    </message>
    <message>
      <source>
คะแนนรวมโดยประมาณ {0} ระดับ {1} ({2} รวมกับ OIT ที่คาดการณ์)</source>
      <translation>
Estimated total {0}, grade {1} ({2} with the projected OIT)</translation>
    </message>
    <message>
      <source>ตามรายการตรวจจริง: </source>
      <translation>From the real checklist: </translation>
    </message>
    <message>
      <source>ผลการประเมินจริง: คะแนนรวม {0} ระดับ {1}</source>
      <translation>Official result: total {0}, rating {1}</translation>
    </message>
    <message>
      <source>ทดลองติ๊กรายการ OIT ปี {0} (ไม่บันทึก)</source>
      <translation>Try ticking OIT items for {0} (not saved)</translation>
    </message>
    <message>
      <source>ถ้าทำรายการที่เหลือครบ ({0} ข้อ): </source>
      <translation>If the remaining items are done ({0} items): </translation>
    </message>
    <message>
      <source>ถ้าทำเพิ่มอีก {0} ข้อ: </source>
      <translation>If {0} more items are done: </translation>
    </message>
    <message>
      <source>แก้ไขผู้ลงนามท้ายรายงาน</source>
      <translation>Edit the report signers</translation>
    </message>
    <message>
      <source>แก้ไขหลายรายการ</source>
      <translation>Edit several items</translation>
    </message>
    <message>
      <source>เพิ่มมาตรการหลายรายการ</source>
      <translation>Add several measures</translation>
    </message>
    <message>
      <source>แก้ไข{0}</source>
      <translation>Edit {0}</translation>
    </message>
    <message>
      <source>แก้ไข{0}: {1}</source>
      <translation>Edit {0}: {1}</translation>
    </message>
    <message>
      <source>คะแนนรายตัวชี้วัดเทียบกับปีก่อน</source>
      <translation>Indicator scores beside last year's</translation>
    </message>
    <message>
      <source>ปีนี้</source>
      <translation>This year</translation>
    </message>
    <message>
      <source>คะแนนรวมรายปี</source>
      <translation>Total score by year</translation>
    </message>
    <message>
      <source>ความก้าวหน้ารายตัวชี้วัดย่อย</source>
      <translation>Progress by sub-indicator</translation>
    </message>
    <message>
      <source>เกณฑ์ผ่าน {0:g}</source>
      <translation>Pass mark {0:g}</translation>
    </message>
    <message>
      <source>ยังไม่มีคะแนนรวมของปีใด</source>
      <translation>No year has a total score yet</translation>
    </message>
    <message>
      <source>{0} {1}: {2}/{3} ข้อ</source>
      <translation>{0} {1}: {2}/{3} items</translation>
    </message>
    <message>
      <source>ตัวชี้วัดที่ {0}: {1}</source>
      <translation>Indicator {0}: {1}</translation>
    </message>
    <message>
      <source> (คำนวณ)</source>
      <translation> (computed)</translation>
    </message>
    <message>
      <source> (ปีก่อน {0})</source>
      <translation> (last year {0})</translation>
    </message>
    <message>
      <source>ปี {0}: {1}</source>
      <translation>Year {0}: {1}</translation>
    </message>
    <message>
      <source>รายการข้อยังไม่ได้ตรวจกับคู่มือของสำนักงาน ป.ป.ช.</source>
      <translation>The item list has not been checked against the NACC manual.</translation>
    </message>
    <message>
      <source>&lt;b&gt;เกณฑ์ปี {0} ยังไม่ยืนยัน&lt;/b&gt; ({1}) — {2}&lt;br&gt;เมื่อได้รับคู่มือการประเมินแล้ว กด “ปรับรายการตามคู่มือ…” แล้ววางรายการข้อจากคู่มือ</source>
      <translation>&lt;b&gt;The {0} framework is not confirmed&lt;/b&gt; ({1}) — {2}&lt;br&gt;When the assessment manual arrives, press “Update the list from the manual…” and paste its item list</translation>
    </message>
    <message>
      <source>อยู่ระหว่างดำเนินการ</source>
      <translation>in progress</translation>
    </message>
    <message>
      <source>ดำเนินการแล้ว</source>
      <translation>done</translation>
    </message>
    <message>
      <source>รอบ ๖ เดือน</source>
      <translation>six-month round</translation>
    </message>
    <message>
      <source>ประจำปี</source>
      <translation>full year</translation>
    </message>
    <message>
      <source>มาตรการ/กิจกรรม</source>
      <translation>Measure/activity</translation>
    </message>
    <message>
      <source>วิธีดำเนินการ</source>
      <translation>Method</translation>
    </message>
    <message>
      <source>ระยะเวลา</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>ผลการดำเนินการ</source>
      <translation>Output</translation>
    </message>
    <message>
      <source>ผลลัพธ์</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>ข้อเสนอแนะ</source>
      <translation>Recommendation</translation>
    </message>
    <message>
      <source>ตัวชี้วัดที่เกี่ยวข้อง</source>
      <translation>Related indicators</translation>
    </message>
    <message>
      <source>สถานะ</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>ประเด็นข้อบกพร่อง/จุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน</source>
      <translation>Urgent weaknesses to fix</translation>
    </message>
    <message>
      <source>ประเด็นที่จะต้องพัฒนาให้ดีขึ้น</source>
      <translation>Points to improve</translation>
    </message>
    <message>
      <source>การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)</source>
      <translation>Perception of internal stakeholders (IIT)</translation>
    </message>
    <message>
      <source>การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)</source>
      <translation>Perception of external stakeholders (EIT)</translation>
    </message>
    <message>
      <source>การเปิดเผยข้อมูลสาธารณะ (OIT)</source>
      <translation>Open data disclosure (OIT)</translation>
    </message>
    <message>
      <source>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส</source>
      <translation>Report on the integrity and transparency measures</translation>
    </message>
    <message>
      <source>รายงานการวิเคราะห์ผลการประเมิน ITA</source>
      <translation>Analysis of the ITA result</translation>
    </message>
    <message>
      <source>ความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (OIT)</source>
      <translation>Open data disclosure (OIT) progress</translation>
    </message>
    <message>
      <source>แนวทางยกระดับผลการประเมิน IIT/EIT และความก้าวหน้า</source>
      <translation>IIT/EIT improvement guidelines and progress</translation>
    </message>
    <message>
      <source>ลิงก์หลักฐาน OIT และผลการตรวจลิงก์</source>
      <translation>OIT evidence links and link checks</translation>
    </message>
    <message>
      <source>โปสเตอร์เชิญตอบแบบวัด EIT (ประชาชน/ผู้รับบริการ)</source>
      <translation>EIT survey poster (citizens/service users)</translation>
    </message>
    <message>
      <source>โปสเตอร์เชิญตอบแบบวัด IIT (บุคลากร)</source>
      <translation>IIT survey poster (staff)</translation>
    </message>
    <message>
      <source>ลิงก์</source>
      <translation>Link</translation>
    </message>
    <message>
      <source>คะแนนรวมที่ประกาศ</source>
      <translation>Announced total</translation>
    </message>
    <message>
      <source>การลบ</source>
      <translation>Deletion</translation>
    </message>
    <message>
      <source>ลำดับ</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>ชื่อหน่วยงาน</source>
      <translation>Agency name</translation>
    </message>
    <message>
      <source>ประเภทหน่วยงาน</source>
      <translation>Agency type</translation>
    </message>
    <message>
      <source>เนื้อหาเกณฑ์</source>
      <translation>Framework content</translation>
    </message>
    <message>
      <source>ลิงก์ที่ยกมาจากปีก่อน</source>
      <translation>Link carried from last year</translation>
    </message>
    <message>
      <source>ชื่อลิงก์</source>
      <translation>Link title</translation>
    </message>
    <message>
      <source>ระยะเวลาการประเมิน</source>
      <translation>Survey period</translation>
    </message>
    <message>
      <source>IIT — แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน</source>
      <translation>IIT — internal stakeholders' perception</translation>
    </message>
    <message>
      <source>EIT — แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก</source>
      <translation>EIT — external stakeholders' perception</translation>
    </message>
    <message>
      <source>OIT — แบบตรวจการเปิดเผยข้อมูลสาธารณะ</source>
      <translation>OIT — open data disclosure</translation>
    </message>
    <message>
      <source>รายการตรวจ</source>
      <translation>checklist item</translation>
    </message>
    <message>
      <source>การวิเคราะห์ผล</source>
      <translation>analysis</translation>
    </message>
    <message>
      <source>เกณฑ์การประเมิน</source>
      <translation>assessment framework</translation>
    </message>
    <message>
      <source>ลิงก์แบบวัด</source>
      <translation>Survey links</translation>
    </message>
    <message>
      <source>เมื่อเปิดโปรแกรม</source>
      <translation>at start</translation>
    </message>
    <message>
      <source>ก่อนรวมข้อมูลจาก USB</source>
      <translation>before a merge from USB</translation>
    </message>
    <message>
      <source>ก่อนเริ่มปีงบประมาณใหม่</source>
      <translation>before a new fiscal year</translation>
    </message>
    <message>
      <source>ข้อมูลก่อนเรียกคืนหรือแทนที่</source>
      <translation>data before a restore or replacement</translation>
    </message>
    <message>
      <source>หน่วยงาน</source>
      <translation>Office</translation>
    </message>
    <message>
      <source>คะแนนรวม (ประกาศ)</source>
      <translation>Total (announced)</translation>
    </message>
    <message>
      <source>เปลี่ยนแปลง {0}</source>
      <translation>Change {0}</translation>
    </message>
    <message>
      <source>OIT ทำแล้ว</source>
      <translation>OIT done</translation>
    </message>
    <message>
      <source>OIT ทั้งหมด</source>
      <translation>OIT items</translation>
    </message>
    <message>
      <source>วันถึงกำหนดส่ง OIT</source>
      <translation>Days to OIT deadline</translation>
    </message>
    <message>
      <source>มาตรการที่ดำเนินการแล้ว</source>
      <translation>Measures done</translation>
    </message>
    <message>
      <source>แก้ไขล่าสุด</source>
      <translation>Last edit</translation>
    </message>
    <message>
      <source>ไฟล์</source>
      <translation>File</translation>
    </message>
    <message>
      <source>ตัวชี้วัดย่อย</source>
      <translation>Sub-indicator</translation>
    </message>
    <message>
      <source>ข้อ</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>ข้อมูล</source>
      <translation>Information</translation>
    </message>
    <message>
      <source>จำนวนที่ยังไม่ทำ</source>
      <translation>Offices not done</translation>
    </message>
    <message>
      <source>จำนวนที่เทียบ</source>
      <translation>Offices compared</translation>
    </message>
    <message>
      <source>หน่วยงานที่ยังไม่ทำ</source>
      <translation>Offices that have not done it</translation>
    </message>
    <message>
      <source>เหตุผล</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>องค์การบริหารส่วนตำบล</source>
      <translation>Subdistrict Administrative Organization</translation>
    </message>
    <message>
      <source>เทศบาลตำบล</source>
      <translation>Subdistrict Municipality</translation>
    </message>
    <message>
      <source>เทศบาลเมือง</source>
      <translation>Town Municipality</translation>
    </message>
    <message>
      <source>เทศบาลนคร</source>
      <translation>City Municipality</translation>
    </message>
    <message>
      <source>องค์การบริหารส่วนจังหวัด</source>
      <translation>Provincial Administrative Organization</translation>
    </message>
    <message>
      <source>รอบ</source>
      <translation>Round</translation>
    </message>
    <message>
      <source>ITADesk</source>
      <translation>ITADesk</translation>
    </message>
    <message>
      <source>แบบอักษร Sarabun</source>
      <translation>Sarabun typeface</translation>
    </message>
    <message>
      <source>แบบอักษร DejaVu Sans (สัญลักษณ์ ☐ ☑)</source>
      <translation>DejaVu Sans typeface (symbols ☐ ☑)</translation>
    </message>
    <message>
      <source>Qt / PySide6</source>
      <translation>Qt / PySide6</translation>
    </message>
    <message>
      <source>ReportLab</source>
      <translation>ReportLab</translation>
    </message>
    <message>
      <source>HarfBuzz (uharfbuzz)</source>
      <translation>HarfBuzz (uharfbuzz)</translation>
    </message>
    <message>
      <source>PyThaiNLP และพจนานุกรมคำไทย</source>
      <translation>PyThaiNLP and its Thai word list</translation>
    </message>
    <message>
      <source>sqlite-utils, platformdirs, Babel, openpyxl</source>
      <translation>sqlite-utils, platformdirs, Babel, openpyxl</translation>
    </message>
    <message>
      <source>คะแนนหรือรายการตรวจเปลี่ยนไปหลังจากแก้ไขข้อความนี้ (กด “สร้างร่างใหม่” เพื่อดูร่างล่าสุด)</source>
      <translation>The scores or checklist changed after you edited this text (press “New draft” to see the latest draft)</translation>
    </message>
  </context>
</TS>
