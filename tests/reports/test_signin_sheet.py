"""The sign-in sheet (签到表): roster numbers and codes, page x of y on every page, the header row
repeated, walk-in rows numbered on, embedded fonts; the .xlsx carries the same rows."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from stationdesk.reports.signin_sheet import write_signin_sheet
from stationdesk.reports.training_data import (
    Participant,
    ProgrammeHead,
    SessionHead,
    SigninSheetData,
    walk_in_rows,
)
from stationdesk.reports.training_xlsx import write_signin_sheet_xlsx

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

UNITS = ("当湖街道社工站", "东湖社区", "平湖市当湖街道东湖社区居民委员会网格服务中心第三网格")


def _data(count: int) -> SigninSheetData:
    people = [
        Participant(i, f"学员{i:03d}", UNITS[i % 3], ("certified_sw", "grid_worker", "")[i % 3], f"Q{i:05d}")
        for i in range(1, count + 1)
    ]
    return SigninSheetData(
        station_name="平湖市当湖街道社会工作站",
        programme=ProgrammeHead("2026年平湖市社工站运营团队智创营", "平湖市民政局"),
        session=SessionHead(
            datetime(2026, 11, 3, 14),
            datetime(2026, 11, 3, 17),
            "三楼会议室",
            "陆志明",
            "项目设计与评估",
            2,
            6,
        ),
        participants=people,
        blank_rows=walk_in_rows(count),
        printed_on="2026-11-29",
    )


def _tool(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _pages(pdf: Path) -> list[str]:
    return [p.replace(" ", "") for p in _tool("pdftotext", "-layout", str(pdf), "-").split("\f") if p.strip()]


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_signin_sheet(tmp_path_factory.mktemp("sheet") / "sheet.pdf", _data(500))


def test_walk_in_rows_are_a_tenth_but_at_least_five() -> None:
    assert [walk_in_rows(n) for n in (0, 12, 50, 51, 500)] == [5, 5, 5, 6, 50]


def test_small_sheet_names_programme_session_codes_and_signatures(tmp_path: Path) -> None:
    pdf = write_signin_sheet(tmp_path / "s.pdf", _data(12))
    pages = _pages(pdf)
    text = "".join(pages)
    for expected in (
        "签到表",
        "2026年平湖市社工站运营团队智创营",
        "2026-11-03（周二）",
        "14:00–17:00",
        "三楼会议室",
        "陆志明",
        "项目设计与评估",
        "第2场/共6场",
        "签名",
        "签到码",
        "持证社工",
        "网格员",
        "现场报名",
        "培训师签字",
        "社工站（盖章）",
        "应到12人",
        f"第1页共{len(pages)}页",
    ):
        assert expected in text, expected
    for i in range(1, 13):
        assert f"学员{i:03d}" in text and f"Q{i:05d}" in text
    walk_ins = text.split("现场报名", 1)[1]
    assert all(f"\n{n}" in walk_ins.replace(" ", "") for n in range(13, 18)), "walk-in rows go on from 13"


def test_500_rows_every_code_once_and_page_x_of_y_on_each_page(big: Path) -> None:
    pages = _pages(big)
    # A4 less margins, letterhead and footer leaves 620 pt: under the repeated 7 mm header, 23 rows
    # of 9 mm (page 1 also carries the session block: 19). 500 participants, the walk-in note and
    # 50 walk-in rows: 19 + 23 × 23 + 3 rows, the last page with the signatures.
    assert len(pages) == 25
    rows = [sum(1 for line in page.splitlines() if line[:1].isdigit() and "学员" in line) for page in pages]
    assert rows[0] == 19 and all(count == 23 for count in rows[1:21]), rows
    assert "培训师签字" in pages[-1] and "应到500人" in pages[-1]
    for number, page in enumerate(pages, start=1):
        assert f"第{number}页共{len(pages)}页" in page
        assert "序号" in page and "签到码" in page, f"header row on page {number}"
        assert "2026年平湖市社工站运营团队智创营" in page
    text = "".join(pages)
    for i in range(1, 501):
        assert text.count(f"Q{i:05d}") == 1, i
    assert text.count("学员") == 500


def test_fonts_are_embedded(big: Path) -> None:
    rows = _tool("pdffonts", str(big)).splitlines()[2:]
    assert rows and all("TrueType" in row and " yes yes yes " in row for row in rows), rows


def test_a_long_unit_is_shrunk_or_cut_never_spilling(tmp_path: Path) -> None:
    data = _data(3)
    pdf = write_signin_sheet(tmp_path / "s.pdf", data)
    text = _pages(pdf)[0]
    assert "东湖社区" in text and "当湖街道社工站" in text
    assert "平湖市当湖街道" in text  # the long unit shows, on two lines at most


def test_xlsx_has_the_same_rows_merged_title_and_print_setup(tmp_path: Path) -> None:
    data = _data(60)
    ws = load_workbook(write_signin_sheet_xlsx(tmp_path / "s.xlsx", data)).active
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert ws["A1"].value == "签到表" and "A1:G1" in merged
    assert ws["A2"].value == "平湖市当湖街道社会工作站" and "A2:G2" in merged
    header = next(r for r in range(1, 20) if ws.cell(r, 1).value == "序号")
    assert [c.value for c in ws[header]] == ["序号", "姓名", "单位", "类别", "签到码", "签到时间", "签名"]
    body = [row for row in ws.iter_rows(min_row=header + 1, max_row=header + 60, values_only=True)]
    assert [(r[0], r[1], r[4]) for r in body] == [(p.number, p.name, p.code) for p in data.participants]
    assert isinstance(body[0][0], int), "numbers as numbers"
    assert ws.freeze_panes == f"A{header + 1}" and ws.print_title_rows == f"${header}:${header}"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    dates = [c.value for row in ws.iter_rows(max_row=header) for c in row if isinstance(c.value, datetime)]
    assert dates == [datetime(2026, 11, 3)], "the session's date as a date"
    walk_in = [ws.cell(r, 1).value for r in range(header + 62, header + 62 + walk_in_rows(60))]
    assert walk_in == list(range(61, 61 + walk_in_rows(60)))
