"""The certificate register (证书登记簿): every number the station gave, voided ones with their reason,
as a signed PDF ledger and as an .xlsx list.

Plain data in (the service lists the register); labels in the reader's language, zh_CN by default.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from stationdesk.domain.continuing_education import hours_text
from stationdesk.reports import pdf_base, xlsx_base
from stationdesk.reports.pdf_base import Letterhead, paragraph, printed_line, styles, table
from stationdesk.reports.xlsx_base import HOURS_FORMAT, Column, SheetSpec

CONTENT_WIDTH = A4[0] - 2 * pdf_base.MARGIN - 12


@dataclass(frozen=True)
class RegisterLine:
    number: str
    holder_name: str
    programme_name: str
    issued_on: date
    minutes: int
    sessions_attended: int
    issued_by: str
    voided: bool
    void_reason: str = ""


@dataclass(frozen=True)
class RegisterData:
    station_name: str
    lines: Sequence[RegisterLine]
    programme_name: str = ""  # the register of one programme, or all of them
    year: int | None = None  # the certificates issued in one year, or in every year
    logo_png: bytes | None = None
    printed_on: str = ""


@dataclass(frozen=True)
class RegisterLabels:
    title: str = "证书登记簿"
    scope: str = "范围：{scope}"
    scope_programme: str = "{name}"
    scope_year: str = "{year}年发证"
    scope_all: str = "全部证书"
    scope_join: str = "，"
    columns: tuple[str, ...] = (
        "序号",
        "证书编号",
        "姓名",
        "培训项目",
        "发证日期",
        "学时",
        "出勤次数",
        "经办人",
        "状态",
    )
    live: str = "有效"
    voided: str = "作废：{reason}"
    summary: str = "共登记证书 {count} 份，其中有效 {live} 份，作废 {voided} 份。"
    empty: str = "登记簿中还没有证书。"
    signatures: str = "登记人：____________　　审核人：____________　　负责人：____________"
    date_line: str = "日期：______年____月____日"
    printed_on: str = "打印日期：{date}"
    page_label: str = "第 {page} 页 共 {pages} 页"


def scope_text(data: RegisterData, labels: RegisterLabels) -> str:
    parts = []
    if data.programme_name:
        parts.append(labels.scope_programme.format(name=data.programme_name))
    if data.year is not None:
        parts.append(labels.scope_year.format(year=data.year))
    return labels.scope_join.join(parts) or labels.scope_all


def _status(line: RegisterLine, labels: RegisterLabels) -> str:
    return labels.voided.format(reason=line.void_reason) if line.voided else labels.live


def _summary(data: RegisterData, labels: RegisterLabels) -> str:
    voided = sum(1 for line in data.lines if line.voided)
    return labels.summary.format(count=len(data.lines), live=len(data.lines) - voided, voided=voided)


def _story(data: RegisterData, labels: RegisterLabels) -> list[Flowable]:
    sheet = styles()
    body, small = sheet["body"], sheet["small"]
    if not data.lines:
        return [paragraph(labels.empty, body)]
    # The register of one programme leaves its name out of every line (the subtitle says it).
    keep = [i for i in range(len(labels.columns)) if not (i == 3 and data.programme_name)]
    rows: list[list[object]] = [[paragraph(labels.columns[i], small) for i in keep]]
    for number, line in enumerate(data.lines, start=1):
        texts = (
            str(number),
            line.number,
            line.holder_name,
            line.programme_name,
            line.issued_on.isoformat(),
            hours_text(line.minutes),
            str(line.sessions_attended),
            line.issued_by,
            _status(line, labels),
        )
        rows.append([paragraph(texts[i], small) for i in keep])
    shares = [0.06, 0.14, 0.1, 0.25, 0.12, 0.06, 0.07, 0.1, 0.17]
    widths = [shares[i] for i in keep]
    scale = CONTENT_WIDTH / sum(widths)
    voided = [i for i, line in enumerate(data.lines, start=1) if line.voided]
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F6E9E9")) for i in voided),
    ]
    return [
        table(rows, [w * scale for w in widths], commands, repeatRows=1),
        Spacer(1, 4 * mm),
        paragraph(_summary(data, labels), body),
        Spacer(1, 12 * mm),
        paragraph(labels.signatures, body),
        Spacer(1, 6 * mm),
        paragraph(labels.date_line, body),
    ]


def _letterhead(data: RegisterData, labels: RegisterLabels) -> Letterhead:
    return Letterhead(
        station_name=data.station_name,
        title=labels.title,
        logo_png=data.logo_png,
        subtitle=labels.scope.format(scope=scope_text(data, labels)),
        printed_on=printed_line(labels.printed_on, data.printed_on),
        page_label=labels.page_label,
    )


def write_register_pdf(path: Path, data: RegisterData, labels: RegisterLabels | None = None) -> Path:
    labels = labels or RegisterLabels()
    return pdf_base.write(path, _letterhead(data, labels), _story(data, labels))


def register_sheet(data: RegisterData, labels: RegisterLabels | None = None) -> SheetSpec:
    labels = labels or RegisterLabels()
    names = labels.columns
    columns = [
        Column(names[0], 6, align="center"),
        Column(names[1], 14),
        Column(names[2], 12),
        Column(names[3], 40, wrap=True),
        Column(names[4], 12),
        Column(names[5], 8, number_format=HOURS_FORMAT),
        Column(names[6], 9),
        Column(names[7], 10),
        Column(names[8], 24, wrap=True),
    ]
    rows = [
        [
            number,
            line.number,
            line.holder_name,
            line.programme_name,
            line.issued_on,
            line.minutes / 60,
            line.sessions_attended,
            line.issued_by,
            _status(line, labels),
        ]
        for number, line in enumerate(data.lines, start=1)
    ]
    return SheetSpec(
        name=labels.title,
        title=labels.title,
        subtitles=[data.station_name, labels.scope.format(scope=scope_text(data, labels))],
        columns=columns,
        rows=rows,
        notes=[_summary(data, labels) if data.lines else labels.empty, labels.signatures, labels.date_line],
        landscape=True,
    )


def write_register_xlsx(path: Path, data: RegisterData, labels: RegisterLabels | None = None) -> Path:
    return xlsx_base.write_workbook(path, [register_sheet(data, labels)])
