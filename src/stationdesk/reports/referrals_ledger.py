"""The referral ledger (转介台账) on the official ledger form (reports/ledger_form.py).

Plain data in: one :class:`ReferralLine` per referral, already masked (or revealed) by the service;
the words (column heads, statuses) in the reader's language, zh_CN by default.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from stationdesk.reports.ledger_form import HeaderItem

HEADER: tuple[HeaderItem, ...] = (
    ("转介日期",),
    ("转介编号",),
    ("服务对象", ["姓名", "身份证号", "联系电话"]),
    ("需求类别",),
    ("承接单位",),
    ("转介事项",),
    ("办理情况", ["当前状态", "反馈意见", "办结日期"]),
    ("转介人",),
)
WIDTHS: tuple[float, ...] = (12, 11, 8, 22, 14, 12, 16, 22, 9, 14, 12, 8)


@dataclass(frozen=True)
class ReferralLine:
    sent_at: datetime
    tracking_code: str
    name: str
    id_number: str  # masked unless revealed
    phone: str  # masked unless revealed
    categories: str  # of the walk-in it came from, joined; "" when sent without one
    partner: str
    need: str
    status: str  # a code: sent, accepted, rejected, done, revoked
    feedback: str  # the partner's reason or note with the latest status
    closed_on: date | None
    sent_by: str


@dataclass(frozen=True)
class ReferralWords:
    title: str = "转介台账"
    statuses: Mapping[str, str] = field(
        default_factory=lambda: {
            "sent": "已转介",
            "accepted": "已接收",
            "rejected": "已拒绝",
            "done": "已办结",
            "revoked": "已撤销",
        }
    )


def values(line: ReferralLine, words: ReferralWords) -> Sequence[object]:
    """The cells of one referral, in the order of :data:`HEADER`'s leaves."""
    return (
        line.sent_at.date(),
        line.tracking_code,
        line.name,
        line.id_number,
        line.phone,
        line.categories,
        line.partner,
        line.need,
        words.statuses.get(line.status, line.status),
        line.feedback,
        line.closed_on,
        line.sent_by,
    )


def ledger_rows(lines: Iterable[ReferralLine], words: ReferralWords) -> Iterator[Sequence[object]]:
    return (values(line, words) for line in lines)
