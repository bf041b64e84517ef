<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings (standard buttons, text context menus, scroll bars) in Thai: Qt ships
     no qtbase_th. Kept by hand; scripts/update_translations.py compiles it and fails on an
     untranslated entry. -->
<TS version="2.1" language="th_TH" sourcelanguage="en">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>ตกลง</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>บันทึก</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>เปิด</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>ใช่ (&amp;Y)</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>ใช่ทั้งหมด (&amp;A)</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>ไม่ใช่ (&amp;N)</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>ไม่ใช่ทั้งหมด (&amp;O)</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>ยุติ</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>ข้าม</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>ปิด</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>ไม่บันทึก</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>วิธีใช้</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>ใช้</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>ตั้งค่าใหม่</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>คืนค่าเริ่มต้น</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>วาง (&amp;P)</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>ลบ</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>เลือกทั้งหมด</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>คัดลอกที่อยู่ลิงก์ (&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>วาง (&amp;P)</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>ลบ</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>เลือกทั้งหมด</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>เลือกทั้งหมด (&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>เพิ่มขึ้น (&amp;S)</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>ลดลง (&amp;D)</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>แสดงรายละเอียด...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>ซ่อนรายละเอียด...</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>ตกลง</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>เกี่ยวกับ Qt</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Scroll here</source>
      <translation>เลื่อนมาที่นี่</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>ขอบซ้าย</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>บนสุด</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>ขอบขวา</translation>
    </message>
    <message>
      <source>Bottom</source>
      <translation>ล่างสุด</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>ซ้ายหนึ่งหน้า</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>ขึ้นหนึ่งหน้า</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>ขวาหนึ่งหน้า</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>ลงหนึ่งหน้า</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>เลื่อนซ้าย</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>เลื่อนขวา</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>เลื่อนลง</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>ตกลง</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>ปิด</translation>
    </message>
  </context>
</TS>
