"""Lint installer/windows/StationDesk.iss without Inno Setup (it runs on Linux too).

    python installer/windows/check_iss.py --build dist/StationDesk [--iss installer/windows/StationDesk.iss]

Exit 0 when the script passes, 1 with one line per problem otherwise. The build folder may be a
Windows build (StationDesk.exe, stationdesk-cli.exe, _internal/) or a Linux one from the same spec
(StationDesk, stationdesk-cli, _internal/): an ``X.exe`` the script names is found as ``X`` when X
is one of the spec's executables (installer/contents.py GUI_NAME / CLI_NAME).

The rules (each problem says which one failed):
- [Setup]: the fixed AppId, AppName, AppVersion={#AppVersion} passed in (never a literal version,
  and no ``#define AppVersion``), OutputBaseFilename StationDesk-{#AppVersion}-setup,
  PrivilegesRequired=lowest with PrivilegesRequiredOverridesAllowed=dialog,
  DefaultDirName={autopf}\\StationDesk, CloseApplications on, the icons present.
- [Languages]: Chinese (Simplified) and English; our own zh_CN.isl layered over Default.isl,
  UTF-8 with a BOM, LanguageID $0804, the messages a user sees translated.
- [Files], [Icons], [Run], UninstallDisplayIcon: every source and every {app} file named exists in
  the build folder; every top-level item of the build folder is installed; the window exe gets a
  Start-menu shortcut, an optional desktop one (a task) and the "launch" box at the end.
- [InstallDelete] / [UninstallDelete]: inside the program folder only ({app}\\something, never the
  whole folder), never the user data folder; no deleting in [Code] either.
- UserDataDir and the uninstall messages name the folder src/stationdesk/paths.py really uses.
"""

from __future__ import annotations

import argparse
import ast
import fnmatch
import re
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ISS = HERE / "StationDesk.iss"

sys.path.insert(0, str(HERE.parent))
import contents  # noqa: E402  (installer/contents.py: the spec's executable names)

APP_ID = "{{6F0D2C4E-8B1A-4E57-9C3D-2A7B5E1F4C90}"  # never to change: upgrades find the old install by it
APP_NAME = "StationDesk"
CHECK_VERSION = "0.0.0-check"  # stands for /DAppVersion=...; never a real version
ICO_SIZES = {16, 32, 48, 256}  # at least these in the setup icon
# Constants naming folders outside the program folder where user data may live.
USER_AREAS = (
    "{localappdata}",
    "{userappdata}",
    "{commonappdata}",
    "{appdata}",
    "{userdocs}",
    "{commondocs}",
    "{userdesktop}",
    "{autoappdata}",
    "{%",
    "{sd}",
    "{win}",
    "{tmp}",
)
CODE_DELETERS = ("deltree", "deletefile", "removedir", "delayeddeletefile")
# Messages the StationDesk installer shows, which the Chinese file must translate
# (a missing one would show in English). Placeholders each must keep.
ZH_REQUIRED = {
    "SetupWindowTitle": ("%1",),
    "UninstallAppFullTitle": ("%1",),
    "PrivilegesRequiredOverrideTitle": (),
    "PrivilegesRequiredOverrideInstruction": (),
    "PrivilegesRequiredOverrideText2": ("%1",),
    "PrivilegesRequiredOverrideAllUsers": (),
    "PrivilegesRequiredOverrideCurrentUserRecommended": (),
    "ExitSetupMessage": (),
    "ButtonBack": (),
    "ButtonNext": (),
    "ButtonInstall": (),
    "ButtonCancel": (),
    "ButtonFinish": (),
    "ButtonWizardBrowse": (),
    "SelectLanguageTitle": (),
    "WizardSelectDir": (),
    "SelectDirLabel3": ("[name]",),
    "DiskSpaceMBLabel": ("[mb]",),
    "WizardSelectTasks": (),
    "SelectTasksLabel2": ("[name]",),
    "WizardReady": (),
    "ReadyLabel1": ("[name]",),
    "WizardPreparing": (),
    "ApplicationsFound": (),
    "CloseApplications": (),
    "DontCloseApplications": (),
    "WizardInstalling": (),
    "InstallingLabel": ("[name]",),
    "FinishedHeadingLabel": ("[name]",),
    "FinishedLabel": ("[name]",),
    "ClickFinish": (),
    "ConfirmUninstall": ("%1",),
    "UninstallStatusLabel": ("%1",),
    "UninstalledAll": ("%1",),
    "StatusUninstalling": ("%1",),
}
ZH_CUSTOM_REQUIRED = {
    "AdditionalIcons": (),
    "CreateDesktopIcon": (),
    "LaunchProgram": ("%1",),
    "DataDirNotForProgram": ("%1",),
}


@dataclass
class Script:
    """The .iss after a small stand-in for Inno's preprocessor, split into sections."""

    path: Path
    defines: dict[str, str]
    raw_defines: dict[str, str]  # #define lines as written
    setup: dict[str, str] = field(default_factory=dict)  # lower-cased directive -> value
    raw_setup: dict[str, str] = field(default_factory=dict)  # before {#...} substitution
    sections: dict[str, list[dict[str, str]]] = field(default_factory=dict)  # entries, lower-cased keys
    messages: dict[str, str] = field(default_factory=dict)  # [Messages] and [CustomMessages]
    code: str = ""
    errors_guarded: set[str] = field(default_factory=set)  # names an #ifndef ... #error guards


# --- reading ----------------------------------------------------------------------------------------

_DEFINE = re.compile(r"#define\s+(\w+)(?:\s+(.*))?$", re.IGNORECASE)
_INLINE = re.compile(r"\{#(\w+)\}")


def _literal(expr: str) -> str | None:
    expr = expr.strip()
    if len(expr) >= 2 and expr[0] == expr[-1] == '"':
        return expr[1:-1]
    return None


def _preprocess(lines: list[str], defines: dict[str, str]) -> tuple[list[str], dict[str, str], set[str]]:
    """#ifdef/#ifndef/#else/#endif, #define and #error as ISPP would take them, for this script's
    needs (literal values; anything else is kept opaque)."""
    out: list[str] = []
    raw: dict[str, str] = {}
    guarded: set[str] = set()
    stack: list[tuple[bool, str | None]] = []  # (active, name of an #ifndef)
    for line in lines:
        stripped = line.strip()
        active = all(a for a, _ in stack)
        low = stripped.lower()
        if low.startswith(("#ifdef", "#ifndef")):
            name = stripped.split(None, 1)[1].strip()
            cond = name in defines
            stack.append((cond if low.startswith("#ifdef") else not cond, name if "ifndef" in low else None))
        elif low.startswith("#else"):
            took, name = stack.pop()
            stack.append((not took, None))
        elif low.startswith("#endif"):
            stack.pop()
        elif low.startswith("#error"):
            if stack and stack[-1][1]:
                guarded.add(stack[-1][1])
        elif low.startswith("#define"):
            match = _DEFINE.match(stripped)
            if match:
                name, value = match.group(1), (match.group(2) or "").strip()
                raw.setdefault(name, value)
                if active:
                    defines[name] = _literal(value) if _literal(value) is not None else f"<{value}>"
        elif active:
            out.append(line)
    return out, raw, guarded


def _substitute(text: str, defines: dict[str, str]) -> str:
    return _INLINE.sub(lambda m: defines.get(m.group(1), m.group(0)), text)


def _entry(line: str) -> dict[str, str]:
    """One entry line's parameters: ``Name: "x ""y"" z"; Flags: a b`` gives name 'x "y" z', flags 'a b'."""
    params: dict[str, str] = {}
    i, n = 0, len(line)
    while i < n:
        colon = line.find(":", i)
        if colon < 0:
            break
        key = line[i:colon].strip().lower()
        i = colon + 1
        while i < n and line[i] == " ":
            i += 1
        if i < n and line[i] == '"':
            value, i = [], i + 1
            while i < n:
                if line[i] == '"':
                    if i + 1 < n and line[i + 1] == '"':
                        value.append('"')
                        i += 2
                        continue
                    i += 1
                    break
                value.append(line[i])
                i += 1
            text = "".join(value)
            semi = line.find(";", i)
            i = n if semi < 0 else semi + 1
        else:
            semi = line.find(";", i)
            text = line[i:] if semi < 0 else line[i:semi]
            i = n if semi < 0 else semi + 1
        params[key] = text.strip()
    return params


def read_script(path: Path, defines: dict[str, str]) -> Script:
    text = path.read_text(encoding="utf-8-sig")
    defines = dict(defines)
    lines, raw, guarded = _preprocess(text.splitlines(), defines)
    script = Script(path, defines, raw, errors_guarded=guarded)
    section = ""
    code: list[str] = []
    for line in lines:
        stripped = line.strip()
        if re.fullmatch(r"\[[A-Za-z]+\]", stripped):
            section = stripped[1:-1].lower()
            script.sections.setdefault(section, [])
            continue
        if section == "code":
            code.append(line)
            continue
        if not stripped or stripped.startswith((";", "//")):
            continue
        if section == "setup":
            key, _, value = stripped.partition("=")
            script.raw_setup[key.strip().lower()] = value.strip()
            script.setup[key.strip().lower()] = _substitute(value.strip(), defines)
        elif section in ("messages", "custommessages"):
            key, _, value = stripped.partition("=")
            script.messages[key.strip()] = value
        elif section:
            script.sections[section].append(
                {k: _substitute(v, defines) for k, v in _entry(stripped).items()} | {"_raw": stripped}
            )
    script.code = "\n".join(code)
    return script


def read_isl(path: Path) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """An Inno messages file: ([LangOptions], [Messages], [CustomMessages])."""
    parts: dict[str, dict[str, str]] = {"langoptions": {}, "messages": {}, "custommessages": {}}
    section = ""
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(";"):
            continue
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1].lower()
            continue
        if section in parts and "=" in stripped:
            key, _, value = stripped.partition("=")
            parts[section][key.strip()] = value
    return parts["langoptions"], parts["messages"], parts["custommessages"]


def spec_executables() -> tuple[str, ...]:
    """The spec's executable names (no .exe), from installer/contents.py."""
    return (contents.GUI_NAME, contents.CLI_NAME)


def user_data_dir_constant(root: Path = ROOT) -> str:
    """The Inno constant path of platformdirs' user data folder as src/stationdesk/paths.py asks
    for it (user_data_path(APP_NAME, APP_AUTHOR), not roaming -> %LOCALAPPDATA%\\author\\name)."""
    tree = ast.parse((root / "src" / "stationdesk" / "paths.py").read_text(encoding="utf-8"))
    consts = {
        t.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for t in node.targets
        if isinstance(t, ast.Name)
    }
    roaming = False
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "user_data_path":
            for kw in node.keywords:
                if kw.arg == "roaming" and isinstance(kw.value, ast.Constant):
                    roaming = bool(kw.value.value)
    base = "{userappdata}" if roaming else "{localappdata}"
    return f"{base}\\{consts['APP_AUTHOR']}\\{consts['APP_NAME']}"


# --- checking ---------------------------------------------------------------------------------------


def _ico_sizes(path: Path) -> set[int]:
    data = path.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1:
        return set()
    return {(data[6 + 16 * i] or 256) for i in range(count)}


class _Build:
    """The build folder, seen with Windows names (case-insensitive, X.exe found as X on Linux)."""

    def __init__(self, folder: Path, exe_names: tuple[str, ...]) -> None:
        self.folder = folder
        self.exes = {f"{name}.exe".lower(): name for name in exe_names}

    def _candidates(self, relative: str) -> list[Path]:
        parts = [p for p in relative.replace("\\", "/").split("/") if p]
        found = [self.folder]
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            names = {part.lower()}
            if last and part.lower() in self.exes:
                names.add(self.exes[part.lower()].lower())
            found = [
                child
                for parent in found
                if parent.is_dir()
                for child in parent.iterdir()
                if child.name.lower() in names
            ]
        return found

    def exists(self, relative: str) -> bool:
        return any(p.is_file() for p in self._candidates(relative))

    def glob(self, relative: str, recurse: bool) -> list[Path]:
        head, _, pattern = relative.replace("\\", "/").rpartition("/")
        bases = self._candidates(head) if head else [self.folder]
        matches: list[Path] = []
        for base in bases:
            pool = base.rglob("*") if recurse else base.iterdir()
            matches += [p for p in pool if p.is_file() and fnmatch.fnmatch(p.name.lower(), pattern.lower())]
        return matches


def _app_relative(path: str) -> str | None:
    if path.lower().startswith("{app}\\"):
        return path[len("{app}\\") :]
    return None


def _check_setup(script: Script, problems: list[str]) -> None:
    setup, raw = script.setup, script.raw_setup

    def expect(key: str, wanted: str, why: str) -> None:
        got = setup.get(key.lower())
        if got is None:
            problems.append(f"[Setup] {key} is missing ({why})")
        elif got.lower() != wanted.lower():
            problems.append(f"[Setup] {key}={got}: must be {wanted} ({why})")

    expect("AppId", APP_ID, "the fixed AppId: upgrades find the earlier install by it; never change it")
    expect("AppName", APP_NAME, "the program's name")
    expect("PrivilegesRequired", "lowest", "a per-user install must be possible without admin rights")
    expect("DefaultDirName", "{autopf}\\" + APP_NAME, "Program Files, or the user's own programs folder")
    overrides = setup.get("privilegesrequiredoverridesallowed", "").lower().split()
    if "dialog" not in overrides:
        problems.append(
            "[Setup] PrivilegesRequiredOverridesAllowed must include dialog "
            "(the user chooses: me only or all users)"
        )
    if setup.get("closeapplications", "yes").lower() not in ("yes", "force"):
        problems.append(
            "[Setup] CloseApplications must be yes or force (an upgrade closes a running StationDesk)"
        )
    if raw.get("appversion") != "{#AppVersion}":
        problems.append(
            f"[Setup] AppVersion={raw.get('appversion')}: must be {{#AppVersion}}, passed in with "
            "/DAppVersion= from the package's __version__ (the version is not hard-coded)"
        )
    if raw.get("outputbasefilename") != "StationDesk-{#AppVersion}-setup":
        problems.append(
            f"[Setup] OutputBaseFilename={raw.get('outputbasefilename')}: "
            "must be StationDesk-{#AppVersion}-setup"
        )
    for key, value in raw.items():
        if re.search(r"(?<![\w{#])\d+\.\d+(\.\d+)*", value) and key not in ("compression",):
            problems.append(f"[Setup] {key}={value}: a hard-coded version; use {{#AppVersion}}")
    if "AppVersion" in script.raw_defines:
        problems.append(
            f"#define AppVersion {script.raw_defines['AppVersion']}: a hard-coded version; it is passed in "
            "with /DAppVersion= (build_setup.py reads the package's __version__)"
        )
    if "AppVersion" not in script.errors_guarded:
        problems.append(
            "the script must stop with #error when AppVersion is not passed in (#ifndef AppVersion)"
        )
    icon = setup.get("setupiconfile")
    if not icon:
        problems.append("[Setup] SetupIconFile is missing (the installer shows the app's icon)")
    else:
        path = script.path.parent / icon.replace("\\", "/")
        if not path.is_file():
            problems.append(f"[Setup] SetupIconFile={icon}: no such file {path}")
        elif not _ico_sizes(path) >= ICO_SIZES:
            problems.append(f"[Setup] SetupIconFile={icon}: the .ico must hold {sorted(ICO_SIZES)} px")


def _check_languages(script: Script, problems: list[str]) -> None:
    chinese = english = False
    for entry in script.sections.get("languages", []):
        files = [f.strip() for f in entry.get("messagesfile", "").split(",") if f.strip()]
        if files == ["compiler:Default.isl"]:
            english = True
            continue
        if files and files[-1].lower() == "compiler:languages\\chinesesimplified.isl":
            chinese = True  # Inno's own translation, where the installed Inno Setup has it
            continue
        if files and files[-1].lower().startswith("compiler:"):
            continue
        if not files or files[0].lower() != "compiler:default.isl":
            problems.append(
                f"[Languages] {entry.get('name')}: layer our own messages over Default.isl "
                '(MessagesFile: "compiler:Default.isl,<ours>.isl"), so a message we lack shows in English'
            )
            continue
        isl = script.path.parent / files[-1].replace("\\", "/")
        if not isl.is_file():
            problems.append(f"[Languages] {entry.get('name')}: no such messages file {isl}")
            continue
        if not isl.read_bytes().startswith(b"\xef\xbb\xbf"):
            problems.append(
                f"{isl.name}: must be UTF-8 with a BOM (Inno reads it in the system code page otherwise)"
            )
        options, messages, custom = read_isl(isl)
        if options.get("LanguageID", "").lower() != "$0804":
            continue
        chinese = True
        for table, required, label in (
            (messages, ZH_REQUIRED, "message"),
            (custom, ZH_CUSTOM_REQUIRED, "custom message"),
        ):
            for key, tokens in required.items():
                if key not in table:
                    problems.append(
                        f"{isl.name}: the {label} {key} is not translated (it would show in English)"
                    )
                else:
                    lost = [t for t in tokens if t not in table[key]]
                    if lost:
                        problems.append(f"{isl.name}: {key} lost its placeholder(s) {' '.join(lost)}")
    if not chinese:
        problems.append("[Languages] has no Chinese (Simplified) entry (LanguageID $0804)")
    if not english:
        problems.append('[Languages] has no English entry (MessagesFile: "compiler:Default.isl")')


def _check_files(script: Script, build: _Build, build_define: str, problems: list[str]) -> None:
    prefix = build_define.rstrip("\\/") + "\\"
    covered: set[str] = set()  # top-level names of the build folder that some entry installs
    installed_exes: set[str] = set()
    for entry in script.sections.get("files", []):
        source = entry.get("source", "")
        flags = entry.get("flags", "").lower().split()
        if not source.startswith(prefix):
            path = script.path.parent / source.replace("\\", "/")
            if not path.exists():
                problems.append(f"[Files] Source: {entry['_raw'].split(';')[0]}: no such file {path}")
            continue
        relative = source[len(prefix) :]
        top = relative.replace("\\", "/").split("/")[0]
        if any(ch in relative for ch in "*?"):
            if not build.glob(relative, "recursesubdirs" in flags):
                problems.append(
                    f"[Files] Source: {relative} matches nothing in the build folder {build.folder}"
                )
                continue
            if top in ("*", "*.*"):
                covered.update(p.name.lower() for p in build.folder.iterdir())
            else:
                covered.add(top.lower())
        elif not build.exists(relative):
            problems.append(f"[Files] Source: {relative} is not in the build folder {build.folder}")
        else:
            covered.add(top.lower())
            if relative.lower() in build.exes:
                installed_exes.add(build.exes[relative.lower()])
                covered.add(build.exes[relative.lower()].lower())
    for child in sorted(build.folder.iterdir()):
        if child.name.lower() not in covered:
            problems.append(f"[Files] nothing installs {child.name} from the build folder")
    for name in build.exes.values():
        if name not in installed_exes and name.lower() not in covered:
            problems.append(f"[Files] the spec's executable {name}.exe is not installed")


def _check_app_file(what: str, path: str | None, build: _Build, problems: list[str]) -> None:
    if not path:
        return
    relative = _app_relative(path)
    if relative is None:
        problems.append(f"{what} {path}: must be a file in the program folder ({{app}}\\...)")
    elif not build.exists(relative):
        problems.append(f"{what} {path}: {relative} is not in the build folder {build.folder}")


def _check_icons_and_run(script: Script, build: _Build, gui: str, problems: list[str]) -> None:
    gui_target = f"{{app}}\\{gui}.exe".lower()
    _check_app_file("[Setup] UninstallDisplayIcon", script.setup.get("uninstalldisplayicon"), build, problems)
    tasks = {t.get("name", "").lower() for t in script.sections.get("tasks", [])}
    start_menu = desktop = False
    for entry in script.sections.get("icons", []):
        name = entry.get("name", "")
        _check_app_file(f"[Icons] {name}: Filename", entry.get("filename"), build, problems)
        _check_app_file(f"[Icons] {name}: IconFilename", entry.get("iconfilename"), build, problems)
        if entry.get("filename", "").lower() != gui_target:
            continue
        if not entry.get("iconfilename") and not entry.get("filename"):
            continue
        if name.lower().startswith(("{autoprograms}", "{group}")):
            start_menu = True
        if name.lower().startswith("{autodesktop}"):
            desktop = True
            task = entry.get("tasks", "").lower()
            if not task:
                problems.append(f"[Icons] {name}: the desktop shortcut must be an optional task (Tasks: ...)")
            elif task not in tasks:
                problems.append(f"[Icons] {name}: Tasks: {task} is not defined in [Tasks]")
    if not start_menu:
        problems.append(f"[Icons] no Start-menu shortcut to {{app}}\\{gui}.exe")
    if not desktop:
        problems.append(f"[Icons] no desktop shortcut to {{app}}\\{gui}.exe")
    launch = False
    for entry in script.sections.get("run", []):
        _check_app_file("[Run] Filename", entry.get("filename"), build, problems)
        flags = entry.get("flags", "").lower().split()
        if entry.get("filename", "").lower() == gui_target and "postinstall" in flags:
            launch = True
    if not launch:
        problems.append(
            f'[Run] no "launch StationDesk" box at the end (postinstall entry for {{app}}\\{gui}.exe)'
        )


def _check_deletes(script: Script, data_dir: str, problems: list[str]) -> None:
    for section in ("installdelete", "uninstalldelete"):
        label = "[InstallDelete]" if section == "installdelete" else "[UninstallDelete]"
        for entry in script.sections.get(section, []):
            name = entry.get("name", "")
            low = name.lower()
            area = next((a for a in USER_AREAS if low.startswith(a)), None)
            if data_dir.lower() in low or area:
                problems.append(
                    f"{label} {name}: may touch the user's data ({data_dir} holds the database); "
                    "delete inside {app} only"
                )
                continue
            relative = _app_relative(name)
            if relative is None:
                problems.append(f"{label} {name}: outside the program folder; delete inside {{app}} only")
            elif (
                not relative.strip("\\")
                or relative.strip("\\") in ("*", "*.*")
                or ".." in relative.split("\\")
            ):
                problems.append(
                    f"{label} {name}: the whole program folder; name what to delete inside it "
                    "(a user may have put other files there)"
                )
    code = script.code.lower()
    for word in CODE_DELETERS:
        if re.search(rf"\b{word}\s*\(", code):
            problems.append(f"[Code] calls {word}: the installer must not delete files from code")


def _check_user_data(script: Script, data_dir: str, problems: list[str], zh_messages: dict[str, str]) -> None:
    stated = script.defines.get("UserDataDir")
    if stated is None:
        problems.append(
            f"#define UserDataDir is missing (it must be {data_dir}, from src/stationdesk/paths.py)"
        )
    elif stated.lower() != data_dir.lower():
        problems.append(
            f"#define UserDataDir {stated}: src/stationdesk/paths.py puts the database in {data_dir}"
        )
    shown = (
        "AppData\\"
        + ("Roaming" if data_dir.startswith("{userappdata}") else "Local")
        + data_dir.split("}", 1)[1]
    )
    for source, messages, kept in (
        ("[Messages] en.", script.messages, "kept"),
        ("zh_CN.isl ", zh_messages, "保留"),
    ):
        for key in ("ConfirmUninstall", "UninstalledAll"):
            text = messages.get(f"en.{key}" if source.startswith("[Messages]") else key) or ""
            if shown.lower() not in text.lower() or kept not in text:
                problems.append(f"{source}{key} must say the database stays ({kept}) in {shown}")


def check(
    iss: Path = ISS,
    build: Path | None = None,
    *,
    exe_names: tuple[str, ...] | None = None,
    root: Path = ROOT,
) -> list[str]:
    """Every problem found in ``iss`` against the build folder ``build``; [] when it passes."""
    if build is None or not build.is_dir():
        return [f"no build folder at {build} (build it first: see installer/README.md)"]
    exe_names = exe_names or spec_executables()
    lowered = [n.lower() for n in exe_names]
    problems: list[str] = []
    if len(set(lowered)) != len(lowered):
        problems.append(f"the spec's executables {exe_names} differ only in case: Windows cannot hold both")
    script = read_script(iss, {"AppVersion": CHECK_VERSION, "BuildDir": str(build)})
    data_dir = user_data_dir_constant(root)
    _check_setup(script, problems)
    _check_languages(script, problems)
    _check_files(script, _Build(build, exe_names), str(build), problems)
    _check_icons_and_run(script, _Build(build, exe_names), exe_names[0], problems)
    _check_deletes(script, data_dir, problems)
    zh_messages: dict[str, str] = {}
    for entry in script.sections.get("languages", []):
        last = entry.get("messagesfile", "").split(",")[-1].strip()
        if not last.lower().startswith("compiler:") and (iss.parent / last).is_file():
            options, messages, _custom = read_isl(iss.parent / last)
            if options.get("LanguageID", "").lower() == "$0804":
                zh_messages = messages
    _check_user_data(script, data_dir, problems, zh_messages)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iss", type=Path, default=ISS)
    parser.add_argument(
        "--build", type=Path, default=ROOT / "dist" / "StationDesk", help="the one-folder build"
    )
    args = parser.parse_args(argv)
    problems = check(args.iss, args.build)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{args.iss.name}: OK against {args.build}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
