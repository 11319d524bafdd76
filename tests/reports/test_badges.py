"""Badges and table cards: names and codes on the page, a QR code of exactly the sign-in code, pages
as the layout holds them, cut marks at the corners, long names shrunk into their box."""

from __future__ import annotations

import io
import shutil
import subprocess
from math import ceil
from pathlib import Path

import pytest
from PIL import Image
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from stationdesk.reports import badges
from stationdesk.reports.badges import GRIDS, MARK, MARK_GAP, Badge, BadgeSheet, Layout, render_badges
from stationdesk.reports.fitting import fit
from stationdesk.reports.pdf_base import font_name

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")

NAMES = [
    "张伟",
    "王芳",
    "艾琳",
    "阿依古丽·买买提",
    "欧阳娜娜",
    "李强",
    "赵敏",
    "钱多多",
    "孙悟空",
    "周杰",
    "吴晓燕",
]
SHEET = BadgeSheet(
    "平湖市当湖街道社会工作站",
    "2026年平湖市社工站运营团队智创营",
    [
        Badge(name, "嘉兴市南湖区七星街道社区服务中心网格管理办公室", f"K7M2Q{i:X}")
        for i, name in enumerate(NAMES)
    ],
)


def _tool(*args: str) -> bytes:
    return subprocess.run(args, capture_output=True, check=True).stdout


def _pages(pdf: bytes) -> list[str]:
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    return [page.replace(" ", "") for page in text.decode().split("\f") if page.strip()]


def _image(pdf: bytes, dpi: int, folder: Path) -> Image.Image:
    (folder / "page.pdf").write_bytes(pdf)
    _tool("pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", "-singlefile",
          str(folder / "page.pdf"), str(folder / "page"))  # fmt: skip
    return Image.open(folder / "page.png").convert("L")


@pytest.mark.parametrize("layout", list(Layout))
def test_pages_hold_every_participant_with_name_and_code(layout: Layout) -> None:
    pdf = render_badges(SHEET, layout)
    pages = _pages(pdf)
    assert len(pages) == ceil(len(NAMES) / GRIDS[layout].per_page) == badges.pages_needed(len(NAMES), layout)
    text = "".join(pages)
    for badge in SHEET.badges:
        assert badge.name.replace("·", "") in text.replace("·", "").replace("\n", "")
        assert badge.code in text
    fonts = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    assert all(" yes yes yes " in row for row in fonts.splitlines()[2:]), fonts


def test_each_badge_carries_the_qr_of_its_own_code(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[str] = []
    original = badges.draw_qr

    def spy(canvas: Canvas, code: str, x: float, y: float, size: float) -> None:
        drawn.append(code)
        original(canvas, code, x, y, size)

    monkeypatch.setattr(badges, "draw_qr", spy)
    render_badges(SHEET)
    assert drawn == [b.code for b in SHEET.badges]


def test_the_qr_drawn_is_the_encoders_matrix_of_exactly_the_code(tmp_path: Path) -> None:
    code = "K7M2QX"
    modules = badges.qr_modules(code)
    widget = QrCodeWidget(code, barLevel="M")
    widget.qr.make()
    assert modules == [[bool(m) for m in row] for row in widget.qr.modules]
    with_enter = QrCodeWidget(code + "\r", barLevel="M")
    with_enter.qr.make()
    assert modules != [[bool(m) for m in row] for row in with_enter.qr.modules]  # no Enter inside
    cell = 4  # points per module, at 72 dpi 4 pixels
    size = cell * len(modules)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(size + 20, size + 20))
    badges.draw_qr(canvas, code, 10, 10, size)
    canvas.showPage()
    canvas.save()
    image = _image(buffer.getvalue(), 72, tmp_path)
    seen = [[image.getpixel((10 + c * cell + 2, 10 + r * cell + 2)) < 128 for c in range(len(modules))]
            for r in range(len(modules))]  # fmt: skip
    assert seen == modules


def test_cut_marks_at_every_corner_outside_the_card(tmp_path: Path) -> None:
    image = _image(render_badges(SHEET), 144, tmp_path)
    scale = 2  # pixels per point
    grid = GRIDS[Layout.BADGE]

    def dark(x: float, y: float) -> bool:
        px, py = round(x * scale), round((A4[1] - y) * scale)
        return min(image.getpixel((px + dx, py + dy)) for dx in (-1, 0, 1) for dy in (-1, 0, 1)) < 170

    for index in (0, grid.per_page - 1):
        x, y = grid.box(index)
        along = MARK_GAP + MARK / 2
        for cx, sx in ((x, -1), (x + grid.width, 1)):
            for cy, sy in ((y, -1), (y + grid.height, 1)):
                assert dark(cx + sx * along, cy), (index, cx, cy)  # the horizontal mark
                assert dark(cx, cy + sy * along), (index, cx, cy)  # the vertical mark
                assert not dark(cx + sx * along, cy + sy * along)  # nothing in between
        assert not dark(x - 3 * mm, y + grid.height / 2)  # no line along the card's side


def test_long_texts_shrink_and_wrap_inside_their_box() -> None:
    font = font_name()
    short = fit("张伟", font, 50 * mm, 20 * mm, 26, 11)
    assert short.size == 26 and short.lines == ("张伟",)
    long = fit("嘉兴市南湖区七星街道社区服务中心网格管理办公室", font, 50 * mm, 8 * mm, 10.5, 6.5)
    assert long.size < 10.5 and len(long.lines) == 2 and long.height <= 8 * mm
    assert all(stringWidth(line, font, long.size) <= 50 * mm for line in long.lines)
    assert "".join(long.lines) == "嘉兴市南湖区七星街道社区服务中心网格管理办公室"
    cut = fit("很" * 200, font, 30 * mm, 8 * mm, 10, 8, max_lines=1)
    assert len(cut.lines) == 1 and cut.lines[0].endswith("…")
