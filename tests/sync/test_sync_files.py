"""Safe writes for USB sticks and file names valid on FAT32 and Windows."""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stationdesk.sync import files
from stationdesk.sync.errors import WriteFailed

SITE = "0190c1a2-7b4e-7c3d-8e9f-0a1b2c3d4e5f"
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"} | {
    f"{d}{n}" for d in ("COM", "LPT") for n in "0123456789¹²³"
}


def assert_valid_windows_name(name: str) -> None:
    assert name and len(name) <= files.MAX_NAME
    assert not _FORBIDDEN.search(name), name
    assert not name.endswith((".", " ")), name
    assert name.split(".")[0].upper() not in _RESERVED, name


def test_safe_write_writes_and_leaves_no_temp(tmp_path: Path) -> None:
    target = files.safe_write(tmp_path / "a.sdbundle", b"data" * 1000)
    assert target.read_bytes() == b"data" * 1000
    assert [p.name for p in tmp_path.iterdir()] == ["a.sdbundle"]


def test_safe_write_never_replaces_unless_asked(tmp_path: Path) -> None:
    target = files.safe_write(tmp_path / "a", b"old")
    with pytest.raises(WriteFailed) as exists:
        files.safe_write(target, b"new")
    assert exists.value.code == "sync.file_exists"
    assert target.read_bytes() == b"old"
    files.safe_write(target, b"new", overwrite=True)
    assert target.read_bytes() == b"new"


def test_a_failure_midway_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def stick_pulled(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(files.os, "fsync", stick_pulled)
    with pytest.raises(WriteFailed) as failed:
        files.safe_write(tmp_path / "a.sdbundle", b"x" * 100_000)
    assert failed.value.code == "sync.write_failed"
    assert failed.value.params["reason"] == "Input/output error"
    assert list(tmp_path.iterdir()) == []


def test_a_failed_rename_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full)
    with pytest.raises(WriteFailed):
        files.safe_write(tmp_path / "a.sdbundle", b"x")
    assert list(tmp_path.iterdir()) == []


def test_a_read_back_that_differs_removes_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "_digest_of", lambda path: "0" * 64)
    with pytest.raises(WriteFailed) as failed:
        files.safe_write(tmp_path / "a.sdbundle", b"x")
    assert failed.value.code == "sync.verify_failed"
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_a_write_failure(tmp_path: Path) -> None:
    with pytest.raises(WriteFailed) as failed:
        files.safe_write(tmp_path / "gone" / "a.sdbundle", b"x")
    assert failed.value.code == "sync.write_failed"


def test_bundle_and_receipt_names() -> None:
    assert files.bundle_name("QX01", SITE, date(2025, 3, 14), 1) == "QX01_2c3d4e5f_20250314_001.sdbundle"
    assert (
        files.bundle_name("青溪 01", SITE, date(2025, 3, 14), 12) == "青溪-01_2c3d4e5f_20250314_012.sdbundle"
    )
    assert (
        files.receipt_name("HUB", SITE, "0190c1a2-7b4e-7c3d-8e9f-00000000abcd")
        == "HUB_2c3d4e5f_0000abcd.sdreceipt"
    )
    assert files.enrolment_name("QX01", SITE) == "QX01_2c3d4e5f.sdenrol"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("CON", "CON-"),
        ("nul", "nul-"),
        ("COM1", "COM1-"),
        ("a:b", "a-b"),
        ("..", "station"),
        ("", "station"),
        ("QX.01. ", "QX-01"),
        ("x" * 100, "x" * files.MAX_PART),
    ],
)
def test_hostile_station_codes_make_valid_names(code: str, expected: str) -> None:
    name = files.bundle_name(code, SITE, date(2025, 1, 2), 3)
    assert name.startswith(f"{expected}_")
    assert_valid_windows_name(name)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.integers(0, 999))
def test_any_station_code_makes_a_valid_name(code: str, seq: int) -> None:
    name = files.bundle_name(code, SITE, date(2025, 1, 2), seq)
    assert_valid_windows_name(name)
    assert name.endswith(f"_20250102_{seq:03d}.sdbundle")
    assert_valid_windows_name(files.safe_file_name(code + ".sdbundle"))
    assert_valid_windows_name(files.safe_file_name(code))


@settings(max_examples=50, deadline=None)
@given(code=st.text(min_size=1, max_size=40))
def test_the_names_can_be_created(tmp_path_factory: pytest.TempPathFactory, code: str) -> None:
    folder = tmp_path_factory.mktemp("names")
    path = folder / files.bundle_name(code, SITE, date(2025, 1, 2), 1)
    files.safe_write(path, b"x")
    assert os.listdir(folder) == [path.name]


def test_next_free_counts_up(tmp_path: Path) -> None:
    first = files.next_free(tmp_path, "QX01", SITE, date(2025, 1, 2))
    files.safe_write(first, b"x")
    second = files.next_free(tmp_path, "QX01", SITE, date(2025, 1, 2))
    assert (first.name[-12:], second.name[-12:]) == ("001.sdbundle", "002.sdbundle")


def test_site_short_uses_the_random_end_of_a_uuid() -> None:
    assert files.site_short(SITE) == "2c3d4e5f"
    assert len(files.site_short("x")) == 8
