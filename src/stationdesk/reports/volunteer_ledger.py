"""The volunteer-service ledger (志愿服务台账) on the official ledger form (reports/ledger_form.py).

Plain data in: one :class:`VolunteerLine` per hours entry, already masked (or revealed) by the
service; the words (column heads, statuses, the closing line) in the reader's language, zh_CN by default.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from stationdesk.reports.ledger_cells import clock
from stationdesk.reports.ledger_form import HeaderItem, LedgerLabels

HEADER: tuple[HeaderItem, ...] = (
    ("服务日期",),
    ("志愿者", ["姓名", "编号", "联系电话", "身份证号"]),
    ("所属队伍",),
    ("服务项目", ["活动", "服务内容"]),
    ("服务时间", ["开始", "结束"]),
    ("服务时长（小时）",),
    ("认定状态",),
    ("审核人",),
)
WIDTHS: tuple[float, ...] = (12, 8, 10, 13, 20, 15, 14, 20, 6, 6, 10, 9, 8)


@dataclass(frozen=True)
class VolunteerLine:
    service_date: date
    name: str
    code: str
    phone: str  # masked unless revealed
    id_number: str  # masked unless revealed
    team: str  # the teams on the service day, joined
    activity: str
    content: str
    starts_at: datetime | None
    ends_at: datetime | None
    minutes: int  # credited
    status: str  # "counted" or "waiting" (for a coordinator's review)
    reviewer: str  # who made the latest review; "" when none was needed or made yet


@dataclass(frozen=True)
class VolunteerWords:
    title: str = "志愿服务台账"
    statuses: Mapping[str, str] = field(default_factory=lambda: {"counted": "已认定", "waiting": "待审核"})
    count: str = "本期共登记 {{count}} 条，认定服务时长 {counted} 小时；另有 {waiting} 小时待审核，未计入。"
    count_all_counted: str = "本期共登记 {{count}} 条，认定服务时长 {counted} 小时。"


def hours(minutes: int) -> Decimal:
    """Minutes as hours to two places (90 -> 1.50)."""
    return (Decimal(minutes) / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def labels(words: VolunteerWords, counted: int, waiting: int) -> LedgerLabels:
    """The form's words with a closing line that gives the counted hours and, apart, those waiting."""
    template = words.count if waiting else words.count_all_counted
    return LedgerLabels(count=template.format(counted=hours(counted), waiting=hours(waiting)))


def values(line: VolunteerLine, words: VolunteerWords) -> Sequence[object]:
    """The cells of one entry, in the order of :data:`HEADER`'s leaves."""
    return (
        line.service_date,
        line.name,
        line.code,
        line.phone,
        line.id_number,
        line.team,
        line.activity,
        line.content,
        clock(line.starts_at),
        clock(line.ends_at),
        hours(line.minutes),
        words.statuses.get(line.status, line.status),
        line.reviewer,
    )


def ledger_rows(lines: Iterable[VolunteerLine], words: VolunteerWords) -> Iterator[Sequence[object]]:
    return (values(line, words) for line in lines)
