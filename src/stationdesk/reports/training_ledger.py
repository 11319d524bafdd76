"""The training sign-in ledger (培训签到台账) on the official ledger form (reports/ledger_form.py).

Plain data in: one :class:`TrainingLine` per session and participant, the phone already masked (or
revealed) by the service; the words in the reader's language, zh_CN by default (the statuses and
sign-in methods are the training printouts' own, reports/training_data.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from stationdesk.reports.ledger_cells import clock
from stationdesk.reports.ledger_form import HeaderItem
from stationdesk.reports.training_data import TrainingLabels

HEADER: tuple[HeaderItem, ...] = (
    ("培训场次", ["日期", "时间", "培训项目", "主题"]),
    ("参训人员", ["姓名", "单位", "联系电话"]),
    ("签到情况", ["出勤", "签到时间", "签退时间", "签到方式"]),
)
WIDTHS: tuple[float, ...] = (10, 11, 22, 18, 8, 18, 12, 7, 8, 8, 9)


@dataclass(frozen=True)
class TrainingLine:
    starts_at: datetime
    ends_at: datetime
    programme: str
    topic: str
    name: str
    unit: str
    phone: str  # masked unless revealed
    status: str  # an Attendance code, "" when unmarked
    signed_in_at: datetime | None
    signed_out_at: datetime | None
    method: str  # scan, name, phone, paper, kiosk; "" when unmarked


@dataclass(frozen=True)
class TrainingWords:
    title: str = "培训签到台账"
    unmarked: str = field(default_factory=lambda: TrainingLabels().unmarked)
    statuses: Mapping[str, str] = field(default_factory=lambda: TrainingLabels().statuses)
    methods: Mapping[str, str] = field(default_factory=lambda: TrainingLabels().methods)


def values(line: TrainingLine, words: TrainingWords) -> Sequence[object]:
    """The cells of one participant at one session, in the order of :data:`HEADER`'s leaves."""
    return (
        line.starts_at.date(),
        f"{clock(line.starts_at)}–{clock(line.ends_at)}",
        line.programme,
        line.topic,
        line.name,
        line.unit,
        line.phone,
        words.statuses.get(line.status, line.status) if line.status else words.unmarked,
        clock(line.signed_in_at),
        clock(line.signed_out_at),
        words.methods.get(line.method, line.method),
    )


def ledger_rows(lines: Iterable[TrainingLine], words: TrainingWords) -> Iterator[Sequence[object]]:
    return (values(line, words) for line in lines)
