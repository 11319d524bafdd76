"""The holiday calendar of session series: the library's data for a known year, a clear refusal after."""

from __future__ import annotations

from datetime import date

import pytest

from stationdesk.domain.training import HolidaysUnknown, weekly_series, workday_series
from stationdesk.services.holidays import day_kind, ignoring_holidays


def test_national_day_is_a_holiday_and_a_plain_weekend_is_not() -> None:
    assert day_kind(date(2026, 10, 1)).holiday
    saturday = day_kind(date(2026, 11, 28))
    assert saturday.day_off and not saturday.holiday
    assert not day_kind(date(2026, 11, 30)).day_off


def test_a_tuesday_series_over_national_day_runs_on_a_week_longer() -> None:
    dates, skipped = weekly_series(date(2026, 9, 22), 4, day_kind)
    assert skipped == [date(2026, 10, 6)]
    assert dates[-1] == date(2026, 10, 20)


def test_a_workday_series_takes_the_make_up_workday_of_the_national_day_week() -> None:
    dates, _ = workday_series(date(2026, 9, 21), 15, day_kind)
    make_up = [day for day in dates if day.weekday() >= 5]
    assert make_up, "the 2026 National Day 调休 has a weekend workday"
    assert all(not day_kind(day).day_off for day in dates)


def test_a_year_not_yet_announced_is_refused_and_can_be_planned_without_holidays() -> None:
    with pytest.raises(HolidaysUnknown) as unknown:
        weekly_series(date(2027, 3, 2), 6, day_kind)
    assert unknown.value.year == 2027
    dates, skipped = weekly_series(date(2027, 3, 2), 6, ignoring_holidays)
    assert len(dates) == 6 and skipped == []
