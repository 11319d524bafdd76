"""The certificate (one landscape page each), the certificate register and the CE ledger as PDF
and .xlsx: what they say, fonts embedded, numbers as numbers and dates as dates."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from stationdesk.reports.ce_ledger import LedgerData, LedgerLine, write_ledger_pdf, write_ledger_xlsx
from stationdesk.reports.certificate_register import (
    RegisterData,
    RegisterLine,
    write_register_pdf,
    write_register_xlsx,
)
from stationdesk.reports.certificates import (
    CertificateBatch,
    CertificateData,
    write_certificates,
    zh_formal_date,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

PROGRAMME = "2026年平湖市社工站运营团队智创营"
CAMP_DAYS = (date(2026, 3, 3), date(2026, 4, 7))
BATCH = CertificateBatch(
    station_name="平湖市当湖街道社会工作站",
    organiser="平湖市民政局",
    certificates=[
        CertificateData("ZS2026-0001", "王芳", PROGRAMME, *CAMP_DAYS, 6, 1080, date(2026, 4, 10)),
        CertificateData("ZS2026-0002", "阿依古丽·买买提", PROGRAMME, *CAMP_DAYS, 5, 810, date(2026, 4, 10)),
        CertificateData(
            "ZS2026-0003", "张伟", "一日讲座", date(2026, 5, 6), date(2026, 5, 6), 1, 90, date(2026, 5, 6)
        ),
    ],
)


def _text(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [page.replace(" ", "").replace("\n", "") for page in out.split("\f") if page.strip()]


def _fonts_embedded(path: Path) -> None:
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert rows.splitlines()[2:] and all(" yes yes yes " in row for row in rows.splitlines()[2:]), rows


def test_one_landscape_page_per_certificate_saying_who_what_and_how_long(tmp_path: Path) -> None:
    pdf = write_certificates(tmp_path / "certificates.pdf", BATCH)
    pages = _text(pdf)
    assert len(pages) == 3
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "841.89 x 595.276" in info  # A4 landscape
    first, second, third = pages
    for expected in (
        *("结业证书", "ZS2026-0001", "王芳", PROGRAMME, "6次", "18学时", "2026年3月3日至4月7日"),
        *("主办单位：平湖市民政局", "发证单位：平湖市当湖街道社会工作站", "二〇二六年四月十日", "盖章处"),
    ):
        assert expected in first, expected
    assert "阿依古丽·买买提" in second and "13.5学时" in second and "ZS2026-0002" in second
    assert "于2026年5月6日参加" in third and "1.5学时" in third  # one day: no span
    _fonts_embedded(pdf)


def test_formal_dates_in_chinese_numerals() -> None:
    assert zh_formal_date(date(2026, 11, 29)) == "二〇二六年十一月二十九日"
    assert zh_formal_date(date(2030, 10, 1)) == "二〇三〇年十月一日"
    assert zh_formal_date(date(2027, 1, 20)) == "二〇二七年一月二十日"
    assert zh_formal_date(date(2027, 12, 31)) == "二〇二七年十二月三十一日"


REGISTER = RegisterData(
    station_name="平湖市当湖街道社会工作站",
    lines=[
        RegisterLine("ZS2026-0001", "王芳", PROGRAMME, date(2026, 4, 10), 1080, 6, "王站长", False),
        RegisterLine("ZS2026-0002", "张伟", PROGRAMME, date(2026, 4, 10), 810, 5, "王站长", True, "姓名有误"),
        RegisterLine("ZS2026-0003", "张伟", PROGRAMME, date(2026, 4, 11), 810, 5, "王站长", False),
    ],
    year=2026,
    printed_on="2026-11-29",
)


def test_register_pdf_lists_every_number_with_voided_reason_and_signature_lines(tmp_path: Path) -> None:
    pdf = write_register_pdf(tmp_path / "register.pdf", REGISTER)
    (page,) = _text(pdf)
    for expected in (
        *("证书登记簿", "范围：2026年发证", "ZS2026-0001", "ZS2026-0003", "作废：姓名有误", PROGRAMME),
        *("共登记证书3份，其中有效2份，作废1份", "登记人", "负责人", "第1页共1页"),
    ):
        assert expected in page, expected
    _fonts_embedded(pdf)


def test_register_xlsx_has_merged_titles_numbers_and_dates(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write_register_xlsx(tmp_path / "register.xlsx", REGISTER))
    sheet = book.active
    assert sheet["A1"].value == "证书登记簿" and "A1:I1" in {str(r) for r in sheet.merged_cells.ranges}
    header = next(row for row in range(1, 6) if sheet.cell(row, 1).value == "序号")
    first = [sheet.cell(header + 1, col).value for col in range(1, 10)]
    assert first[:3] == [1, "ZS2026-0001", "王芳"]
    assert first[4].date() == date(2026, 4, 10) and sheet.cell(header + 1, 5).number_format == "yyyy-mm-dd"
    assert first[5] == 18 and isinstance(first[5], int | float)
    assert sheet.cell(header + 2, 9).value == "作废：姓名有误"
    assert sheet.print_title_rows == f"${header}:${header}" and sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == 9  # A4


LEDGER = LedgerData(
    station_name="平湖市当湖街道社会工作站",
    person_name="张伟",
    id_masked="330482********1314",
    level="social_worker",
    first_day=date(2024, 3, 10),
    last_day=date(2027, 3, 9),
    required_minutes=90 * 60,
    lines=[
        LedgerLine(date(2024, 3, 12), "2024年社区工作者培训", "政策解读", 120),
        LedgerLine(date(2025, 11, 4), PROGRAMME, "台账规范", 90),
    ],
    printed_on="2026-11-29",
)


def test_ledger_pdf_proves_the_hours_against_the_requirement(tmp_path: Path) -> None:
    pdf = write_ledger_pdf(tmp_path / "ledger.pdf", LEDGER)
    (page,) = _text(pdf)
    for expected in (
        *("继续教育学时证明", "张伟", "330482********1314", "社会工作师及以上", "90学时"),
        *("2024-03-10至2027-03-09", "2024-03-12", "政策解读", "合计3.5"),
        *("本周期累计3.5学时，要求90学时，尚差86.5学时", "经办人", "（盖章）", "第1页共1页"),
    ):
        assert expected in page, expected
    assert "194803151314" not in page
    _fonts_embedded(pdf)


def test_ledger_xlsx_hours_are_numbers_and_the_total_adds_up(tmp_path: Path) -> None:
    sheet = openpyxl.load_workbook(write_ledger_xlsx(tmp_path / "ledger.xlsx", LEDGER)).active
    header = next(row for row in range(1, 10) if sheet.cell(row, 1).value == "序号")
    hours = [sheet.cell(header + i, 5).value for i in (1, 2, 3)]
    assert hours == [2, 1.5, 3.5] and sheet.cell(header + 3, 1).value == "合计"
    assert sheet.cell(header + 1, 2).value.date() == date(2024, 3, 12)
    notes = [sheet.cell(row, 1).value for row in range(header + 4, sheet.max_row + 1)]
    assert "本周期累计 3.5 学时，要求 90 学时，尚差 86.5 学时。" in notes
