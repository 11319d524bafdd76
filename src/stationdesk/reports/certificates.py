"""Completion certificates (结业证书): one A4 landscape page per holder, to frame or to file.

A double border, the title, the attestation (who, from when to when, which programme, how many
sessions and hours), the certificate number from the register, the issuer (the station, and the
organiser when there is one), the date of issue in Chinese numerals, and a dashed circle where the
station's red seal goes (盖章处): the certificate is valid once stamped, so no seal is printed.

Plain data in: the service passes the register's numbers and the time attested at issue.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from stationdesk.domain.continuing_education import hours_text
from stationdesk.reports.files import write_bytes
from stationdesk.reports.fitting import fit
from stationdesk.reports.pdf_base import font_name

PAGE = landscape(A4)
RED = colors.HexColor("#8B1A1A")
GOLD = colors.HexColor("#B08D57")
INK = colors.HexColor("#1A1A1A")
SEAL_RADIUS = 21 * mm  # a 42 mm official seal fits inside

_DIGITS = "〇一二三四五六七八九"


@dataclass(frozen=True)
class CertificateData:
    number: str
    holder_name: str
    programme_name: str
    first_day: date | None
    last_day: date | None
    sessions_attended: int
    minutes: int
    issued_on: date


@dataclass(frozen=True)
class CertificateBatch:
    station_name: str
    certificates: Sequence[CertificateData]
    organiser: str = ""
    logo_png: bytes | None = None


@dataclass(frozen=True)
class CertificateLabels:
    title: str = "结业证书"
    number: str = "证书编号：{number}"
    body: str = (
        "兹证明{name}同志{span}参加{programme}学习，共出勤 {sessions} 次，计 {hours} 学时，"
        "完成规定的学习任务，准予结业。"
    )
    closing: str = "特发此证。"
    span_days: str = "于{first}至{last}"
    span_day: str = "于{first}"
    organiser: str = "主办单位：{name}"
    issuer: str = "发证单位：{name}"
    seal: str = "盖章处"
    quote_open: str = "“"
    quote_close: str = "”"


def zh_date(day: date, with_year: bool = True) -> str:
    """``2026年3月2日`` (``3月2日`` without the year)."""
    return f"{day.year}年{day.month}月{day.day}日" if with_year else f"{day.month}月{day.day}日"


def _numerals(number: int) -> str:
    """1..31 in Chinese numerals as dates write them: 十, 十一, 二十, 二十九, 三十一."""
    tens, ones = divmod(number, 10)
    if tens == 0:
        return _DIGITS[ones]
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def zh_formal_date(day: date) -> str:
    """The date of issue as certificates write it: ``二〇二六年十一月二十九日``."""
    year = "".join(_DIGITS[int(ch)] for ch in str(day.year))
    return f"{year}年{_numerals(day.month)}月{_numerals(day.day)}日"


def span_text(first: date | None, last: date | None, labels: CertificateLabels) -> str:
    if first is None or last is None:
        return ""
    if first == last:
        return labels.span_day.format(first=zh_date(first))
    return labels.span_days.format(
        first=zh_date(first), last=zh_date(last, with_year=last.year != first.year)
    )


def border(canvas: Canvas, page: tuple[float, float] = PAGE) -> None:
    """The red outer frame and the gold inner one with its corner ornaments."""
    width, height = page
    canvas.saveState()
    canvas.setStrokeColor(RED)
    canvas.setLineWidth(3)
    canvas.rect(9 * mm, 9 * mm, width - 18 * mm, height - 18 * mm)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.8)
    inset = 13 * mm
    canvas.rect(inset, inset, width - 2 * inset, height - 2 * inset)
    # A small square ornament in each corner, between the two frames.
    canvas.setFillColor(GOLD)
    for x in (inset, width - inset):
        for y in (inset, height - inset):
            canvas.rect(x - 1.6 * mm, y - 1.6 * mm, 3.2 * mm, 3.2 * mm, stroke=0, fill=1)
    canvas.restoreState()


def spaced_title(canvas: Canvas, text: str, y: float, page_width: float = PAGE[0], size: float = 40) -> None:
    """The title in red, its characters spaced apart, centred on the page."""
    font = font_name()
    space = size * 0.6
    total = canvas.stringWidth(text, font, size) + space * (len(text) - 1)
    x = (page_width - total) / 2
    canvas.setFont(font, size)
    canvas.setFillColor(RED)
    for ch in text:
        canvas.drawString(x, y, ch)
        x += canvas.stringWidth(ch, font, size) + space
    canvas.setFillColor(INK)


def _body(data: CertificateData, labels: CertificateLabels) -> list[Paragraph]:
    """The attestation and, as a paragraph of its own, the closing formula."""
    size = 17
    style = ParagraphStyle(
        "certificate-body",
        fontName=font_name(),
        fontSize=size,
        leading=size * 2.1,
        firstLineIndent=2 * size,
        wordWrap="CJK",
        alignment=TA_JUSTIFY,
        textColor=INK,
    )
    name = f'<font size="{size + 5}"><u>&nbsp;{escape(data.holder_name)}&nbsp;</u></font>'
    programme = f"{labels.quote_open}{escape(data.programme_name)}{labels.quote_close}"
    text = escape(labels.body).format(
        name=name,
        span=escape(span_text(data.first_day, data.last_day, labels)),
        programme=programme,
        sessions=data.sessions_attended,
        hours=hours_text(data.minutes),
    )
    return [Paragraph(text, style), Paragraph(escape(labels.closing), style)]


def seal_position(canvas: Canvas, x: float, y: float, label: str) -> None:
    """A dashed circle centred on (x, y) where the red seal goes (盖章处), its label inside."""
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor("#B0B0B0"))
    canvas.setLineWidth(0.8)
    canvas.setDash(3, 3)
    canvas.circle(x, y, SEAL_RADIUS, stroke=1, fill=0)
    canvas.setFillColor(colors.HexColor("#B0B0B0"))
    canvas.setFont(font_name(), 10)
    canvas.drawCentredString(x, y - SEAL_RADIUS + 4 * mm, label)
    canvas.restoreState()


def _page(canvas: Canvas, batch: CertificateBatch, data: CertificateData, labels: CertificateLabels) -> None:
    width, height = PAGE
    font = font_name()
    border(canvas)
    if batch.logo_png:
        size = 16 * mm
        canvas.drawImage(
            ImageReader(io.BytesIO(batch.logo_png)), 22 * mm, height - 22 * mm - size, size, size, mask="auto"
        )
    spaced_title(canvas, labels.title, height - 50 * mm)
    canvas.setFont(font, 11)
    canvas.drawRightString(width - 24 * mm, height - 24 * mm, labels.number.format(number=data.number))
    text_width = width - 2 * 42 * mm
    top = height - 68 * mm
    for paragraph in _body(data, labels):
        _w, paragraph_height = paragraph.wrap(text_width, height)
        paragraph.drawOn(canvas, 42 * mm, top - paragraph_height)
        top -= paragraph_height
    # The issuer block, right-aligned on its centre line, with the seal position over it.
    centre = width - 42 * mm - 45 * mm
    lines = [labels.issuer.format(name=batch.station_name)]
    if batch.organiser:
        lines.insert(0, labels.organiser.format(name=batch.organiser))
    lines.append(zh_formal_date(data.issued_on))
    baseline = 30 * mm + 9 * mm * (len(lines) - 1)
    for line in lines:
        fitted = fit(line, font, 110 * mm, 9 * mm, 14, 9, max_lines=1)
        canvas.setFont(font, fitted.size)
        canvas.drawCentredString(centre, baseline, fitted.lines[0])
        baseline -= 9 * mm
    seal_position(canvas, centre, 30 * mm + 6 * mm, labels.seal)


def render_certificates(batch: CertificateBatch, labels: CertificateLabels | None = None) -> bytes:
    """One landscape page per certificate (none: a PDF of one blank page is never asked for)."""
    labels = labels or CertificateLabels()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE, initialFontName=font_name(), initialFontSize=12)
    canvas.setTitle(labels.title)
    canvas.setAuthor(batch.station_name)
    canvas.setCreator("StationDesk")
    for data in batch.certificates:
        _page(canvas, batch, data, labels)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_certificates(path: Path, batch: CertificateBatch, labels: CertificateLabels | None = None) -> Path:
    return write_bytes(path, render_certificates(batch, labels))
