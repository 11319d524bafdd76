"""Volunteer shifts (志愿服务排班) as pure rules: the days a repeating activity takes place, the
roles a shift has, and when two shifts clash.

**The series rule.** A series repeats every ``every_weeks`` weeks on ``first_day``'s weekday, up to
and including ``until``, and reads the holiday calendar (services/holidays.py) to decide each day:

- a series on a **working weekday** (Monday to Friday) skips the **public holidays**: volunteers and
  the people served are away, as for any day off;
- a series on a **weekend day** (Saturday, Sunday) skips the **make-up workdays** (调休): that
  weekend day is worked instead of a holiday, and volunteers are at their jobs or classes. A weekend
  day inside a holiday stays in the series: it is a day off like any weekend (one occurrence can be
  skipped by hand when the team is away).

Each skipped day is returned with its reason. The calendar raises
:class:`~stationdesk.domain.training.HolidaysUnknown` for a year whose holidays are not announced
yet; a series planned without holiday data uses ``services.holidays.ignoring_holidays``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.training import Calendar

MAX_ROLES = 10
MAX_CAPACITY = 50
ROLE_NAME_MAX = 32
MAX_EVERY_WEEKS = 52
MAX_SHIFTS = 600
"""Occurrences one series may have: weekly for eleven years and a half."""
LONGEST_SHIFT = timedelta(days=1)


class SkipReason(StrEnum):
    HOLIDAY = "holiday"  # a public holiday on a working weekday
    MAKEUP_WORKDAY = "makeup_workday"  # 调休: a weekend day that is worked


@dataclass(frozen=True)
class SkippedDay:
    day: date
    reason: SkipReason


@dataclass(frozen=True)
class SeriesPlan:
    """The days a series takes place on (strictly increasing) and the days it skips, with why."""

    days: list[date]
    skipped: list[SkippedDay]


def skip_reason(day: date, calendar: Calendar) -> SkipReason | None:
    """Why a series on ``day``'s weekday does not take place on ``day`` (None: it does)."""
    kind = calendar(day)
    if day.weekday() < 5:
        return SkipReason.HOLIDAY if kind.holiday else None
    return SkipReason.MAKEUP_WORKDAY if not kind.day_off else None


def series_days(first_day: date, until: date, every_weeks: int, calendar: Calendar) -> SeriesPlan:
    """Every ``every_weeks`` weeks from ``first_day`` to ``until`` (inclusive), holiday-aware as the
    module says. Refused: ``until`` before ``first_day``, an interval outside 1..52 weeks, more than
    :data:`MAX_SHIFTS` occurrences."""
    if not 1 <= every_weeks <= MAX_EVERY_WEEKS:
        raise ValidationError(
            "shifts.bad_interval", "every 1 to 52 weeks", {"max": MAX_EVERY_WEEKS, "value": every_weeks}
        )
    if until < first_day:
        raise ValidationError("shifts.until_before_first", "the series ends before its first day")
    step = timedelta(weeks=every_weeks)
    if (until - first_day) // step + 1 > MAX_SHIFTS:
        raise ValidationError("shifts.series_too_long", "too many occurrences", {"max": MAX_SHIFTS})
    days: list[date] = []
    skipped: list[SkippedDay] = []
    day = first_day
    while day <= until:
        reason = skip_reason(day, calendar)
        if reason is None:
            days.append(day)
        else:
            skipped.append(SkippedDay(day, reason))
        day += step
    return SeriesPlan(days, skipped)


# --- roles ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoleSpec:
    """A role on a shift and how many it needs (司机 2, 帮手 6)."""

    name: str
    capacity: int


def check_roles(roles: Sequence[RoleSpec]) -> tuple[RoleSpec, ...]:
    """The roles with trimmed names, or refused: none or more than 10, an empty or too long name,
    a capacity outside 1..50, a name twice."""
    if not roles:
        raise ValidationError("shifts.roles_required", "a shift needs at least one role")
    if len(roles) > MAX_ROLES:
        raise ValidationError("shifts.too_many_roles", "at most 10 roles", {"max": MAX_ROLES})
    clean: list[RoleSpec] = []
    for role in roles:
        name = " ".join(str(role.name).split())
        if not name:
            raise ValidationError("shifts.role_name_required", "every role needs a name")
        if len(name) > ROLE_NAME_MAX:
            raise ValidationError(
                "shifts.role_name_too_long", "a role name is too long", {"name": name, "max": ROLE_NAME_MAX}
            )
        capacity = role.capacity
        if isinstance(capacity, bool) or not isinstance(capacity, int) or not 1 <= capacity <= MAX_CAPACITY:
            raise ValidationError(
                "shifts.bad_capacity", "a role needs 1 to 50 people", {"name": name, "max": MAX_CAPACITY}
            )
        if any(other.name == name for other in clean):
            raise ValidationError("shifts.duplicate_role", "a role is named twice", {"name": name})
        clean.append(RoleSpec(name, capacity))
    return tuple(clean)


def parse_roles(text: str) -> tuple[RoleSpec, ...]:
    """The roles template as a series stores it: a JSON list of ``{"name": ..., "capacity": ...}``."""
    try:
        data = json.loads(text)
    except (TypeError, ValueError):
        raise ValidationError("shifts.bad_roles", "the roles are not a JSON list") from None
    if not isinstance(data, list) or not all(
        isinstance(item, dict) and set(item) == {"name", "capacity"} and isinstance(item["name"], str)
        for item in data
    ):
        raise ValidationError("shifts.bad_roles", "the roles are not a list of names and capacities")
    return check_roles([RoleSpec(item["name"], item["capacity"]) for item in data])


def roles_json(roles: Sequence[RoleSpec]) -> str:
    """The roles template as JSON (Chinese kept readable)."""
    return json.dumps(
        [{"name": role.name, "capacity": role.capacity} for role in check_roles(roles)], ensure_ascii=False
    )


# --- times ---------------------------------------------------------------------------------------


def check_times(starts_at: datetime, ends_at: datetime) -> None:
    """A shift ends after it starts and lasts at most a day."""
    if ends_at <= starts_at:
        raise ValidationError("shifts.ends_before_start", "the shift ends before it starts")
    if ends_at - starts_at > LONGEST_SHIFT:
        raise ValidationError("shifts.longer_than_a_day", "a shift lasts at most a day")


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """Two time ranges share some time (one ending as the other starts does not clash)."""
    return a_start < b_end and b_start < a_end
