"""The attendance records: a long camp goes landscape and splits its grid, every page says page x of
y, the legend and the symbols print, fonts are embedded; the .xlsx grid has merged header rows."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from stationdesk.reports.attendance_record import write_programme_record, write_session_record
from stationdesk.reports.training_data import (
    GridRow,
    Participant,
    ProgrammeHead,
    ProgrammeRecordData,
    SessionHead,
    SessionMark,
    SessionRecordData,
)
from stationdesk.reports.training_xlsx import write_programme_record_xlsx

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

CYCLE = ("present", "late", "left_early", "excused", "absent", "")


def _grid(sessions: int, people: int = 8) -> ProgrammeRecordData:
    start = datetime(2026, 9, 1, 14)
    heads = [
        SessionHead(
            start + timedelta(days=7 * i), start + timedelta(days=7 * i, hours=3), number=i + 1, of=sessions
        )
        for i in range(sessions)
    ]
    held = [i < sessions - 1 for i in range(sessions)]
    rows = []
    for n in range(1, people + 1):
        statuses = tuple(CYCLE[(n + i) % len(CYCLE)] if held[i] else "" for i in range(sessions))
        came = sum(1 for s in statuses if s in ("present", "late", "left_early"))
        rows.append(
            GridRow(
                Participant(n, f"学员{n}", "东湖社区", "", f"C{n:04d}"),
                statuses,
                came,
                sessions - 1,
                came * 180,
                came * 10 >= 8 * (sessions - 1),
            )
        )
    return ProgrammeRecordData(
        "平湖市当湖街道社会工作站",
        ProgrammeHead("智创营", "平湖市民政局"),
        heads,
        held,
        rows,
        datetime(2026, 12, 30, 18),
    )


def _pages(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return [p for p in out.stdout.split("\f") if p.strip()]


def _size(pdf: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    line = next(line for line in info.splitlines() if line.startswith("Page size:"))
    width, height = line.split(":")[1].split("pts")[0].split("x")
    return float(width), float(height)


def test_a_short_programme_is_portrait_with_legend_and_symbols(tmp_path: Path) -> None:
    pdf = write_programme_record(tmp_path / "g.pdf", _grid(4))
    width, height = _size(pdf)
    assert width < height
    text = "".join(_pages(pdf)).replace(" ", "")
    for expected in (
        "培训考勤汇总表",
        "图例",
        "√",
        "迟",
        "早",
        "假",
        "×",
        "出勤人数",
        "结业条件",
        "09/01",
        "09/22",
    ):
        assert expected in text, expected
    assert "经办人" in text and "审核人" in text and "负责人：（盖章）" in text


def test_a_camp_of_30_sessions_is_landscape_split_with_page_x_of_y(tmp_path: Path) -> None:
    pdf = write_programme_record(tmp_path / "g.pdf", _grid(30, people=30))
    width, height = _size(pdf)
    assert width > height
    pages = _pages(pdf)
    for number, page in enumerate(pages, start=1):
        assert f"第{number}页共{len(pages)}页" in page.replace(" ", "")
    text = "".join(pages).replace(" ", "")
    assert "各场次出勤（第1–10场）" in text and "各场次出勤（第21–30场）" in text
    assert all(f"{(datetime(2026, 9, 1) + timedelta(days=7 * i)):%m/%d}" in text for i in range(30))
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert all(" yes yes yes " in row for row in fonts.splitlines()[2:])


def test_session_record_lists_statuses_times_and_totals(tmp_path: Path) -> None:
    grid = _grid(3)
    marks = [
        SessionMark(r.participant, r.statuses[0], datetime(2026, 9, 1, 13, 58), None, "scan")
        for r in grid.rows
    ]
    data = SessionRecordData("站", grid.programme, grid.sessions[0], marks, True, datetime(2026, 9, 2))
    text = "".join(_pages(write_session_record(tmp_path / "s.pdf", data))).replace(" ", "")
    assert "13:58" in text and "扫码" in text and "未记录" in text
    attended = sum(1 for m in marks if m.status in ("present", "late", "left_early"))
    assert f"应到8人，实到{attended}人，出勤率{attended * 100 / 8:.1f}%" in text


def test_xlsx_grid_headers_are_merged_and_dates_typed(tmp_path: Path) -> None:
    grid = _grid(12)
    ws = load_workbook(write_programme_record_xlsx(tmp_path / "g.xlsx", grid)).active
    header = next(r for r in range(1, 20) if ws.cell(r, 1).value == "序号")
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert f"A{header}:A{header + 1}" in merged and f"D{header}:O{header}" in merged
    assert [ws.cell(header + 1, 4 + i).value for i in range(12)] == [s.starts_at for s in grid.sessions]
    assert ws.cell(header + 1, 4).number_format == "mm/dd"
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == f"${header}:${header + 1}"
    assert ws.freeze_panes == f"D{header + 2}"
    first = [c.value for c in ws[header + 2]]
    assert first[:3] == [1, "学员1", "东湖社区"] and first[3] == "迟"
