"""The key-target coverage report (重点对象探访情况): a period's visit rate, who is still to be
visited or was missed and why, and the rate by grid and by worker.

Plain data in (codes for tiers, states and reasons; the labels turn them into words, zh_CN by
default); the service builds it from services/coverage.py so the page, this PDF and the JSON of
``stationdesk report coverage`` never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from stationdesk.reports import pdf_base
from stationdesk.reports.pdf_base import Letterhead, paragraph, printed_line, styles, table
from stationdesk.reports.station_report_words import WORDS

CONTENT_WIDTH = A4[0] - 2 * pdf_base.MARGIN - 12


@dataclass(frozen=True)
class OpenLine:
    """A due visit not (yet) made: ``state`` is "pending" (with ``days_left``) or "missed" (``reason``)."""

    person: str
    grid: str
    worker: str
    tier: str
    period: str
    state: str
    reason: str = ""
    days_left: int = 0


@dataclass(frozen=True)
class GroupRow:
    name: str
    due: int
    visited: int


@dataclass(frozen=True)
class CoverageData:
    station_name: str
    period: str  # "2026-11", "2026-W48", "2026-Q4"
    due: int
    visited: int
    open_lines: Sequence[OpenLine]
    by_grid: Sequence[GroupRow]
    by_worker: Sequence[GroupRow]
    logo_png: bytes | None = None
    printed_on: str = ""
    as_of: str = ""


def percent(visited: int, due: int) -> str:
    """One decimal, never rounded up to 100.0 % while someone is still unvisited."""
    if not due:
        return "—"
    tenths = visited * 1000 // due  # floor
    return f"{tenths // 10}.{tenths % 10}%"


@dataclass(frozen=True)
class CoverageLabels:
    title: str = "重点对象探访情况"
    period: str = "统计期：{period}（截至 {as_of}）"
    summary: str = "应访 {due} 人次，已访 {visited} 人次，探访率 {rate}（目标 100%）"
    nobody_due: str = "本期没有应访对象。"
    open_heading: str = "未访名单（{count}）"
    all_visited: str = "本期应访对象均已探访。"
    columns: tuple[str, ...] = ("对象", "网格", "责任人", "类别", "周期", "情况")
    pending: str = "待访，剩 {days} 天"
    by_grid: str = "按网格"
    by_worker: str = "按责任人"
    group_columns: tuple[str, ...] = ("", "应访", "已访", "探访率")
    tiers: Mapping[str, str] = field(default_factory=lambda: WORDS["zh_CN"].tiers)
    reasons: Mapping[str, str] = field(default_factory=lambda: WORDS["zh_CN"].reasons)
    printed_on: str = "打印日期：{date}"
    page_label: str = "第 {page} 页 共 {pages} 页"


_GRID_STYLE = [
    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def _state(line: OpenLine, labels: CoverageLabels) -> str:
    if line.state == "pending":
        return labels.pending.format(days=line.days_left)
    return labels.reasons.get(line.reason, line.reason)


def _open_table(data: CoverageData, labels: CoverageLabels, body: ParagraphStyle) -> Flowable:
    rows: list[list[object]] = [[paragraph(text, body) for text in labels.columns]]
    for line in data.open_lines:
        texts = (line.person, line.grid, line.worker, labels.tiers.get(line.tier, line.tier), line.period,
                 _state(line, labels))  # fmt: skip
        rows.append([paragraph(text, body) for text in texts])
    widths = [0.17, 0.22, 0.15, 0.1, 0.12, 0.24]
    missed = [i for i, line in enumerate(data.open_lines, start=1) if line.state == "missed"]
    marks = [("TEXTCOLOR", (5, i), (5, i), colors.HexColor("#B00020")) for i in missed]
    return table(rows, [w * CONTENT_WIDTH for w in widths], [*_GRID_STYLE, *marks], repeatRows=1)


def _group_table(
    title: str, groups: Sequence[GroupRow], labels: CoverageLabels, body: ParagraphStyle
) -> Flowable:
    head = [title, *labels.group_columns[1:]]
    rows: list[list[object]] = [[paragraph(text, body) for text in head]]
    for group in groups:
        texts = (group.name, str(group.due), str(group.visited), percent(group.visited, group.due))
        rows.append([paragraph(text, body) for text in texts])
    widths = [0.46, 0.18, 0.18, 0.18]
    return table(rows, [w * CONTENT_WIDTH for w in widths], list(_GRID_STYLE), repeatRows=1)


def _story(data: CoverageData, labels: CoverageLabels) -> list[Flowable]:
    sheet = styles()
    body, small, heading = sheet["body"], sheet["small"], sheet["heading"]
    big = ParagraphStyle("coverage-big", parent=body, fontSize=13, leading=19)
    story: list[Flowable] = []
    if not data.due:
        return [paragraph(labels.nobody_due, big)]
    rate = percent(data.visited, data.due)
    story.append(paragraph(labels.summary.format(due=data.due, visited=data.visited, rate=rate), big))
    story.append(paragraph(labels.open_heading.format(count=len(data.open_lines)), heading))
    if data.open_lines:
        story.append(_open_table(data, labels, small))
    else:
        story.append(paragraph(labels.all_visited, body))
    story += [Spacer(1, 4 * mm), _group_table(labels.by_grid, data.by_grid, labels, small)]
    story += [Spacer(1, 4 * mm), _group_table(labels.by_worker, data.by_worker, labels, small)]
    return story


def _letterhead(data: CoverageData, labels: CoverageLabels) -> Letterhead:
    return Letterhead(
        station_name=data.station_name,
        title=labels.title,
        logo_png=data.logo_png,
        subtitle=labels.period.format(period=data.period, as_of=data.as_of or data.printed_on),
        printed_on=printed_line(labels.printed_on, data.printed_on),
        page_label=labels.page_label,
    )


def render_coverage(data: CoverageData, labels: CoverageLabels | None = None) -> bytes:
    labels = labels or CoverageLabels()
    return pdf_base.render(_letterhead(data, labels), _story(data, labels))


def write_coverage(path: Path, data: CoverageData, labels: CoverageLabels | None = None) -> Path:
    labels = labels or CoverageLabels()
    return pdf_base.write(path, _letterhead(data, labels), _story(data, labels))
