<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="th_TH">
  <context>
    <name>ITADesk</name>
    <message>
      <source>เช่น หัวเรือ</source>
      <translation>เช่น หัวเรือ</translation>
    </message>
    <message>
      <source>ชื่อ - นามสกุล ผู้ใช้เครื่องนี้</source>
      <translation>ชื่อ - นามสกุล ผู้ใช้เครื่องนี้</translation>
    </message>
    <message>
      <source>ชื่อหน่วยงาน *</source>
      <translation>ชื่อหน่วยงาน *</translation>
    </message>
    <message>
      <source>ประเภท</source>
      <translation>ประเภท</translation>
    </message>
    <message>
      <source>อำเภอ</source>
      <translation>อำเภอ</translation>
    </message>
    <message>
      <source>จังหวัด</source>
      <translation>จังหวัด</translation>
    </message>
    <message>
      <source>เว็บไซต์</source>
      <translation>เว็บไซต์</translation>
    </message>
    <message>
      <source>ชื่อผู้ใช้ *</source>
      <translation>ชื่อผู้ใช้ *</translation>
    </message>
    <message>
      <source>ข้อมูลหน่วยงาน</source>
      <translation>ข้อมูลหน่วยงาน</translation>
    </message>
    <message>
      <source>ยินดีต้อนรับสู่ ITADesk</source>
      <translation>ยินดีต้อนรับสู่ ITADesk</translation>
    </message>
    <message>
      <source>กรอกข้อมูลหน่วยงานของท่านเพื่อใช้ในหัวรายงาน และชื่อผู้ใช้สำหรับบันทึกประวัติการแก้ไข
แก้ไขภายหลังได้จากเมนู แฟ้ม → ข้อมูลหน่วยงาน</source>
      <translation>กรอกข้อมูลหน่วยงานของท่านเพื่อใช้ในหัวรายงาน และชื่อผู้ใช้สำหรับบันทึกประวัติการแก้ไข
แก้ไขภายหลังได้จากเมนู แฟ้ม → ข้อมูลหน่วยงาน</translation>
    </message>
    <message>
      <source>โปรดกรอกชื่อหน่วยงาน</source>
      <translation>โปรดกรอกชื่อหน่วยงาน</translation>
    </message>
    <message>
      <source>โปรดกรอกชื่อผู้ใช้</source>
      <translation>โปรดกรอกชื่อผู้ใช้</translation>
    </message>
    <message>
      <source>ทดลองติ๊กรายการ (ถ้า…จะได้คะแนนเท่าไร)…</source>
      <translation>ทดลองติ๊กรายการ (ถ้า…จะได้คะแนนเท่าไร)…</translation>
    </message>
    <message>
      <source>คะแนนที่คาดการณ์ (ประมาณการ ไม่ใช่ผลการประเมินจริง)</source>
      <translation>คะแนนที่คาดการณ์ (ประมาณการ ไม่ใช่ผลการประเมินจริง)</translation>
    </message>
    <message>
      <source>สร้างร่างใหม่จากคะแนนและรายการตรวจ</source>
      <translation>สร้างร่างใหม่จากคะแนนและรายการตรวจ</translation>
    </message>
    <message>
      <source>แก้ไขข้อความได้ทุกช่อง ระบบบันทึกเมื่อออกจากช่อง และใช้ข้อความนี้ในรายงานการวิเคราะห์ผล</source>
      <translation>แก้ไขข้อความได้ทุกช่อง ระบบบันทึกเมื่อออกจากช่อง และใช้ข้อความนี้ในรายงานการวิเคราะห์ผล</translation>
    </message>
    <message>
      <source>การวิเคราะห์ผลการประเมินแต่ละเครื่องมือ</source>
      <translation>การวิเคราะห์ผลการประเมินแต่ละเครื่องมือ</translation>
    </message>
    <message>
      <source>สร้างร่างใหม่</source>
      <translation>สร้างร่างใหม่</translation>
    </message>
    <message>
      <source>OIT ทำแล้ว {0}/{1} ข้อ · {2}</source>
      <translation>OIT ทำแล้ว {0}/{1} ข้อ · {2}</translation>
    </message>
    <message>
      <source>ยังไม่มีคะแนนของปีนี้ กรอกคะแนนในแท็บคะแนนตัวชี้วัดก่อน</source>
      <translation>ยังไม่มีคะแนนของปีนี้ กรอกคะแนนในแท็บคะแนนตัวชี้วัดก่อน</translation>
    </message>
    <message>
      <source>ต่ำกว่าเกณฑ์ ต้องแก้ไขโดยเร่งด่วน</source>
      <translation>ต่ำกว่าเกณฑ์ ต้องแก้ไขโดยเร่งด่วน</translation>
    </message>
    <message>
      <source>ผ่านเกณฑ์</source>
      <translation>ผ่านเกณฑ์</translation>
    </message>
    <message>
      <source>เริ่มจากหัวข้อเปล่า</source>
      <translation>เริ่มจากหัวข้อเปล่า</translation>
    </message>
    <message>
      <source>อีก {0} วันถึงกำหนดส่ง OIT ({1})</source>
      <translation>อีก {0} วันถึงกำหนดส่ง OIT ({1})</translation>
    </message>
    <message>
      <source>ไม่มีประเด็นในหัวข้อนี้จากคะแนนที่กรอก (พิมพ์ข้อความเองได้)</source>
      <translation>ไม่มีประเด็นในหัวข้อนี้จากคะแนนที่กรอก (พิมพ์ข้อความเองได้)</translation>
    </message>
    <message>
      <source>แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ ปีงบประมาณ พ.ศ. {0}</source>
      <translation>แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ ปีงบประมาณ พ.ศ. {0}</translation>
    </message>
    <message>
      <source>เลือกมาตรการตัวอย่างจากรายงานจริงของหน่วยงานอื่น แล้วกด “เพิ่ม” เพื่อสร้างมาตรการของปี {0} ที่เชื่อมกับตัวชี้วัดนั้น (แก้ไขต่อได้ในแท็บมาตรการ) · ปี {1} มีมาตรการแล้ว {2} รายการ</source>
      <translation>เลือกมาตรการตัวอย่างจากรายงานจริงของหน่วยงานอื่น แล้วกด “เพิ่ม” เพื่อสร้างมาตรการของปี {0} ที่เชื่อมกับตัวชี้วัดนั้น (แก้ไขต่อได้ในแท็บมาตรการ) · ปี {1} มีมาตรการแล้ว {2} รายการ</translation>
    </message>
    <message>
      <source>มี {0} ช่องที่แก้ไขข้อความเองแล้ว
แทนที่ข้อความเหล่านั้นด้วยร่างใหม่จากคะแนนและรายการตรวจหรือไม่?
(ถ้าเลือก “ไม่” ข้อความที่แก้ไขไว้จะคงเดิม)</source>
      <translation>มี {0} ช่องที่แก้ไขข้อความเองแล้ว
แทนที่ข้อความเหล่านั้นด้วยร่างใหม่จากคะแนนและรายการตรวจหรือไม่?
(ถ้าเลือก “ไม่” ข้อความที่แก้ไขไว้จะคงเดิม)</translation>
    </message>
    <message>
      <source>วันนี้เป็นวันสุดท้ายของการส่ง OIT ({0})</source>
      <translation>วันนี้เป็นวันสุดท้ายของการส่ง OIT ({0})</translation>
    </message>
    <message>
      <source>ตัวชี้วัดที่ {0} {1} {2} คะแนน ({3})</source>
      <translation>ตัวชี้วัดที่ {0} {1} {2} คะแนน ({3})</translation>
    </message>
    <message>
      <source>เพิ่มเป็นมาตรการปี {0}</source>
      <translation>เพิ่มเป็นมาตรการปี {0}</translation>
    </message>
    <message>
      <source>เพิ่มมาตรการ “{0}” ในปี {1} แล้ว</source>
      <translation>เพิ่มมาตรการ “{0}” ในปี {1} แล้ว</translation>
    </message>
    <message>
      <source>พ้นกำหนดส่ง OIT ({0}) มาแล้ว {1} วัน</source>
      <translation>พ้นกำหนดส่ง OIT ({0}) มาแล้ว {1} วัน</translation>
    </message>
    <message>
      <source>กำหนดส่ง OIT ({0}) ผ่านไปแล้ว</source>
      <translation>กำหนดส่ง OIT ({0}) ผ่านไปแล้ว</translation>
    </message>
    <message>
      <source>เกิดข้อผิดพลาดที่ไม่คาดคิด</source>
      <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
    <message>
      <source>ไฟล์ข้อมูลกำลังถูกใช้งาน</source>
      <translation>ไฟล์ข้อมูลกำลังถูกใช้งาน</translation>
    </message>
    <message>
      <source>

รายละเอียดถูกบันทึกไว้ในไฟล์
{0}
โปรดส่งไฟล์นี้ให้ผู้ดูแลระบบ</source>
      <translation>

รายละเอียดถูกบันทึกไว้ในไฟล์
{0}
โปรดส่งไฟล์นี้ให้ผู้ดูแลระบบ</translation>
    </message>
    <message>
      <source>ITADesk ทำงานนี้ไม่สำเร็จ ({0}) ข้อมูลที่บันทึกแล้วไม่สูญหาย โปรดลองอีกครั้ง หรือปิดแล้วเปิดโปรแกรมใหม่{1}</source>
      <translation>ITADesk ทำงานนี้ไม่สำเร็จ ({0}) ข้อมูลที่บันทึกแล้วไม่สูญหาย โปรดลองอีกครั้ง หรือปิดแล้วเปิดโปรแกรมใหม่{1}</translation>
    </message>
    <message>
      <source>เปิดไฟล์ข้อมูลไม่ได้</source>
      <translation>เปิดไฟล์ข้อมูลไม่ได้</translation>
    </message>
    <message>
      <source>สำรองข้อมูลไม่สำเร็จ</source>
      <translation>สำรองข้อมูลไม่สำเร็จ</translation>
    </message>
    <message>
      <source>ไฟล์ {0} เปิดอยู่ใน ITADesk อีกหน้าต่างหนึ่งแล้ว
โปรดใช้หน้าต่างนั้น หรือปิดก่อนแล้วเปิดใหม่</source>
      <translation>ไฟล์ {0} เปิดอยู่ใน ITADesk อีกหน้าต่างหนึ่งแล้ว
โปรดใช้หน้าต่างนั้น หรือปิดก่อนแล้วเปิดใหม่</translation>
    </message>
    <message>
      <source>สำรองข้อมูลเมื่อเปิดโปรแกรมไม่สำเร็จ: {0}</source>
      <translation>สำรองข้อมูลเมื่อเปิดโปรแกรมไม่สำเร็จ: {0}</translation>
    </message>
    <message>
      <source>คะแนนรายตัวชี้วัดเทียบกับปีก่อน</source>
      <translation>คะแนนรายตัวชี้วัดเทียบกับปีก่อน</translation>
    </message>
    <message>
      <source>ปีก่อน</source>
      <translation>ปีก่อน</translation>
    </message>
    <message>
      <source>ปีนี้</source>
      <translation>ปีนี้</translation>
    </message>
    <message>
      <source>คะแนนรวมรายปี</source>
      <translation>คะแนนรวมรายปี</translation>
    </message>
    <message>
      <source>ความก้าวหน้ารายตัวชี้วัดย่อย</source>
      <translation>ความก้าวหน้ารายตัวชี้วัดย่อย</translation>
    </message>
    <message>
      <source>เกณฑ์ผ่าน {0:g}</source>
      <translation>เกณฑ์ผ่าน {0:g}</translation>
    </message>
    <message>
      <source>ยังไม่มีคะแนนรวมของปีใด</source>
      <translation>ยังไม่มีคะแนนรวมของปีใด</translation>
    </message>
    <message>
      <source>{0} {1}: {2}/{3} ข้อ</source>
      <translation>{0} {1}: {2}/{3} ข้อ</translation>
    </message>
    <message>
      <source>ตัวชี้วัดที่ {0}: {1}</source>
      <translation>ตัวชี้วัดที่ {0}: {1}</translation>
    </message>
    <message>
      <source> (คำนวณ)</source>
      <translation> (คำนวณ)</translation>
    </message>
    <message>
      <source> (ปีก่อน {0})</source>
      <translation> (ปีก่อน {0})</translation>
    </message>
    <message>
      <source>ปี {0}: {1}</source>
      <translation>ปี {0}: {1}</translation>
    </message>
    <message>
      <source>ค้นหาข้อ… (Ctrl+F)</source>
      <translation>ค้นหาข้อ… (Ctrl+F)</translation>
    </message>
    <message>
      <source>เฉพาะข้อที่ยังไม่ทำ</source>
      <translation>เฉพาะข้อที่ยังไม่ทำ</translation>
    </message>
    <message>
      <source>รายละเอียดข้อ</source>
      <translation>รายละเอียดข้อ</translation>
    </message>
    <message>
      <source>แสดงองค์ประกอบด้านข้อมูล</source>
      <translation>แสดงองค์ประกอบด้านข้อมูล</translation>
    </message>
    <message>
      <source>https://… ลิงก์หน้าที่เผยแพร่ข้อมูลข้อนี้</source>
      <translation>https://… ลิงก์หน้าที่เผยแพร่ข้อมูลข้อนี้</translation>
    </message>
    <message>
      <source>เปิดลิงก์</source>
      <translation>เปิดลิงก์</translation>
    </message>
    <message>
      <source>ความก้าวหน้าผลการดำเนินการ</source>
      <translation>ความก้าวหน้าผลการดำเนินการ</translation>
    </message>
    <message>
      <source>ผู้รับผิดชอบ</source>
      <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
      <source>ความก้าวหน้า</source>
      <translation>ความก้าวหน้า</translation>
    </message>
    <message>
      <source>ดำเนินการ</source>
      <translation>ดำเนินการ</translation>
    </message>
    <message>
      <source>ยังไม่ได้ดำเนินการ</source>
      <translation>ยังไม่ได้ดำเนินการ</translation>
    </message>
    <message>
      <source>ข้อ / ข้อมูล</source>
      <translation>ข้อ / ข้อมูล</translation>
    </message>
    <message>
      <source>URL ที่เผยแพร่</source>
      <translation>URL ที่เผยแพร่</translation>
    </message>
    <message>
      <source>ทุกผู้รับผิดชอบ</source>
      <translation>ทุกผู้รับผิดชอบ</translation>
    </message>
    <message>
      <source>ทุกตัวชี้วัดย่อย</source>
      <translation>ทุกตัวชี้วัดย่อย</translation>
    </message>
    <message>
      <source>คะแนน OIT ที่คาดการณ์จากรายการนี้ (ประมาณการ): </source>
      <translation>คะแนน OIT ที่คาดการณ์จากรายการนี้ (ประมาณการ): </translation>
    </message>
    <message>
      <source>รายละเอียดข้อ (เลือกข้อจากรายการด้านบน)</source>
      <translation>รายละเอียดข้อ (เลือกข้อจากรายการด้านบน)</translation>
    </message>
    <message>
      <source>&lt;i&gt;ยังไม่มีข้อมูลองค์ประกอบของข้อนี้ในเกณฑ์ปีนี้&lt;/i&gt;</source>
      <translation>&lt;i&gt;ยังไม่มีข้อมูลองค์ประกอบของข้อนี้ในเกณฑ์ปีนี้&lt;/i&gt;</translation>
    </message>
    <message>
      <source>ซ่อนองค์ประกอบด้านข้อมูล</source>
      <translation>ซ่อนองค์ประกอบด้านข้อมูล</translation>
    </message>
    <message>
      <source>เกณฑ์ปี {0} ยังไม่ครบถ้วน: {1}</source>
      <translation>เกณฑ์ปี {0} ยังไม่ครบถ้วน: {1}</translation>
    </message>
    <message>
      <source>โปรดตรวจสอบกับคู่มือของสำนักงาน ป.ป.ช.</source>
      <translation>โปรดตรวจสอบกับคู่มือของสำนักงาน ป.ป.ช.</translation>
    </message>
    <message>
      <source>ดำเนินการแล้ว {0} จาก {1} ข้อ</source>
      <translation>ดำเนินการแล้ว {0} จาก {1} ข้อ</translation>
    </message>
    <message>
      <source>ตัวชี้วัดที่ {0} {1} {2}</source>
      <translation>ตัวชี้วัดที่ {0} {1} {2}</translation>
    </message>
    <message>
      <source>แสดง {0} จาก {1} ข้อ</source>
      <translation>แสดง {0} จาก {1} ข้อ</translation>
    </message>
    <message>
      <source>{0}/{1} ข้อ</source>
      <translation>{0}/{1} ข้อ</translation>
    </message>
    <message>
      <source>ตัวชี้วัดย่อยที่ {0} {1}</source>
      <translation>ตัวชี้วัดย่อยที่ {0} {1}</translation>
    </message>
    <message>
      <source>&lt;b&gt;องค์ประกอบด้านข้อมูล&lt;/b&gt;&lt;ul&gt;{0}&lt;/ul&gt;</source>
      <translation>&lt;b&gt;องค์ประกอบด้านข้อมูล&lt;/b&gt;&lt;ul&gt;{0}&lt;/ul&gt;</translation>
    </message>
    <message>
      <source>ข้อมูลที่ถูกแก้ไขบนสองเครื่อง</source>
      <translation>ข้อมูลที่ถูกแก้ไขบนสองเครื่อง</translation>
    </message>
    <message>
      <source>ค่าที่ใช้อยู่ตอนนี้</source>
      <translation>ค่าที่ใช้อยู่ตอนนี้</translation>
    </message>
    <message>
      <source>ใช้ค่านี้ต่อไป</source>
      <translation>ใช้ค่านี้ต่อไป</translation>
    </message>
    <message>
      <source>อีกค่าหนึ่ง</source>
      <translation>อีกค่าหนึ่ง</translation>
    </message>
    <message>
      <source>เปลี่ยนเป็นค่านี้</source>
      <translation>เปลี่ยนเป็นค่านี้</translation>
    </message>
    <message>
      <source>ปิด (เลือกส่วนที่เหลือภายหลัง)</source>
      <translation>ปิด (เลือกส่วนที่เหลือภายหลัง)</translation>
    </message>
    <message>
      <source>บันทึกการเลือกไม่สำเร็จ</source>
      <translation>บันทึกการเลือกไม่สำเร็จ</translation>
    </message>
    <message>
      <source>เลือกครบทุกช่องแล้ว ไม่มีข้อมูลที่ต้องตัดสินใจ</source>
      <translation>เลือกครบทุกช่องแล้ว ไม่มีข้อมูลที่ต้องตัดสินใจ</translation>
    </message>
    <message>
      <source>แก้โดย {0} เมื่อ {1} {2:%H:%M} น.</source>
      <translation>แก้โดย {0} เมื่อ {1} {2:%H:%M} น.</translation>
    </message>
    <message>
      <source>{0}: ช่อง «{1}»</source>
      <translation>{0}: ช่อง «{1}»</translation>
    </message>
    <message>
      <source>มี {0} ช่องที่ถูกแก้ไขบนสองเครื่องก่อนนำข้อมูลมารวมกัน ตอนนี้ใช้ค่าที่บันทึกทีหลัง โปรดเลือกค่าที่ถูกต้องทีละช่อง</source>
      <translation>มี {0} ช่องที่ถูกแก้ไขบนสองเครื่องก่อนนำข้อมูลมารวมกัน ตอนนี้ใช้ค่าที่บันทึกทีหลัง โปรดเลือกค่าที่ถูกต้องทีละช่อง</translation>
    </message>
    <message>
      <source>

บางช่องถูกแก้ไขบนทั้งสองเครื่อง ตอนนี้ใช้ค่าที่บันทึกทีหลัง และเก็บอีกค่าไว้ให้เลือก
เลือกค่าที่ถูกต้องตอนนี้หรือไม่?</source>
      <translation>

บางช่องถูกแก้ไขบนทั้งสองเครื่อง ตอนนี้ใช้ค่าที่บันทึกทีหลัง และเก็บอีกค่าไว้ให้เลือก
เลือกค่าที่ถูกต้องตอนนี้หรือไม่?</translation>
    </message>
    <message>
      <source>บันทึกสำเนาไปยัง USB</source>
      <translation>บันทึกสำเนาไปยัง USB</translation>
    </message>
    <message>
      <source>บันทึกสำเนาไม่สำเร็จ</source>
      <translation>บันทึกสำเนาไม่สำเร็จ</translation>
    </message>
    <message>
      <source>รวมข้อมูลจาก USB</source>
      <translation>รวมข้อมูลจาก USB</translation>
    </message>
    <message>
      <source>เปิดไฟล์ ITADesk</source>
      <translation>เปิดไฟล์ ITADesk</translation>
    </message>
    <message>
      <source>รวมข้อมูล: นำข้อมูลในไฟล์มารวมกับข้อมูลของเครื่องนี้ ไม่มีข้อมูลใดหาย
ใช้แทนข้อมูลปัจจุบัน: เหมาะกับเครื่องที่เพิ่งเริ่มใช้ ข้อมูลเดิมจะถูกเก็บเป็นข้อมูลสำรอง</source>
      <translation>รวมข้อมูล: นำข้อมูลในไฟล์มารวมกับข้อมูลของเครื่องนี้ ไม่มีข้อมูลใดหาย
ใช้แทนข้อมูลปัจจุบัน: เหมาะกับเครื่องที่เพิ่งเริ่มใช้ ข้อมูลเดิมจะถูกเก็บเป็นข้อมูลสำรอง</translation>
    </message>
    <message>
      <source>รวมข้อมูล</source>
      <translation>รวมข้อมูล</translation>
    </message>
    <message>
      <source>ใช้แทนข้อมูลปัจจุบัน</source>
      <translation>ใช้แทนข้อมูลปัจจุบัน</translation>
    </message>
    <message>
      <source>ยกเลิก</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>ใช้ไฟล์นี้ไม่ได้</source>
      <translation>ใช้ไฟล์นี้ไม่ได้</translation>
    </message>
    <message>
      <source>ITADesk (*.itadesk);;ทุกไฟล์ (*)</source>
      <translation>ITADesk (*.itadesk);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
      <source>รวมข้อมูลไม่สำเร็จ</source>
      <translation>รวมข้อมูลไม่สำเร็จ</translation>
    </message>
    <message>
      <source>รวมข้อมูลจาก {0} แล้ว
{1}</source>
      <translation>รวมข้อมูลจาก {0} แล้ว
{1}</translation>
    </message>
    <message>
      <source>เลือกค่าที่แก้ไขบนสองเครื่อง…</source>
      <translation>เลือกค่าที่แก้ไขบนสองเครื่อง…</translation>
    </message>
    <message>
      <source>กำลังรวมข้อมูลจาก {0}…</source>
      <translation>กำลังรวมข้อมูลจาก {0}…</translation>
    </message>
    <message>
      <source>ยกเลิกการรวมข้อมูลแล้ว ข้อมูลไม่เปลี่ยนแปลง</source>
      <translation>ยกเลิกการรวมข้อมูลแล้ว ข้อมูลไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
      <source>ไฟล์ {0} มาจากเครื่องอื่นหรือ USB จะทำอย่างไรกับไฟล์นี้?</source>
      <translation>ไฟล์ {0} มาจากเครื่องอื่นหรือ USB จะทำอย่างไรกับไฟล์นี้?</translation>
    </message>
    <message>
      <source>บันทึกสำเนาแล้ว: {0}</source>
      <translation>บันทึกสำเนาแล้ว: {0}</translation>
    </message>
    <message>
      <source>ใช้ข้อมูลจาก {0} แล้ว ข้อมูลเดิมเก็บไว้ในข้อมูลสำรอง</source>
      <translation>ใช้ข้อมูลจาก {0} แล้ว ข้อมูลเดิมเก็บไว้ในข้อมูลสำรอง</translation>
    </message>
    <message>
      <source>เลือกค่าที่แก้ไขบนสองเครื่อง ({0} ช่อง)…</source>
      <translation>เลือกค่าที่แก้ไขบนสองเครื่อง ({0} ช่อง)…</translation>
    </message>
    <message>
      <source>บันทึก</source>
      <translation>บันทึก</translation>
    </message>
    <message>
      <source>รายการข้อครบถ้วนตามคู่มือการประเมินแล้ว</source>
      <translation>รายการข้อครบถ้วนตามคู่มือการประเมินแล้ว</translation>
    </message>
    <message>
      <source>ชื่อเกณฑ์</source>
      <translation>ชื่อเกณฑ์</translation>
    </message>
    <message>
      <source>วันสุดท้ายของการส่ง OIT</source>
      <translation>วันสุดท้ายของการส่ง OIT</translation>
    </message>
    <message>
      <source>เพิ่มข้อ</source>
      <translation>เพิ่มข้อ</translation>
    </message>
    <message>
      <source>ลบข้อ</source>
      <translation>ลบข้อ</translation>
    </message>
    <message>
      <source>ย้ายไปตัวชี้วัดย่อยอื่น…</source>
      <translation>ย้ายไปตัวชี้วัดย่อยอื่น…</translation>
    </message>
    <message>
      <source>เพิ่มตัวชี้วัดย่อย…</source>
      <translation>เพิ่มตัวชี้วัดย่อย…</translation>
    </message>
    <message>
      <source>องค์ประกอบด้านข้อมูล ข้อละหนึ่งบรรทัด ใช้ {year} แทนปีที่ประเมิน</source>
      <translation>องค์ประกอบด้านข้อมูล ข้อละหนึ่งบรรทัด ใช้ {year} แทนปีที่ประเมิน</translation>
    </message>
    <message>
      <source>เช่น สำนักปลัด, กองคลัง</source>
      <translation>เช่น สำนักปลัด, กองคลัง</translation>
    </message>
    <message>
      <source>ข้อที่เลือก</source>
      <translation>ข้อที่เลือก</translation>
    </message>
    <message>
      <source>รหัสข้อ</source>
      <translation>รหัสข้อ</translation>
    </message>
    <message>
      <source>ชื่อข้อ</source>
      <translation>ชื่อข้อ</translation>
    </message>
    <message>
      <source>องค์ประกอบ</source>
      <translation>องค์ประกอบ</translation>
    </message>
    <message>
      <source>ชื่อตัวชี้วัดย่อย</source>
      <translation>ชื่อตัวชี้วัดย่อย</translation>
    </message>
    <message>
      <source>ตัวชี้วัดและน้ำหนัก</source>
      <translation>ตัวชี้วัดและน้ำหนัก</translation>
    </message>
    <message>
      <source>นำเข้าจากไฟล์…</source>
      <translation>นำเข้าจากไฟล์…</translation>
    </message>
    <message>
      <source>ส่งออกเป็นไฟล์…</source>
      <translation>ส่งออกเป็นไฟล์…</translation>
    </message>
    <message>
      <source>ส่งออกเกณฑ์ไม่สำเร็จ</source>
      <translation>ส่งออกเกณฑ์ไม่สำเร็จ</translation>
    </message>
    <message>
      <source>ตัวชี้วัดย่อย / ข้อ</source>
      <translation>ตัวชี้วัดย่อย / ข้อ</translation>
    </message>
    <message>
      <source>ตัวชี้วัด</source>
      <translation>ตัวชี้วัด</translation>
    </message>
    <message>
      <source>ชื่อ</source>
      <translation>ชื่อ</translation>
    </message>
    <message>
      <source>เครื่องมือ</source>
      <translation>เครื่องมือ</translation>
    </message>
    <message>
      <source>น้ำหนัก (%)</source>
      <translation>น้ำหนัก (%)</translation>
    </message>
    <message>
      <source>ตัวชี้วัดย่อยต้องมีอย่างน้อยหนึ่งข้อ ย้ายหรือเพิ่มข้ออื่นก่อนลบ</source>
      <translation>ตัวชี้วัดย่อยต้องมีอย่างน้อยหนึ่งข้อ ย้ายหรือเพิ่มข้ออื่นก่อนลบ</translation>
    </message>
    <message>
      <source>ย้ายข้อ</source>
      <translation>ย้ายข้อ</translation>
    </message>
    <message>
      <source>ย้ายไปตัวชี้วัดย่อย:</source>
      <translation>ย้ายไปตัวชี้วัดย่อย:</translation>
    </message>
    <message>
      <source>ตัวชี้วัดย่อยต้องมีอย่างน้อยหนึ่งข้อ</source>
      <translation>ตัวชี้วัดย่อยต้องมีอย่างน้อยหนึ่งข้อ</translation>
    </message>
    <message>
      <source>เพิ่มตัวชี้วัดย่อย</source>
      <translation>เพิ่มตัวชี้วัดย่อย</translation>
    </message>
    <message>
      <source>รหัส (เช่น 9.6):</source>
      <translation>รหัส (เช่น 9.6):</translation>
    </message>
    <message>
      <source>ชื่อตัวชี้วัดย่อย:</source>
      <translation>ชื่อตัวชี้วัดย่อย:</translation>
    </message>
    <message>
      <source>อยู่ใต้ตัวชี้วัดที่:</source>
      <translation>อยู่ใต้ตัวชี้วัดที่:</translation>
    </message>
    <message>
      <source>นำเข้าเกณฑ์การประเมิน</source>
      <translation>นำเข้าเกณฑ์การประเมิน</translation>
    </message>
    <message>
      <source>เกณฑ์ ITADesk (*.json)</source>
      <translation>เกณฑ์ ITADesk (*.json)</translation>
    </message>
    <message>
      <source>นำเข้าเกณฑ์</source>
      <translation>นำเข้าเกณฑ์</translation>
    </message>
    <message>
      <source>ส่งออกเกณฑ์การประเมิน</source>
      <translation>ส่งออกเกณฑ์การประเมิน</translation>
    </message>
    <message>
      <source>แก้ไขเกณฑ์การประเมิน ปี {0}</source>
      <translation>แก้ไขเกณฑ์การประเมิน ปี {0}</translation>
    </message>
    <message>
      <source> (ต้องรวมได้ 100%)</source>
      <translation> (ต้องรวมได้ 100%)</translation>
    </message>
    <message>
      <source>นำเข้าเกณฑ์ไม่สำเร็จ</source>
      <translation>นำเข้าเกณฑ์ไม่สำเร็จ</translation>
    </message>
    <message>
      <source>รวม {0:.2f}%</source>
      <translation>รวม {0:.2f}%</translation>
    </message>
    <message>
      <source>ตัวชี้วัดย่อย {0}</source>
      <translation>ตัวชี้วัดย่อย {0}</translation>
    </message>
    <message>
      <source>ข้อใหม่</source>
      <translation>ข้อใหม่</translation>
    </message>
    <message>
      <source>ไฟล์นี้เป็นเกณฑ์ของปี {0} ใช้เป็นเกณฑ์ของปี {1} หรือไม่?</source>
      <translation>ไฟล์นี้เป็นเกณฑ์ของปี {0} ใช้เป็นเกณฑ์ของปี {1} หรือไม่?</translation>
    </message>
    <message>
      <source>บันทึกไฟล์ {0} ไม่ได้: {1}</source>
      <translation>บันทึกไฟล์ {0} ไม่ได้: {1}</translation>
    </message>
    <message>
      <source>{0} {1} (ตัวชี้วัดที่ {2})</source>
      <translation>{0} {1} (ตัวชี้วัดที่ {2})</translation>
    </message>
    <message>
      <source>ใช้ไฟล์ {0} ไม่ได้: {1}</source>
      <translation>ใช้ไฟล์ {0} ไม่ได้: {1}</translation>
    </message>
    <message>
      <source>ปิด</source>
      <translation>ปิด</translation>
    </message>
    <message>
      <source>คู่มือการใช้งาน ITADesk</source>
      <translation>คู่มือการใช้งาน ITADesk</translation>
    </message>
    <message>
      <source>เกี่ยวกับ ITADesk</source>
      <translation>เกี่ยวกับ ITADesk</translation>
    </message>
    <message>
      <source>เกี่ยวกับ</source>
      <translation>เกี่ยวกับ</translation>
    </message>
    <message>
      <source>&lt;h2&gt;ITADesk {0}&lt;/h2&gt;&lt;p&gt;เครื่องมือเตรียมการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) สำหรับองค์กรปกครองส่วนท้องถิ่น ทำงานได้โดยไม่ต้องต่ออินเทอร์เน็ต&lt;/p&gt;&lt;h3&gt;สัญญาอนุญาต&lt;/h3&gt;&lt;table cellpadding='4'&gt;{1}&lt;/table&gt;</source>
      <translation>&lt;h2&gt;ITADesk {0}&lt;/h2&gt;&lt;p&gt;เครื่องมือเตรียมการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) สำหรับองค์กรปกครองส่วนท้องถิ่น ทำงานได้โดยไม่ต้องต่ออินเทอร์เน็ต&lt;/p&gt;&lt;h3&gt;สัญญาอนุญาต&lt;/h3&gt;&lt;table cellpadding='4'&gt;{1}&lt;/table&gt;</translation>
    </message>
    <message>
      <source>ไม่พบไฟล์สัญญาอนุญาต {0}</source>
      <translation>ไม่พบไฟล์สัญญาอนุญาต {0}</translation>
    </message>
    <message>
      <source>คอลัมน์ในไฟล์ → ช่องของมาตรการ</source>
      <translation>คอลัมน์ในไฟล์ → ช่องของมาตรการ</translation>
    </message>
    <message>
      <source>นำเข้า</source>
      <translation>นำเข้า</translation>
    </message>
    <message>
      <source>กำลังนำเข้ามาตรการ…</source>
      <translation>กำลังนำเข้ามาตรการ…</translation>
    </message>
    <message>
      <source>นำเข้ามาตรการจาก Excel หรือ CSV</source>
      <translation>นำเข้ามาตรการจาก Excel หรือ CSV</translation>
    </message>
    <message>
      <source>ตาราง (*.xlsx *.csv);;ทุกไฟล์ (*)</source>
      <translation>ตาราง (*.xlsx *.csv);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
      <source>อ่านไฟล์ไม่สำเร็จ</source>
      <translation>อ่านไฟล์ไม่สำเร็จ</translation>
    </message>
    <message>
      <source>(ไม่นำเข้า)</source>
      <translation>(ไม่นำเข้า)</translation>
    </message>
    <message>
      <source>นำเข้าไม่สำเร็จ</source>
      <translation>นำเข้าไม่สำเร็จ</translation>
    </message>
    <message>
      <source>กำลังอ่าน {0}…</source>
      <translation>กำลังอ่าน {0}…</translation>
    </message>
    <message>
      <source>นำเข้ามาตรการจาก {0} (ปี {1})</source>
      <translation>นำเข้ามาตรการจาก {0} (ปี {1})</translation>
    </message>
    <message>
      <source>จะเพิ่มมาตรการ {0} รายการในปี {1}</source>
      <translation>จะเพิ่มมาตรการ {0} รายการในปี {1}</translation>
    </message>
    <message>
      <source>ยกเลิกการนำเข้าแล้ว ไม่มีมาตรการใดถูกเพิ่ม</source>
      <translation>ยกเลิกการนำเข้าแล้ว ไม่มีมาตรการใดถูกเพิ่ม</translation>
    </message>
    <message>
      <source>อ่านไฟล์เป็น: {0} — ถ้าตัวอักษรในตัวอย่างเพี้ยน โปรดบันทึกจาก Excel เป็น “CSV UTF-8” แล้วนำเข้าใหม่</source>
      <translation>อ่านไฟล์เป็น: {0} — ถ้าตัวอักษรในตัวอย่างเพี้ยน โปรดบันทึกจาก Excel เป็น “CSV UTF-8” แล้วนำเข้าใหม่</translation>
    </message>
    <message>
      <source>อ่านไฟล์เป็น: {0}</source>
      <translation>อ่านไฟล์เป็น: {0}</translation>
    </message>
    <message>
      <source>ปีงบประมาณ</source>
      <translation>ปีงบประมาณ</translation>
    </message>
    <message>
      <source>ปีงบประมาณ พ.ศ. </source>
      <translation>ปีงบประมาณ พ.ศ. </translation>
    </message>
    <message>
      <source>คะแนนตัวชี้วัด</source>
      <translation>คะแนนตัวชี้วัด</translation>
    </message>
    <message>
      <source>รายการตรวจ OIT</source>
      <translation>รายการตรวจ OIT</translation>
    </message>
    <message>
      <source>มาตรการ</source>
      <translation>มาตรการ</translation>
    </message>
    <message>
      <source>วิเคราะห์ผล</source>
      <translation>วิเคราะห์ผล</translation>
    </message>
    <message>
      <source>แฟ้ม</source>
      <translation>แฟ้ม</translation>
    </message>
    <message>
      <source>ข้อมูลหน่วยงานและผู้ใช้…</source>
      <translation>ข้อมูลหน่วยงานและผู้ใช้…</translation>
    </message>
    <message>
      <source>บันทึกสำเนาไปยัง USB…</source>
      <translation>บันทึกสำเนาไปยัง USB…</translation>
    </message>
    <message>
      <source>รวมข้อมูลจาก USB…</source>
      <translation>รวมข้อมูลจาก USB…</translation>
    </message>
    <message>
      <source>นำเข้ามาตรการจาก Excel/CSV…</source>
      <translation>นำเข้ามาตรการจาก Excel/CSV…</translation>
    </message>
    <message>
      <source>ส่งออกเป็น Excel…</source>
      <translation>ส่งออกเป็น Excel…</translation>
    </message>
    <message>
      <source>เรียกคืนข้อมูลสำรอง…</source>
      <translation>เรียกคืนข้อมูลสำรอง…</translation>
    </message>
    <message>
      <source>ออกจากโปรแกรม</source>
      <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
      <source>แก้ไข</source>
      <translation>แก้ไข</translation>
    </message>
    <message>
      <source>เลิกทำ</source>
      <translation>เลิกทำ</translation>
    </message>
    <message>
      <source>ทำซ้ำ</source>
      <translation>ทำซ้ำ</translation>
    </message>
    <message>
      <source>เริ่มปีงบประมาณใหม่…</source>
      <translation>เริ่มปีงบประมาณใหม่…</translation>
    </message>
    <message>
      <source>แก้ไขเกณฑ์การประเมินของปีนี้…</source>
      <translation>แก้ไขเกณฑ์การประเมินของปีนี้…</translation>
    </message>
    <message>
      <source>รายงาน</source>
      <translation>รายงาน</translation>
    </message>
    <message>
      <source>มุมมอง</source>
      <translation>มุมมอง</translation>
    </message>
    <message>
      <source>ช่วยเหลือ</source>
      <translation>ช่วยเหลือ</translation>
    </message>
    <message>
      <source>คู่มือการใช้งาน</source>
      <translation>คู่มือการใช้งาน</translation>
    </message>
    <message>
      <source>เปิดโฟลเดอร์บันทึกข้อผิดพลาด</source>
      <translation>เปิดโฟลเดอร์บันทึกข้อผิดพลาด</translation>
    </message>
    <message>
      <source> (เกณฑ์ยังไม่ครบ)</source>
      <translation> (เกณฑ์ยังไม่ครบ)</translation>
    </message>
    <message>
      <source>เริ่มปีงบประมาณใหม่</source>
      <translation>เริ่มปีงบประมาณใหม่</translation>
    </message>
    <message>
      <source>เริ่มปีงบประมาณใหม่ไม่สำเร็จ</source>
      <translation>เริ่มปีงบประมาณใหม่ไม่สำเร็จ</translation>
    </message>
    <message>
      <source>
เกณฑ์ของปีใหม่คัดลอกจากปีก่อน โปรดตรวจสอบในเมนูปีงบประมาณ</source>
      <translation>
เกณฑ์ของปีใหม่คัดลอกจากปีก่อน โปรดตรวจสอบในเมนูปีงบประมาณ</translation>
    </message>
    <message>
      <source>เรียกคืนข้อมูลสำรองแล้ว</source>
      <translation>เรียกคืนข้อมูลสำรองแล้ว</translation>
    </message>
    <message>
      <source>ยังไม่ได้กรอกข้อมูลหน่วยงาน</source>
      <translation>ยังไม่ได้กรอกข้อมูลหน่วยงาน</translation>
    </message>
    <message>
      <source>ส่งออกเป็น Excel</source>
      <translation>ส่งออกเป็น Excel</translation>
    </message>
    <message>
      <source>ส่งออกไม่สำเร็จ</source>
      <translation>ส่งออกไม่สำเร็จ</translation>
    </message>
    <message>
      <source>บันทึกแล้ว {0:%H:%M:%S}</source>
      <translation>บันทึกแล้ว {0:%H:%M:%S}</translation>
    </message>
    <message>
      <source>เริ่มปีงบประมาณ {0} จากปี {1} หรือไม่?

- คัดลอกมาตรการของปี {2} เป็นแผนของปี {3} (ล้างสถานะและผลการดำเนินการ)
- นำผู้รับผิดชอบและลิงก์ของรายการตรวจ OIT ไปใช้กับเกณฑ์ปี {4}
- ข้อมูลของปี {5} ไม่เปลี่ยนแปลง และใช้เปรียบเทียบคะแนนกับปี {6}</source>
      <translation>เริ่มปีงบประมาณ {0} จากปี {1} หรือไม่?

- คัดลอกมาตรการของปี {2} เป็นแผนของปี {3} (ล้างสถานะและผลการดำเนินการ)
- นำผู้รับผิดชอบและลิงก์ของรายการตรวจ OIT ไปใช้กับเกณฑ์ปี {4}
- ข้อมูลของปี {5} ไม่เปลี่ยนแปลง และใช้เปรียบเทียบคะแนนกับปี {6}</translation>
    </message>
    <message>
      <source>เริ่มปีงบประมาณ {0} แล้ว: คัดลอกมาตรการ {1} รายการ นำข้อมูลรายการตรวจ {2} ข้อไปใช้{3}</source>
      <translation>เริ่มปีงบประมาณ {0} แล้ว: คัดลอกมาตรการ {1} รายการ นำข้อมูลรายการตรวจ {2} ข้อไปใช้{3}</translation>
    </message>
    <message>
      <source>กำลังส่งออก {0}…</source>
      <translation>กำลังส่งออก {0}…</translation>
    </message>
    <message>
      <source>ยกเลิกการส่งออกแล้ว</source>
      <translation>ยกเลิกการส่งออกแล้ว</translation>
    </message>
    <message>
      <source>เลิกทำไม่สำเร็จ</source>
      <translation>เลิกทำไม่สำเร็จ</translation>
    </message>
    <message>
      <source>ปีงบประมาณ {0}</source>
      <translation>ปีงบประมาณ {0}</translation>
    </message>
    <message>
      <source>นำเข้ามาตรการ {0} รายการแล้ว</source>
      <translation>นำเข้ามาตรการ {0} รายการแล้ว</translation>
    </message>
    <message>
      <source>ส่งออกแล้ว: {0}</source>
      <translation>ส่งออกแล้ว: {0}</translation>
    </message>
    <message>
      <source>⚠ เกณฑ์ของปีนี้ในไฟล์อ่านไม่ได้ จึงใช้เกณฑ์ที่มากับ ITADesk</source>
      <translation>⚠ เกณฑ์ของปีนี้ในไฟล์อ่านไม่ได้ จึงใช้เกณฑ์ที่มากับ ITADesk</translation>
    </message>
    <message>
      <source>อ.{0}</source>
      <translation>อ.{0}</translation>
    </message>
    <message>
      <source>จ.{0}</source>
      <translation>จ.{0}</translation>
    </message>
    <message>
      <source>แก้ไขมาตรการ</source>
      <translation>แก้ไขมาตรการ</translation>
    </message>
    <message>
      <source>เพิ่มมาตรการ</source>
      <translation>เพิ่มมาตรการ</translation>
    </message>
    <message>
      <source>โปรดกรอกชื่อมาตรการ/กิจกรรม</source>
      <translation>โปรดกรอกชื่อมาตรการ/กิจกรรม</translation>
    </message>
    <message>
      <source>เช่น ต.ค. ๖๕ – มี.ค. ๖๖ หรือ ตลอดปีงบประมาณ</source>
      <translation>เช่น ต.ค. ๖๕ – มี.ค. ๖๖ หรือ ตลอดปีงบประมาณ</translation>
    </message>
    <message>
      <source>ค่าที่บันทึกไว้ไม่ถูกต้อง แสดงค่าที่แก้ไขให้แล้ว (บันทึกใหม่เพื่อแก้ในไฟล์):</source>
      <translation>ค่าที่บันทึกไว้ไม่ถูกต้อง แสดงค่าที่แก้ไขให้แล้ว (บันทึกใหม่เพื่อแก้ในไฟล์):</translation>
    </message>
    <message>
      <source>ทุกรอบ</source>
      <translation>ทุกรอบ</translation>
    </message>
    <message>
      <source>ค้นหามาตรการ… (Ctrl+F)</source>
      <translation>ค้นหามาตรการ… (Ctrl+F)</translation>
    </message>
    <message>
      <source>ทุกตัวชี้วัด</source>
      <translation>ทุกตัวชี้วัด</translation>
    </message>
    <message>
      <source>ทุกสถานะ</source>
      <translation>ทุกสถานะ</translation>
    </message>
    <message>
      <source>เพิ่มมาตรการ (Ctrl+N)</source>
      <translation>เพิ่มมาตรการ (Ctrl+N)</translation>
    </message>
    <message>
      <source>แก้ไข…</source>
      <translation>แก้ไข…</translation>
    </message>
    <message>
      <source>เปิดหน้าต่างแก้ไขมาตรการที่เลือก (Enter)</source>
      <translation>เปิดหน้าต่างแก้ไขมาตรการที่เลือก (Enter)</translation>
    </message>
    <message>
      <source>ลบ</source>
      <translation>ลบ</translation>
    </message>
    <message>
      <source>ลบมาตรการที่เลือก (Delete)</source>
      <translation>ลบมาตรการที่เลือก (Delete)</translation>
    </message>
    <message>
      <source>▲ เลื่อนขึ้น</source>
      <translation>▲ เลื่อนขึ้น</translation>
    </message>
    <message>
      <source>เลื่อนขึ้น (Ctrl+↑)</source>
      <translation>เลื่อนขึ้น (Ctrl+↑)</translation>
    </message>
    <message>
      <source>▼ เลื่อนลง</source>
      <translation>▼ เลื่อนลง</translation>
    </message>
    <message>
      <source>เลื่อนลง (Ctrl+↓)</source>
      <translation>เลื่อนลง (Ctrl+↓)</translation>
    </message>
    <message>
      <source>(ไม่มีชื่อ)</source>
      <translation>(ไม่มีชื่อ)</translation>
    </message>
    <message>
      <source>ลบมาตรการ</source>
      <translation>ลบมาตรการ</translation>
    </message>
    <message>
      <source>บันทึกไม่สำเร็จ</source>
      <translation>บันทึกไม่สำเร็จ</translation>
    </message>
    <message>
      <source>ลบมาตรการ “{0}” หรือไม่?
ประวัติการแก้ไขยังคงอยู่ในบันทึกการเปลี่ยนแปลง</source>
      <translation>ลบมาตรการ “{0}” หรือไม่?
ประวัติการแก้ไขยังคงอยู่ในบันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
      <source>ตัวชี้วัดที่ {0}</source>
      <translation>ตัวชี้วัดที่ {0}</translation>
    </message>
    <message>
      <source>แสดง {0} จาก {1} มาตรการ</source>
      <translation>แสดง {0} จาก {1} มาตรการ</translation>
    </message>
    <message>
      <source>{0} มาตรการ</source>
      <translation>{0} มาตรการ</translation>
    </message>
    <message>
      <source>ก่อนปรับรุ่นไฟล์</source>
      <translation>ก่อนปรับรุ่นไฟล์</translation>
    </message>
    <message>
      <source>ไฟล์ข้อมูลเสียหาย</source>
      <translation>ไฟล์ข้อมูลเสียหาย</translation>
    </message>
    <message>
      <source>เรียกคืนข้อมูลสำรอง</source>
      <translation>เรียกคืนข้อมูลสำรอง</translation>
    </message>
    <message>
      <source>เลือกข้อมูลสำรองที่จะเรียกคืน:</source>
      <translation>เลือกข้อมูลสำรองที่จะเรียกคืน:</translation>
    </message>
    <message>
      <source>ยังไม่มีข้อมูลสำรองของไฟล์นี้</source>
      <translation>ยังไม่มีข้อมูลสำรองของไฟล์นี้</translation>
    </message>
    <message>
      <source>{0}

เรียกคืนจากข้อมูลสำรองล่าสุดที่สมบูรณ์ ({1}) หรือไม่?
ไฟล์ที่เสียหายจะถูกเก็บไว้ในโฟลเดอร์ข้อมูลสำรอง ไม่ถูกลบ</source>
      <translation>{0}

เรียกคืนจากข้อมูลสำรองล่าสุดที่สมบูรณ์ ({1}) หรือไม่?
ไฟล์ที่เสียหายจะถูกเก็บไว้ในโฟลเดอร์ข้อมูลสำรอง ไม่ถูกลบ</translation>
    </message>
    <message>
      <source>แทนที่ข้อมูลปัจจุบันด้วยข้อมูลสำรอง {0} หรือไม่?
ข้อมูลปัจจุบันจะถูกเก็บเป็นข้อมูลสำรองก่อน</source>
      <translation>แทนที่ข้อมูลปัจจุบันด้วยข้อมูลสำรอง {0} หรือไม่?
ข้อมูลปัจจุบันจะถูกเก็บเป็นข้อมูลสำรองก่อน</translation>
    </message>
    <message>
      <source>เรียกคืนไม่สำเร็จ</source>
      <translation>เรียกคืนไม่สำเร็จ</translation>
    </message>
    <message>
      <source>{0}

ไม่พบข้อมูลสำรองที่ใช้ได้</source>
      <translation>{0}

ไม่พบข้อมูลสำรองที่ใช้ได้</translation>
    </message>
    <message>
      <source>-6เดือน</source>
      <translation>-6เดือน</translation>
    </message>
    <message>
      <source>ใช้เลขไทย (๑๒๓)</source>
      <translation>ใช้เลขไทย (๑๒๓)</translation>
    </message>
    <message>
      <source>ตัวเลข</source>
      <translation>ตัวเลข</translation>
    </message>
    <message>
      <source>เลือก…</source>
      <translation>เลือก…</translation>
    </message>
    <message>
      <source>บันทึกเป็น</source>
      <translation>บันทึกเป็น</translation>
    </message>
    <message>
      <source>สร้างรายงาน</source>
      <translation>สร้างรายงาน</translation>
    </message>
    <message>
      <source>บันทึกรายงาน</source>
      <translation>บันทึกรายงาน</translation>
    </message>
    <message>
      <source>กำลังจัดหน้ารายงาน…</source>
      <translation>กำลังจัดหน้ารายงาน…</translation>
    </message>
    <message>
      <source>สร้างรายงานแล้ว</source>
      <translation>สร้างรายงานแล้ว</translation>
    </message>
    <message>
      <source>สร้างรายงานไม่สำเร็จ</source>
      <translation>สร้างรายงานไม่สำเร็จ</translation>
    </message>
    <message>
      <source>รอบการรายงาน</source>
      <translation>รอบการรายงาน</translation>
    </message>
    <message>
      <source>โปรดระบุไฟล์ที่จะบันทึก</source>
      <translation>โปรดระบุไฟล์ที่จะบันทึก</translation>
    </message>
    <message>
      <source>บันทึกรายงานที่
{0}

เปิดไฟล์เลยหรือไม่?</source>
      <translation>บันทึกรายงานที่
{0}

เปิดไฟล์เลยหรือไม่?</translation>
    </message>
    <message>
      <source>สร้างรายงานไม่สำเร็จ: {0}</source>
      <translation>สร้างรายงานไม่สำเร็จ: {0}</translation>
    </message>
    <message>
      <source>กำลังจัดหน้ารายงาน… หน้า {0}</source>
      <translation>กำลังจัดหน้ารายงาน… หน้า {0}</translation>
    </message>
    <message>
      <source>ผลการประเมินภาพรวม</source>
      <translation>ผลการประเมินภาพรวม</translation>
    </message>
    <message>
      <source>คะแนนที่ ป.ป.ช. ประกาศ เช่น 86.49</source>
      <translation>คะแนนที่ ป.ป.ช. ประกาศ เช่น 86.49</translation>
    </message>
    <message>
      <source>คะแนนรวมทางการ</source>
      <translation>คะแนนรวมทางการ</translation>
    </message>
    <message>
      <source>ระดับผลการประเมิน</source>
      <translation>ระดับผลการประเมิน</translation>
    </message>
    <message>
      <source>คะแนนรวมคำนวณ</source>
      <translation>คะแนนรวมคำนวณ</translation>
    </message>
    <message>
      <source>คะแนนรายเครื่องมือ</source>
      <translation>คะแนนรายเครื่องมือ</translation>
    </message>
    <message>
      <source>ดับเบิลคลิกหรือพิมพ์ในช่อง “คะแนน” แล้วกด Enter เพื่อบันทึก (ลบค่าให้ว่างหากยังไม่มีคะแนน)</source>
      <translation>ดับเบิลคลิกหรือพิมพ์ในช่อง “คะแนน” แล้วกด Enter เพื่อบันทึก (ลบค่าให้ว่างหากยังไม่มีคะแนน)</translation>
    </message>
    <message>
      <source>คะแนน 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง</source>
      <translation>คะแนน 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง</translation>
    </message>
    <message>
      <source>น้ำหนัก</source>
      <translation>น้ำหนัก</translation>
    </message>
    <message>
      <source>คะแนน</source>
      <translation>คะแนน</translation>
    </message>
    <message>
      <source>ผล</source>
      <translation>ผล</translation>
    </message>
    <message>
      <source>เปลี่ยนแปลง</source>
      <translation>เปลี่ยนแปลง</translation>
    </message>
    <message>
      <source> (จากคะแนนคำนวณ)</source>
      <translation> (จากคะแนนคำนวณ)</translation>
    </message>
    <message>
      <source> — น้ำหนักของปีนี้ยังไม่ได้ยืนยัน</source>
      <translation> — น้ำหนักของปีนี้ยังไม่ได้ยืนยัน</translation>
    </message>
    <message>
      <source>ผ่าน</source>
      <translation>ผ่าน</translation>
    </message>
    <message>
      <source>ไม่ผ่าน</source>
      <translation>ไม่ผ่าน</translation>
    </message>
    <message>
      <source>* ระดับที่สูงกว่านี้ต้องมีคะแนน IIT, EIT และ OIT ครบทุกตัวชี้วัด</source>
      <translation>* ระดับที่สูงกว่านี้ต้องมีคะแนน IIT, EIT และ OIT ครบทุกตัวชี้วัด</translation>
    </message>
    <message>
      <source>{0} (ประมาณการจากน้ำหนักตัวชี้วัด)</source>
      <translation>{0} (ประมาณการจากน้ำหนักตัวชี้วัด)</translation>
    </message>
    <message>
      <source>ปี {0}</source>
      <translation>ปี {0}</translation>
    </message>
    <message>
      <source>ยังคำนวณไม่ได้ (ขาดคะแนนอีก {0} ตัวชี้วัด)</source>
      <translation>ยังคำนวณไม่ได้ (ขาดคะแนนอีก {0} ตัวชี้วัด)</translation>
    </message>
    <message>
      <source> ต่างจากคะแนนทางการ {0}</source>
      <translation> ต่างจากคะแนนทางการ {0}</translation>
    </message>
    <message>
      <source>ไม่มีเกณฑ์การประเมินของปี {0} ในไฟล์นี้</source>
      <translation>ไม่มีเกณฑ์การประเมินของปี {0} ในไฟล์นี้</translation>
    </message>
    <message>
      <source>สร้างโฟลเดอร์ {0} ไม่ได้: {1}</source>
      <translation>สร้างโฟลเดอร์ {0} ไม่ได้: {1}</translation>
    </message>
    <message>
      <source>บันทึกภาพ {0} ไม่ได้</source>
      <translation>บันทึกภาพ {0} ไม่ได้</translation>
    </message>
    <message>
      <source>แก้ไขหลายรายการ</source>
      <translation>แก้ไขหลายรายการ</translation>
    </message>
    <message>
      <source>เพิ่มมาตรการหลายรายการ</source>
      <translation>เพิ่มมาตรการหลายรายการ</translation>
    </message>
    <message>
      <source>แก้ไข{0}</source>
      <translation>แก้ไข{0}</translation>
    </message>
    <message>
      <source>แก้ไข{0}: {1}</source>
      <translation>แก้ไข{0}: {1}</translation>
    </message>
    <message>
      <source>OIT ที่คาดการณ์จากรายการตรวจ: </source>
      <translation>OIT ที่คาดการณ์จากรายการตรวจ: </translation>
    </message>
    <message>
      <source>
คะแนนรวมโดยประมาณ: ยังไม่มีคะแนน IIT/EIT ของปีนี้หรือปีก่อน</source>
      <translation>
คะแนนรวมโดยประมาณ: ยังไม่มีคะแนน IIT/EIT ของปีนี้หรือปีก่อน</translation>
    </message>
    <message>
      <source>ติ๊กข้อที่คาดว่าจะทำได้ทันก่อนกำหนดส่ง แล้วดูคะแนนที่คาดการณ์เปลี่ยนไป การติ๊กในหน้านี้ไม่เปลี่ยนรายการตรวจจริง</source>
      <translation>ติ๊กข้อที่คาดว่าจะทำได้ทันก่อนกำหนดส่ง แล้วดูคะแนนที่คาดการณ์เปลี่ยนไป การติ๊กในหน้านี้ไม่เปลี่ยนรายการตรวจจริง</translation>
    </message>
    <message>
      <source>ตัวชี้วัดที่ {0} {1}</source>
      <translation>ตัวชี้วัดที่ {0} {1}</translation>
    </message>
    <message>
      <source>คะแนน IIT/EIT ปี {0}</source>
      <translation>คะแนน IIT/EIT ปี {0}</translation>
    </message>
    <message>
      <source>
คะแนนรวมโดยประมาณ {0} ระดับ {1} ({2} รวมกับ OIT ที่คาดการณ์)</source>
      <translation>
คะแนนรวมโดยประมาณ {0} ระดับ {1} ({2} รวมกับ OIT ที่คาดการณ์)</translation>
    </message>
    <message>
      <source>ตามรายการตรวจจริง: </source>
      <translation>ตามรายการตรวจจริง: </translation>
    </message>
    <message>
      <source>ทดลองติ๊กรายการ OIT ปี {0} (ไม่บันทึก)</source>
      <translation>ทดลองติ๊กรายการ OIT ปี {0} (ไม่บันทึก)</translation>
    </message>
    <message>
      <source>ถ้าทำเพิ่มอีก {0} ข้อ: </source>
      <translation>ถ้าทำเพิ่มอีก {0} ข้อ: </translation>
    </message>
    <message>
      <source>อยู่ระหว่างดำเนินการ</source>
      <translation>อยู่ระหว่างดำเนินการ</translation>
    </message>
    <message>
      <source>ดำเนินการแล้ว</source>
      <translation>ดำเนินการแล้ว</translation>
    </message>
    <message>
      <source>รอบ ๖ เดือน</source>
      <translation>รอบ ๖ เดือน</translation>
    </message>
    <message>
      <source>ประจำปี</source>
      <translation>ประจำปี</translation>
    </message>
    <message>
      <source>มาตรการ/กิจกรรม</source>
      <translation>มาตรการ/กิจกรรม</translation>
    </message>
    <message>
      <source>วิธีดำเนินการ</source>
      <translation>วิธีดำเนินการ</translation>
    </message>
    <message>
      <source>ระยะเวลา</source>
      <translation>ระยะเวลา</translation>
    </message>
    <message>
      <source>ผลการดำเนินการ</source>
      <translation>ผลการดำเนินการ</translation>
    </message>
    <message>
      <source>ผลลัพธ์</source>
      <translation>ผลลัพธ์</translation>
    </message>
    <message>
      <source>ข้อเสนอแนะ</source>
      <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
      <source>ตัวชี้วัดที่เกี่ยวข้อง</source>
      <translation>ตัวชี้วัดที่เกี่ยวข้อง</translation>
    </message>
    <message>
      <source>สถานะ</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <source>ประเด็นข้อบกพร่อง/จุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน</source>
      <translation>ประเด็นข้อบกพร่อง/จุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน</translation>
    </message>
    <message>
      <source>ประเด็นที่จะต้องพัฒนาให้ดีขึ้น</source>
      <translation>ประเด็นที่จะต้องพัฒนาให้ดีขึ้น</translation>
    </message>
    <message>
      <source>การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)</source>
      <translation>การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)</translation>
    </message>
    <message>
      <source>การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)</source>
      <translation>การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)</translation>
    </message>
    <message>
      <source>การเปิดเผยข้อมูลสาธารณะ (OIT)</source>
      <translation>การเปิดเผยข้อมูลสาธารณะ (OIT)</translation>
    </message>
    <message>
      <source>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส</source>
      <translation>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส</translation>
    </message>
    <message>
      <source>รายงานการวิเคราะห์ผลการประเมิน ITA</source>
      <translation>รายงานการวิเคราะห์ผลการประเมิน ITA</translation>
    </message>
    <message>
      <source>ความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (OIT)</source>
      <translation>ความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (OIT)</translation>
    </message>
    <message>
      <source>แนวทางยกระดับผลการประเมิน IIT/EIT และความก้าวหน้า</source>
      <translation>แนวทางยกระดับผลการประเมิน IIT/EIT และความก้าวหน้า</translation>
    </message>
    <message>
      <source>ลิงก์</source>
      <translation>ลิงก์</translation>
    </message>
    <message>
      <source>คะแนนรวมที่ประกาศ</source>
      <translation>คะแนนรวมที่ประกาศ</translation>
    </message>
    <message>
      <source>การลบ</source>
      <translation>การลบ</translation>
    </message>
    <message>
      <source>ลำดับ</source>
      <translation>ลำดับ</translation>
    </message>
    <message>
      <source>ชื่อหน่วยงาน</source>
      <translation>ชื่อหน่วยงาน</translation>
    </message>
    <message>
      <source>ประเภทหน่วยงาน</source>
      <translation>ประเภทหน่วยงาน</translation>
    </message>
    <message>
      <source>เนื้อหาเกณฑ์</source>
      <translation>เนื้อหาเกณฑ์</translation>
    </message>
    <message>
      <source>IIT — แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน</source>
      <translation>IIT — แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน</translation>
    </message>
    <message>
      <source>EIT — แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก</source>
      <translation>EIT — แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก</translation>
    </message>
    <message>
      <source>OIT — แบบตรวจการเปิดเผยข้อมูลสาธารณะ</source>
      <translation>OIT — แบบตรวจการเปิดเผยข้อมูลสาธารณะ</translation>
    </message>
    <message>
      <source>รายการตรวจ</source>
      <translation>รายการตรวจ</translation>
    </message>
    <message>
      <source>การวิเคราะห์ผล</source>
      <translation>การวิเคราะห์ผล</translation>
    </message>
    <message>
      <source>เกณฑ์การประเมิน</source>
      <translation>เกณฑ์การประเมิน</translation>
    </message>
    <message>
      <source>เมื่อเปิดโปรแกรม</source>
      <translation>เมื่อเปิดโปรแกรม</translation>
    </message>
    <message>
      <source>ก่อนรวมข้อมูลจาก USB</source>
      <translation>ก่อนรวมข้อมูลจาก USB</translation>
    </message>
    <message>
      <source>ไฟล์ที่ถูกแทนที่</source>
      <translation>ไฟล์ที่ถูกแทนที่</translation>
    </message>
    <message>
      <source>องค์การบริหารส่วนตำบล</source>
      <translation>องค์การบริหารส่วนตำบล</translation>
    </message>
    <message>
      <source>เทศบาลตำบล</source>
      <translation>เทศบาลตำบล</translation>
    </message>
    <message>
      <source>เทศบาลเมือง</source>
      <translation>เทศบาลเมือง</translation>
    </message>
    <message>
      <source>เทศบาลนคร</source>
      <translation>เทศบาลนคร</translation>
    </message>
    <message>
      <source>องค์การบริหารส่วนจังหวัด</source>
      <translation>องค์การบริหารส่วนจังหวัด</translation>
    </message>
    <message>
      <source>รอบ</source>
      <translation>รอบ</translation>
    </message>
    <message>
      <source>ITADesk</source>
      <translation>ITADesk</translation>
    </message>
    <message>
      <source>แบบอักษร Sarabun</source>
      <translation>แบบอักษร Sarabun</translation>
    </message>
    <message>
      <source>แบบอักษร DejaVu Sans (สัญลักษณ์ ☐ ☑)</source>
      <translation>แบบอักษร DejaVu Sans (สัญลักษณ์ ☐ ☑)</translation>
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
      <translation>PyThaiNLP และพจนานุกรมคำไทย</translation>
    </message>
    <message>
      <source>sqlite-utils, platformdirs, Babel, openpyxl</source>
      <translation>sqlite-utils, platformdirs, Babel, openpyxl</translation>
    </message>
    <message>
      <source>คะแนนหรือรายการตรวจเปลี่ยนไปหลังจากแก้ไขข้อความนี้ (กด “สร้างร่างใหม่” เพื่อดูร่างล่าสุด)</source>
      <translation>คะแนนหรือรายการตรวจเปลี่ยนไปหลังจากแก้ไขข้อความนี้ (กด “สร้างร่างใหม่” เพื่อดูร่างล่าสุด)</translation>
    </message>
  </context>
</TS>
