; StationDesk for Windows: wraps the PyInstaller one-folder build (dist\StationDesk) into
; StationDesk-<version>-setup.exe. Inno Setup 6.3 or newer (x64compatible).
;
; Build it with installer/windows/build_setup.py, which reads the version from the package
; (src/stationdesk/__init__.py) and runs:
;   ISCC /DAppVersion=<version> /DBuildDir=<dist\StationDesk> installer\windows\StationDesk.iss
; Checked on any OS (no Inno needed) by installer/windows/check_iss.py.
;
; The user's data: StationDesk keeps its database in platformdirs' per-user data folder
; (src/stationdesk/paths.py: user_data_path("StationDesk", "StationDesk"), not roaming), that is
;   %LOCALAPPDATA%\StationDesk\StationDesk\stationdesk.sqlite3      (UserDataDir below)
; never in the program folder. This script installs, replaces and uninstalls the program folder
; only: nothing here deletes or writes in UserDataDir, so an uninstall KEEPS the database and an
; upgrade leaves it for the new program, which upgrades it on its first start after copying it
; aside (store/migrate.py: stationdesk.before-upgrade-from-<revision>-<time>.sqlite3 next to it).

#ifndef AppVersion
  #error AppVersion is not defined: build with installer/windows/build_setup.py (or ISCC /DAppVersion=...)
#endif
#ifndef BuildDir
  #define BuildDir AddBackslash(SourcePath) + "..\..\dist\StationDesk"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif
#define AppName "StationDesk"
#define GuiExe "StationDesk.exe"
#define CliExe "stationdesk-cli.exe"
#define AppIcon "_internal\stationdesk\resources\icons\stationdesk.ico"
#define UserDataDir "{localappdata}\StationDesk\StationDesk"

[Setup]
; AppId is fixed for good: an upgrade finds the earlier install (its folder, its install mode,
; its language) through it. Never change it.
AppId={{6F0D2C4E-8B1A-4E57-9C3D-2A7B5E1F4C90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=StationDesk
#ifdef AppNumericVersion
VersionInfoVersion={#AppNumericVersion}
#endif
; Per-user install without admin rights is possible: "lowest" installs for the current user
; (program folder %LOCALAPPDATA%\Programs\StationDesk); the dialog offers "all users" (needs admin,
; C:\Program Files\StationDesk).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=StationDesk-{#AppVersion}-setup
SetupIconFile=..\..\src\stationdesk\resources\icons\stationdesk.ico
UninstallDisplayIcon={app}\{#AppIcon}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ShowLanguageDialog=auto
; An upgrade while StationDesk runs: the Restart Manager closes it (files in {app} in use),
; then the program is replaced. It is not restarted behind the user's back; the last page offers
; to start it.
CloseApplications=yes
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no

[Languages]
; Chinese first: Setup falls back to the first language when Windows' language matches neither.
; zh_CN.isl is our own translation of the wizard, layered over Inno's English Default.isl (a
; message it lacks shows in English; see installer/README.md "Windows").
Name: "zh_CN"; MessagesFile: "compiler:Default.isl,zh_CN.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Messages]
en.ConfirmUninstall=Remove %1 from this computer?%n%nYour StationDesk database and settings are kept: they are in your user folder under AppData\Local\StationDesk\StationDesk, and the program finds them again when it is installed anew.
en.UninstalledAll=%1 was removed from this computer.%n%nYour StationDesk database was kept in your user folder under AppData\Local\StationDesk\StationDesk.

[CustomMessages]
en.DataDirNotForProgram=This folder holds (or lies inside) StationDesk's data folder:%n%n%1%n%nPlease choose another folder for the program.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the program: the previous build's runtime goes first, so no stale DLL or
; module of the old version is left beside the new one. Only inside the program folder.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\{#GuiExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BuildDir}\{#CliExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BuildDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; IconFilename: "{app}\{#AppIcon}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; IconFilename: "{app}\{#AppIcon}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes exactly the files it installed and then the
; program folder if it is empty. The user data folder ({#UserDataDir}) is never touched.

[Code]
function IsInsideOrSame(const Inner, Outer: String): Boolean;
var
  InnerPath, OuterPath: String;
begin
  InnerPath := AddBackslash(Lowercase(Inner));
  OuterPath := AddBackslash(Lowercase(Outer));
  Result := Copy(InnerPath, 1, Length(OuterPath)) = OuterPath;
end;

{ The program folder must neither be the data folder, nor inside it, nor contain it: the
  program folder is replaced on upgrade and emptied on uninstall. }
function ProgramDirClashesWithData(const Dir: String): String;
var
  DataDir: String;
begin
  Result := '';
  DataDir := ExpandConstant('{#UserDataDir}');
  if IsInsideOrSame(Dir, DataDir) or IsInsideOrSame(DataDir, Dir) then
    Result := FmtMessage(CustomMessage('DataDirNotForProgram'), [DataDir]);
end;

function NextButtonClick(CurPageID: Integer): Boolean;
var
  Clash: String;
begin
  Result := True;
  if CurPageID = wpSelectDir then
  begin
    Clash := ProgramDirClashesWithData(WizardDirValue);
    if Clash <> '' then
    begin
      MsgBox(Clash, mbError, MB_OK);
      Result := False;
    end;
  end;
end;

{ Also for silent installs and /DIR=: refuse before anything is written. }
function PrepareToInstall(var NeedsRestart: Boolean): String;
begin
  Result := ProgramDirClashesWithData(ExpandConstant('{app}'));
end;
