"""China's public holidays and make-up workdays (调休) for session series, from the maintained
``chinese-calendar`` library (MIT). It knows a year once the State Council has announced it,
usually in November for the next year; for a year it does not know yet, the series is refused with
:class:`~stationdesk.domain.training.HolidaysUnknown` so that the user can plan without skipping or
update StationDesk."""

from __future__ import annotations

from datetime import date

import chinese_calendar

from stationdesk.domain.training import DayKind, HolidaysUnknown


def day_kind(day: date) -> DayKind:
    try:
        off, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        raise HolidaysUnknown(day.year) from None
    return DayKind(day_off=off, holiday=off and name is not None)


def ignoring_holidays(day: date) -> DayKind:
    """The calendar for a series planned without holiday data: weekends off, nothing else."""
    return DayKind(day_off=day.weekday() >= 5)
