"""A person's continuing-education ledger (继续教育学时证明): proof of the hours earned at the station.

Who (name, masked ID number), which registration period, the level and its requirement (72 h or
90 h), every session attended (date, programme, topic, hours), the total, what is still missing,
and the station's signature lines and seal box, on letterheaded pages with "page x of y"; the
same as an .xlsx list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from stationdesk.domain.continuing_education import hours_text
from stationdesk.reports import pdf_base, xlsx_base
from stationdesk.reports.pdf_base import Letterhead, paragraph, printed_line, styles, table
from stationdesk.reports.xlsx_base import HOURS_FORMAT, Column, SheetSpec

CONTENT_WIDTH = A4[0] - 2 * pdf_base.MARGIN - 12


@dataclass(frozen=True)
class LedgerLine:
    day: date
    programme: str
    topic: str
    minutes: int


@dataclass(frozen=True)
class LedgerData:
    station_name: str
    person_name: str
    id_masked: str
    level: str  # a domain.continuing_education.Level value; the labels name it
    first_day: date
    last_day: date
    required_minutes: int
    lines: Sequence[LedgerLine]
    logo_png: bytes | None = None
    printed_on: str = ""

    @property
    def total_minutes(self) -> int:
        return sum(line.minutes for line in self.lines)

    @property
    def missing_minutes(self) -> int:
        return max(0, self.required_minutes - self.total_minutes)


@dataclass(frozen=True)
class LedgerLabels:
    title: str = "继续教育学时证明"
    subtitle: str = "{name}　登记周期 {first} 至 {last}"
    name: str = "姓名"
    id_number: str = "身份证号"
    level: str = "职业水平等级"
    period: str = "登记周期"
    requirement: str = "周期要求"
    period_text: str = "{first} 至 {last}"
    hours: str = "{hours} 学时"
    levels: Mapping[str, str] = field(
        default_factory=lambda: MappingProxyType(
            {"assistant": "助理社会工作师", "social_worker": "社会工作师及以上"}
        )
    )
    columns: tuple[str, ...] = ("序号", "日期", "培训项目", "主题", "学时")
    total: str = "合计"
    none: str = "本周期内未参加本站的培训。"
    met: str = "本周期累计 {total} 学时，已达到 {required} 学时的要求。"
    missing: str = "本周期累计 {total} 学时，要求 {required} 学时，尚差 {missing} 学时。"
    note: str = "学时按每小时 60 分钟计，仅含在本站参加并签到的培训。"
    attest: str = "以上情况属实，特此证明。"
    signatures: str = "经办人：____________　　负责人：____________"
    date_line: str = "日期：______年____月____日"
    seal: str = "（盖章）"
    printed_on: str = "打印日期：{date}"
    page_label: str = "第 {page} 页 共 {pages} 页"


_GRID = [
    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def summary(data: LedgerData, labels: LedgerLabels) -> str:
    total, required = hours_text(data.total_minutes), hours_text(data.required_minutes)
    if data.missing_minutes:
        return labels.missing.format(total=total, required=required, missing=hours_text(data.missing_minutes))
    return labels.met.format(total=total, required=required)


def _period(data: LedgerData, labels: LedgerLabels) -> str:
    return labels.period_text.format(first=data.first_day.isoformat(), last=data.last_day.isoformat())


def _facts(data: LedgerData, labels: LedgerLabels) -> Flowable:
    body = styles()["body"]
    cells = [
        (labels.name, data.person_name, labels.id_number, data.id_masked or "—"),
        (
            labels.level,
            labels.levels.get(data.level, data.level),
            labels.requirement,
            labels.hours.format(hours=hours_text(data.required_minutes)),
        ),
        (labels.period, _period(data, labels), "", ""),
    ]
    rows: list[list[object]] = [[paragraph(text, body) for text in row] for row in cells]
    widths = [0.16, 0.34, 0.16, 0.34]
    return table(
        rows,
        [w * CONTENT_WIDTH for w in widths],
        [
            *_GRID,
            ("SPAN", (1, 2), (3, 2)),
            *(("BACKGROUND", (c, 0), (c, -1), colors.HexColor("#F2F2F2")) for c in (0, 2)),
        ],
    )


def _entries(data: LedgerData, labels: LedgerLabels) -> Flowable:
    small = styles()["small"]
    rows: list[list[object]] = [[paragraph(text, small) for text in labels.columns]]
    for number, line in enumerate(data.lines, start=1):
        texts = (str(number), line.day.isoformat(), line.programme, line.topic, hours_text(line.minutes))
        rows.append([paragraph(text, small) for text in texts])
    rows.append(
        [paragraph(labels.total, small), "", "", "", paragraph(hours_text(data.total_minutes), small)]
    )
    widths = [0.07, 0.14, 0.4, 0.29, 0.1]
    last = len(rows) - 1
    return table(
        rows,
        [w * CONTENT_WIDTH for w in widths],
        [
            *_GRID,
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4")),
            ("SPAN", (0, last), (3, last)),
            ("BACKGROUND", (0, last), (-1, last), colors.HexColor("#F2F2F2")),
        ],
        repeatRows=1,
    )


class SealBox(Flowable):
    """A square with a label: where the station stamps the proof."""

    def __init__(self, label: str, size: float = 36 * mm) -> None:
        super().__init__()
        self.label = label
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(colors.HexColor("#999999"))
        c.setDash(3, 2)
        c.rect(0, 0, self.size, self.size)
        c.setFillColor(colors.HexColor("#999999"))
        c.setFont(pdf_base.font_name(), 9)
        c.drawCentredString(self.size / 2, self.size / 2 - 3, self.label)
        c.restoreState()


def _closing(data: LedgerData, labels: LedgerLabels) -> Flowable:
    body = styles()["body"]
    left = [
        paragraph(labels.attest, body),
        Spacer(1, 10 * mm),
        paragraph(labels.signatures, body),
        Spacer(1, 6 * mm),
        paragraph(labels.date_line, body),
    ]
    seal = SealBox(labels.seal)
    return table(
        [[left, seal]],
        [CONTENT_WIDTH - 44 * mm, 44 * mm],
        [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)],
    )


def _story(data: LedgerData, labels: LedgerLabels) -> list[Flowable]:
    sheet = styles()
    body, small = sheet["body"], sheet["small"]
    story: list[Flowable] = [_facts(data, labels), Spacer(1, 4 * mm)]
    story.append(_entries(data, labels) if data.lines else paragraph(labels.none, body))
    story += [
        Spacer(1, 3 * mm),
        paragraph(summary(data, labels), body),
        paragraph(labels.note, small),
        Spacer(1, 8 * mm),
        KeepTogether([_closing(data, labels)]),
    ]
    return story


def _letterhead(data: LedgerData, labels: LedgerLabels) -> Letterhead:
    return Letterhead(
        station_name=data.station_name,
        title=labels.title,
        logo_png=data.logo_png,
        subtitle=labels.subtitle.format(
            name=data.person_name, first=data.first_day.isoformat(), last=data.last_day.isoformat()
        ),
        printed_on=printed_line(labels.printed_on, data.printed_on),
        page_label=labels.page_label,
    )


def write_ledger_pdf(path: Path, data: LedgerData, labels: LedgerLabels | None = None) -> Path:
    labels = labels or LedgerLabels()
    return pdf_base.write(path, _letterhead(data, labels), _story(data, labels))


def ledger_sheet(data: LedgerData, labels: LedgerLabels | None = None) -> SheetSpec:
    labels = labels or LedgerLabels()
    names = labels.columns
    columns = [
        Column(names[0], 6, align="center"),
        Column(names[1], 12),
        Column(names[2], 40, wrap=True),
        Column(names[3], 30, wrap=True),
        Column(names[4], 8, number_format=HOURS_FORMAT),
    ]
    rows = [
        [n, line.day, line.programme, line.topic, line.minutes / 60] for n, line in enumerate(data.lines, 1)
    ]
    facts = [
        f"{labels.name}：{data.person_name}　{labels.id_number}：{data.id_masked or '—'}",
        f"{labels.level}：{labels.levels.get(data.level, data.level)}　{labels.requirement}："
        f"{labels.hours.format(hours=hours_text(data.required_minutes))}",
        f"{labels.period}：{_period(data, labels)}",
    ]
    return SheetSpec(
        name=labels.title,
        title=labels.title,
        subtitles=[data.station_name, *facts],
        columns=columns,
        rows=rows,
        totals=[[labels.total, None, None, None, data.total_minutes / 60]],
        notes=[
            summary(data, labels),
            labels.note,
            labels.attest,
            labels.signatures + "　" + labels.seal,
            labels.date_line,
        ],
    )


def write_ledger_xlsx(path: Path, data: LedgerData, labels: LedgerLabels | None = None) -> Path:
    return xlsx_base.write_workbook(path, [ledger_sheet(data, labels)])
