"""Badges (胸卡) and table cards (桌卡) of a programme's participants, several to an A4 page.

Each shows the participant's name large, their unit, the programme, and a QR code of their sign-in
code: at the door, the scanner reads it and types the code and Enter into the sign-in box, so the
QR encodes exactly the code, nothing else. Cut marks at every card's corners guide the cutter.

- ``badge``: 2 × 4 badges of 90 × 60 mm a page (they fit the common 胸卡 holders);
- ``table_card``: 2 tent cards a page, 190 × 130 mm, folded along the dashed middle line: the name
  reads upright from both sides of the table.

Plain data in; names and units shrink (and wrap onto a second line) to fit their box.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import groupby
from math import ceil
from pathlib import Path

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from stationdesk.reports.files import write_bytes
from stationdesk.reports.fitting import Fitted, fit
from stationdesk.reports.pdf_base import font_name

MARK = 4 * mm  # length of a cut mark
MARK_GAP = 1.5 * mm  # between a card's corner and its marks
GREY = colors.HexColor("#555555")


class Layout(StrEnum):
    BADGE = "badge"
    TABLE_CARD = "table_card"


@dataclass(frozen=True)
class Badge:
    name: str
    unit: str
    code: str  # the sign-in code, as typed at the door


@dataclass(frozen=True)
class BadgeSheet:
    station_name: str
    programme_name: str
    badges: Sequence[Badge]


@dataclass(frozen=True)
class BadgeLabels:
    code: str = "签到码 {code}"
    fold: str = "沿虚线向后对折"
    title: str = "胸卡"
    table_title: str = "桌卡"


@dataclass(frozen=True)
class Grid:
    """How cards sit on a portrait A4 page: ``columns`` × ``rows`` of ``width`` × ``height``."""

    columns: int
    rows: int
    width: float
    height: float
    gap: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def box(self, index: int) -> tuple[float, float]:
        """The lower left corner of the ``index``-th card of a page (left to right, top down)."""
        page_w, page_h = A4
        left = (page_w - self.columns * self.width - (self.columns - 1) * self.gap) / 2
        top = (page_h + self.rows * self.height + (self.rows - 1) * self.gap) / 2
        column, row = index % self.columns, index // self.columns
        return left + column * (self.width + self.gap), top - (row + 1) * self.height - row * self.gap


GRIDS = {
    Layout.BADGE: Grid(2, 4, 90 * mm, 60 * mm, 10 * mm),
    Layout.TABLE_CARD: Grid(1, 2, 190 * mm, 130 * mm, 12 * mm),
}


def pages_needed(count: int, layout: Layout = Layout.BADGE) -> int:
    return max(1, ceil(count / GRIDS[layout].per_page))


def qr_modules(code: str) -> list[list[bool]]:
    """The dark (True) and light modules of the QR code of exactly ``code``, top row first, by
    reportlab's encoder at medium error correction."""
    widget = QrCodeWidget(code, barLevel="M")
    widget.qr.make()
    return [[bool(dark) for dark in row] for row in widget.qr.modules]


def draw_qr(canvas: Canvas, code: str, x: float, y: float, size: float) -> None:
    """The QR code of ``code`` as a ``size`` square at (``x``, ``y``), without a quiet zone (the
    card's white margin is one). Drawn as one path of dark runs: much faster than the widget's
    drawing of a shape per module."""
    modules = qr_modules(code)
    cell = size / len(modules)
    path = canvas.beginPath()
    for r, row in enumerate(modules):
        top = y + size - (r + 1) * cell
        c = 0
        for dark, run in groupby(row):
            length = len(list(run))
            if dark:
                path.rect(x + c * cell, top, length * cell, cell)
            c += length
    canvas.saveState()
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def cut_marks(canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
    """Two short lines off each corner, along the card's edges, outside it."""
    canvas.saveState()
    canvas.setLineWidth(0.4)
    canvas.setStrokeColor(colors.black)
    for cx, sx in ((x, -1), (x + width, 1)):
        for cy, sy in ((y, -1), (y + height, 1)):
            canvas.line(cx + sx * MARK_GAP, cy, cx + sx * (MARK_GAP + MARK), cy)
            canvas.line(cx, cy + sy * MARK_GAP, cx, cy + sy * (MARK_GAP + MARK))
    canvas.restoreState()


def _lines(canvas: Canvas, fitted: Fitted, x: float, top: float, *, centre: bool = False) -> None:
    """Draw fitted lines from ``top`` down, left-aligned at ``x`` or centred on it."""
    canvas.setFont(font_name(), fitted.size)
    baseline = top - fitted.size * 0.9
    for line in fitted.lines:
        if centre:
            canvas.drawCentredString(x, baseline, line)
        else:
            canvas.drawString(x, baseline, line)
        baseline -= fitted.leading


def _block_top(fitted: Fitted, middle: float) -> float:
    """The top a block of lines starts from so that it is centred on ``middle``."""
    return middle + fitted.height / 2


def _badge(canvas: Canvas, sheet: BadgeSheet, badge: Badge, labels: BadgeLabels, x: float, y: float) -> None:
    grid = GRIDS[Layout.BADGE]
    font = font_name()
    pad = 4 * mm
    inner = grid.width - 2 * pad
    canvas.setStrokeColor(colors.HexColor("#BBBBBB"))
    canvas.setLineWidth(0.3)
    canvas.rect(x, y, grid.width, grid.height)
    # The programme along the top, over a rule.
    programme = fit(sheet.programme_name, font, inner, 9 * mm, 10, 6.5)
    canvas.setFillColor(GREY)
    _lines(
        canvas, programme, x + grid.width / 2, _block_top(programme, y + grid.height - 7 * mm), centre=True
    )
    rule = y + grid.height - 13 * mm
    canvas.setStrokeColor(colors.HexColor("#8B1A1A"))
    canvas.setLineWidth(1)
    canvas.line(x + pad, rule, x + grid.width - pad, rule)
    # The QR code with the code under it, on the right.
    qr = 24 * mm
    qr_x, qr_y = x + grid.width - pad - qr, y + 9 * mm
    draw_qr(canvas, badge.code, qr_x, qr_y, qr)
    canvas.setFont(font, 8)
    canvas.drawCentredString(qr_x + qr / 2, qr_y - 4 * mm, labels.code.format(code=badge.code))
    # Name and unit on the left.
    text_w = grid.width - 3 * pad - qr
    canvas.setFillColor(colors.black)
    name = fit(badge.name, font, text_w, 20 * mm, 26, 11)
    unit = fit(badge.unit, font, text_w, 12 * mm, 10.5, 6.5, one_line_down_to=0.85)
    middle = qr_y + qr / 2 + 1 * mm
    gap = 2 * mm if badge.unit else 0
    top = middle + (name.height + gap + (unit.height if badge.unit else 0)) / 2
    _lines(canvas, name, x + pad, top)
    if badge.unit:
        canvas.setFillColor(GREY)
        _lines(canvas, unit, x + pad, top - name.height - gap)
    canvas.setFillColor(GREY)
    _lines(canvas, fit(sheet.station_name, font, text_w, 4 * mm, 6.5, 5, max_lines=1), x + pad, y + 5.5 * mm)
    canvas.setFillColor(colors.black)
    cut_marks(canvas, x, y, grid.width, grid.height)


def _card_face(canvas: Canvas, sheet: BadgeSheet, badge: Badge, labels: BadgeLabels, *, qr: bool) -> None:
    """One half of a tent card, drawn with its lower left corner at the origin."""
    grid = GRIDS[Layout.TABLE_CARD]
    font = font_name()
    width, height = grid.width, grid.height / 2
    pad = 8 * mm
    qr_size = 22 * mm if qr else 0
    text_w = width - 2 * pad - (2 * (qr_size + 4 * mm) if qr else 0)
    name = fit(badge.name, font, text_w, 30 * mm, 64, 20)
    unit = fit(badge.unit, font, text_w, 9 * mm, 16, 9, max_lines=1)
    canvas.setFillColor(colors.black)
    _lines(canvas, name, width / 2, _block_top(name, height / 2 + 4 * mm), centre=True)
    if badge.unit:
        canvas.setFillColor(GREY)
        _lines(canvas, unit, width / 2, 17 * mm, centre=True)
    programme = fit(sheet.programme_name, font, width - 2 * pad, 6 * mm, 10, 7, max_lines=1)
    canvas.setFillColor(GREY)
    _lines(canvas, programme, width / 2, height - 5 * mm, centre=True)
    if qr:
        draw_qr(canvas, badge.code, width - pad - qr_size, 11 * mm, qr_size)
        canvas.setFont(font, 8)
        canvas.drawCentredString(width - pad - qr_size / 2, 7 * mm, labels.code.format(code=badge.code))
    canvas.setFillColor(colors.black)


def _table_card(
    canvas: Canvas, sheet: BadgeSheet, badge: Badge, labels: BadgeLabels, x: float, y: float
) -> None:
    grid = GRIDS[Layout.TABLE_CARD]
    half = grid.height / 2
    canvas.saveState()
    canvas.translate(x, y)
    canvas.setStrokeColor(colors.HexColor("#BBBBBB"))
    canvas.setLineWidth(0.3)
    canvas.rect(0, 0, grid.width, grid.height)
    _card_face(canvas, sheet, badge, labels, qr=True)  # the front, facing the participant's guests
    canvas.saveState()
    canvas.translate(grid.width, grid.height)
    canvas.rotate(180)  # the back half, upside down on the sheet: upright once folded
    _card_face(canvas, sheet, badge, labels, qr=False)
    canvas.restoreState()
    canvas.setDash(4, 3)
    canvas.setStrokeColor(GREY)
    canvas.line(0, half, grid.width, half)
    canvas.setDash()
    canvas.setFont(font_name(), 7)
    canvas.setFillColor(GREY)
    canvas.drawRightString(grid.width - 2 * mm, half + 1.5 * mm, labels.fold)
    canvas.restoreState()
    cut_marks(canvas, x, y, grid.width, grid.height)


def render_badges(
    sheet: BadgeSheet, layout: Layout = Layout.BADGE, labels: BadgeLabels | None = None
) -> bytes:
    """The cards as PDF bytes: ``ceil(n / per page)`` pages (one blank page for no one)."""
    labels = labels or BadgeLabels()
    layout = Layout(layout)
    grid = GRIDS[layout]
    draw = _badge if layout is Layout.BADGE else _table_card
    buffer = io.BytesIO()
    title = labels.title if layout is Layout.BADGE else labels.table_title
    canvas = Canvas(buffer, pagesize=A4, initialFontName=font_name(), initialFontSize=10)
    canvas.setTitle(f"{sheet.programme_name} {title}")
    canvas.setAuthor(sheet.station_name)
    canvas.setCreator("StationDesk")
    for start in range(0, max(len(sheet.badges), 1), grid.per_page):
        for index, badge in enumerate(sheet.badges[start : start + grid.per_page]):
            draw(canvas, sheet, badge, labels, *grid.box(index))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_badges(
    path: Path, sheet: BadgeSheet, layout: Layout = Layout.BADGE, labels: BadgeLabels | None = None
) -> Path:
    return write_bytes(path, render_badges(sheet, layout, labels))
