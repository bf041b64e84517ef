; ITADesk's Thai messages for Inno Setup 6 (the installer's and uninstaller's own wording).
;
; Part of ITADesk, under the MIT licence in the repository's LICENSE file
; (Copyright (c) 2026 The ITADesk authors). Written for ITADesk, not taken from any other
; translation; installer/itadesk.iss lists it first under [Languages], so an office PC gets
; the Thai wizard.
;
; It covers every message of Inno Setup 6.4's Default.isl; tests/test_installer_messages.py
; checks the keys and their placeholders against tests/data/inno_setup_6.4_message_keys.tsv.
; Keep %1, %2 ... (values), %n (new line) and [name], [name/ver], [mb], [gb] (filled in by
; Setup). Like Inno Setup's own Japanese and Korean messages, access keys follow the word in
; brackets, e.g. "ถัดไป(&N) >": Alt+N works as in Windows' English dialogs, and no underline
; collides with Thai vowel and tone marks. Thai sentences end without a full stop; Setup adds
; one itself to a few messages, as its Default.isl notes.
;
; Saved as UTF-8 with a byte-order mark, as Inno Setup 6 reads Unicode message files.

[LangOptions]
LanguageName=ไทย
LanguageID=$041E
LanguageCodePage=874

[Messages]

; *** Application titles
SetupAppTitle=โปรแกรมติดตั้ง
SetupWindowTitle=โปรแกรมติดตั้ง - %1
UninstallAppTitle=ถอนการติดตั้ง
UninstallAppFullTitle=ถอนการติดตั้ง %1

; *** Misc. common
InformationTitle=ข้อมูล
ConfirmTitle=ยืนยัน
ErrorTitle=ข้อผิดพลาด

; *** SetupLdr messages
SetupLdrStartupMessage=จะติดตั้ง %1 ลงในเครื่องนี้ ต้องการดำเนินการต่อหรือไม่?
LdrCannotCreateTemp=สร้างไฟล์ชั่วคราวไม่ได้ จึงยกเลิกการติดตั้ง
LdrCannotExecTemp=เรียกใช้ไฟล์ในโฟลเดอร์ชั่วคราวไม่ได้ จึงยกเลิกการติดตั้ง
HelpTextNote=

; *** Startup error messages
LastErrorMessage=%1%n%nข้อผิดพลาด %2: %3
SetupFileMissing=ไม่พบไฟล์ %1 ในโฟลเดอร์ของโปรแกรมติดตั้ง โปรดแก้ไขปัญหา หรือหาโปรแกรมติดตั้งชุดใหม่
SetupFileCorrupt=ไฟล์ของโปรแกรมติดตั้งเสียหาย โปรดหาโปรแกรมติดตั้งชุดใหม่
SetupFileCorruptOrWrongVer=ไฟล์ของโปรแกรมติดตั้งเสียหาย หรือใช้กับโปรแกรมติดตั้งรุ่นนี้ไม่ได้ โปรดแก้ไขปัญหา หรือหาโปรแกรมติดตั้งชุดใหม่
InvalidParameter=บรรทัดคำสั่งมีพารามิเตอร์ที่ไม่ถูกต้อง:%n%n%1
SetupAlreadyRunning=โปรแกรมติดตั้งกำลังทำงานอยู่แล้ว
WindowsVersionNotSupported=โปรแกรมนี้ไม่รองรับ Windows รุ่นที่เครื่องนี้ใช้อยู่
WindowsServicePackRequired=โปรแกรมนี้ต้องใช้ %1 Service Pack %2 ขึ้นไป
NotOnThisPlatform=โปรแกรมนี้ทำงานบน %1 ไม่ได้
OnlyOnThisPlatform=ต้องเรียกใช้โปรแกรมนี้บน %1
OnlyOnTheseArchitectures=ติดตั้งโปรแกรมนี้ได้เฉพาะบน Windows สำหรับหน่วยประมวลผลแบบต่อไปนี้:%n%n%1
WinVersionTooLowError=โปรแกรมนี้ต้องใช้ %1 รุ่น %2 ขึ้นไป
WinVersionTooHighError=ติดตั้งโปรแกรมนี้บน %1 รุ่น %2 ขึ้นไปไม่ได้
AdminPrivilegesRequired=ต้องเข้าสู่ระบบด้วยบัญชีผู้ดูแลระบบจึงจะติดตั้งโปรแกรมนี้ได้
PowerUserPrivilegesRequired=ต้องเข้าสู่ระบบด้วยบัญชีผู้ดูแลระบบ หรือบัญชีในกลุ่ม Power Users จึงจะติดตั้งโปรแกรมนี้ได้
SetupAppRunningError=โปรแกรมติดตั้งพบว่า %1 กำลังทำงานอยู่%n%nโปรดปิดหน้าต่างของโปรแกรมนี้ทุกหน้าต่าง แล้วคลิก “ตกลง” เพื่อดำเนินการต่อ หรือคลิก “ยกเลิก” เพื่อออก
UninstallAppRunningError=โปรแกรมถอนการติดตั้งพบว่า %1 กำลังทำงานอยู่%n%nโปรดปิดหน้าต่างของโปรแกรมนี้ทุกหน้าต่าง แล้วคลิก “ตกลง” เพื่อดำเนินการต่อ หรือคลิก “ยกเลิก” เพื่อออก

; *** Startup questions
PrivilegesRequiredOverrideTitle=เลือกรูปแบบการติดตั้ง
PrivilegesRequiredOverrideInstruction=เลือกรูปแบบการติดตั้ง
PrivilegesRequiredOverrideText1=ติดตั้ง %1 ให้ผู้ใช้ทุกคนของเครื่องนี้ (ต้องมีสิทธิ์ผู้ดูแลระบบ) หรือให้คุณคนเดียวก็ได้
PrivilegesRequiredOverrideText2=ติดตั้ง %1 ให้คุณคนเดียว หรือให้ผู้ใช้ทุกคนของเครื่องนี้ (ต้องมีสิทธิ์ผู้ดูแลระบบ) ก็ได้
PrivilegesRequiredOverrideAllUsers=ติดตั้งให้ผู้ใช้ทุกคน(&A)
PrivilegesRequiredOverrideAllUsersRecommended=ติดตั้งให้ผู้ใช้ทุกคน(&A) (แนะนำ)
PrivilegesRequiredOverrideCurrentUser=ติดตั้งให้ฉันคนเดียว(&M)
PrivilegesRequiredOverrideCurrentUserRecommended=ติดตั้งให้ฉันคนเดียว(&M) (แนะนำ)

; *** Misc. errors
ErrorCreatingDir=โปรแกรมติดตั้งสร้างโฟลเดอร์ "%1" ไม่ได้
ErrorTooManyFilesInDir=สร้างไฟล์ในโฟลเดอร์ "%1" ไม่ได้ เพราะโฟลเดอร์นี้มีไฟล์มากเกินไป

; *** Setup common messages
ExitSetupTitle=ออกจากโปรแกรมติดตั้ง
ExitSetupMessage=การติดตั้งยังไม่เสร็จ ถ้าออกตอนนี้ โปรแกรมจะยังไม่ได้ติดตั้ง%n%nคุณเรียกใช้โปรแกรมติดตั้งอีกครั้งภายหลังเพื่อติดตั้งให้เสร็จได้%n%nออกจากโปรแกรมติดตั้งหรือไม่?
AboutSetupMenuItem=เกี่ยวกับโปรแกรมติดตั้ง(&A)...
AboutSetupTitle=เกี่ยวกับโปรแกรมติดตั้ง
AboutSetupMessage=%1 รุ่น %2%n%3%n%nเว็บไซต์ของ %1:%n%4
AboutSetupNote=
TranslatorNote=

; *** Buttons
ButtonBack=< ย้อนกลับ(&B)
ButtonNext=ถัดไป(&N) >
ButtonInstall=ติดตั้ง(&I)
ButtonOK=ตกลง
ButtonCancel=ยกเลิก
ButtonYes=ใช่(&Y)
ButtonYesToAll=ใช่ทั้งหมด(&A)
ButtonNo=ไม่ใช่(&N)
ButtonNoToAll=ไม่ใช่ทั้งหมด(&O)
ButtonFinish=เสร็จสิ้น(&F)
ButtonBrowse=เรียกดู(&B)...
ButtonWizardBrowse=เรียกดู(&R)...
ButtonNewFolder=สร้างโฟลเดอร์ใหม่(&M)

; *** "Select Language" dialog messages
SelectLanguageTitle=เลือกภาษาของโปรแกรมติดตั้ง
SelectLanguageLabel=เลือกภาษาที่จะใช้ระหว่างการติดตั้ง

; *** Common wizard text
ClickNext=คลิก “ถัดไป” เพื่อดำเนินการต่อ หรือคลิก “ยกเลิก” เพื่อออกจากโปรแกรมติดตั้ง
BeveledLabel=
BrowseDialogTitle=เรียกดูโฟลเดอร์
BrowseDialogLabel=เลือกโฟลเดอร์จากรายการด้านล่าง แล้วคลิก “ตกลง”
NewFolderName=โฟลเดอร์ใหม่

; *** "Welcome" wizard page
WelcomeLabel1=ยินดีต้อนรับสู่ตัวช่วยติดตั้ง [name]
WelcomeLabel2=ตัวช่วยนี้จะติดตั้ง [name/ver] ลงในเครื่องคอมพิวเตอร์ของคุณ%n%nขอแนะนำให้ปิดโปรแกรมอื่นทั้งหมดก่อนดำเนินการต่อ

; *** "Password" wizard page
WizardPassword=รหัสผ่าน
PasswordLabel1=การติดตั้งนี้ป้องกันด้วยรหัสผ่าน
PasswordLabel3=โปรดใส่รหัสผ่าน แล้วคลิก “ถัดไป” เพื่อดำเนินการต่อ รหัสผ่านแยกตัวพิมพ์ใหญ่กับตัวพิมพ์เล็ก
PasswordEditLabel=รหัสผ่าน(&P):
IncorrectPassword=รหัสผ่านไม่ถูกต้อง โปรดลองอีกครั้ง

; *** "License Agreement" wizard page
WizardLicense=ข้อตกลงสิทธิ์การใช้งาน
LicenseLabel=โปรดอ่านข้อมูลสำคัญต่อไปนี้ก่อนดำเนินการต่อ
LicenseLabel3=โปรดอ่านข้อตกลงสิทธิ์การใช้งานต่อไปนี้ ต้องยอมรับข้อตกลงนี้ก่อนจึงจะติดตั้งต่อได้
LicenseAccepted=ฉันยอมรับข้อตกลง(&A)
LicenseNotAccepted=ฉันไม่ยอมรับข้อตกลง(&D)

; *** "Information" wizard pages
WizardInfoBefore=ข้อมูล
InfoBeforeLabel=โปรดอ่านข้อมูลสำคัญต่อไปนี้ก่อนดำเนินการต่อ
InfoBeforeClickLabel=เมื่อพร้อมจะติดตั้งต่อแล้ว คลิก “ถัดไป”
WizardInfoAfter=ข้อมูล
InfoAfterLabel=โปรดอ่านข้อมูลสำคัญต่อไปนี้ก่อนดำเนินการต่อ
InfoAfterClickLabel=เมื่อพร้อมจะดำเนินการต่อแล้ว คลิก “ถัดไป”

; *** "User Information" wizard page
WizardUserInfo=ข้อมูลผู้ใช้
UserInfoDesc=โปรดใส่ข้อมูลของคุณ
UserInfoName=ชื่อผู้ใช้(&U):
UserInfoOrg=หน่วยงาน(&O):
UserInfoSerial=หมายเลขผลิตภัณฑ์(&S):
UserInfoNameRequired=ต้องใส่ชื่อ

; *** "Select Destination Location" wizard page
WizardSelectDir=เลือกตำแหน่งที่จะติดตั้ง
SelectDirDesc=จะติดตั้ง [name] ไว้ที่ใด?
SelectDirLabel3=โปรแกรมติดตั้งจะติดตั้ง [name] ลงในโฟลเดอร์ต่อไปนี้
SelectDirBrowseLabel=คลิก “ถัดไป” เพื่อดำเนินการต่อ ถ้าต้องการเลือกโฟลเดอร์อื่น คลิก “เรียกดู”
DiskSpaceGBLabel=ต้องมีเนื้อที่ว่างบนดิสก์อย่างน้อย [gb] GB
DiskSpaceMBLabel=ต้องมีเนื้อที่ว่างบนดิสก์อย่างน้อย [mb] MB
CannotInstallToNetworkDrive=ติดตั้งลงในไดรฟ์เครือข่ายไม่ได้
CannotInstallToUNCPath=ติดตั้งลงในพาธแบบ UNC ไม่ได้
InvalidPath=ต้องใส่พาธเต็มที่มีอักษรไดรฟ์ เช่น%n%nC:\APP%n%nหรือพาธแบบ UNC ในรูป%n%n\\server\share
InvalidDrive=ไม่พบไดรฟ์หรือโฟลเดอร์แชร์ UNC ที่เลือก หรือเข้าถึงไม่ได้ โปรดเลือกที่อื่น
DiskSpaceWarningTitle=เนื้อที่ดิสก์ไม่พอ
DiskSpaceWarning=การติดตั้งต้องใช้เนื้อที่ว่างอย่างน้อย %1 KB แต่ไดรฟ์ที่เลือกเหลือเนื้อที่ว่างเพียง %2 KB%n%nต้องการดำเนินการต่อหรือไม่?
DirNameTooLong=ชื่อโฟลเดอร์หรือพาธยาวเกินไป
InvalidDirName=ชื่อโฟลเดอร์ไม่ถูกต้อง
BadDirName32=ชื่อโฟลเดอร์ต้องไม่มีอักขระต่อไปนี้:%n%n%1
DirExistsTitle=มีโฟลเดอร์นี้อยู่แล้ว
DirExists=มีโฟลเดอร์%n%n%1%n%nอยู่แล้ว ต้องการติดตั้งลงในโฟลเดอร์นี้หรือไม่?
DirDoesntExistTitle=ไม่มีโฟลเดอร์นี้
DirDoesntExist=ยังไม่มีโฟลเดอร์%n%n%1%n%nต้องการสร้างโฟลเดอร์นี้หรือไม่?

; *** "Select Components" wizard page
WizardSelectComponents=เลือกส่วนประกอบ
SelectComponentsDesc=จะติดตั้งส่วนประกอบใดบ้าง?
SelectComponentsLabel2=เลือกส่วนประกอบที่ต้องการติดตั้ง และเอาเครื่องหมายออกจากส่วนประกอบที่ไม่ต้องการ เมื่อพร้อมแล้ว คลิก “ถัดไป”
FullInstallation=ติดตั้งทั้งหมด
CompactInstallation=ติดตั้งแบบกะทัดรัด
CustomInstallation=ติดตั้งแบบกำหนดเอง
NoUninstallWarningTitle=มีส่วนประกอบอยู่แล้ว
NoUninstallWarning=โปรแกรมติดตั้งพบว่าเครื่องนี้มีส่วนประกอบต่อไปนี้ติดตั้งอยู่แล้ว:%n%n%1%n%nการเอาเครื่องหมายออกจากส่วนประกอบเหล่านี้จะไม่ถอนการติดตั้งส่วนประกอบนั้น%n%nต้องการดำเนินการต่อหรือไม่?
ComponentSize1=%1 KB
ComponentSize2=%1 MB
ComponentsDiskSpaceGBLabel=ส่วนประกอบที่เลือกต้องใช้เนื้อที่ดิสก์อย่างน้อย [gb] GB
ComponentsDiskSpaceMBLabel=ส่วนประกอบที่เลือกต้องใช้เนื้อที่ดิสก์อย่างน้อย [mb] MB

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=เลือกงานเพิ่มเติม
SelectTasksDesc=ต้องการให้ทำอะไรเพิ่มเติมบ้าง?
SelectTasksLabel2=เลือกงานเพิ่มเติมที่ต้องการให้โปรแกรมติดตั้งทำระหว่างติดตั้ง [name] แล้วคลิก “ถัดไป”

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=เลือกโฟลเดอร์ในเมนูเริ่ม
SelectStartMenuFolderDesc=จะวางทางลัดของโปรแกรมไว้ที่ใด?
SelectStartMenuFolderLabel3=โปรแกรมติดตั้งจะสร้างทางลัดของโปรแกรมไว้ในโฟลเดอร์ต่อไปนี้ของเมนูเริ่ม
SelectStartMenuFolderBrowseLabel=คลิก “ถัดไป” เพื่อดำเนินการต่อ ถ้าต้องการเลือกโฟลเดอร์อื่น คลิก “เรียกดู”
MustEnterGroupName=ต้องใส่ชื่อโฟลเดอร์
GroupNameTooLong=ชื่อโฟลเดอร์หรือพาธยาวเกินไป
InvalidGroupName=ชื่อโฟลเดอร์ไม่ถูกต้อง
BadGroupName=ชื่อโฟลเดอร์ต้องไม่มีอักขระต่อไปนี้:%n%n%1
NoProgramGroupCheck2=ไม่ต้องสร้างโฟลเดอร์ในเมนูเริ่ม(&D)

; *** "Ready to Install" wizard page
WizardReady=พร้อมติดตั้ง
ReadyLabel1=โปรแกรมติดตั้งพร้อมจะเริ่มติดตั้ง [name] ลงในเครื่องคอมพิวเตอร์ของคุณแล้ว
ReadyLabel2a=คลิก “ติดตั้ง” เพื่อเริ่มติดตั้ง หรือคลิก “ย้อนกลับ” ถ้าต้องการทบทวนหรือเปลี่ยนการตั้งค่า
ReadyLabel2b=คลิก “ติดตั้ง” เพื่อเริ่มติดตั้ง
ReadyMemoUserInfo=ข้อมูลผู้ใช้:
ReadyMemoDir=ตำแหน่งที่ติดตั้ง:
ReadyMemoType=รูปแบบการติดตั้ง:
ReadyMemoComponents=ส่วนประกอบที่เลือก:
ReadyMemoGroup=โฟลเดอร์ในเมนูเริ่ม:
ReadyMemoTasks=งานเพิ่มเติม:

; *** TDownloadWizardPage wizard page and DownloadTemporaryFile
DownloadingLabel=กำลังดาวน์โหลดไฟล์เพิ่มเติม...
ButtonStopDownload=หยุดดาวน์โหลด(&S)
StopDownload=ต้องการหยุดดาวน์โหลดหรือไม่?
ErrorDownloadAborted=ยกเลิกการดาวน์โหลดแล้ว
ErrorDownloadFailed=ดาวน์โหลดไม่สำเร็จ: %1 %2
ErrorDownloadSizeFailed=อ่านขนาดของไฟล์ไม่สำเร็จ: %1 %2
ErrorFileHash1=คำนวณค่าแฮชของไฟล์ไม่สำเร็จ: %1
ErrorFileHash2=ค่าแฮชของไฟล์ไม่ถูกต้อง: ควรเป็น %1 แต่ได้ %2
ErrorProgress=ความคืบหน้าไม่ถูกต้อง: %1 จาก %2
ErrorFileSize=ขนาดของไฟล์ไม่ถูกต้อง: ควรเป็น %1 แต่ได้ %2

; *** TExtractionWizardPage wizard page and Extract7ZipArchive
ExtractionLabel=กำลังแตกไฟล์เพิ่มเติม...
ButtonStopExtraction=หยุดแตกไฟล์(&S)
StopExtraction=ต้องการหยุดแตกไฟล์หรือไม่?
ErrorExtractionAborted=ยกเลิกการแตกไฟล์แล้ว
ErrorExtractionFailed=แตกไฟล์ไม่สำเร็จ: %1

; *** "Preparing to Install" wizard page
WizardPreparing=กำลังเตรียมการติดตั้ง
PreparingDesc=โปรแกรมติดตั้งกำลังเตรียมติดตั้ง [name] ลงในเครื่องคอมพิวเตอร์ของคุณ
PreviousInstallNotCompleted=การติดตั้งหรือถอนการติดตั้งโปรแกรมก่อนหน้ายังไม่เสร็จ ต้องรีสตาร์ทเครื่องเพื่อให้งานนั้นเสร็จก่อน%n%nหลังรีสตาร์ทเครื่องแล้ว ให้เรียกใช้โปรแกรมติดตั้งอีกครั้งเพื่อติดตั้ง [name] ให้เสร็จ
CannotContinue=โปรแกรมติดตั้งดำเนินการต่อไม่ได้ โปรดคลิก “ยกเลิก” เพื่อออก
ApplicationsFound=โปรแกรมต่อไปนี้กำลังใช้ไฟล์ที่โปรแกรมติดตั้งต้องปรับปรุง ขอแนะนำให้โปรแกรมติดตั้งปิดโปรแกรมเหล่านี้โดยอัตโนมัติ
ApplicationsFound2=โปรแกรมต่อไปนี้กำลังใช้ไฟล์ที่โปรแกรมติดตั้งต้องปรับปรุง ขอแนะนำให้โปรแกรมติดตั้งปิดโปรแกรมเหล่านี้โดยอัตโนมัติ เมื่อติดตั้งเสร็จแล้ว โปรแกรมติดตั้งจะพยายามเปิดโปรแกรมเหล่านี้ขึ้นมาใหม่
CloseApplications=ปิดโปรแกรมเหล่านี้โดยอัตโนมัติ(&A)
DontCloseApplications=ไม่ต้องปิดโปรแกรมเหล่านี้(&D)
ErrorCloseApplications=โปรแกรมติดตั้งปิดโปรแกรมทั้งหมดโดยอัตโนมัติไม่ได้ ขอแนะนำให้ปิดโปรแกรมทุกโปรแกรมที่ใช้ไฟล์ซึ่งโปรแกรมติดตั้งต้องปรับปรุงก่อนดำเนินการต่อ
PrepareToInstallNeedsRestart=โปรแกรมติดตั้งต้องรีสตาร์ทเครื่อง หลังรีสตาร์ทแล้ว ให้เรียกใช้โปรแกรมติดตั้งอีกครั้งเพื่อติดตั้ง [name] ให้เสร็จ%n%nต้องการรีสตาร์ทเครื่องตอนนี้หรือไม่?

; *** "Installing" wizard page
WizardInstalling=กำลังติดตั้ง
InstallingLabel=โปรดรอสักครู่ โปรแกรมติดตั้งกำลังติดตั้ง [name] ลงในเครื่องคอมพิวเตอร์ของคุณ

; *** "Setup Completed" wizard page
FinishedHeadingLabel=ตัวช่วยติดตั้ง [name] เสร็จสิ้น
FinishedLabelNoIcons=ติดตั้ง [name] ลงในเครื่องคอมพิวเตอร์ของคุณเรียบร้อยแล้ว
FinishedLabel=ติดตั้ง [name] ลงในเครื่องคอมพิวเตอร์ของคุณเรียบร้อยแล้ว เปิดโปรแกรมได้จากทางลัดที่ติดตั้งไว้
ClickFinish=คลิก “เสร็จสิ้น” เพื่อออกจากโปรแกรมติดตั้ง
FinishedRestartLabel=โปรแกรมติดตั้งต้องรีสตาร์ทเครื่องเพื่อติดตั้ง [name] ให้เสร็จ ต้องการรีสตาร์ทเครื่องตอนนี้หรือไม่?
FinishedRestartMessage=โปรแกรมติดตั้งต้องรีสตาร์ทเครื่องเพื่อติดตั้ง [name] ให้เสร็จ%n%nต้องการรีสตาร์ทเครื่องตอนนี้หรือไม่?
ShowReadmeCheck=ใช่ ฉันต้องการดูไฟล์ README
YesRadio=ใช่ รีสตาร์ทเครื่องตอนนี้(&Y)
NoRadio=ไม่ใช่ ฉันจะรีสตาร์ทเครื่องเองภายหลัง(&N)
; used for example as 'Run MyProg.exe'
RunEntryExec=เรียกใช้ %1
; used for example as 'View Readme.txt'
RunEntryShellExec=เปิดดู %1

; *** "Setup Needs the Next Disk" stuff
ChangeDiskTitle=โปรแกรมติดตั้งต้องใช้แผ่นดิสก์แผ่นถัดไป
SelectDiskLabel2=โปรดใส่แผ่นดิสก์แผ่นที่ %1 แล้วคลิก “ตกลง”%n%nถ้าไฟล์ในแผ่นดิสก์นี้อยู่ในโฟลเดอร์อื่นที่ไม่ใช่โฟลเดอร์ด้านล่าง ให้ใส่พาธที่ถูกต้องหรือคลิก “เรียกดู”
PathLabel=พาธ(&P):
FileNotInDir2=ไม่พบไฟล์ "%1" ใน "%2" โปรดใส่แผ่นดิสก์ที่ถูกต้องหรือเลือกโฟลเดอร์อื่น
SelectDirectoryLabel=โปรดระบุตำแหน่งของแผ่นดิสก์แผ่นถัดไป

; *** Installation phase messages
SetupAborted=การติดตั้งไม่เสร็จสมบูรณ์%n%nโปรดแก้ไขปัญหา แล้วเรียกใช้โปรแกรมติดตั้งอีกครั้ง
AbortRetryIgnoreSelectAction=เลือกสิ่งที่จะทำ
AbortRetryIgnoreRetry=ลองอีกครั้ง(&T)
AbortRetryIgnoreIgnore=ข้ามข้อผิดพลาดแล้วดำเนินการต่อ(&I)
AbortRetryIgnoreCancel=ยกเลิกการติดตั้ง

; *** Installation status messages
StatusClosingApplications=กำลังปิดโปรแกรม...
StatusCreateDirs=กำลังสร้างโฟลเดอร์...
StatusExtractFiles=กำลังแตกไฟล์...
StatusCreateIcons=กำลังสร้างทางลัด...
StatusCreateIniEntries=กำลังเขียนค่าในไฟล์ INI...
StatusCreateRegistryEntries=กำลังเขียนค่าในรีจิสทรี...
StatusRegisterFiles=กำลังลงทะเบียนไฟล์...
StatusSavingUninstall=กำลังบันทึกข้อมูลสำหรับถอนการติดตั้ง...
StatusRunProgram=กำลังจัดการติดตั้งให้เสร็จ...
StatusRestartingApplications=กำลังเปิดโปรแกรมขึ้นมาใหม่...
StatusRollback=กำลังย้อนการเปลี่ยนแปลง...

; *** Misc. errors
ErrorInternal2=ข้อผิดพลาดภายใน: %1
ErrorFunctionFailedNoCode=%1 ไม่สำเร็จ
ErrorFunctionFailed=%1 ไม่สำเร็จ รหัส %2
ErrorFunctionFailedWithMessage=%1 ไม่สำเร็จ รหัส %2%n%3
ErrorExecutingProgram=เรียกใช้ไฟล์ไม่ได้:%n%1

; *** Registry errors
ErrorRegOpenKey=เกิดข้อผิดพลาดขณะเปิดคีย์ของรีจิสทรี:%n%1\%2
ErrorRegCreateKey=เกิดข้อผิดพลาดขณะสร้างคีย์ของรีจิสทรี:%n%1\%2
ErrorRegWriteKey=เกิดข้อผิดพลาดขณะเขียนคีย์ของรีจิสทรี:%n%1\%2

; *** INI errors
ErrorIniEntry=เกิดข้อผิดพลาดขณะเขียนค่าในไฟล์ INI "%1"

; *** File copying errors
FileAbortRetryIgnoreSkipNotRecommended=ข้ามไฟล์นี้(&S) (ไม่แนะนำ)
FileAbortRetryIgnoreIgnoreNotRecommended=ข้ามข้อผิดพลาดแล้วดำเนินการต่อ(&I) (ไม่แนะนำ)
SourceIsCorrupted=ไฟล์ต้นทางเสียหาย
SourceDoesntExist=ไม่มีไฟล์ต้นทาง "%1"
ExistingFileReadOnly2=แทนที่ไฟล์เดิมไม่ได้ เพราะไฟล์นั้นเป็นแบบอ่านอย่างเดียว
ExistingFileReadOnlyRetry=เลิกตั้งค่าอ่านอย่างเดียวแล้วลองอีกครั้ง(&R)
ExistingFileReadOnlyKeepExisting=เก็บไฟล์เดิมไว้(&K)
ErrorReadingExistingDest=เกิดข้อผิดพลาดขณะอ่านไฟล์เดิม:
FileExistsSelectAction=เลือกสิ่งที่จะทำ
FileExists2=มีไฟล์นี้อยู่แล้ว
FileExistsOverwriteExisting=เขียนทับไฟล์เดิม(&O)
FileExistsKeepExisting=เก็บไฟล์เดิมไว้(&K)
FileExistsOverwriteOrKeepAll=ทำเช่นนี้กับไฟล์ซ้ำที่เหลือทั้งหมด(&D)
ExistingFileNewerSelectAction=เลือกสิ่งที่จะทำ
ExistingFileNewer2=ไฟล์เดิมใหม่กว่าไฟล์ที่โปรแกรมติดตั้งกำลังจะติดตั้ง
ExistingFileNewerOverwriteExisting=เขียนทับไฟล์เดิม(&O)
ExistingFileNewerKeepExisting=เก็บไฟล์เดิมไว้(&K) (แนะนำ)
ExistingFileNewerOverwriteOrKeepAll=ทำเช่นนี้กับไฟล์ซ้ำที่เหลือทั้งหมด(&D)
ErrorChangingAttr=เกิดข้อผิดพลาดขณะเปลี่ยนคุณสมบัติของไฟล์เดิม:
ErrorCreatingTemp=เกิดข้อผิดพลาดขณะสร้างไฟล์ในโฟลเดอร์ปลายทาง:
ErrorReadingSource=เกิดข้อผิดพลาดขณะอ่านไฟล์ต้นทาง:
ErrorCopying=เกิดข้อผิดพลาดขณะคัดลอกไฟล์:
ErrorReplacingExistingFile=เกิดข้อผิดพลาดขณะแทนที่ไฟล์เดิม:
ErrorRestartReplace=ตั้งให้แทนที่ไฟล์เมื่อรีสตาร์ทเครื่อง (RestartReplace) ไม่สำเร็จ:
ErrorRenamingTemp=เกิดข้อผิดพลาดขณะเปลี่ยนชื่อไฟล์ในโฟลเดอร์ปลายทาง:
ErrorRegisterServer=ลงทะเบียน DLL/OCX ไม่ได้: %1
ErrorRegSvr32Failed=RegSvr32 ทำงานไม่สำเร็จ รหัสที่ส่งกลับ %1
ErrorRegisterTypeLib=ลงทะเบียนไลบรารีชนิดข้อมูล (type library) ไม่ได้: %1

; *** Uninstall display name markings
; used for example as 'My Program (32-bit)'
UninstallDisplayNameMark=%1 (%2)
; used for example as 'My Program (32-bit, All users)'
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32 บิต
UninstallDisplayNameMark64Bit=64 บิต
UninstallDisplayNameMarkAllUsers=ผู้ใช้ทุกคน
UninstallDisplayNameMarkCurrentUser=ผู้ใช้ปัจจุบัน

; *** Post-installation errors
ErrorOpeningReadme=เกิดข้อผิดพลาดขณะเปิดไฟล์ README
ErrorRestartingComputer=โปรแกรมติดตั้งรีสตาร์ทเครื่องไม่ได้ โปรดรีสตาร์ทเครื่องด้วยตนเอง

; *** Uninstaller messages
UninstallNotFound=ไม่มีไฟล์ "%1" จึงถอนการติดตั้งไม่ได้
UninstallOpenError=เปิดไฟล์ "%1" ไม่ได้ จึงถอนการติดตั้งไม่ได้
UninstallUnsupportedVer=โปรแกรมถอนการติดตั้งรุ่นนี้ไม่รู้จักรูปแบบของไฟล์บันทึกการติดตั้ง "%1" จึงถอนการติดตั้งไม่ได้
UninstallUnknownEntry=พบรายการที่ไม่รู้จัก (%1) ในไฟล์บันทึกการติดตั้ง
ConfirmUninstall=ต้องการลบ %1 และส่วนประกอบทั้งหมดของโปรแกรมออกจากเครื่องหรือไม่?
UninstallOnlyOnWin64=ถอนการติดตั้งนี้ได้เฉพาะบน Windows แบบ 64 บิต
OnlyAdminCanUninstall=ถอนการติดตั้งนี้ได้เฉพาะผู้ใช้ที่มีสิทธิ์ผู้ดูแลระบบ
UninstallStatusLabel=โปรดรอสักครู่ กำลังลบ %1 ออกจากเครื่องคอมพิวเตอร์ของคุณ
UninstalledAll=ลบ %1 ออกจากเครื่องคอมพิวเตอร์ของคุณเรียบร้อยแล้ว
UninstalledMost=ถอนการติดตั้ง %1 เสร็จแล้ว%n%nแต่บางรายการลบไม่ได้ โปรดลบรายการเหล่านั้นด้วยตนเอง
UninstalledAndNeedsRestart=ต้องรีสตาร์ทเครื่องเพื่อถอนการติดตั้ง %1 ให้เสร็จ%n%nต้องการรีสตาร์ทเครื่องตอนนี้หรือไม่?
UninstallDataCorrupted=ไฟล์ "%1" เสียหาย จึงถอนการติดตั้งไม่ได้

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=ลบไฟล์ที่ใช้ร่วมกันหรือไม่?
ConfirmDeleteSharedFile2=ระบบแจ้งว่าไม่มีโปรแกรมใดใช้ไฟล์ที่ใช้ร่วมกันต่อไปนี้แล้ว ต้องการให้โปรแกรมถอนการติดตั้งลบไฟล์นี้หรือไม่?%n%nถ้ายังมีโปรแกรมที่ใช้ไฟล์นี้อยู่ โปรแกรมนั้นอาจทำงานผิดปกติหลังลบไฟล์ ถ้าไม่แน่ใจ ให้เลือก “ไม่ใช่” การเก็บไฟล์นี้ไว้ไม่ก่อความเสียหายใด ๆ
SharedFileNameLabel=ชื่อไฟล์:
SharedFileLocationLabel=ตำแหน่ง:
WizardUninstalling=สถานะการถอนการติดตั้ง
StatusUninstalling=กำลังถอนการติดตั้ง %1...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=กำลังติดตั้ง %1
ShutdownBlockReasonUninstallingApp=กำลังถอนการติดตั้ง %1

[CustomMessages]

NameAndVersion=%1 รุ่น %2
AdditionalIcons=ทางลัดเพิ่มเติม:
CreateDesktopIcon=สร้างทางลัดบนเดสก์ท็อป(&D)
CreateQuickLaunchIcon=สร้างทางลัดในแถบ Quick Launch(&Q)
ProgramOnTheWeb=%1 บนเว็บ
UninstallProgram=ถอนการติดตั้ง %1
LaunchProgram=เปิด %1
AssocFileExtension=เชื่อมโยง %1 กับไฟล์นามสกุล %2(&A)
AssocingFileExtension=กำลังเชื่อมโยง %1 กับไฟล์นามสกุล %2...
AutoStartProgramGroupDescription=เริ่มทำงานอัตโนมัติ:
AutoStartProgram=เปิด %1 โดยอัตโนมัติเมื่อเริ่ม Windows
AddonHostProgramNotFound=ไม่พบ %1 ในโฟลเดอร์ที่เลือก%n%nต้องการดำเนินการต่อหรือไม่?
