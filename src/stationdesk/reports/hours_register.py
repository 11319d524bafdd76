"""The lists around volunteer-service certificates, as PDF ledgers and as .xlsx:

- the register (志愿服务记录证明登记簿): every number given, voided ones with their reason;
- the public notice list (志愿服务时长公示): who served how long in a period, posted for a notice
  period before the certificates are issued, with whom to contact with an objection.

Plain data in (the services gather it); labels in the reader's language, zh_CN by default.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from stationdesk.domain.continuing_education import hours_text
from stationdesk.reports import pdf_base, xlsx_base
from stationdesk.reports.certificates import zh_date
from stationdesk.reports.pdf_base import Letterhead, paragraph, printed_line, styles, table
from stationdesk.reports.xlsx_base import HOURS_FORMAT, Column, SheetSpec

REGISTER_PAGE = landscape(A4)
REGISTER_WIDTH = REGISTER_PAGE[0] - 2 * pdf_base.MARGIN - 12
NOTICE_WIDTH = A4[0] - 2 * pdf_base.MARGIN - 12

_GRID: list[tuple[object, ...]] = [
    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


# --- the register ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class HoursRegisterLine:
    number: str
    holder_name: str
    period_from: date
    period_to: date
    content: str
    minutes: int
    issued_on: date
    issued_by: str
    voided: bool
    void_reason: str = ""


@dataclass(frozen=True)
class HoursRegisterData:
    station_name: str
    lines: Sequence[HoursRegisterLine]
    year: int | None = None  # the certificates issued in one year, or in every year
    logo_png: bytes | None = None
    printed_on: str = ""


@dataclass(frozen=True)
class HoursRegisterLabels:
    title: str = "志愿服务记录证明登记簿"
    scope_year: str = "范围：{year}年出具"
    scope_all: str = "范围：全部证明"
    columns: tuple[str, ...] = (
        "序号",
        "证明编号",
        "姓名",
        "服务期间",
        "服务内容",
        "时长（小时）",
        "出具日期",
        "经办人",
        "状态",
    )
    period: str = "{first} 至 {last}"
    period_columns: tuple[str, str] = ("服务期间（起）", "服务期间（止）")  # the .xlsx splits the period
    live: str = "有效"
    voided: str = "作废：{reason}"
    summary: str = "共登记证明 {count} 份，其中有效 {live} 份，作废 {voided} 份。"
    empty: str = "登记簿中还没有志愿服务记录证明。"
    signatures: str = "登记人：____________　　审核人：____________　　负责人：____________"
    date_line: str = "日期：______年____月____日"
    printed_on: str = "打印日期：{date}"
    page_label: str = "第 {page} 页 共 {pages} 页"


def _status(line: HoursRegisterLine, labels: HoursRegisterLabels) -> str:
    return labels.voided.format(reason=line.void_reason) if line.voided else labels.live


def _register_summary(data: HoursRegisterData, labels: HoursRegisterLabels) -> str:
    voided = sum(1 for line in data.lines if line.voided)
    return labels.summary.format(count=len(data.lines), live=len(data.lines) - voided, voided=voided)


def _scope(data: HoursRegisterData, labels: HoursRegisterLabels) -> str:
    return labels.scope_all if data.year is None else labels.scope_year.format(year=data.year)


def _register_texts(number: int, line: HoursRegisterLine, labels: HoursRegisterLabels) -> list[str]:
    period = labels.period.format(first=line.period_from.isoformat(), last=line.period_to.isoformat())
    return [
        str(number),
        line.number,
        line.holder_name,
        period,
        line.content,
        hours_text(line.minutes),
        line.issued_on.isoformat(),
        line.issued_by,
        _status(line, labels),
    ]


def _register_story(data: HoursRegisterData, labels: HoursRegisterLabels) -> list[Flowable]:
    sheet = styles()
    body, small = sheet["body"], sheet["small"]
    if not data.lines:
        return [paragraph(labels.empty, body)]
    rows: list[list[object]] = [[paragraph(text, small) for text in labels.columns]]
    for number, line in enumerate(data.lines, start=1):
        rows.append([paragraph(text, small) for text in _register_texts(number, line, labels)])
    shares = [0.05, 0.11, 0.09, 0.13, 0.25, 0.08, 0.09, 0.08, 0.12]
    voided = [i for i, line in enumerate(data.lines, start=1) if line.voided]
    commands = [*_GRID, *(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F6E9E9")) for i in voided)]
    return [
        table(rows, [share * REGISTER_WIDTH for share in shares], commands, repeatRows=1),
        Spacer(1, 4 * mm),
        paragraph(_register_summary(data, labels), body),
        Spacer(1, 10 * mm),
        KeepTogether(
            [paragraph(labels.signatures, body), Spacer(1, 6 * mm), paragraph(labels.date_line, body)]
        ),
    ]


def write_hours_register_pdf(
    path: Path, data: HoursRegisterData, labels: HoursRegisterLabels | None = None
) -> Path:
    labels = labels or HoursRegisterLabels()
    head = Letterhead(
        station_name=data.station_name,
        title=labels.title,
        logo_png=data.logo_png,
        subtitle=_scope(data, labels),
        printed_on=printed_line(labels.printed_on, data.printed_on),
        page_label=labels.page_label,
    )
    return pdf_base.write(path, head, _register_story(data, labels), REGISTER_PAGE)


def hours_register_sheet(data: HoursRegisterData, labels: HoursRegisterLabels | None = None) -> SheetSpec:
    labels = labels or HoursRegisterLabels()
    names = labels.columns
    columns = [
        Column(names[0], 6, align="center"),
        Column(names[1], 14),
        Column(names[2], 12),
        Column(labels.period_columns[0], 12),
        Column(labels.period_columns[1], 12),
        Column(names[4], 40, wrap=True),
        Column(names[5], 11, number_format=HOURS_FORMAT),
        Column(names[6], 12),
        Column(names[7], 10),
        Column(names[8], 24, wrap=True),
    ]
    rows = [
        [
            number,
            line.number,
            line.holder_name,
            line.period_from,
            line.period_to,
            line.content,
            line.minutes / 60,
            line.issued_on,
            line.issued_by,
            _status(line, labels),
        ]
        for number, line in enumerate(data.lines, start=1)
    ]
    return SheetSpec(
        name=labels.title,
        title=labels.title,
        subtitles=[data.station_name, _scope(data, labels)],
        columns=columns,
        rows=rows,
        notes=[
            _register_summary(data, labels) if data.lines else labels.empty,
            labels.signatures,
            labels.date_line,
        ],
        landscape=True,
    )


def write_hours_register_xlsx(
    path: Path, data: HoursRegisterData, labels: HoursRegisterLabels | None = None
) -> Path:
    return xlsx_base.write_workbook(path, [hours_register_sheet(data, labels)])


# --- the public notice list ------------------------------------------------------------------------


@dataclass(frozen=True)
class NoticeEntry:
    name: str
    organisation: str
    days: int
    minutes: int


@dataclass(frozen=True)
class NoticeListData:
    station_name: str
    first_day: date  # the service period
    last_day: date
    entries: Sequence[NoticeEntry]
    notice_from: date  # the notice period (公示期)
    notice_to: date
    phone: str = ""
    logo_png: bytes | None = None
    printed_on: date | None = None


@dataclass(frozen=True)
class NoticeListLabels:
    title: str = "志愿服务时长公示"
    subtitle: str = "服务期间：{first}至{last}"
    intro: str = (
        "根据《志愿服务记录与证明出具办法》，现将{first}至{last}期间在本站参加志愿服务的志愿者"
        "及其经审核确认的服务时长公示如下，公示无异议后出具志愿服务记录证明。"
    )
    columns: tuple[str, ...] = ("序号", "姓名", "所在单位", "服务天数", "服务时长（小时）")
    total: str = "合计 {count} 人"
    empty: str = "该期间没有经审核确认的志愿服务时长。"
    notice_period: str = "公示期：{first}至{last}，如有异议请联系{station}{phone}。"
    phone: str = "，电话：{phone}"
    station_and_date: str = "{station}\n{date}"
    printed_on: str = "打印日期：{date}"
    page_label: str = "第 {page} 页 共 {pages} 页"


def _period(data: NoticeListData, labels: NoticeListLabels, text: str) -> str:
    last = zh_date(data.last_day, with_year=data.last_day.year != data.first_day.year)
    return text.format(first=zh_date(data.first_day), last=last)


def notice_period_text(data: NoticeListData, labels: NoticeListLabels) -> str:
    phone = labels.phone.format(phone=data.phone) if data.phone else ""
    return labels.notice_period.format(
        first=zh_date(data.notice_from, with_year=False),
        last=zh_date(data.notice_to, with_year=data.notice_to.year != data.notice_from.year),
        station=data.station_name,
        phone=phone,
    )


def _notice_story(data: NoticeListData, labels: NoticeListLabels) -> list[Flowable]:
    sheet = styles()
    body, small = sheet["body"], sheet["small"]
    intro = ParagraphStyle("notice-intro", parent=body, fontSize=11.5, leading=20, firstLineIndent=23)
    story: list[Flowable] = [paragraph(_period(data, labels, labels.intro), intro), Spacer(1, 3 * mm)]
    if data.entries:
        rows: list[list[object]] = [[paragraph(text, small) for text in labels.columns]]
        for number, entry in enumerate(data.entries, start=1):
            texts = (str(number), entry.name, entry.organisation, str(entry.days), hours_text(entry.minutes))
            rows.append([paragraph(text, body) for text in texts])
        total = sum(entry.minutes for entry in data.entries)
        rows.append(
            [
                paragraph(labels.total.format(count=len(data.entries)), body),
                "",
                "",
                "",
                paragraph(hours_text(total), body),
            ]
        )
        shares = [0.08, 0.2, 0.4, 0.14, 0.18]
        last = len(rows) - 1
        commands = [
            *_GRID,
            ("SPAN", (0, last), (3, last)),
            ("BACKGROUND", (0, last), (-1, last), colors.HexColor("#F2F2F2")),
        ]
        story.append(table(rows, [share * NOTICE_WIDTH for share in shares], commands, repeatRows=1))
    else:
        story.append(paragraph(labels.empty, body))
    signed = ParagraphStyle("notice-signed", parent=intro, alignment=TA_RIGHT, firstLineIndent=0)
    issued = zh_date(data.printed_on or data.notice_from)
    story += [
        Spacer(1, 5 * mm),
        KeepTogether(
            [
                paragraph(notice_period_text(data, labels), intro),
                Spacer(1, 8 * mm),
                paragraph(labels.station_and_date.format(station=data.station_name, date=issued), signed),
            ]
        ),
    ]
    return story


def write_notice_list_pdf(path: Path, data: NoticeListData, labels: NoticeListLabels | None = None) -> Path:
    labels = labels or NoticeListLabels()
    head = Letterhead(
        station_name=data.station_name,
        title=labels.title,
        logo_png=data.logo_png,
        subtitle=_period(data, labels, labels.subtitle),
        printed_on=printed_line(labels.printed_on, data.printed_on.isoformat()),
        page_label=labels.page_label,
    )
    return pdf_base.write(path, head, _notice_story(data, labels))


def notice_list_sheet(data: NoticeListData, labels: NoticeListLabels | None = None) -> SheetSpec:
    labels = labels or NoticeListLabels()
    names = labels.columns
    columns = [
        Column(names[0], 6, align="center"),
        Column(names[1], 14),
        Column(names[2], 36, wrap=True),
        Column(names[3], 10),
        Column(names[4], 16, number_format=HOURS_FORMAT),
    ]
    rows = [
        [number, entry.name, entry.organisation, entry.days, entry.minutes / 60]
        for number, entry in enumerate(data.entries, start=1)
    ]
    total = sum(entry.minutes for entry in data.entries) / 60
    return SheetSpec(
        name=labels.title,
        title=labels.title,
        subtitles=[data.station_name, _period(data, labels, labels.subtitle)],
        columns=columns,
        rows=rows,
        totals=[[labels.total.format(count=len(data.entries)), None, None, None, total]] if rows else [],
        notes=[labels.empty] * (not rows) + [notice_period_text(data, labels)],
    )


def write_notice_list_xlsx(path: Path, data: NoticeListData, labels: NoticeListLabels | None = None) -> Path:
    return xlsx_base.write_workbook(path, [notice_list_sheet(data, labels)])
