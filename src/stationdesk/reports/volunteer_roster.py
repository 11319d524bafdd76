"""The volunteer roster (志愿服务排班表) of a month or a week: one line per role of each shift, by
date (date and weekday, time, activity, place, role, the volunteers, filled of needed), as an A4
landscape PDF and as an .xlsx list.

Plain data in (services/roster_printouts.py gathers it); labels in the reader's language, zh_CN by
default. Unfilled roles are shaded, cancelled shifts struck through, moved ones say from which day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from stationdesk.reports import pdf_base, xlsx_base
from stationdesk.reports.pdf_base import Letterhead, paragraph, printed_line, styles, table
from stationdesk.reports.xlsx_base import Column, SheetSpec

PAGE = landscape(A4)
CONTENT_WIDTH = PAGE[0] - 2 * pdf_base.MARGIN - 12
SHARES = (0.1, 0.06, 0.09, 0.16, 0.15, 0.08, 0.3, 0.06)
UNFILLED = colors.HexColor("#FBE3D6")
CANCELLED = colors.HexColor("#EEEEEE")


@dataclass(frozen=True)
class RoleLine:
    name: str
    capacity: int
    volunteers: tuple[str, ...]


@dataclass(frozen=True)
class ShiftLine:
    day: date
    start: time
    end: time
    activity: str
    place: str
    roles: tuple[RoleLine, ...]
    cancelled: bool = False
    moved_from: date | None = None  # the day a moved occurrence was planned for
    note: str = ""


@dataclass(frozen=True)
class RosterData:
    station_name: str
    first: date
    last: date
    month: tuple[int, int] | None  # the roster of a month, else of the week first..last
    shifts: Sequence[ShiftLine]
    logo_png: bytes | None = None
    printed_on: str = ""


@dataclass(frozen=True)
class RosterLabels:
    title: str = "志愿服务排班表"
    month: str = "{year}年{month}月"
    week: str = "{first} 至 {last}"
    columns: tuple[str, ...] = ("日期", "星期", "时间", "活动", "地点", "岗位", "志愿者", "已排/需")
    weekdays: tuple[str, ...] = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
    cancelled: str = "已取消"
    moved: str = "由 {day} 调整"
    no_roles: str = "未设岗位"
    summary: str = "共 {shifts} 个班次（取消 {cancelled} 个），已排 {filled} 人次，需 {needed} 人次。"
    empty: str = "本期没有班次。"
    signatures: str = "制表人：____________　　负责人：____________"
    printed_on: str = "打印日期：{date}"
    page_label: str = "第 {page} 页 共 {pages} 页"
    separator: str = "、"


def period_text(data: RosterData, labels: RosterLabels) -> str:
    if data.month is not None:
        return labels.month.format(year=data.month[0], month=data.month[1])
    return labels.week.format(first=data.first.isoformat(), last=data.last.isoformat())


def _summary(data: RosterData, labels: RosterLabels) -> str:
    live = [s for s in data.shifts if not s.cancelled]
    return labels.summary.format(
        shifts=len(data.shifts),
        cancelled=len(data.shifts) - len(live),
        filled=sum(len(r.volunteers) for s in live for r in s.roles),
        needed=sum(r.capacity for s in live for r in s.roles),
    )


def _time(shift: ShiftLine) -> str:
    return f"{shift.start:%H:%M}–{shift.end:%H:%M}"


def _activity(shift: ShiftLine, labels: RosterLabels) -> str:
    parts = [shift.activity]
    if shift.cancelled:
        parts.append(f"（{labels.cancelled}）")
    if shift.moved_from is not None:
        parts.append(f"（{labels.moved.format(day=shift.moved_from.isoformat())}）")
    if shift.note:
        parts.append(f"\n{shift.note}")
    return "".join(parts)


def _lines(shift: ShiftLine, labels: RosterLabels) -> list[tuple[str, str, str]]:
    """(role, volunteers, filled/needed) for each role of the shift (one line when it has none)."""
    if not shift.roles:
        return [(labels.no_roles, "", "")]
    return [
        (role.name, labels.separator.join(role.volunteers), f"{len(role.volunteers)}/{role.capacity}")
        for role in shift.roles
    ]


def _cell(text: str, style: object, struck: bool) -> Paragraph:
    cell = paragraph(text, style)  # type: ignore[arg-type]
    if struck:
        cell = Paragraph(f"<strike>{cell.text}</strike>", style)  # type: ignore[arg-type]
    return cell


def _story(data: RosterData, labels: RosterLabels) -> list[Flowable]:
    sheet = styles()
    body, small = sheet["body"], sheet["small"]
    if not data.shifts:
        return [paragraph(labels.empty, body)]
    rows: list[list[object]] = [[paragraph(text, small) for text in labels.columns]]
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for shift in data.shifts:
        top = len(rows)
        struck = shift.cancelled
        head = (
            shift.day.isoformat(),
            labels.weekdays[shift.day.weekday()],
            _time(shift),
            _activity(shift, labels),
            shift.place,
        )
        for i, (role, people, count) in enumerate(_lines(shift, labels)):
            shared = [_cell(text, small, struck) for text in head] if i == 0 else [""] * len(head)
            rows.append([*shared, *(_cell(text, small, struck) for text in (role, people, count))])
            role_line = shift.roles[i] if shift.roles else None
            if not struck and role_line is not None and len(role_line.volunteers) < role_line.capacity:
                commands.append(("BACKGROUND", (5, len(rows) - 1), (-1, len(rows) - 1), UNFILLED))
        bottom = len(rows) - 1
        if bottom > top:
            commands += [("SPAN", (c, top), (c, bottom)) for c in range(len(head))]
        if struck:
            commands.append(("BACKGROUND", (0, top), (-1, bottom), CANCELLED))
    scale = CONTENT_WIDTH / sum(SHARES)
    return [
        table(rows, [share * scale for share in SHARES], commands, repeatRows=1),
        Spacer(1, 4 * mm),
        paragraph(_summary(data, labels), body),
        Spacer(1, 10 * mm),
        paragraph(labels.signatures, body),
    ]


def _letterhead(data: RosterData, labels: RosterLabels) -> Letterhead:
    return Letterhead(
        station_name=data.station_name,
        title=labels.title,
        logo_png=data.logo_png,
        subtitle=period_text(data, labels),
        printed_on=printed_line(labels.printed_on, data.printed_on),
        page_label=labels.page_label,
    )


def write_roster_pdf(path: Path, data: RosterData, labels: RosterLabels | None = None) -> Path:
    labels = labels or RosterLabels()
    return pdf_base.write(path, _letterhead(data, labels), _story(data, labels), PAGE)


def roster_sheet(data: RosterData, labels: RosterLabels | None = None) -> SheetSpec:
    labels = labels or RosterLabels()
    names = labels.columns
    columns = [
        Column(names[0], 12),
        Column(names[1], 7, align="center"),
        Column(names[2], 13),
        Column(names[3], 28, wrap=True),
        Column(names[4], 22, wrap=True),
        Column(names[5], 10),
        Column(names[6], 40, wrap=True),
        Column(names[7], 9, align="center"),
    ]
    rows = [
        [
            shift.day,
            labels.weekdays[shift.day.weekday()],
            _time(shift),
            _activity(shift, labels),
            shift.place,
            role,
            people,
            count,
        ]
        for shift in data.shifts
        for role, people, count in _lines(shift, labels)
    ]
    return SheetSpec(
        name=period_text(data, labels),
        title=labels.title,
        subtitles=[data.station_name, period_text(data, labels)],
        columns=columns,
        rows=rows,
        notes=[_summary(data, labels) if data.shifts else labels.empty, labels.signatures],
        landscape=True,
    )


def write_roster_xlsx(path: Path, data: RosterData, labels: RosterLabels | None = None) -> Path:
    return xlsx_base.write_workbook(path, [roster_sheet(data, labels)])
