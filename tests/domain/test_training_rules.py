"""Training rules: completion (share or count), and session series around holidays and 调休."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.training import (
    CompletionRule,
    DayKind,
    HolidaysUnknown,
    RuleKind,
    weekly_series,
    workday_series,
)

# A made-up calendar: 2026-10-01..07 holidays, Sunday 2026-09-27 and Saturday 10-10 make-up workdays.
HOLIDAYS = {date(2026, 10, 1) + timedelta(days=n) for n in range(7)}
MAKE_UP = {date(2026, 9, 27), date(2026, 10, 10)}


def calendar(day: date) -> DayKind:
    if day.year > 2026:
        raise HolidaysUnknown(day.year)
    if day in HOLIDAYS:
        return DayKind(day_off=True, holiday=True)
    if day in MAKE_UP:
        return DayKind(day_off=False)
    return DayKind(day_off=day.weekday() >= 5)


@given(st.integers(1, 100), st.integers(1, 60))
def test_a_share_rule_asks_the_fewest_sessions_that_reach_the_share(value: int, held: int) -> None:
    rule = CompletionRule(RuleKind.SHARE, value)
    needed = rule.sessions_needed(held)
    assert needed * 100 >= value * held  # enough
    assert (needed - 1) * 100 < value * held  # and no more than needed
    assert rule.met(needed, held) and not rule.met(needed - 1, held)


@given(st.integers(1, 30), st.integers(1, 30), st.integers(0, 30))
def test_a_count_rule_asks_n_sessions_or_all_if_fewer_were_held(value: int, held: int, attended: int) -> None:
    attended = min(attended, held)
    rule = CompletionRule(RuleKind.COUNT, value)
    assert rule.met(attended, held) == (attended >= min(value, held) and attended > 0)


def test_eighty_percent_of_six_sessions_is_five() -> None:
    rule = CompletionRule(RuleKind.SHARE, 80)
    assert rule.sessions_needed(6) == 5
    assert rule.met(5, 6) and not rule.met(4, 6)
    assert not rule.met(0, 0)


@pytest.mark.parametrize(("kind", "value", "code"), [(RuleKind.SHARE, 0, "training.bad_share"),
                                                     (RuleKind.SHARE, 101, "training.bad_share"),
                                                     (RuleKind.COUNT, 0, "training.bad_count")])  # fmt: skip
def test_a_rule_out_of_range_is_refused(kind: RuleKind, value: int, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        CompletionRule(kind, value)
    assert refused.value.code == code


def test_every_tuesday_for_six_weeks_skips_the_national_day_week() -> None:
    dates, skipped = weekly_series(date(2026, 9, 15), 6, calendar)
    assert skipped == [date(2026, 10, 6)]
    assert dates == [date(2026, 9, 15), date(2026, 9, 22), date(2026, 9, 29), date(2026, 10, 13),
                     date(2026, 10, 20), date(2026, 10, 27)]  # fmt: skip


@given(st.dates(date(2026, 8, 1), date(2026, 10, 31)), st.integers(1, 8), st.integers(1, 2))
def test_a_weekly_series_keeps_its_weekday_and_its_count(first: date, count: int, every: int) -> None:
    try:
        dates, skipped = weekly_series(first, count, calendar, every)
    except HolidaysUnknown:
        return
    assert len(dates) == count and dates == sorted(set(dates))
    assert {d.weekday() for d in dates} == {first.weekday()}
    assert not HOLIDAYS & set(dates) and set(skipped) <= HOLIDAYS


def test_a_workday_series_takes_the_make_up_workdays() -> None:
    dates, skipped = workday_series(date(2026, 9, 25), 6, calendar)
    assert dates == [date(2026, 9, 25), date(2026, 9, 27), date(2026, 9, 28), date(2026, 9, 29),
                     date(2026, 9, 30), date(2026, 10, 8)]  # fmt: skip
    assert skipped == sorted(HOLIDAYS)


def test_a_year_without_holiday_data_is_said_so() -> None:
    with pytest.raises(HolidaysUnknown) as unknown:
        weekly_series(date(2026, 12, 15), 6, calendar)
    assert (unknown.value.code, unknown.value.params) == ("training.holidays_unknown", {"year": 2027})


@pytest.mark.parametrize("count", [0, 201])
def test_a_series_has_one_to_two_hundred_sessions(count: int) -> None:
    with pytest.raises(ValidationError):
        weekly_series(date(2026, 9, 15), count, calendar)
