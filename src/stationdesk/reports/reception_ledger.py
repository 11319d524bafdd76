"""The reception log (接待登记台账) on the official ledger form (reports/ledger_form.py).

Plain data in: one :class:`ReceptionLine` per walk-in, already masked (or revealed) by the service;
the words (column heads, sexes, outcomes) in the reader's language, zh_CN by default.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from stationdesk.reports.ledger_form import HeaderItem

HEADER: tuple[HeaderItem, ...] = (
    ("接待时间", ["日期", "时间"]),
    ("来访人", ["姓名", "性别", "年龄段", "联系电话", "身份证号"]),
    ("诉求类别",),
    ("诉求及处理情况",),
    ("办理结果",),
    ("转介单位",),
    ("跟进情况",),
    ("接待人",),
)
WIDTHS: tuple[float, ...] = (12, 7, 10, 5, 7, 14, 22, 14, 19, 10, 12, 21, 10)


@dataclass(frozen=True)
class ReceptionLine:
    arrived_at: datetime
    name: str  # "" for an anonymous walk-in
    sex: str  # "M", "F" or ""
    age_band: str
    phone: str  # masked unless revealed
    id_number: str  # masked unless revealed
    categories: str
    note: str
    outcome: str  # a code: resolved, referred, follow_up
    partners: str  # the referral partners, joined
    follow_up_due: date | None
    follow_up_done: bool
    received_by: str


@dataclass(frozen=True)
class ReceptionWords:
    title: str = "接待登记台账"
    anonymous: str = "（未登记）"
    sexes: Mapping[str, str] = field(default_factory=lambda: {"M": "男", "F": "女"})
    outcomes: Mapping[str, str] = field(
        default_factory=lambda: {"resolved": "当场办结", "referred": "已转介", "follow_up": "需跟进"}
    )
    follow_up_open: str = "{due} 前跟进"
    follow_up_done: str = "已跟进（{due}）"


def follow_up_text(line: ReceptionLine, words: ReceptionWords) -> str:
    return due_text(line.follow_up_due, line.follow_up_done, words)


def due_text(due: date | None, done: bool, words: ReceptionWords) -> str:
    """ "2026-03-13 前跟进" or "已跟进（2026-03-13）" ("" without a follow-up): the ledgers' one wording."""
    if due is None:
        return ""
    template = words.follow_up_done if done else words.follow_up_open
    return template.format(due=due.isoformat())


def values(line: ReceptionLine, words: ReceptionWords) -> Sequence[object]:
    """The cells of one walk-in, in the order of :data:`HEADER`'s leaves."""
    return (
        line.arrived_at.date(),
        line.arrived_at.strftime("%H:%M"),
        line.name or words.anonymous,
        words.sexes.get(line.sex, line.sex),
        line.age_band,
        line.phone,
        line.id_number,
        line.categories,
        line.note,
        words.outcomes.get(line.outcome, line.outcome),
        line.partners,
        follow_up_text(line, words),
        line.received_by,
    )


def ledger_rows(lines: Iterable[ReceptionLine], words: ReceptionWords) -> Iterator[Sequence[object]]:
    return (values(line, words) for line in lines)
