"""The volunteer roster printout: a month by date over several pages (page x of y), names and roles,
cancelled and moved shifts said; the .xlsx read back."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from stationdesk.reports.volunteer_roster import (
    RoleLine,
    RosterData,
    ShiftLine,
    write_roster_pdf,
    write_roster_xlsx,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

NAMES = ("李娜", "张伟", "王芳", "阿依古丽·买买提", "陈晓明", "刘洋", "赵敏", "周杰")


def _shift(day: date, **kw: object) -> ShiftLine:
    roles = (RoleLine("司机", 2, NAMES[:2]), RoleLine("帮手", 6, NAMES[2:7]))
    return ShiftLine(day, time(13, 30), time(16, 30), "公益巴士进社区", "七星街道东栅社区", roles, **kw)  # type: ignore[arg-type]


def _month() -> RosterData:
    days = [date(2025, 10, 1) + timedelta(days=i) for i in range(31)]
    shifts = [_shift(day) for day in days]
    shifts[14] = _shift(days[14], cancelled=True, note="天气原因取消")
    shifts[21] = _shift(days[22], moved_from=days[21])
    return RosterData(
        "平湖市当湖街道社会工作站", days[0], days[-1], (2025, 10), shifts, printed_on="2025-09-28"
    )


def _pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [page.replace(" ", "").replace("\n", "") for page in out.split("\f") if page.strip()]


def test_the_month_pdf_names_days_roles_and_volunteers_page_x_of_y(tmp_path: Path) -> None:
    pdf = write_roster_pdf(tmp_path / "roster.pdf", _month())
    pages = _pages(pdf)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"第{number}页共{len(pages)}页" in page
        assert "志愿服务排班表" in page and "2025年10月" in page and "平湖市当湖街道社会工作站" in page
    text = "".join(pages)
    for expected in (
        "2025-10-01",
        "周三",
        "2025-10-31",
        "周五",
        "13:30–16:30",
        "司机",
        "帮手",
        "2/2",
        "5/6",
        "阿依古丽·买买提",
        "李娜、张伟",
        "已取消",
        "天气原因取消",
        "由2025-10-22调整",
    ):
        assert expected in text, expected
    assert "共31个班次（取消1个），已排210人次，需240人次。" in text
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "841.89 x 595.276" in info  # A4 landscape
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert all(" yes yes yes " in row for row in fonts.splitlines()[2:])


def test_an_empty_week_says_so(tmp_path: Path) -> None:
    data = RosterData("当湖街道社会工作站", date(2025, 9, 29), date(2025, 10, 5), None, [])
    [page] = _pages(write_roster_pdf(tmp_path / "week.pdf", data))
    assert "2025-09-29至2025-10-05" in page and "本期没有班次。" in page


def test_the_xlsx_has_one_row_per_role(tmp_path: Path) -> None:
    path = write_roster_xlsx(tmp_path / "roster.xlsx", _month())
    sheet = load_workbook(path).active
    weekdays = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
    rows = [row for row in sheet.iter_rows(values_only=True) if row and row[1] in weekdays]
    assert len(rows) == 62
    first = rows[0]
    assert (first[0].date(), first[1], first[2], first[5], first[6], first[7]) == (
        date(2025, 10, 1),
        "周三",
        "13:30–16:30",
        "司机",
        "李娜、张伟",
        "2/2",
    )
    assert rows[28][3] == "公益巴士进社区（已取消）\n天气原因取消"
    assert sheet.cell(1, 1).value == "志愿服务排班表"
