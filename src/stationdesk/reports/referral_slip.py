"""The referral slip (转介单): one A4 page for the partner, with a tear-off return part (回执联).

The upper part says who is referred, to which partner, for what, on whose consent, by whom and
when, with signature lines. Below a dashed cut line, the return stub carries the tracking code in
large print and as a Code128 barcode: when the partner brings or sends the stub back, typing the
code or scanning it (the scanner types it and Enter) opens the referral to close it.

Plain data only: the caller passes every value already formatted, the person's ID number already
masked (the slip never carries a clear one), and the labels in the reader's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from stationdesk.reports import pdf_base
from stationdesk.reports.pdf_base import Letterhead, font_name, paragraph, printed_line, styles, table

CONTENT_WIDTH = A4[0] - 2 * pdf_base.MARGIN - 12
"""The frame's width: the page less its margins and the frame's own padding (6 pt a side)."""
LABEL_WIDTH = 32 * mm


@dataclass(frozen=True)
class SlipData:
    """What one slip shows; every value plain text, already translated or language-neutral."""

    station_name: str
    tracking_code: str
    person_name: str
    person_id_masked: str
    partner_name: str
    need: str
    consent: str
    """"本人已同意", or "站长特批：<reason>（<by>）" (see :func:`consent_text`)."""
    sent_by: str
    sent_on: str
    partner_contact: str = ""
    partner_phone: str = ""
    partner_address: str = ""
    station_phone: str = ""
    station_address: str = ""
    logo_png: bytes | None = None
    printed_on: str = ""


@dataclass(frozen=True)
class SlipLabels:
    """Every fixed text of the slip; the defaults are the Chinese (zh_CN) ones."""

    title: str = "转介单"
    code: str = "转介编号"
    person: str = "服务对象"
    id_number: str = "身份证号"
    partner: str = "转介至"
    contact: str = "联系人/电话"
    address: str = "地址"
    need: str = "转介事由"
    consent: str = "信息共享"
    sent_by: str = "经办人"
    sent_on: str = "转介日期"
    handler_signature: str = "经办人签字："
    receiver_signature: str = "接收人签字："
    date: str = "日期："
    station_contact: str = "工作站地址电话"
    cut_hint: str = "沿此线剪下"
    stub_title: str = "回执联"
    stub_intro: str = "请接收单位填写后将本联交回或寄回{station}。"
    stub_result: str = "办理情况（请在□内打✓）："
    accepted: str = "已接收"
    returned: str = "已退回，原因："
    done: str = "已办结"
    stub_date: str = "办理日期："
    stub_signature: str = "接收单位经办人签字（盖章）："
    stub_return: str = "工作站收到本联后，输入或扫描上方编号即可查到并办结本转介。"
    printed_on: str = "打印日期：{date}"
    page_label: str = "第 {page} 页 共 {pages} 页"


def consent_text(consent_given: bool, override_reason: str, override_by: str) -> str:
    """The zh_CN consent line: the person's consent, or the manager's recorded override."""
    if consent_given:
        return "本人已同意"
    return f"站长特批：{override_reason}（{override_by}）"


class CutLine(Flowable):
    """A dashed line across the page with a pair of scissors and a hint, to tear the stub off.

    The scissors are drawn, not typed: the embedded font has no ✂ (U+2702)."""

    def __init__(self, width: float, hint: str) -> None:
        super().__init__()
        self.width = width
        self.hint = hint
        self.height = 6 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        mid = self.height / 2
        font = font_name()
        size = 8.5
        hint_width = c.stringWidth(self.hint, font, size)
        icon = 4.5 * mm
        gap_left = (self.width - hint_width - icon - 2 * mm) / 2
        gap_right = gap_left + icon + 2 * mm + hint_width
        c.saveState()
        c.setDash(3, 2)
        c.setLineWidth(0.7)
        c.line(0, mid, gap_left - 2 * mm, mid)
        c.line(gap_right + 2 * mm, mid, self.width, mid)
        c.setDash()
        _scissors(c, gap_left, mid, icon)
        c.setFont(font, size)
        c.drawString(gap_left + icon + 2 * mm, mid - size * 0.35, self.hint)
        c.restoreState()


def _scissors(canvas: Canvas, x: float, y: float, size: float) -> None:
    """Two finger rings on the left, two crossing blades pointing right."""
    ring = size * 0.18
    canvas.setLineWidth(0.7)
    canvas.circle(x + ring, y + ring * 1.3, ring, stroke=1, fill=0)
    canvas.circle(x + ring, y - ring * 1.3, ring, stroke=1, fill=0)
    canvas.line(x + ring * 1.9, y + ring * 0.9, x + size, y - ring * 0.9)
    canvas.line(x + ring * 1.9, y - ring * 0.9, x + size, y + ring * 0.9)


def _boxes(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph whose check boxes (□) are drawn larger than the font's small square."""
    marked = escape(text).replace("\n", "<br/>").replace("□", f'<font size="{style.fontSize + 4}">□</font>')
    return Paragraph(marked, style)


def _field_table(rows: Sequence[tuple[str, str]], body: ParagraphStyle) -> Table:
    label = ParagraphStyle("slip-label", parent=body, textColor=colors.HexColor("#444444"))
    return table(
        [[paragraph(name, label), paragraph(value, body)] for name, value in rows],
        [LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH],
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
    )


def _signature_row(left: str, right: str, date_label: str, body: ParagraphStyle) -> Table:
    half = CONTENT_WIDTH / 2
    return table(
        [
            [paragraph(left, body), paragraph(right, body)],
            [paragraph(date_label, body), paragraph(date_label, body)],
        ],
        [half, half],
        [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
        rowHeights=[12 * mm, 8 * mm],
    )


def _joined(*parts: str) -> str:
    return "　".join(part for part in parts if part)


def _main_part(data: SlipData, labels: SlipLabels, body: ParagraphStyle) -> list[Flowable]:
    partner = [(labels.partner, data.partner_name)]
    contact = _joined(data.partner_contact, data.partner_phone)
    if contact:
        partner.append((labels.contact, contact))
    if data.partner_address:
        partner.append((labels.address, data.partner_address))
    rows = [
        (labels.code, data.tracking_code),
        (labels.person, data.person_name),
        (labels.id_number, data.person_id_masked or "—"),
        *partner,
        (labels.need, data.need),
        (labels.consent, data.consent),
        (labels.sent_by, data.sent_by),
        (labels.sent_on, data.sent_on),
    ]
    station = _joined(data.station_address, data.station_phone)
    if station:
        rows.append((labels.station_contact, station))
    return [
        _field_table(rows, body),
        _signature_row(labels.handler_signature, labels.receiver_signature, labels.date, body),
    ]


def _stub(data: SlipData, labels: SlipLabels, body: ParagraphStyle) -> list[Flowable]:
    font = font_name()
    heading = ParagraphStyle("slip-stub-title", parent=body, fontSize=14, leading=20)
    code_style = ParagraphStyle("slip-code", parent=body, fontName=font, fontSize=24, leading=30)
    small = styles()["small"]
    barcode = Code128(
        data.tracking_code, barHeight=13 * mm, barWidth=0.42 * mm, humanReadable=False, fontName=font
    )
    code_block = table(
        [
            [paragraph(labels.stub_title, heading), barcode],
            [paragraph(f"{labels.code}：{data.tracking_code}", code_style), ""],
        ],
        [CONTENT_WIDTH - 70 * mm, 70 * mm],
        [
            ("SPAN", (1, 0), (1, 1)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 0), (1, 1), "RIGHT"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ],
    )
    summary = _joined(f"{labels.person}：{data.person_name}", f"{labels.partner}：{data.partner_name}")
    result = f"{labels.stub_result}　□ {labels.accepted}　　□ {labels.done}\n□ {labels.returned}"
    return [
        code_block,
        Spacer(1, 2 * mm),
        paragraph(summary, body),
        paragraph(labels.stub_intro.format(station=data.station_name), body),
        Spacer(1, 2 * mm),
        _boxes(result, body),
        _Underline(CONTENT_WIDTH, 7 * mm),
        _signature_row(labels.stub_signature, labels.stub_date, "", body),
        Spacer(1, 2 * mm),
        paragraph(labels.stub_return, small),
    ]


class _Underline(Flowable):
    """A blank line to write on."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 1, self.width, 1)


def _letterhead(data: SlipData, labels: SlipLabels) -> Letterhead:
    return Letterhead(
        station_name=data.station_name,
        title=labels.title,
        logo_png=data.logo_png,
        subtitle=f"{labels.code}：{data.tracking_code}",
        printed_on=printed_line(labels.printed_on, data.printed_on),
        page_label=labels.page_label,
    )


def _story(data: SlipData, labels: SlipLabels) -> list[Flowable]:
    body = styles()["body"]
    return [
        *_main_part(data, labels, body),
        Spacer(1, 4 * mm),
        KeepTogether(
            [CutLine(CONTENT_WIDTH, labels.cut_hint), Spacer(1, 3 * mm), *_stub(data, labels, body)]
        ),
    ]


def render_slip(data: SlipData, labels: SlipLabels | None = None) -> bytes:
    """The slip as PDF bytes."""
    labels = labels or SlipLabels()
    return pdf_base.render(_letterhead(data, labels), _story(data, labels))


def write_slip(path: Path, data: SlipData, labels: SlipLabels | None = None) -> Path:
    """Write the slip safely (temporary file, then renamed over ``path``)."""
    labels = labels or SlipLabels()
    return pdf_base.write(path, _letterhead(data, labels), _story(data, labels))
