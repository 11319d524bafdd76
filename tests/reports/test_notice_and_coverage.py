"""The one-time notice and the coverage report: embedded fonts, the text a reader needs, page numbers."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from stationdesk.reports.coverage_report import CoverageData, GroupRow, OpenLine, percent, write_coverage
from stationdesk.reports.notice import NoticeData, write_notice

pytestmark = pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs poppler-utils")


def _tool(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _fonts_embedded(path: Path) -> None:
    rows = _tool("pdffonts", str(path)).splitlines()[2:]
    assert rows and all("TrueType" in row and " yes yes yes " in row for row in rows), rows


def test_the_notice_lists_every_document_with_a_box(tmp_path: Path) -> None:
    documents = [f"材料{n}" for n in range(1, 31)]  # a long list runs onto a second page
    data = NoticeData("当湖街道社会工作站", "临时救助", documents, notes="材料齐全后5个工作日内办结",
                      station_phone="0573-85012345", printed_on="2026-11-29")  # fmt: skip
    path = write_notice(tmp_path / "notice.pdf", data)
    _fonts_embedded(path)
    pages = [page.replace(" ", "") for page in _tool("pdftotext", str(path), "-").split("\f") if page.strip()]
    text = "".join(pages)
    assert all(document in text for document in documents)
    assert "一次性告知单" in pages[0] and "临时救助" in pages[0] and "5个工作日内办结" in text
    assert text.count("□") == len(documents)
    assert f"共{len(pages)}页" in pages[-1]


@pytest.mark.parametrize(
    ("visited", "due", "shown"), [(0, 0, "—"), (2, 3, "66.6%"), (999, 1000, "99.9%"), (5, 5, "100.0%")]
)
def test_percent_never_rounds_up_to_the_goal(visited: int, due: int, shown: str) -> None:
    assert percent(visited, due) == shown


def test_the_coverage_report_says_the_rate_and_lists_the_unvisited(tmp_path: Path) -> None:
    lines = [
        OpenLine("王芳", "东湖社区 第1网格", "沈丽娟", "key", "2026-10", "missed", reason="hospital"),
        OpenLine("张三", "东湖社区 第2网格", "王敏", "high_risk", "2026-W42", "missed", reason="not_visited"),
    ]
    groups = [GroupRow("东湖社区 第1网格", 10, 9), GroupRow("东湖社区 第2网格", 5, 4)]
    data = CoverageData("当湖街道社会工作站", "2026-10", 15, 13, lines, groups, [GroupRow("沈丽娟", 15, 13)],
                        printed_on="2026-11-29", as_of="2026-11-29")  # fmt: skip
    path = write_coverage(tmp_path / "coverage.pdf", data)
    _fonts_embedded(path)
    text = _tool("pdftotext", str(path), "-").replace(" ", "")
    for expected in (
        "应访15人次",
        "已访13人次",
        "86.6%",
        "王芳",
        "住院",
        "张三",
        "未探访",
        "高风险",
        "90.0%",
    ):
        assert expected in text, expected


def test_nobody_due_is_said_in_words(tmp_path: Path) -> None:
    path = write_coverage(tmp_path / "empty.pdf", CoverageData("站", "2026-11", 0, 0, [], [], []))
    assert "本期没有应访对象" in _tool("pdftotext", str(path), "-").replace(" ", "")
