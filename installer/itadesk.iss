; Inno Setup 6 script: the ITADesk installer for Windows.
;
; Installs per user, without administrator rights, into %LOCALAPPDATA%\Programs\ITADesk;
; adds a Start-menu shortcut and (if ticked) a desktop one; registers the .itadesk file type
; under HKCU so that double-clicking a copy from a USB stick runs `ITADesk.exe "FILE"`, which
; offers to merge it. The user's workspace and backups live in %LOCALAPPDATA%\ITADesk (see
; itadesk/paths.py), outside {app}, so uninstalling never touches them.
;
; Build after scripts/build_and_smoke.sh has produced dist\ITADesk:
;   iscc /DAppVersion=0.1.0 installer\itadesk.iss      -> dist\ITADesk-Setup-0.1.0.exe
;
; The wizard speaks Thai on every PC, whatever Windows' own language, as the app does: Thai is
; the first language and Setup neither guesses from Windows nor asks. English stays available
; for whoever needs it: ITADesk-Setup-0.1.0.exe /LANG=english

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{5B8E4C1A-7F3D-4E62-9A0B-2C6D8E1F4A37}
AppName=ITADesk
AppVersion={#AppVersion}
AppVerName=ITADesk {#AppVersion}
AppPublisher=ITADesk
AppComments=เครื่องมือเตรียมการประเมินคุณธรรมและความโปร่งใส (ITA) ของหน่วยงาน
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\ITADesk
DefaultGroupName=ITADesk
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..
OutputDir=dist
OutputBaseFilename=ITADesk-Setup-{#AppVersion}
SetupIconFile=resources\icons\itadesk.ico
UninstallDisplayIcon={app}\ITADesk.exe
UninstallDisplayName=ITADesk
; ITADesk's LICENSE followed by the fonts' licences, written by build.spec (scripts/installer_licence.py)
LicenseFile=dist\LICENCES.txt
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes
LanguageDetectionMethod=none
ShowLanguageDialog=no

[Languages]
; installer\Thai.isl is ITADesk's own Thai wording of Inno Setup's messages (MIT, like the rest).
Name: "thai"; MessagesFile: "installer\Thai.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
thai.FileTypeName=ไฟล์ข้อมูล ITADesk
english.FileTypeName=ITADesk workspace
thai.OpenAfterInstall=เปิด ITADesk
english.OpenAfterInstall=Start ITADesk
thai.ShortcutComment=เตรียมการประเมินคุณธรรมและความโปร่งใส (ITA) ของหน่วยงาน
english.ShortcutComment=Prepare the office's Integrity and Transparency Assessment (ITA)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\ITADesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\ITADesk"; Filename: "{app}\ITADesk.exe"; Comment: "{cm:ShortcutComment}"
Name: "{autodesktop}\ITADesk"; Filename: "{app}\ITADesk.exe"; Comment: "{cm:ShortcutComment}"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install (HKLM only if the user chose "install for all users").
Root: HKA; Subkey: "Software\Classes\.itadesk"; ValueType: string; ValueName: ""; ValueData: "ITADesk.Workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.itadesk\OpenWithProgids"; ValueType: string; ValueName: "ITADesk.Workspace"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ITADesk.Workspace"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ITADesk.Workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\ITADesk.exe,0"
Root: HKA; Subkey: "Software\Classes\ITADesk.Workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\ITADesk.exe"" ""%1"""

[Run]
Filename: "{app}\ITADesk.exe"; Description: "{cm:OpenAfterInstall}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entries on purpose: the office's data is not in {app}.
