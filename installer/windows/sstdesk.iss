; Inno Setup 6 script: a per-machine install of the one-folder bundle for Windows.
; Build the bundle on Windows first (installer/README.md), then:
;   iscc /DAppVersion=0.1.0 installer\windows\sstdesk.iss
; Output: dist\sstdesk-<version>-setup.exe. Silent install for IT: /VERYSILENT /NORESTART.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1C2B8E-5B7A-4C33-9D0E-53D7A1F0C2B1}
AppName=sstdesk
AppVersion={#AppVersion}
AppVerName=sstdesk {#AppVersion}
AppPublisher=Socialtjänsten – skolsocialt team
VersionInfoVersion={#AppVersion}
VersionInfoDescription=Ärendeverktyg för skolsociala team
DefaultDirName={autopf}\sstdesk
DefaultGroupName=sstdesk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=sstdesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
UninstallDisplayIcon={app}\sstdesk.exe
WizardStyle=modern

[Languages]
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\sstdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\deployment.example.json"; DestDir: "{app}"; Flags: ignoreversion

[Dirs]
; IT's machine-wide settings live here (deployment.json); users may read, not write.
Name: "{commonappdata}\sstdesk"; Permissions: users-readexec

[Icons]
Name: "{group}\sstdesk"; Filename: "{app}\sstdesk.exe"
Name: "{group}\Avinstallera sstdesk"; Filename: "{uninstallexe}"

[Run]
; Verify the install (IT can read the exit code from the log of their deployment tool).
Filename: "{app}\sstdesk-cli.exe"; Parameters: "--self-check"; Flags: runhidden waituntilterminated

[UninstallDelete]
; Only the program folder. The users' vaults (in their own profiles) and IT's
; deployment.json are never removed by an uninstall.
Type: filesandordirs; Name: "{app}"
