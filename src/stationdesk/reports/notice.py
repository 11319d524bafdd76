"""The one-time notice (一次性告知单): everything a resident must bring to apply for one kind of relief,
on one page, so that nobody has to come back twice for a missing paper.

A numbered checklist with a box per document, the station's notes on the procedure, a line for the
resident's name, and the station's address and phone for questions. Plain data in, zh_CN labels by
default (the reader's language comes from the caller).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from stationdesk.reports import pdf_base
from stationdesk.reports.pdf_base import Letterhead, paragraph, printed_line, styles, table

CONTENT_WIDTH = A4[0] - 2 * pdf_base.MARGIN - 12


@dataclass(frozen=True)
class NoticeData:
    station_name: str
    relief_name: str
    documents: Sequence[str]
    notes: str = ""
    station_phone: str = ""
    station_address: str = ""
    logo_png: bytes | None = None
    printed_on: str = ""


@dataclass(frozen=True)
class NoticeLabels:
    """Every fixed text of the notice; the defaults are the Chinese (zh_CN) ones."""

    title: str = "一次性告知单"
    to: str = "致：__________________（申请人）"
    intro: str = "您好！申请“{relief}”，请一次备齐以下材料（原件及复印件各一份），交工作站窗口办理："
    number: str = "序号"
    document: str = "所需材料"
    check: str = "已备齐"
    notes: str = "办理说明"
    contact: str = "咨询地址电话：{contact}"
    informer: str = "告知人："
    date: str = "告知日期："
    receipt: str = "申请人签收："
    keep: str = "本告知单一式两份，申请人与工作站各执一份。"
    printed_on: str = "打印日期：{date}"
    page_label: str = "第 {page} 页 共 {pages} 页"


def _documents(data: NoticeData, labels: NoticeLabels, body: ParagraphStyle) -> Flowable:
    head = ParagraphStyle("notice-head", parent=body, textColor=colors.white)
    box = ParagraphStyle("notice-box", parent=body, fontSize=16, leading=18)
    rows: list[list[object]] = [
        [paragraph(text, head) for text in (labels.number, labels.document, labels.check)]
    ]
    rows += [[paragraph(str(n), body), paragraph(doc, body), paragraph("□", box)]
             for n, doc in enumerate(data.documents, start=1)]  # fmt: skip
    number_width, check_width = 14 * mm, 20 * mm
    return table(
        rows,
        [number_width, CONTENT_WIDTH - number_width - check_width, check_width],
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#3A5A78")),
            ("ALIGN", (0, 0), (0, -1), "CENTER"),
            ("ALIGN", (2, 0), (2, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
        repeatRows=1,
    )


def _signatures(labels: NoticeLabels, body: ParagraphStyle) -> Flowable:
    third = CONTENT_WIDTH / 3
    return table(
        [[paragraph(text, body) for text in (labels.informer, labels.receipt, labels.date)]],
        [third, third, third],
        [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
        rowHeights=[14 * mm],
    )


def _story(data: NoticeData, labels: NoticeLabels) -> list[Flowable]:
    sheet = styles()
    body, small = sheet["body"], sheet["small"]
    story: list[Flowable] = [
        paragraph(labels.to, body),
        Spacer(1, 3 * mm),
        paragraph(labels.intro.format(relief=data.relief_name), body),
        Spacer(1, 3 * mm),
        _documents(data, labels, body),
    ]
    if data.notes.strip():
        story += [paragraph(labels.notes, sheet["heading"]), paragraph(data.notes.strip(), body)]
    contact = "　".join(part for part in (data.station_address, data.station_phone) if part)
    if contact:
        story += [Spacer(1, 3 * mm), paragraph(labels.contact.format(contact=contact), body)]
    story += [_signatures(labels, body), Spacer(1, 3 * mm), paragraph(labels.keep, small)]
    return story


def _letterhead(data: NoticeData, labels: NoticeLabels) -> Letterhead:
    return Letterhead(
        station_name=data.station_name,
        title=labels.title,
        logo_png=data.logo_png,
        subtitle=data.relief_name,
        printed_on=printed_line(labels.printed_on, data.printed_on),
        page_label=labels.page_label,
    )


def render_notice(data: NoticeData, labels: NoticeLabels | None = None) -> bytes:
    labels = labels or NoticeLabels()
    return pdf_base.render(_letterhead(data, labels), _story(data, labels))


def write_notice(path: Path, data: NoticeData, labels: NoticeLabels | None = None) -> Path:
    """Write the notice safely (temporary file, then renamed over ``path``)."""
    labels = labels or NoticeLabels()
    return pdf_base.write(path, _letterhead(data, labels), _story(data, labels))
