"""installer/windows/build_setup.py: the version comes from the package, ISCC gets it passed in,
and without Inno Setup the script says so instead of failing obscurely."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

import stationdesk

WINDOWS = Path(__file__).resolve().parents[2] / "installer" / "windows"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, WINDOWS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


build_setup = _load("build_setup")
check_iss = _load("check_iss")


@pytest.fixture
def build(tmp_path: Path) -> Path:
    folder = tmp_path / "StationDesk"
    icons = folder / "_internal" / "stationdesk" / "resources" / "icons"
    icons.mkdir(parents=True)
    for name in check_iss.spec_executables():
        (folder / name).write_bytes(b"")
    shutil.copy(WINDOWS.parents[1] / "src" / "stationdesk" / "resources" / "icons" / "stationdesk.ico", icons)
    return folder


def test_the_version_is_the_packages() -> None:
    assert build_setup.contents.version() == stationdesk.__version__


@pytest.mark.parametrize(
    ("version", "numeric"),
    [
        ("0.1.0", "0.1.0.0"),
        ("1.2", "1.2.0.0"),
        ("0.2.0rc1", "0.2.0.0"),
        ("1.2.3.4.5", "1.2.3.4"),
        ("2.0+local", "2.0.0.0"),
    ],
)
def test_the_file_properties_get_a_four_part_version(version: str, numeric: str) -> None:
    assert build_setup.numeric_version(version) == numeric


def test_the_dry_run_prints_the_iscc_command(
    build: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build_setup.main(["--build", str(build), "--output", str(tmp_path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"/DAppVersion={stationdesk.__version__}" in out
    assert f"/DBuildDir={build}" in out and "StationDesk.iss" in out


def test_without_inno_setup_it_says_so(
    build: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(build_setup, "find_iscc", lambda explicit=None: None)
    assert build_setup.main(["--build", str(build)]) == build_setup.NO_INNO
    assert "Inno Setup 6 is not installed here" in capsys.readouterr().err


def test_a_build_the_script_does_not_fit_stops_before_iscc(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "StationDesk").mkdir()
    assert build_setup.main(["--build", str(tmp_path / "StationDesk"), "--dry-run"]) == 1
    assert "is not in the build folder" in capsys.readouterr().err
