; Inno Setup script: a per-user Pactline installer (no administrator rights).
; Built by packaging\windows\build.ps1 after PyInstaller has made dist\pactline\;
; by hand: ISCC.exe /DAppVersion=0.1.0 packaging\windows\pactline.iss
; Needs Inno Setup 6.3 or newer (x64compatible below).
;
; Installs into %LOCALAPPDATA%\Programs\Pactline, adds a Start-menu entry and
; opens .pactline files with Pactline (registered for this user only). The
; uninstaller removes only what it installed: the user's exercises and
; settings (%APPDATA%\Pactline, Qt's standard data and settings locations) stay.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{5B0F3C8E-6E0B-4C38-9D43-7C1E2F7A9A11}
AppName=Pactline
AppVersion={#AppVersion}
AppVerName=Pactline {#AppVersion}
AppPublisher=Pactline
DefaultDirName={autopf}\Pactline
DefaultGroupName=Pactline
DisableProgramGroupPage=yes
; Per user: {autopf} is %LOCALAPPDATA%\Programs and HKA is HKEY_CURRENT_USER.
PrivilegesRequired=lowest
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=pactline-{#AppVersion}-setup
SetupIconFile=build\pactline.ico
UninstallDisplayIcon={app}\pactline.exe
UninstallDisplayName=Pactline
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"

; The installer's own words in both languages (Inno Setup picks the Windows user's language).
[CustomMessages]
en.PactlineComment=Plan and run treaty table-top exercises
it.PactlineComment=Pianificare e condurre esercitazioni da tavolo sui trattati
en.PactlineFileType=Pactline exercise
it.PactlineFileType=Esercitazione Pactline

[Files]
Source: "dist\pactline\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Pactline"; Filename: "{app}\pactline.exe"; Comment: "{cm:PactlineComment}"

[Registry]
Root: HKA; Subkey: "Software\Classes\.pactline"; ValueType: string; ValueName: ""; ValueData: "Pactline.Exercise"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.pactline\OpenWithProgids"; ValueType: string; ValueName: "Pactline.Exercise"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Pactline.Exercise"; ValueType: string; ValueName: ""; ValueData: "{cm:PactlineFileType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Pactline.Exercise\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\pactline.exe,0"
Root: HKA; Subkey: "Software\Classes\Pactline.Exercise\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\pactline.exe"" ""%1"""

[Run]
Filename: "{app}\pactline.exe"; Description: "{cm:LaunchProgram,Pactline}"; Flags: nowait postinstall skipifsilent
