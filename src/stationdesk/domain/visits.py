"""The key-target visit rate (重点对象探访率): who was due a visit in a report period, and who got one.

Pure rules over plain data; the services load enrolments, visits and exemptions from the database and
the coverage view, the monthly report and the CLI all call :func:`coverage`, so they never disagree.

The rules, in the order :func:`coverage` applies them:

1. Each target is visited on the cadence of its tier (``cadence_of``, editable by the administrator;
   :data:`DEFAULT_CADENCE` is weekly / monthly / quarterly). Its *cadence periods* are ISO weeks
   (Monday to Sunday), calendar months or calendar quarters.
2. Attribution: a cadence period counts in the report period that holds its *anchor day*: the Thursday
   for a week (the ISO rule: a week straddling two months counts in the month holding its Thursday),
   the last day for a month or a quarter (a quarterly target is due in the last month of its quarter;
   a monthly target in a weekly report is due in the week holding the month's last day). Every cadence
   period thus counts in exactly one report period of any cadence.
3. Availability: on a day of a cadence period a target is *available* if it is enrolled (start and
   end inclusive) and no exemption covers the day (start and end inclusive, no end = for good).
4. Due: a target is due in a cadence period if one unbroken stretch of available days in it both
   reaches the period's middle day and lasts more than the period's late-days allowance
   (:data:`LATE_DAYS`: week 2, month 7, quarter 30). Consequences:
   - enrolled (or back from an exemption) in the last 2 days of a week, 7 of a month or 30 of a
     quarter: not due in that period;
   - enrolment ended, or an exemption begun, before or on the middle day: not due; after it: due
     (and missed, with the exemption's reason, if nobody visited);
   - a short exemption in mid-period (a few days in hospital) does not excuse the visit.
5. Visited: a visit counts if its method is in ``counting_methods`` and it falls anywhere in the
   cadence period (for a quarterly target: anywhere in the quarter; for a week straddling two
   months: on any of its seven days).
6. Time: a cadence period that has not begun by ``today`` is not counted at all yet; one that has
   begun but not ended, and is not yet visited, is *pending* with the days left (today included);
   one that has ended without a visit is a *miss*.
7. Rate = visited / due as an exact :class:`~fractions.Fraction`; ``None`` when nobody is due.
   The goal is 100%.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction
from types import MappingProxyType

from stationdesk.domain.errors import ValidationError


class Tier(StrEnum):
    HIGH_RISK = "high_risk"  # 高风险: weekly
    KEY = "key"  # 重点: monthly
    GENERAL = "general"  # 一般: quarterly


class Cadence(StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


class ExemptionReason(StrEnum):
    """The usual reasons a target leaves the denominator; stations may record others."""

    HOSPITAL = "hospital"  # 住院
    AWAY = "away"  # 外出务工/外出
    REFUSED = "refused"  # 拒绝探访
    MOVED = "moved"  # 迁出
    DECEASED = "deceased"  # 死亡


NOT_VISITED = "not_visited"
"""The reason of a miss when no exemption touched the period."""

DEFAULT_CADENCE: Mapping[str, Cadence] = MappingProxyType(
    {Tier.HIGH_RISK: Cadence.WEEK, Tier.KEY: Cadence.MONTH, Tier.GENERAL: Cadence.QUARTER}
)
"""The regional practice; the administrator may change it, so every rule takes the mapping."""

LATE_DAYS: Mapping[Cadence, int] = MappingProxyType({Cadence.WEEK: 2, Cadence.MONTH: 7, Cadence.QUARTER: 30})
"""A stretch of availability this short (or shorter) gives no fair chance to visit: not due."""

_DAY = timedelta(days=1)


# --- periods -----------------------------------------------------------------------------------------


def _bounds(day: date, cadence: Cadence) -> tuple[date, date]:
    if cadence is Cadence.WEEK:
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    if cadence is Cadence.MONTH:
        first_month = last_month = day.month
    else:
        first_month = (day.month - 1) // 3 * 3 + 1
        last_month = first_month + 2
    last_day = calendar.monthrange(day.year, last_month)[1]
    return date(day.year, first_month, 1), date(day.year, last_month, last_day)


@dataclass(frozen=True, slots=True)
class Period:
    """One ISO week, calendar month or calendar quarter; ``end`` is inclusive.

    Only whole calendar periods are accepted, so that periods of one cadence never overlap and
    attribution (rule 2) counts each cadence period exactly once.
    """

    start: date
    end: date
    cadence: Cadence

    def __post_init__(self) -> None:
        cadence = Cadence(self.cadence)
        object.__setattr__(self, "cadence", cadence)
        if (self.start, self.end) != _bounds(self.start, cadence):
            raise ValidationError(
                "visits.period_not_calendar",
                f"{self.start}..{self.end} is not one whole {cadence}",
                {"cadence": str(cadence)},
            )

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def middle(self) -> date:
        """The middle day (the earlier of two for an even length): Thursday, the 14th–16th, mid-quarter."""
        return self.start + timedelta(days=(self.days - 1) // 2)

    @property
    def anchor(self) -> date:
        """The day that decides which report period this period counts in (rule 2)."""
        return self.middle if self.cadence is Cadence.WEEK else self.end

    @property
    def code(self) -> str:
        """A stable label for files and JSON: 2024-W05, 2024-02, 2024-Q1."""
        if self.cadence is Cadence.WEEK:
            year, week, _ = self.start.isocalendar()
            return f"{year}-W{week:02d}"
        if self.cadence is Cadence.MONTH:
            return f"{self.start.year}-{self.start.month:02d}"
        return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def next(self) -> Period:
        return period_of(self.end + _DAY, self.cadence)


def period_of(day: date, cadence: Cadence | str) -> Period:
    """The week (Monday–Sunday), month or quarter holding ``day``."""
    cadence = Cadence(cadence)
    start, end = _bounds(day, cadence)
    return Period(start, end, cadence)


def periods_between(start: date, end: date, cadence: Cadence | str) -> list[Period]:
    """Every period of ``cadence`` that overlaps ``start``..``end`` (inclusive), in order."""
    periods: list[Period] = []
    if end < start:
        return periods
    period = period_of(start, cadence)
    while period.start <= end:
        periods.append(period)
        period = period.next()
    return periods


def attributed_periods(report_period: Period, cadence: Cadence | str) -> list[Period]:
    """The cadence periods that count in ``report_period`` (rule 2: their anchor day lies in it)."""
    return [
        period
        for period in periods_between(report_period.start, report_period.end, cadence)
        if period.anchor in report_period
    ]


# --- inputs ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Enrolment:
    """A person on the key-target list with one tier from ``start`` to ``end`` (inclusive; None = open).

    A change of tier is a new enrolment; visits and exemptions are matched by ``target_id``.
    """

    target_id: str
    person_id: str
    tier: str
    start: date
    end: date | None
    worker_id: str
    grid: str

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise ValidationError("visits.enrolment_ends_before_start", "the enrolment ends before it starts")


@dataclass(frozen=True, slots=True)
class Visit:
    target_id: str
    on: date
    method: str


@dataclass(frozen=True, slots=True)
class Exemption:
    """From ``start`` to ``end`` (inclusive; None = for good, as for moved or deceased) the target
    leaves the denominator."""

    target_id: str
    reason: str
    start: date
    end: date | None

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise ValidationError("visits.exemption_ends_before_start", "the exemption ends before it starts")


# --- results -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Hit:
    """Due and visited; ``visited_on`` is the first counting visit in the period."""

    target: Enrolment
    period: Period
    visited_on: date


@dataclass(frozen=True, slots=True)
class Miss:
    """Due, the period is over, no counting visit; ``reason`` is an exemption's or :data:`NOT_VISITED`."""

    target: Enrolment
    period: Period
    reason: str


@dataclass(frozen=True, slots=True)
class Pending:
    """Due, not yet visited, the period still running; ``days_left`` counts today (1 on the last day)."""

    target: Enrolment
    period: Period
    days_left: int


def rate_of(visited: int, due: int) -> Fraction | None:
    """Exact, so that "100%" is never a rounding accident; None when nobody is due."""
    return Fraction(visited, due) if due else None


@dataclass(frozen=True, slots=True)
class GroupRate:
    due: int
    visited: int

    @property
    def rate(self) -> Fraction | None:
        return rate_of(self.visited, self.due)


@dataclass(frozen=True, slots=True)
class Coverage:
    """Who was due in ``report_period`` and how each due visit stands."""

    report_period: Period
    hits: tuple[Hit, ...]
    misses: tuple[Miss, ...]
    pending: tuple[Pending, ...]

    @property
    def due(self) -> int:
        return len(self.hits) + len(self.misses) + len(self.pending)

    @property
    def visited(self) -> int:
        return len(self.hits)

    @property
    def rate(self) -> Fraction | None:
        return rate_of(self.visited, self.due)

    def group_by(self, key: Callable[[Enrolment], str]) -> dict[str, GroupRate]:
        """Due, visited and rate per group, groups in sorted order."""
        due: dict[str, int] = {}
        visited: dict[str, int] = {}
        for item in (*self.hits, *self.misses, *self.pending):
            group = key(item.target)
            due[group] = due.get(group, 0) + 1
            if isinstance(item, Hit):
                visited[group] = visited.get(group, 0) + 1
        return {group: GroupRate(due[group], visited.get(group, 0)) for group in sorted(due)}

    def by_grid(self) -> dict[str, GroupRate]:
        return self.group_by(lambda target: target.grid)

    def by_worker(self) -> dict[str, GroupRate]:
        return self.group_by(lambda target: target.worker_id)


# --- the rule ----------------------------------------------------------------------------------------


def _available_stretches(
    enrolment: Enrolment, exemptions: Sequence[Exemption], period: Period
) -> list[tuple[date, date]]:
    """The unbroken runs of days in ``period`` on which the target is enrolled and not exempt."""
    low = max(period.start, enrolment.start)
    high = period.end if enrolment.end is None else min(period.end, enrolment.end)
    if low > high:
        return []
    if not exemptions:
        return [(low, high)]
    gaps = sorted(
        (max(ex.start, low), high if ex.end is None else min(ex.end, high))
        for ex in exemptions
        if ex.start <= high and (ex.end is None or ex.end >= low)
    )
    stretches: list[tuple[date, date]] = []
    cursor = low
    for gap_start, gap_end in gaps:
        if gap_start > cursor:
            stretches.append((cursor, gap_start - _DAY))
        cursor = max(cursor, gap_end + _DAY)
    if cursor <= high:
        stretches.append((cursor, high))
    return stretches


def is_due(enrolment: Enrolment, exemptions: Sequence[Exemption], period: Period) -> bool:
    """Rule 4: some stretch of availability reaches the middle day and outlasts the late-days allowance."""
    middle = period.middle
    late = LATE_DAYS[period.cadence]
    for start, end in _available_stretches(enrolment, exemptions, period):
        if end >= middle and (end - start).days >= late:
            return True
    return False


def _miss_reason(exemptions: Sequence[Exemption], period: Period) -> str:
    touching = [
        ex for ex in exemptions if ex.start <= period.end and (ex.end is None or ex.end >= period.start)
    ]
    if not touching:
        return NOT_VISITED
    return max(touching, key=lambda ex: (ex.start, ex.reason)).reason


def coverage(
    enrolments: Iterable[Enrolment],
    visits: Iterable[Visit],
    exemptions: Iterable[Exemption],
    counting_methods: AbstractSet[str],
    cadence_of: Mapping[str, Cadence],
    report_period: Period,
    today: date,
) -> Coverage:
    """The key-target coverage of ``report_period`` as it stands on ``today`` (module docstring, rules 1–7).

    A target is counted once per cadence period attributed to the report period: a weekly target
    four or five times in a month, a monthly target once, a quarterly target once in its quarter's
    last month and not at all in the other two.
    """
    visit_days: dict[str, list[date]] = {}  # counting visits only, sorted, for a bisect per period
    for visit in visits:
        if visit.method in counting_methods:
            visit_days.setdefault(visit.target_id, []).append(visit.on)
    for days in visit_days.values():
        days.sort()
    exempt: dict[str, list[Exemption]] = {}
    for exemption in exemptions:
        exempt.setdefault(exemption.target_id, []).append(exemption)

    periods_of_tier: dict[str, list[Period]] = {}
    hits: list[Hit] = []
    misses: list[Miss] = []
    pending: list[Pending] = []
    for enrolment in enrolments:
        periods = periods_of_tier.get(enrolment.tier)
        if periods is None:
            if enrolment.tier not in cadence_of:
                raise ValidationError(
                    "visits.tier_without_cadence",
                    f"no cadence for tier {enrolment.tier!r}",
                    {"tier": enrolment.tier},
                )
            periods = [
                p for p in attributed_periods(report_period, cadence_of[enrolment.tier]) if p.start <= today
            ]
            periods_of_tier[enrolment.tier] = periods
        own_exemptions = exempt.get(enrolment.target_id, ())
        days = visit_days.get(enrolment.target_id, ())
        for period in periods:
            if not is_due(enrolment, own_exemptions, period):
                continue
            index = bisect_left(days, period.start)
            if index < len(days) and days[index] <= period.end:
                hits.append(Hit(enrolment, period, days[index]))
            elif period.end >= today:
                pending.append(Pending(enrolment, period, (period.end - today).days + 1))
            else:
                misses.append(Miss(enrolment, period, _miss_reason(own_exemptions, period)))
    return Coverage(report_period, tuple(hits), tuple(misses), tuple(pending))
