"""Training programmes (培训, 沙龙, 讲座, 营) and their sessions: the rules, as pure functions.

- A **completion rule** says who completes a programme: present at a share of the sessions held
  (e.g. at least 80%), or at N of them.
- A **series** of sessions repeats on a weekday (every Tuesday for 6 weeks) and skips the public
  holidays; a series on working days also takes the make-up workdays (调休, a weekend day worked
  instead of a holiday). The holiday calendar is passed in: the services use the
  ``chinese-calendar`` library, which knows a year only once the State Council has announced it.
- **Attendance**: present, late, left early (these attended), excused, absent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction

from stationdesk.domain.errors import ValidationError


class ProgrammeType(StrEnum):
    TRAINING = "training"  # 培训
    SALON = "salon"  # 沙龙
    LECTURE = "lecture"  # 讲座
    CAMP = "camp"  # 营 (a multi-session camp such as 智创营)


class TargetGroup(StrEnum):
    CERTIFIED_SOCIAL_WORKER = "certified_sw"  # 持证社工
    COMMUNITY_WORKER = "community_worker"  # 社区工作者
    GRID_WORKER = "grid_worker"  # 网格员
    VOLUNTEER = "volunteer"  # 志愿者
    OTHER = "other"  # 其他


class Attendance(StrEnum):
    PRESENT = "present"
    LATE = "late"
    LEFT_EARLY = "left_early"
    EXCUSED = "excused"
    ABSENT = "absent"


ATTENDED = frozenset({Attendance.PRESENT, Attendance.LATE, Attendance.LEFT_EARLY})
"""The statuses that count as having attended a session (for completion and hours)."""


class RuleKind(StrEnum):
    SHARE = "share"  # present at >= value % of the sessions held
    COUNT = "count"  # present at >= value sessions


@dataclass(frozen=True)
class CompletionRule:
    """Who completes a programme. ``SHARE``: ``value`` is a percentage 1..100; ``COUNT``: a number
    of sessions, at least 1."""

    kind: RuleKind
    value: int

    def __post_init__(self) -> None:
        kind = RuleKind(self.kind)
        object.__setattr__(self, "kind", kind)
        if kind is RuleKind.SHARE and not 1 <= self.value <= 100:
            raise ValidationError(
                "training.bad_share", "a share from 1 to 100 percent", {"value": self.value}
            )
        if kind is RuleKind.COUNT and self.value < 1:
            raise ValidationError("training.bad_count", "at least one session", {"value": self.value})

    def sessions_needed(self, held: int) -> int:
        """How many of ``held`` sessions a participant must attend: at least ``value`` % of them
        (rounded up), or ``value`` of them, or all of them if fewer were held (a session cancelled)."""
        if held <= 0:
            return 0
        if self.kind is RuleKind.COUNT:
            return min(self.value, held)
        return -(-self.value * held // 100)  # the least n with n / held >= value %

    def met(self, attended: int, held: int) -> bool:
        """Whether ``attended`` of ``held`` sessions complete the programme (nothing held: no)."""
        return held > 0 and attended >= self.sessions_needed(held)


def attendance_rate(attended: int, held: int) -> Fraction | None:
    return Fraction(attended, held) if held else None


# --- series of sessions --------------------------------------------------------------------------


class HolidaysUnknown(ValidationError):
    """The holiday calendar does not know ``year`` yet (announced each autumn for the next year)."""

    def __init__(self, year: int) -> None:
        super().__init__("training.holidays_unknown", f"no holiday data for {year} yet", {"year": year})
        self.year = year


@dataclass(frozen=True)
class DayKind:
    """What the calendar says of a day: an official day off (weekend or holiday), and whether it is
    a holiday (as opposed to an ordinary weekend) or a make-up workday (调休)."""

    day_off: bool
    holiday: bool = False


Calendar = Callable[[date], DayKind]
"""Raises :class:`HolidaysUnknown` for a year it does not know."""

MAX_SESSIONS = 200


def weekly_series(
    first: date, count: int, calendar: Calendar, every_weeks: int = 1
) -> tuple[list[date], list[date]]:
    """``count`` sessions on ``first``'s weekday every ``every_weeks`` weeks, skipping holidays (the
    series runs on until it has ``count`` sessions). Returns the dates and the skipped holidays."""
    _check_count(count)
    if every_weeks < 1:
        raise ValidationError("training.bad_interval", "every 1 week or more")
    dates: list[date] = []
    skipped: list[date] = []
    day = first
    while len(dates) < count:
        if calendar(day).holiday:
            skipped.append(day)
        else:
            dates.append(day)
        day += timedelta(weeks=every_weeks)
    return dates, skipped


def workday_series(first: date, count: int, calendar: Calendar) -> tuple[list[date], list[date]]:
    """``count`` sessions on consecutive working days from ``first``: holidays and weekends skipped,
    make-up workdays (调休) taken. Returns the dates and the skipped holidays (not weekends)."""
    _check_count(count)
    dates: list[date] = []
    skipped: list[date] = []
    day = first
    while len(dates) < count:
        kind = calendar(day)
        if not kind.day_off:
            dates.append(day)
        elif kind.holiday:
            skipped.append(day)
        day += timedelta(days=1)
    return dates, skipped


def _check_count(count: int) -> None:
    if not 1 <= count <= MAX_SESSIONS:
        raise ValidationError("training.bad_session_count", "1 to 200 sessions", {"max": MAX_SESSIONS})
