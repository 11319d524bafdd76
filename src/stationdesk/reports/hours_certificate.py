"""The volunteer-service record certificate (志愿服务记录证明): A4 portrait, to hand over and to file.

What the national rules (志愿服务记录与证明出具办法) ask it to carry: the volunteer's identity (name
and masked ID number, the national platform number when there is one), the period, the hours and
content of the service (a table: dates, activity, content, days, hours; the total, also in capital
numerals so it cannot be altered), the issuing station with its person in charge (负责人), handler
(经办人) and phone, the number from the register, the date, and a dashed circle for the seal
(盖章处): the certificate is valid once stamped. A long record flows onto more pages, each framed,
numbered "page x of y".

Plain data in: the service passes what the register and the counted hours say.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Paragraph, Spacer

from stationdesk.domain.continuing_education import hours_text
from stationdesk.reports.certificates import (
    INK,
    RED,
    border,
    seal_position,
    spaced_title,
    zh_date,
    zh_formal_date,
)
from stationdesk.reports.files import write_bytes
from stationdesk.reports.fitting import fit
from stationdesk.reports.pdf_base import counting_canvas, font_name, table

PAGE = A4
SIDE = 24 * mm
FIRST_TOP = 62 * mm  # below the title on the first page
LATER_TOP = 24 * mm
BOTTOM = 24 * mm
CONTENT_WIDTH = PAGE[0] - 2 * SIDE
GRID = colors.HexColor("#9A8B6E")
HEAD_FILL = colors.HexColor("#F4EEE2")
GREY = colors.HexColor("#666666")

_CAPITALS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ("", "拾", "佰", "仟")


@dataclass(frozen=True)
class ServiceRow:
    first_day: date
    last_day: date
    activity: str
    content: str
    days: int
    minutes: int


@dataclass(frozen=True)
class HoursCertificateData:
    number: str
    holder_name: str
    id_masked: str  # "" when the registry has no ID number
    period_from: date
    period_to: date
    rows: Sequence[ServiceRow]
    days: int  # distinct days served
    minutes: int  # the total attested (as issued)
    issued_on: date
    station_name: str
    person_in_charge: str = ""
    handler: str = ""
    phone: str = ""
    platform_number: str = ""
    logo_png: bytes | None = None


@dataclass(frozen=True)
class HoursCertificateLabels:
    title: str = "志愿服务记录证明"
    number: str = "编号：{number}"
    body: str = (
        "兹证明{name}（{identity}）于{first}至{last}期间参加志愿服务，累计服务 {days} 天，"
        "服务时长共计 {hours} 小时（大写：{capital}小时）。具体服务情况如下："
    )
    id_number: str = "身份证号：{id}"
    no_id: str = "身份证号：未登记"
    platform: str = "，志愿者编号：{number}"
    columns: tuple[str, ...] = ("序号", "服务时间", "服务项目", "服务内容", "服务天数", "时长（小时）")
    days_span: str = "{first} 至 {last}"
    total: str = "合计"
    closing: str = "特此证明。"
    issuer: str = "出具单位（盖章）"
    person_in_charge: str = "负责人：{name}"
    handler: str = "经办人：{name}"
    phone: str = "联系电话：{phone}"
    blank: str = "＿＿＿＿＿＿"
    seal: str = "盖章处"
    note: str = (
        "注：本证明依据《志愿服务记录与证明出具办法》出具，服务时长为出具单位记录并审核确认的时长；"
        "编号登记在出具单位的证明登记簿中，可向出具单位查验。"
    )
    continued: str = "编号：{number}　　第 {page} 页 共 {pages} 页"


def capital_number(text: str) -> str:
    """A number below 10⁸ (``"1040"``, ``"2.5"``) in the capital numerals (大写) of money and certificates:
    ``壹仟零肆拾``, ``贰点伍``."""
    whole, _dot, fraction = text.partition(".")
    number = int(whole)
    if not 0 <= number < 10**8:
        raise ValueError(f"out of range: {text}")

    def group(value: int) -> str:
        out, zero = "", False
        for position in range(3, -1, -1):
            digit = value // 10**position % 10
            if digit == 0:
                zero = bool(out)
            else:
                out += ("零" if zero else "") + _CAPITALS[digit] + _UNITS[position]
                zero = False
        return out

    high, low = divmod(number, 10**4)
    words = group(high) + "万" if high else ""
    if low:
        words += ("零" if high and low < 1000 else "") + group(low)
    words = words or _CAPITALS[0]
    if fraction:
        words += "点" + "".join(_CAPITALS[int(ch)] for ch in fraction)
    return words


def _style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font_name(), fontSize=size, leading=leading, wordWrap="CJK", **kw)


def _body(data: HoursCertificateData, labels: HoursCertificateLabels) -> Paragraph:
    size = 13
    style = _style(
        "hours-body", size, size * 2, firstLineIndent=2 * size, alignment=TA_JUSTIFY, textColor=INK
    )
    identity = labels.id_number.format(id=data.id_masked) if data.id_masked else labels.no_id
    if data.platform_number:
        identity += labels.platform.format(number=data.platform_number)
    name = f'<font size="{size + 4}"><u>&nbsp;{escape(data.holder_name)}&nbsp;</u></font>'
    hours = hours_text(data.minutes)
    text = escape(labels.body).format(
        name=name,
        identity=escape(identity),
        first=escape(zh_date(data.period_from)),
        last=escape(zh_date(data.period_to)),
        days=data.days,
        hours=f"<b>{hours}</b>",
        capital=capital_number(hours),
    )
    return Paragraph(text, style)


def _service_table(data: HoursCertificateData, labels: HoursCertificateLabels) -> Flowable:
    cell = _style("hours-cell", 9.5, 13)
    centred = _style("hours-cell-centred", 9.5, 13, alignment=TA_CENTER)
    rows: list[list[object]] = [[Paragraph(escape(text), centred) for text in labels.columns]]
    for number, row in enumerate(data.rows, start=1):
        first, last = row.first_day.isoformat(), row.last_day.isoformat()
        span = first if first == last else labels.days_span.format(first=first, last=last)
        rows.append(
            [
                Paragraph(str(number), centred),
                Paragraph(escape(span), centred),
                Paragraph(escape(row.activity or "—"), cell),
                Paragraph(escape(row.content or "—"), cell),
                Paragraph(str(row.days), centred),
                Paragraph(hours_text(row.minutes), centred),
            ]
        )
    rows.append(
        [
            Paragraph(escape(labels.total), centred),
            "",
            "",
            "",
            Paragraph(str(data.days), centred),
            Paragraph(f"<b>{hours_text(data.minutes)}</b>", centred),
        ]
    )
    shares = [0.07, 0.2, 0.25, 0.24, 0.11, 0.13]
    last = len(rows) - 1
    return table(
        rows,
        [share * CONTENT_WIDTH for share in shares],
        [
            ("GRID", (0, 0), (-1, -1), 0.6, GRID),
            ("BOX", (0, 0), (-1, -1), 1.1, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("BACKGROUND", (0, last), (-1, last), HEAD_FILL),
            ("SPAN", (0, last), (3, last)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
        repeatRows=1,
    )


class IssuerBlock(Flowable):
    """Who issues: the person in charge, handler and phone on the left; the station and the date on
    the right under the dashed seal circle."""

    HEIGHT = 52 * mm

    def __init__(self, data: HoursCertificateData, labels: HoursCertificateLabels) -> None:
        super().__init__()
        self.data = data
        self.labels = labels

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.HEIGHT

    def draw(self) -> None:
        c, data, labels = self.canv, self.data, self.labels
        font = font_name()
        top = self.HEIGHT - 8 * mm
        left_lines = (
            labels.person_in_charge.format(name=data.person_in_charge or labels.blank),
            labels.handler.format(name=data.handler or labels.blank),
            labels.phone.format(phone=data.phone or labels.blank),
        )
        c.setFillColor(INK)
        for index, line in enumerate(left_lines):
            fitted = fit(line, font, self.width * 0.42, 9 * mm, 12, 8, max_lines=1)
            c.setFont(font, fitted.size)
            c.drawString(0, top - index * 10 * mm, fitted.lines[0])
        centre = self.width - 46 * mm
        c.setFont(font, 10.5)
        c.drawCentredString(centre, top, labels.issuer)
        station = fit(data.station_name, font, 88 * mm, 9 * mm, 13.5, 8, max_lines=1)
        c.setFont(font, station.size)
        c.drawCentredString(centre, top - 10 * mm, station.lines[0])
        c.setFont(font, 12.5)
        c.drawCentredString(centre, top - 20 * mm, zh_formal_date(data.issued_on))
        seal_position(c, centre, top - 15 * mm, labels.seal)


def _story(data: HoursCertificateData, labels: HoursCertificateLabels) -> list[Flowable]:
    note = _style("hours-note", 8.5, 12, textColor=GREY)
    closing = _style("hours-closing", 13, 26, firstLineIndent=26, textColor=INK)
    return [
        _body(data, labels),
        Spacer(1, 3 * mm),
        _service_table(data, labels),
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                Paragraph(escape(labels.closing), closing),
                Spacer(1, 4 * mm),
                IssuerBlock(data, labels),
                Spacer(1, 4 * mm),
                Paragraph(escape(labels.note), note),
            ]
        ),
    ]


def _first_page(
    data: HoursCertificateData, labels: HoursCertificateLabels
) -> Callable[[Canvas, object], None]:
    def draw(canvas: Canvas, _doc: object) -> None:
        width, height = PAGE
        border(canvas, PAGE)
        if data.logo_png:
            size = 15 * mm
            image = ImageReader(io.BytesIO(data.logo_png))
            canvas.drawImage(image, 20 * mm, height - 20 * mm - size, size, size, mask="auto")
        canvas.setFont(font_name(), 10.5)
        canvas.setFillColor(INK)
        canvas.drawRightString(width - 21 * mm, height - 22 * mm, labels.number.format(number=data.number))
        spaced_title(canvas, labels.title, height - 45 * mm, width, size=30)
        canvas.setStrokeColor(RED)
        canvas.setLineWidth(0.8)
        canvas.line(SIDE + 20 * mm, height - 52 * mm, width - SIDE - 20 * mm, height - 52 * mm)

    return draw


def _later_page(canvas: Canvas, _doc: object) -> None:
    border(canvas, PAGE)


def _page_count(
    data: HoursCertificateData, labels: HoursCertificateLabels
) -> Callable[[Canvas, int, int], None]:
    def draw(canvas: Canvas, page: int, pages: int) -> None:
        if pages > 1:
            canvas.setFont(font_name(), 8.5)
            canvas.setFillColor(GREY)
            text = labels.continued.format(number=data.number, page=page, pages=pages)
            canvas.drawCentredString(PAGE[0] / 2, 15.5 * mm, text)

    return draw


def render_hours_certificate(
    data: HoursCertificateData, labels: HoursCertificateLabels | None = None
) -> bytes:
    labels = labels or HoursCertificateLabels()
    buffer = io.BytesIO()
    height = PAGE[1]
    first = Frame(SIDE, BOTTOM, CONTENT_WIDTH, height - FIRST_TOP - BOTTOM, id="first")
    later = Frame(SIDE, BOTTOM, CONTENT_WIDTH, height - LATER_TOP - BOTTOM, id="later")
    document = BaseDocTemplate(
        buffer,
        pagesize=PAGE,
        title=labels.title,
        author=data.station_name,
        creator="StationDesk",
        initialFontName=font_name(),
        pageTemplates=[
            PageTemplate("first", [first], onPage=_first_page(data, labels), autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=_later_page),
        ],
    )
    document.build(_story(data, labels), canvasmaker=counting_canvas(_page_count(data, labels)))
    return buffer.getvalue()


def write_hours_certificate(
    path: Path, data: HoursCertificateData, labels: HoursCertificateLabels | None = None
) -> Path:
    return write_bytes(path, render_hours_certificate(data, labels))
