"""The volunteer-service certificate writer: capital numerals, a long record flowing onto framed
pages numbered "page x of y", a missing ID number or person in charge left to be filled in."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from stationdesk.reports.hours_certificate import (
    HoursCertificateData,
    ServiceRow,
    capital_number,
    write_hours_certificate,
)


@pytest.mark.parametrize(
    ("number", "capital"),
    [
        ("0", "零"),
        ("8.25", "捌点贰伍"),
        ("10", "壹拾"),
        ("105", "壹佰零伍"),
        ("1040", "壹仟零肆拾"),
        ("1001", "壹仟零壹"),
        ("20000", "贰万"),
        ("20300", "贰万零叁佰"),
        ("123456", "壹拾贰万叁仟肆佰伍拾陆"),
        ("1000010", "壹佰万零壹拾"),
    ],
)
def test_capital_numerals(number: str, capital: str) -> None:
    assert capital_number(number) == capital


def _data(rows: int, **kw: object) -> HoursCertificateData:
    lines = [
        ServiceRow(date(2016, 1, 6), date(2025, 12, 31), f"活动{i}", "司机", 10, 600)
        for i in range(1, rows + 1)
    ]
    fields: dict[str, object] = {
        "number": "ZY2026-0042",
        "holder_name": "阿依古丽·买买提",
        "id_masked": "330482********1232",
        "period_from": date(2016, 1, 1),
        "period_to": date(2025, 12, 31),
        "rows": lines,
        "days": 10 * rows,
        "minutes": 600 * rows,
        "issued_on": date(2026, 3, 2),
        "station_name": "嘉兴市南湖区七星街道社会工作站",
        "person_in_charge": "张主任",
        "handler": "王站长",
        "phone": "0573-82345678",
    }
    fields.update(kw)
    return HoursCertificateData(**fields)  # type: ignore[arg-type]


def _pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [page.replace(" ", "").replace("\n", "") for page in out.split("\f") if page.strip()]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_long_record_runs_onto_numbered_pages_and_ends_with_the_issuer(tmp_path: Path) -> None:
    pages = _pages(write_hours_certificate(tmp_path / "long.pdf", _data(40)))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"第{number}页共{len(pages)}页" in page and "编号：ZY2026-0042" in page
    assert "活动40" in pages[-1] and "负责人：张主任" in pages[-1] and "合计" in pages[-1]
    assert "志愿服务记录证明" in pages[0] and "志愿服务记录证明" not in pages[1].replace(
        "《志愿服务记录与证明", ""
    )
    single = _pages(write_hours_certificate(tmp_path / "short.pdf", _data(2)))
    assert len(single) == 1 and "第1页" not in single[0]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_blanks_are_left_to_fill_in_by_hand(tmp_path: Path) -> None:
    data = _data(1, id_masked="", person_in_charge="", phone="")
    (page,) = _pages(write_hours_certificate(tmp_path / "blank.pdf", data))
    assert "身份证号：未登记" in page and "负责人：＿＿＿＿＿＿" in page and "联系电话：＿＿＿＿＿＿" in page
