"""installer/windows/check_iss.py: the real Inno Setup script passes against a build folder laid
out like the spec's, and each broken variant is caught with a message naming what is wrong."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "installer" / "windows"
ICON = ROOT / "src" / "stationdesk" / "resources" / "icons" / "stationdesk.ico"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_iss", WINDOWS / "check_iss.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_iss"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


check_iss = _load()


def _fake_build(folder: Path, *, windows: bool) -> Path:
    """The spec's one-folder layout: the two executables and _internal (PyInstaller 6)."""
    internal = folder / "_internal"
    (internal / "stationdesk" / "resources" / "icons").mkdir(parents=True)
    for name in check_iss.spec_executables():
        (folder / (f"{name}.exe" if windows else name)).write_bytes(b"MZ")
    (internal / "base_library.zip").write_bytes(b"PK")
    (internal / "PySide6" / "plugins" / "platforms").mkdir(parents=True)
    (internal / "PySide6" / "plugins" / "platforms" / "qwindows.dll").write_bytes(b"MZ")
    shutil.copy(ICON, internal / "stationdesk" / "resources" / "icons" / "stationdesk.ico")
    return folder


@pytest.fixture
def build(tmp_path: Path) -> Path:
    return _fake_build(tmp_path / "dist" / "StationDesk", windows=False)


def _variant(tmp_path: Path, old: str, new: str, *, isl: tuple[str, str] | None = None) -> Path:
    """A copy of the real script (and its zh_CN.isl and icon, at the same relative places) with
    ``old`` replaced by ``new``; ``old`` must be in it, so a changed script cannot make a test
    vacuous."""
    folder = tmp_path / "repo" / "installer" / "windows"
    folder.mkdir(parents=True)
    icons = tmp_path / "repo" / "src" / "stationdesk" / "resources" / "icons"
    icons.mkdir(parents=True)
    shutil.copy(ICON, icons / ICON.name)
    text = (WINDOWS / "StationDesk.iss").read_text(encoding="utf-8")
    assert old in text, old
    (folder / "StationDesk.iss").write_text(text.replace(old, new), encoding="utf-8")
    zh = (WINDOWS / "zh_CN.isl").read_bytes()
    if isl is not None:
        assert isl[0].encode() in zh, isl[0]
        zh = zh.replace(isl[0].encode(), isl[1].encode())
    (folder / "zh_CN.isl").write_bytes(zh)
    return folder / "StationDesk.iss"


def _problems_of(tmp_path: Path, build: Path, old: str, new: str, **kwargs: object) -> str:
    problems = check_iss.check(_variant(tmp_path, old, new, **kwargs), build)
    assert problems, f"replacing {old!r} by {new!r} went unnoticed"
    return "\n".join(problems)


def test_the_real_script_passes_against_a_linux_build_of_the_spec(build: Path) -> None:
    assert check_iss.check(check_iss.ISS, build) == []


def test_the_real_script_passes_against_a_windows_build_of_the_spec(tmp_path: Path) -> None:
    assert check_iss.check(check_iss.ISS, _fake_build(tmp_path / "win", windows=True)) == []


def test_the_variant_copy_itself_passes(tmp_path: Path, build: Path) -> None:
    assert check_iss.check(_variant(tmp_path, "[Setup]", "[Setup]"), build) == []


def test_a_file_missing_from_the_build_is_named(build: Path) -> None:
    (build / "_internal" / "stationdesk" / "resources" / "icons" / "stationdesk.ico").unlink()
    problems = "\n".join(check_iss.check(check_iss.ISS, build))
    assert "_internal\\stationdesk\\resources\\icons\\stationdesk.ico is not in the build folder" in problems
    assert "UninstallDisplayIcon" in problems and "IconFilename" in problems


def test_a_missing_executable_is_named(build: Path) -> None:
    _gui, cli = check_iss.spec_executables()
    (build / cli).unlink()
    assert check_iss.check(check_iss.ISS, build) == [
        f"[Files] Source: {cli}.exe is not in the build folder {build}",
        f"[Files] the spec's executable {cli}.exe is not installed",
    ]


def test_an_exe_that_is_not_the_specs_is_not_found_under_its_linux_name(tmp_path: Path, build: Path) -> None:
    (build / "helper").write_bytes(b"")
    problems = _problems_of(
        tmp_path, build, "[Files]\n", '[Files]\nSource: "{#BuildDir}\\helper.exe"; DestDir: "{app}"\n'
    )
    assert "Source: helper.exe is not in the build folder" in problems


def test_something_in_the_build_that_nothing_installs_is_named(build: Path) -> None:
    (build / "extra.dll").write_bytes(b"MZ")
    assert check_iss.check(check_iss.ISS, build) == [
        "[Files] nothing installs extra.dll from the build folder"
    ]


def test_a_hard_coded_app_version_is_caught(tmp_path: Path, build: Path) -> None:
    problems = _problems_of(tmp_path, build, "AppVersion={#AppVersion}", "AppVersion=0.1.0")
    assert "AppVersion=0.1.0: must be {#AppVersion}" in problems
    assert "a hard-coded version" in problems


def test_a_version_defined_in_the_script_is_caught(tmp_path: Path, build: Path) -> None:
    problems = _problems_of(
        tmp_path, build, "#ifndef AppVersion", '#define AppVersion "0.1.0"\n#ifndef AppVersion'
    )
    assert '#define AppVersion "0.1.0": a hard-coded version' in problems


def test_a_hard_coded_setup_file_name_is_caught(tmp_path: Path, build: Path) -> None:
    problems = _problems_of(
        tmp_path,
        build,
        "OutputBaseFilename=StationDesk-{#AppVersion}-setup",
        "OutputBaseFilename=StationDesk-0.1-setup",
    )
    assert "OutputBaseFilename=StationDesk-0.1-setup: must be StationDesk-{#AppVersion}-setup" in problems


def test_a_script_that_builds_without_a_version_is_caught(tmp_path: Path, build: Path) -> None:
    problems = _problems_of(tmp_path, build, "  #error AppVersion", "  ; AppVersion")
    assert "must stop with #error when AppVersion is not passed in" in problems


def test_admin_only_privileges_are_caught(tmp_path: Path, build: Path) -> None:
    problems = _problems_of(tmp_path, build, "PrivilegesRequired=lowest", "PrivilegesRequired=admin")
    assert "PrivilegesRequired=admin: must be lowest" in problems


def test_no_install_mode_dialog_is_caught(tmp_path: Path, build: Path) -> None:
    old, new = "PrivilegesRequiredOverridesAllowed=dialog", "PrivilegesRequiredOverridesAllowed=commandline"
    assert "must include dialog" in _problems_of(tmp_path, build, old, new)


def test_a_changed_app_id_is_caught(tmp_path: Path, build: Path) -> None:
    problems = _problems_of(tmp_path, build, "AppId={{6F0D2C4E", "AppId={{6F0D2C4F")
    assert "the fixed AppId" in problems and "never change it" in problems


@pytest.mark.parametrize(
    ("section", "name"),
    [
        ("UninstallDelete", "{localappdata}\\StationDesk"),
        ("UninstallDelete", "{userappdata}\\StationDesk"),
        ("UninstallDelete", "{localappdata}\\StationDesk\\StationDesk\\stationdesk.sqlite3"),
        ("InstallDelete", "{%LOCALAPPDATA}\\StationDesk"),
        ("UninstallDelete", "{commonappdata}\\StationDesk"),
    ],
)
def test_a_delete_entry_reaching_the_user_data_is_caught(
    tmp_path: Path, build: Path, section: str, name: str
) -> None:
    entry = f'[{section}]\nType: filesandordirs; Name: "{name}"\n\n[Files]'
    problems = _problems_of(tmp_path, build, "[Files]", entry)
    assert f"[{section}] {name}: may touch the user's data" in problems


@pytest.mark.parametrize("name", ["{app}", "{app}\\*", "{app}\\..\\StationDesk"])
def test_deleting_the_whole_program_folder_is_caught(tmp_path: Path, build: Path, name: str) -> None:
    entry = f'[UninstallDelete]\nType: filesandordirs; Name: "{name}"\n\n[Files]'
    problems = _problems_of(tmp_path, build, "[Files]", entry)
    assert f"[UninstallDelete] {name}:" in problems


def test_deleting_from_code_is_caught(tmp_path: Path, build: Path) -> None:
    old = "  Result := ProgramDirClashesWithData(ExpandConstant('{app}'));"
    new = old + "\n  DelTree(ExpandConstant('{localappdata}\\StationDesk'), True, True, True);"
    assert "[Code] calls deltree" in _problems_of(tmp_path, build, old, new)


def test_a_data_folder_that_is_not_the_apps_is_caught(tmp_path: Path, build: Path) -> None:
    old = '#define UserDataDir "{localappdata}\\StationDesk\\StationDesk"'
    new = '#define UserDataDir "{userappdata}\\StationDesk"'
    problems = _problems_of(tmp_path, build, old, new)
    assert (
        "src/stationdesk/paths.py puts the database in {localappdata}\\StationDesk\\StationDesk" in problems
    )


def test_an_uninstall_message_that_does_not_say_the_data_stays_is_caught(tmp_path: Path, build: Path) -> None:
    problems = _problems_of(
        tmp_path,
        build,
        "[Setup]",
        "[Setup]",
        isl=("数据库已保留在用户文件夹 AppData\\Local\\StationDesk\\StationDesk 里。", "数据库已删除。"),
    )
    folder = "AppData\\Local\\StationDesk\\StationDesk"
    assert problems == f"zh_CN.isl UninstalledAll must say the database stays (保留) in {folder}"


def test_an_english_uninstall_message_that_does_not_say_the_data_stays_is_caught(
    tmp_path: Path, build: Path
) -> None:
    old = "Your StationDesk database and settings are kept: they are in"
    problems = _problems_of(tmp_path, build, old, "Everything is deleted, including")
    folder = "AppData\\Local\\StationDesk\\StationDesk"
    assert problems == f"[Messages] en.ConfirmUninstall must say the database stays (kept) in {folder}"


def test_no_chinese_is_caught(tmp_path: Path, build: Path) -> None:
    problems = _problems_of(
        tmp_path, build, 'Name: "zh_CN"; MessagesFile: "compiler:Default.isl,zh_CN.isl"\n', ""
    )
    assert "[Languages] has no Chinese (Simplified) entry" in problems


def test_no_english_is_caught(tmp_path: Path, build: Path) -> None:
    problems = _problems_of(tmp_path, build, 'Name: "en"; MessagesFile: "compiler:Default.isl"\n', "")
    assert "[Languages] has no English entry" in problems


def test_our_chinese_must_be_layered_over_default_isl(tmp_path: Path, build: Path) -> None:
    problems = _problems_of(tmp_path, build, '"compiler:Default.isl,zh_CN.isl"', '"zh_CN.isl"')
    assert "layer our own messages over Default.isl" in problems


def test_an_untranslated_wizard_message_is_caught(tmp_path: Path, build: Path) -> None:
    problems = _problems_of(tmp_path, build, "[Setup]", "[Setup]", isl=("ButtonNext=", "; ButtonNext="))
    assert "zh_CN.isl: the message ButtonNext is not translated" in problems


def test_a_lost_placeholder_is_caught(tmp_path: Path, build: Path) -> None:
    problems = _problems_of(
        tmp_path, build, "[Setup]", "[Setup]", isl=("LaunchProgram=打开 %1", "LaunchProgram=打开")
    )
    assert "zh_CN.isl: LaunchProgram lost its placeholder(s) %1" in problems


def test_chinese_without_a_bom_is_caught(tmp_path: Path, build: Path) -> None:
    problems = _problems_of(tmp_path, build, "[Setup]", "[Setup]", isl=("\ufeff", ""))
    assert "zh_CN.isl: must be UTF-8 with a BOM" in problems


def test_a_desktop_shortcut_that_is_not_optional_is_caught(tmp_path: Path, build: Path) -> None:
    problems = _problems_of(tmp_path, build, "; Tasks: desktopicon", "")
    assert "the desktop shortcut must be an optional task" in problems


def test_no_launch_box_is_caught(tmp_path: Path, build: Path) -> None:
    problems = _problems_of(
        tmp_path, build, "Flags: nowait postinstall skipifsilent", "Flags: nowait skipifsilent"
    )
    assert 'no "launch StationDesk" box' in problems


def test_executables_differing_only_in_case_are_caught(build: Path) -> None:
    problems = check_iss.check(check_iss.ISS, build, exe_names=("StationDesk", "stationdesk"))
    assert any("differ only in case" in p for p in problems)


def test_the_command_line_says_ok_or_lists_the_problems(
    tmp_path: Path, build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert check_iss.main(["--build", str(build)]) == 0
    assert "OK" in capsys.readouterr().out
    assert check_iss.main(["--build", str(tmp_path / "nowhere")]) == 1
    assert "no build folder" in capsys.readouterr().err


def test_the_user_data_folder_is_read_from_paths_py() -> None:
    assert check_iss.user_data_dir_constant() == "{localappdata}\\StationDesk\\StationDesk"
