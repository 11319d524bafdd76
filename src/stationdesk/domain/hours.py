"""Crediting volunteer time (志愿服务时长): how long a check-in and check-out count for.

The rule a station sets (``CreditRule``):

- **basis** ``actual``: the clock, from check-in to check-out. Arriving early earns nothing extra
  (``no_early_credit``, on by default: the credited time starts at the later of check-in and the
  shift start). Staying on after the shift's end *is* credited: the bus came back late, the
  volunteer really served that time (a station that wants no overtime chooses ``scheduled``).
- **basis** ``scheduled``: only the part of the scheduled shift the volunteer was there for: never
  more than the shift, less when they came late or left early.
- **rounding**: 0 (to the minute), 5, 10 or 15 minutes, always down to the step.

Without a shift (a walk-up service) there is no schedule: the actual time counts on either basis.

Forgetting to check out: once the shift is well over (``FORGOT_AFTER`` past its end, or its day is
over), the check-in is closed at the shift end with the scheduled time (the scheduled basis and the
station's rounding), flagged ``forgot_checkout`` for a coordinator to review.

Bad times are refused with ``hours.*`` codes: check-out before check-in, a stay or a shift longer
than a day, a negative or absurd (more than 24 h) credited time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from stationdesk.domain.errors import ValidationError

ROUNDING_STEPS = (0, 5, 10, 15)
MAX_MINUTES = 24 * 60
"""No single entry credits more than a day."""
FORGOT_AFTER = timedelta(hours=2)
"""A check-in still open this long after its shift's end was forgotten (or at the end of the day)."""
FORGOT_CHECKOUT = "forgot_checkout"
NO_SHIFT = "no_shift"
"""The flag of a walk-up service's entry: no schedule to check it against, so a coordinator does."""


class Basis(StrEnum):
    ACTUAL = "actual"
    SCHEDULED = "scheduled"


class Source(StrEnum):
    """How an hours entry was made."""

    DESK = "desk"  # checked in and out at the desk, credited by the rule
    ENTRY = "entry"  # entered afterwards, marked from a roster, or a correction
    IMPORT = "import"
    RULE = "rule"  # a forgotten check-out closed by the rule


@dataclass(frozen=True)
class CreditRule:
    basis: Basis = Basis.ACTUAL
    rounding: int = 0
    no_early_credit: bool = True

    def __post_init__(self) -> None:
        if self.basis not in {b.value for b in Basis}:
            raise ValidationError("hours.bad_basis", "actual or scheduled", {"basis": str(self.basis)})
        if self.rounding not in ROUNDING_STEPS:
            raise ValidationError("hours.bad_rounding", "0, 5, 10 or 15 minutes", {"minutes": self.rounding})


def check_stay(checked_in: datetime, checked_out: datetime) -> None:
    if checked_out < checked_in:
        raise ValidationError("hours.out_before_in", "the check-out is before the check-in")
    if checked_out - checked_in > timedelta(minutes=MAX_MINUTES):
        raise ValidationError("hours.too_long", "longer than a day", {"hours": MAX_MINUTES // 60})


def check_shift(starts_at: datetime, ends_at: datetime) -> None:
    if ends_at <= starts_at:
        raise ValidationError("hours.shift_ends_before_start", "the shift ends before it starts")
    if ends_at - starts_at > timedelta(minutes=MAX_MINUTES):
        raise ValidationError(
            "hours.shift_too_long", "a shift longer than a day", {"hours": MAX_MINUTES // 60}
        )


def check_credited(minutes: int) -> int:
    """``minutes`` if it is a sensible credited time (0 to 24 h), else refused."""
    if not 0 <= minutes <= MAX_MINUTES:
        raise ValidationError("hours.bad_credit", "negative or absurd", {"hours": MAX_MINUTES // 60})
    return minutes


def rounded(minutes: int, step: int) -> int:
    return minutes - minutes % step if step else minutes


def _minutes(start: datetime, end: datetime) -> int:
    return max(0, int((end - start).total_seconds() // 60))


def credited_minutes(
    rule: CreditRule,
    shift_start: datetime | None,
    shift_end: datetime | None,
    checked_in: datetime,
    checked_out: datetime,
) -> int:
    """The minutes a stay from ``checked_in`` to ``checked_out`` earns on a shift (None, None: no shift)."""
    check_stay(checked_in, checked_out)
    if shift_start is None or shift_end is None:
        return check_credited(rounded(_minutes(checked_in, checked_out), rule.rounding))
    check_shift(shift_start, shift_end)
    start = (
        max(checked_in, shift_start) if rule.no_early_credit or rule.basis == Basis.SCHEDULED else checked_in
    )
    end = min(checked_out, shift_end) if rule.basis == Basis.SCHEDULED else checked_out
    return check_credited(rounded(_minutes(start, end), rule.rounding))


def scheduled_minutes(rule: CreditRule, shift_start: datetime, shift_end: datetime) -> int:
    """The shift's scheduled time under the station's rounding (a roster mark credits this)."""
    return credited_minutes(rule, shift_start, shift_end, shift_start, shift_end)


@dataclass(frozen=True)
class ForgottenClosing:
    """How a forgotten check-out is closed: at ``ends_at``, crediting ``minutes``, flagged for review."""

    ends_at: datetime
    minutes: int
    flag: str = FORGOT_CHECKOUT


def forgotten(checked_in: datetime, shift_end: datetime | None, now: datetime) -> bool:
    """Whether an open check-in counts as a forgotten check-out at ``now``: its shift ended
    ``FORGOT_AFTER`` ago or its day is over (without a shift: the check-in's day is over)."""
    if shift_end is None:
        return now.date() > checked_in.date()
    return now >= shift_end + FORGOT_AFTER or now.date() > shift_end.date()


def close_forgotten(
    rule: CreditRule, shift_start: datetime | None, shift_end: datetime | None, checked_in: datetime
) -> ForgottenClosing:
    """Close a forgotten check-out at the shift end with the scheduled time (the part of the shift
    from check-in on, at the station's rounding). Without a shift there is no schedule: it closes at
    the check-in with nothing credited, and the coordinator enters the time while reviewing."""
    if shift_start is None or shift_end is None:
        return ForgottenClosing(checked_in, 0)
    scheduled = CreditRule(Basis.SCHEDULED, rule.rounding, True)
    closing = max(shift_end, checked_in)
    return ForgottenClosing(closing, credited_minutes(scheduled, shift_start, shift_end, checked_in, closing))


def period_days(first: date, last: date) -> int:
    """Days in a period, both ends included; refused when it ends before it starts."""
    if last < first:
        raise ValidationError("hours.bad_period", "the period ends before it starts")
    return (last - first).days + 1
