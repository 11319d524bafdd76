"""The frozen build's contents (installer/contents.py, read by installer/stationdesk.spec): every data
file the app opens at run time is listed and reachable through importlib.resources, and what the spec
leaves out is nothing the app uses. No build runs here (installer/build.py --smoke does that)."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import sys
from importlib.resources import files
from pathlib import Path
from types import ModuleType

import pytest

import stationdesk

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"stationdesk_installer_{name}", INSTALLER / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


contents = _load("contents")
PACKAGE = Path(stationdesk.__file__).parent


def _files_below(folder: Path) -> set[Path]:
    return {
        p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def test_the_build_reads_the_source_tree_the_tests_run_on():
    assert contents.PACKAGE.resolve() == PACKAGE.resolve()


@pytest.mark.parametrize("folder", ["resources", "store/migrations"])
def test_every_file_of_the_data_folders_goes_into_the_bundle_at_its_place(folder):
    expected = _files_below(PACKAGE / folder)
    datas = {Path(source): dest for source, dest in contents.app_datas()}
    assert expected, f"nothing below {folder}"
    assert expected <= set(datas)
    for path in expected:
        assert datas[path] == "/".join(["stationdesk", *path.relative_to(PACKAGE).parent.parts])


def test_the_data_files_include_fonts_translations_icons_and_migration_scripts():
    names = {path.relative_to(PACKAGE).as_posix() for path in contents.data_files()}
    assert "resources/fonts/wqy-microhei.ttc" in names
    assert "resources/icons/stationdesk.png" in names
    assert {"resources/i18n/stationdesk_zh_CN.qm", "resources/i18n/stationdesk_zh_TW.qm"} <= names
    assert "store/migrations/env.py" in names
    assert "store/migrations/versions/0001_foundation.py" in names
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]


def test_no_data_file_of_the_package_lies_outside_the_bundled_folders():
    """A file added elsewhere (a template beside a report writer, say) would be missing when frozen."""
    data = set(contents.data_files())
    stray = {
        path.relative_to(PACKAGE).as_posix()
        for path in _files_below(PACKAGE)
        if path.suffix != ".py" and path not in data
    }
    assert not stray, "add their folder to DATA_FOLDERS in installer/contents.py"


def test_every_bundled_data_file_is_reachable_through_importlib_resources():
    root = files("stationdesk")
    for path in contents.data_files():
        node = root
        for part in path.relative_to(PACKAGE).parts:
            node = node / part
        assert node.is_file(), path
        assert node.read_bytes() == path.read_bytes(), path


def test_modules_imported_by_a_name_built_at_run_time_are_hidden_imports():
    hidden = set(contents.hidden_imports())
    for module in ("stationdesk.services.ledger_visits", "stationdesk.reports.signin_sheet"):
        assert module in hidden
    # what the migration scripts import (they are data, so PyInstaller cannot follow them)
    assert {"alembic", "sqlalchemy", "stationdesk.store.migration_helpers"} <= hidden
    assert not [name for name in hidden if name.startswith("stationdesk.store.migrations")]


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_module_of_stationdesk_imports_what_the_build_leaves_out():
    excluded = set(contents.EXCLUDED_MODULES)
    offenders = {
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in PACKAGE.rglob("*.py")
        for name in _imported_modules(path)
        if name in excluded or name.split(".")[0] in excluded
    }
    assert not offenders, "the bundle would miss these; update installer/contents.py"


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("stationdesk/resources/icons/stationdesk.png", True),
    ],
)
def test_only_the_qt_plugins_the_app_uses_are_kept(dest, kept):
    assert contents.kept_qt_plugin(dest) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_zh_TW.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_help_fr.qm", False),
        ("stationdesk/resources/i18n/stationdesk_zh_CN.qm", True),
    ],
)
def test_only_qts_own_translations_of_the_apps_languages_are_kept(dest, kept):
    assert contents.kept_qt_translation(dest) is kept


def test_the_version_is_the_packages():
    assert contents.version() == stationdesk.__version__


def test_the_two_executables_do_not_clash_on_a_case_insensitive_file_system():
    assert contents.GUI_NAME.lower() != contents.CLI_NAME.lower()


def test_the_spec_compiles_and_collects_through_contents():
    text = (INSTALLER / "stationdesk.spec").read_text(encoding="utf-8")
    compile(text, "stationdesk.spec", "exec")
    for used in ("contents.app_datas()", "contents.hidden_imports()", "contents.EXCLUDED_MODULES"):
        assert used in text


def test_the_desktop_entry_names_the_icon_and_a_program_to_fill_in():
    entry = (INSTALLER / "linux" / "stationdesk.desktop").read_text(encoding="utf-8").splitlines()
    assert "Exec=@EXEC@" in entry
    assert f"Icon={contents.APP_ID}" in entry
    assert "Type=Application" in entry


@pytest.mark.skipif(shutil.which("sh") is None or sys.platform == "win32", reason="needs a POSIX sh")
@pytest.mark.parametrize("script", ["install.sh", "uninstall.sh"])
def test_the_install_scripts_are_valid_sh(script):
    completed = subprocess.run(
        ["sh", "-n", str(INSTALLER / "linux" / script)], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stderr
