"""The shift rules: holiday-aware series around the Spring Festival and National Day (real 2025 and
2026 dates from chinese-calendar), roles templates, clashes, shift lengths."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.shifts import (
    RoleSpec,
    SkippedDay,
    SkipReason,
    check_roles,
    check_times,
    overlaps,
    parse_roles,
    roles_json,
    series_days,
)
from stationdesk.domain.training import HolidaysUnknown
from stationdesk.services.holidays import day_kind, ignoring_holidays

HOLIDAY, MAKEUP = SkipReason.HOLIDAY, SkipReason.MAKEUP_WORKDAY


def test_a_wednesday_series_skips_new_year_and_the_2025_spring_festival() -> None:
    plan = series_days(date(2025, 1, 1), date(2025, 2, 12), 1, day_kind)
    assert plan.skipped == [SkippedDay(date(2025, 1, 1), HOLIDAY), SkippedDay(date(2025, 1, 29), HOLIDAY)]
    assert plan.days == [
        date(2025, 1, 8),
        date(2025, 1, 15),
        date(2025, 1, 22),
        date(2025, 2, 5),
        date(2025, 2, 12),
    ]


def test_a_sunday_series_skips_the_makeup_workday_before_the_2025_spring_festival() -> None:
    plan = series_days(date(2025, 1, 19), date(2025, 2, 9), 1, day_kind)
    assert plan.skipped == [SkippedDay(date(2025, 1, 26), MAKEUP)]
    # 2 February is a Sunday inside the holiday: a day off like any weekend, kept
    assert plan.days == [date(2025, 1, 19), date(2025, 2, 2), date(2025, 2, 9)]


def test_a_saturday_series_skips_the_makeup_workdays_of_the_2026_spring_festival() -> None:
    plan = series_days(date(2026, 2, 7), date(2026, 3, 7), 1, day_kind)
    assert plan.skipped == [SkippedDay(date(2026, 2, 14), MAKEUP), SkippedDay(date(2026, 2, 28), MAKEUP)]
    assert plan.days == [date(2026, 2, 7), date(2026, 2, 21), date(2026, 3, 7)]


def test_a_monday_series_skips_the_2026_spring_festival_mondays() -> None:
    plan = series_days(date(2026, 2, 9), date(2026, 3, 2), 1, day_kind)
    assert [s.day for s in plan.skipped] == [date(2026, 2, 16), date(2026, 2, 23)]
    assert plan.days == [date(2026, 2, 9), date(2026, 3, 2)]


def test_national_day_2025_weekday_and_weekend_series() -> None:
    wednesdays = series_days(date(2025, 9, 24), date(2025, 10, 15), 1, day_kind)
    assert [s.day for s in wednesdays.skipped] == [date(2025, 10, 1), date(2025, 10, 8)]
    assert wednesdays.days == [date(2025, 9, 24), date(2025, 10, 15)]
    saturdays = series_days(date(2025, 9, 27), date(2025, 10, 18), 1, day_kind)
    assert saturdays.skipped == [SkippedDay(date(2025, 10, 11), MAKEUP)]
    assert saturdays.days == [date(2025, 9, 27), date(2025, 10, 4), date(2025, 10, 18)]
    sundays = series_days(date(2025, 9, 21), date(2025, 10, 5), 1, day_kind)
    assert sundays.skipped == [SkippedDay(date(2025, 9, 28), MAKEUP)]


def test_every_second_week_and_until_is_inclusive() -> None:
    plan = series_days(date(2026, 9, 2), date(2026, 10, 14), 2, day_kind)
    assert plan.days == [date(2026, 9, 2), date(2026, 9, 16), date(2026, 9, 30), date(2026, 10, 14)]
    assert plan.skipped == []


def test_without_holiday_data_nothing_is_skipped() -> None:
    plan = series_days(date(2026, 9, 26), date(2026, 10, 10), 1, ignoring_holidays)
    assert plan.days == [date(2026, 9, 26), date(2026, 10, 3), date(2026, 10, 10)]


def test_a_year_the_calendar_does_not_know_is_refused() -> None:
    with pytest.raises(HolidaysUnknown) as caught:
        series_days(date(2026, 12, 2), date(2027, 1, 20), 1, day_kind)
    assert caught.value.code == "training.holidays_unknown" and caught.value.year == 2027


@pytest.mark.parametrize(
    ("first", "until", "every", "code"),
    [
        (date(2026, 3, 4), date(2026, 3, 3), 1, "shifts.until_before_first"),
        (date(2026, 3, 4), date(2026, 4, 3), 0, "shifts.bad_interval"),
        (date(2026, 3, 4), date(2026, 4, 3), 53, "shifts.bad_interval"),
        (date(2014, 1, 1), date(2026, 1, 1), 1, "shifts.series_too_long"),
    ],
)
def test_bad_series_are_refused(first: date, until: date, every: int, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        series_days(first, until, every, day_kind)
    assert caught.value.code == code


@settings(max_examples=60, deadline=None)
@given(
    first=st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 6, 30)),
    weeks=st.integers(min_value=0, max_value=70),
    every=st.integers(min_value=1, max_value=4),
)
def test_series_property(first: date, weeks: int, every: int) -> None:
    until = min(first + timedelta(weeks=weeks), date(2026, 12, 31))
    plan = series_days(first, until, every, day_kind)
    assert all(a < b for a, b in zip(plan.days, plan.days[1:], strict=False))
    assert all(first <= day <= until and day.weekday() == first.weekday() for day in plan.days)
    if first.weekday() < 5:
        assert not any(day_kind(day).holiday for day in plan.days)
    else:
        assert all(day_kind(day).day_off for day in plan.days)
    assert len(plan.days) + len(plan.skipped) == (until - first).days // (7 * every) + 1


def test_roles_round_trip_and_trimmed_names() -> None:
    roles = check_roles([RoleSpec(" 司机 ", 2), RoleSpec("帮手", 6)])
    assert roles == (RoleSpec("司机", 2), RoleSpec("帮手", 6))
    assert parse_roles(roles_json(roles)) == roles
    assert "司机" in roles_json(roles)


@pytest.mark.parametrize(
    ("roles", "code"),
    [
        ([], "shifts.roles_required"),
        ([RoleSpec(f"角色{i}", 1) for i in range(11)], "shifts.too_many_roles"),
        ([RoleSpec("  ", 1)], "shifts.role_name_required"),
        ([RoleSpec("长" * 33, 1)], "shifts.role_name_too_long"),
        ([RoleSpec("司机", 0)], "shifts.bad_capacity"),
        ([RoleSpec("司机", 51)], "shifts.bad_capacity"),
        ([RoleSpec("司机", True)], "shifts.bad_capacity"),  # type: ignore[arg-type]
        ([RoleSpec("司机", 2), RoleSpec("司机 ", 1)], "shifts.duplicate_role"),
    ],
)
def test_bad_roles_are_refused(roles: list[RoleSpec], code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_roles(roles)
    assert caught.value.code == code


@pytest.mark.parametrize(
    "text", ["", "not json", '{"name": "司机"}', '[{"name": "司机"}]', '[{"name": 1, "capacity": 2}]']
)
def test_a_bad_roles_template_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_roles(text)
    assert caught.value.code == "shifts.bad_roles"


def test_overlaps_and_times() -> None:
    at = datetime(2026, 3, 4, 14)
    assert overlaps(at, at + timedelta(hours=3), at + timedelta(hours=2), at + timedelta(hours=4))
    assert not overlaps(at, at + timedelta(hours=3), at + timedelta(hours=3), at + timedelta(hours=4))
    assert overlaps(at, at + timedelta(hours=4), at + timedelta(hours=1), at + timedelta(hours=2))
    check_times(at, at + timedelta(days=1))
    for end, code in (
        (at, "shifts.ends_before_start"),
        (at + timedelta(hours=25), "shifts.longer_than_a_day"),
    ):
        with pytest.raises(ValidationError) as caught:
            check_times(at, end)
        assert caught.value.code == code
