"""Crediting rules (actual or scheduled time, rounding, no early credit), the forgot-to-check-out
rule, refusals of bad times, and the 6430 staffing figures."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.hours import (
    ROUNDING_STEPS,
    Basis,
    CreditRule,
    check_credited,
    close_forgotten,
    credited_minutes,
    forgotten,
    scheduled_minutes,
)
from stationdesk.domain.staffing import Measure, staffing_6430

START = datetime(2026, 11, 25, 14, 0)
END = datetime(2026, 11, 25, 17, 0)


def at(hour: int, minute: int = 0, day: int = 25) -> datetime:
    return datetime(2026, 11, day, hour, minute)


def test_actual_time_starts_at_the_shift_start_and_includes_staying_on() -> None:
    rule = CreditRule(Basis.ACTUAL)
    assert credited_minutes(rule, START, END, at(13, 30), at(17, 20)) == 200  # early: from 14:00
    assert credited_minutes(rule, START, END, at(14, 10), at(16, 0)) == 110
    early_counts = CreditRule(Basis.ACTUAL, no_early_credit=False)
    assert credited_minutes(early_counts, START, END, at(13, 30), at(17, 0)) == 210


def test_scheduled_time_is_the_part_of_the_shift_they_were_there_for() -> None:
    rule = CreditRule(Basis.SCHEDULED)
    assert credited_minutes(rule, START, END, at(13, 30), at(17, 40)) == 180
    assert credited_minutes(rule, START, END, at(14, 20), at(16, 0)) == 100
    assert credited_minutes(rule, START, END, at(17, 10), at(17, 30)) == 0  # came after the end


def test_rounding_is_down_to_the_step() -> None:
    assert credited_minutes(CreditRule(Basis.ACTUAL, 15), START, END, at(14), at(16, 59)) == 165
    assert credited_minutes(CreditRule(Basis.ACTUAL, 5), START, END, at(14), at(14, 4)) == 0
    assert scheduled_minutes(CreditRule(Basis.ACTUAL, 10), START, at(16, 25)) == 140


def test_without_a_shift_the_actual_time_counts() -> None:
    assert credited_minutes(CreditRule(Basis.SCHEDULED, 15), None, None, at(9), at(10, 20)) == 75


@pytest.mark.parametrize(
    ("shift", "stay", "code"),
    [
        ((START, END), (at(15), at(14)), "hours.out_before_in"),
        ((START, END), (at(9), at(10, day=26)), "hours.too_long"),
        ((END, START), (at(14), at(15)), "hours.shift_ends_before_start"),
        ((START, at(18, day=26)), (at(14), at(15)), "hours.shift_too_long"),
    ],
)
def test_bad_times_are_refused(
    shift: tuple[datetime, datetime], stay: tuple[datetime, datetime], code: str
) -> None:
    with pytest.raises(ValidationError) as info:
        credited_minutes(CreditRule(), *shift, *stay)
    assert info.value.code == code


@pytest.mark.parametrize("minutes", [-1, 24 * 60 + 1, 10_000])
def test_negative_or_absurd_credit_is_refused(minutes: int) -> None:
    with pytest.raises(ValidationError) as info:
        check_credited(minutes)
    assert info.value.code == "hours.bad_credit"


@pytest.mark.parametrize(("basis", "rounding", "code"), [("clock", 0, "hours.bad_basis"),
                                                         ("actual", 7, "hours.bad_rounding")])  # fmt: skip
def test_a_bad_rule_is_refused(basis: str, rounding: int, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        CreditRule(basis, rounding)  # type: ignore[arg-type]
    assert info.value.code == code


def test_a_forgotten_check_out_closes_at_the_shift_end_with_the_scheduled_time() -> None:
    rule = CreditRule(Basis.ACTUAL, 15)
    closing = close_forgotten(rule, START, END, at(14, 20))
    assert closing.ends_at == END and closing.minutes == 150 and closing.flag == "forgot_checkout"
    assert close_forgotten(rule, START, END, at(13)).minutes == 180
    assert not forgotten(at(14), END, at(18, 59))  # still there, or about to check out
    assert forgotten(at(14), END, at(19, 0))
    assert forgotten(at(14), END, at(8, day=26))
    assert not forgotten(at(9), None, at(23, 59)) and forgotten(at(9), None, at(0, 1, day=26))
    assert close_forgotten(rule, None, None, at(9)).minutes == 0


stays = st.tuples(
    st.integers(0, 24 * 60),  # check-in, minutes after 08:00
    st.integers(0, 24 * 60),  # stay
    st.integers(0, 60),  # more minutes to check out later
    st.sampled_from(ROUNDING_STEPS),
    st.sampled_from(list(Basis)),
    st.booleans(),
)


@given(stays)
def test_credited_time_obeys_the_rule(case: tuple[int, int, int, int, Basis, bool]) -> None:
    came, stay, later, step, basis, no_early = case
    rule = CreditRule(basis, step, no_early)
    day = datetime(2026, 11, 25, 8)
    checked_in = day + timedelta(minutes=came)
    checked_out = checked_in + timedelta(minutes=stay)
    credited = credited_minutes(rule, START, END, checked_in, checked_out)
    assert credited >= 0
    assert credited % step == 0 if step else True
    assert credited <= stay  # never more than the actual time
    if basis == Basis.SCHEDULED:
        assert credited <= 180  # never more than the scheduled time
    if stay + later <= 24 * 60:  # monotone in the check-out time
        assert (
            credited_minutes(rule, START, END, checked_in, checked_out + timedelta(minutes=later)) >= credited
        )


def test_6430_figures_say_which_targets_are_met() -> None:
    staffing = staffing_6430(full_time=6, certified=3, volunteers=31)
    assert [(f.measure, f.count, f.target, f.met) for f in staffing.figures] == [
        (Measure.FULL_TIME, 6, 6, True),
        (Measure.CERTIFIED, 3, 4, False),
        (Measure.VOLUNTEERS, 31, 30, True),
    ]
    assert not staffing.met and staffing_6430(7, 4, 30).met
    with pytest.raises(ValueError):
        staffing_6430(3, 4, 0)  # the certified are among the full-time staff
