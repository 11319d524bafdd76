"""The printout base: embedded CJK font, letterhead on every page, "page x of y", safe writes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from stationdesk.assets import resource
from stationdesk.reports.pdf_base import Letterhead, render, styles, write

pytestmark = pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs poppler-utils")

HEAD = Letterhead(
    station_name="平湖市当湖街道社会工作站",
    title="一次性告知单",
    logo_png=resource("demo", "station-logo.png").read_bytes(),
    subtitle="救助类型：最低生活保障",
    printed_on="打印日期：2026-11-29",
)


def _story(lines: int) -> list[Paragraph]:
    body = styles()["body"]
    return [
        Paragraph(f"{i}. 户口簿、身份证原件及复印件，电话 0573-85012345 (copy {i})", body)
        for i in range(lines)
    ]


def _tool(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def test_every_font_is_embedded_truetype(tmp_path: Path) -> None:
    pdf = write(tmp_path / "notice.pdf", HEAD, _story(5))
    rows = _tool("pdffonts", str(pdf)).splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        assert "TrueType" in row and " yes yes yes " in row, row  # embedded, subset, unicode map


def test_letterhead_and_page_count_on_every_page(tmp_path: Path) -> None:
    pdf = write(tmp_path / "notice.pdf", HEAD, _story(70))
    pages = _tool("pdftotext", "-layout", str(pdf), "-").split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert "平湖市当湖街道社会工作站" in text and "一次性告知单" in text
        assert f"第{number}页共{len(pages)}页" in text.replace(" ", "")  # pdftotext drops CJK spacing
        assert "打印日期：2026-11-29" in text
    assert "0573-85012345" in pages[0]  # digits and Latin print too (some CJK fonts drop them)


def test_write_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "notice.pdf"
    target.write_bytes(b"old")
    write(target, HEAD, _story(3))
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["notice.pdf"]


def test_render_without_logo_or_subtitle() -> None:
    data = render(Letterhead(station_name="站", title="标题"), _story(1))
    assert data.startswith(b"%PDF") and len(data) > 1000
