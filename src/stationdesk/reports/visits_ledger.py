"""The home-visit ledger (重点对象走访台账) on the official ledger form (reports/ledger_form.py).

Plain data in: one :class:`VisitLine` per visit, already masked (or revealed) by the service; the
words (column heads, tiers, risks) in the reader's language, zh_CN by default.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from stationdesk.reports.ledger_form import HeaderItem
from stationdesk.reports.reception_ledger import ReceptionWords, due_text

HEADER: tuple[HeaderItem, ...] = (
    ("走访日期",),
    ("走访对象", ["姓名", "身份证号", "联系电话", "所属网格", "对象类别", "列管原因"]),
    ("走访方式",),
    ("走访人员", ["走访人", "同行人员"]),
    ("走访情况",),
    ("风险变化",),
    ("后续跟进",),
)
WIDTHS: tuple[float, ...] = (12, 8, 22, 14, 14, 7, 14, 9, 8, 10, 24, 7, 14)


@dataclass(frozen=True)
class VisitLine:
    visited_on: date
    name: str
    id_number: str  # masked unless revealed
    phone: str  # masked unless revealed
    grid: str
    tier: str  # a code: high_risk, key, general
    target_reason: str
    method: str
    visitor: str
    companions: str
    findings: str
    risk: str  # "", "raised" or "cleared"
    follow_up_due: date | None
    follow_up_done: bool
    follow_up_note: str


@dataclass(frozen=True)
class VisitWords:
    title: str = "重点对象走访台账"
    tiers: Mapping[str, str] = field(
        default_factory=lambda: {"high_risk": "高风险", "key": "重点", "general": "一般"}
    )
    risks: Mapping[str, str] = field(default_factory=lambda: {"raised": "风险上升", "cleared": "风险解除"})
    follow_ups: ReceptionWords = field(default_factory=ReceptionWords)  # the reception log's wording
    with_note: str = "{due}：{note}"


def follow_up_text(line: VisitLine, words: VisitWords) -> str:
    due = due_text(line.follow_up_due, line.follow_up_done, words.follow_ups)
    return words.with_note.format(due=due, note=line.follow_up_note) if due and line.follow_up_note else due


def values(line: VisitLine, words: VisitWords) -> Sequence[object]:
    """The cells of one visit, in the order of :data:`HEADER`'s leaves."""
    return (
        line.visited_on,
        line.name,
        line.id_number,
        line.phone,
        line.grid,
        words.tiers.get(line.tier, line.tier),
        line.target_reason,
        line.method,
        line.visitor,
        line.companions,
        line.findings,
        words.risks.get(line.risk, line.risk),
        follow_up_text(line, words),
    )


def ledger_rows(lines: Iterable[VisitLine], words: VisitWords) -> Iterator[Sequence[object]]:
    return (values(line, words) for line in lines)
