"""Continuing education (继续教育) of certified social workers: the hours owed per registration period.

National rules ask a registered social worker for at least 72 hours (助理社会工作师, assistant
social worker) or 90 hours (社会工作师 and above) of continuing education in each 3-year
registration period. The station's training sessions credit their minutes to whoever attended
(services/attendance.py); this module only knows the requirement and the period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from stationdesk.domain.errors import ValidationError

PERIOD_YEARS = 3


class Level(StrEnum):
    ASSISTANT = "assistant"  # 助理社会工作师
    SOCIAL_WORKER = "social_worker"  # 社会工作师 and above (高级社会工作师)


REQUIRED_MINUTES: dict[Level, int] = {Level.ASSISTANT: 72 * 60, Level.SOCIAL_WORKER: 90 * 60}


@dataclass(frozen=True)
class RegistrationPeriod:
    first_day: date
    last_day: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first_day <= day <= self.last_day


def _anniversary(day: date, years: int) -> date:
    """The same day ``years`` later (or earlier); 29 February falls on 1 March in other years."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def registration_period(first_day: date | None, today: date) -> RegistrationPeriod:
    """The 3 years from ``first_day`` (to the day before its third anniversary), or, with no first
    day, the 3 years ending ``today``."""
    if first_day is None:
        first_day = _anniversary(today + timedelta(days=1), -PERIOD_YEARS)
    elif first_day.year < 1900:
        raise ValidationError("ce.bad_period_start", "a registration period from 1900 on")
    return RegistrationPeriod(first_day, _anniversary(first_day, PERIOD_YEARS) - timedelta(days=1))


def hours_text(minutes: int) -> str:
    """Minutes as hours (学时 of 60 minutes) the way a ledger prints them: ``18``, ``2.5``, ``1.33``."""
    hours = minutes / 60
    return f"{hours:.2f}".rstrip("0").rstrip(".")
