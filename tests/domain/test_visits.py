"""The key-target visit rate: who is due a visit in a period, and who got one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.visits import (
    DEFAULT_CADENCE,
    NOT_VISITED,
    Cadence,
    Coverage,
    Enrolment,
    Exemption,
    ExemptionReason,
    GroupRate,
    Period,
    Tier,
    Visit,
    attributed_periods,
    coverage,
    period_of,
    periods_between,
)

COUNTING = frozenset({"home", "phone", "video"})
LATER = date(2030, 1, 1)  # a "today" after every period in these tests: everything is settled
FEB_2024 = period_of(date(2024, 2, 1), Cadence.MONTH)  # five ISO weeks: Thursdays 1, 8, 15, 22, 29
MAR_2024 = period_of(date(2024, 3, 1), Cadence.MONTH)  # 31 days, middle day the 16th


def target(
    target_id: str = "t1",
    tier: str = Tier.KEY,
    start: date = date(2023, 1, 1),
    end: date | None = None,
    worker: str = "w1",
    grid: str = "g1",
) -> Enrolment:
    return Enrolment(target_id, f"p-{target_id}", tier, start, end, worker, grid)


def run(
    enrolments: Sequence[Enrolment],
    visits: Sequence[Visit] = (),
    exemptions: Sequence[Exemption] = (),
    period: Period = MAR_2024,
    today: date = LATER,
    counting: frozenset[str] = COUNTING,
    cadence_of: dict[str, Cadence] | None = None,
) -> Coverage:
    mapping = DEFAULT_CADENCE if cadence_of is None else cadence_of
    return coverage(enrolments, visits, exemptions, counting, mapping, period, today)


def home(on: date, target_id: str = "t1") -> Visit:
    return Visit(target_id, on, "home")


# --- periods -----------------------------------------------------------------------------------------


def test_period_of_each_cadence() -> None:
    day = date(2024, 2, 29)  # a Thursday in a leap February
    assert period_of(day, Cadence.WEEK) == Period(date(2024, 2, 26), date(2024, 3, 3), Cadence.WEEK)
    assert period_of(day, Cadence.MONTH) == Period(date(2024, 2, 1), date(2024, 2, 29), Cadence.MONTH)
    assert period_of(day, Cadence.QUARTER) == Period(date(2024, 1, 1), date(2024, 3, 31), Cadence.QUARTER)
    assert period_of(date(2024, 12, 31), "quarter").start == date(2024, 10, 1)


def test_iso_weeks_run_monday_to_sunday_across_the_new_year() -> None:
    week = period_of(date(2025, 1, 1), Cadence.WEEK)
    assert (week.start, week.end) == (date(2024, 12, 30), date(2025, 1, 5))
    assert week.code == "2025-W01"
    assert week.middle == date(2025, 1, 2)  # its Thursday


def test_period_codes_and_middles() -> None:
    assert FEB_2024.code == "2024-02" and FEB_2024.middle == date(2024, 2, 15)
    assert MAR_2024.middle == date(2024, 3, 16)
    assert period_of(date(2024, 4, 1), Cadence.MONTH).middle == date(2024, 4, 15)
    assert period_of(date(2024, 5, 5), Cadence.QUARTER).code == "2024-Q2"


def test_only_whole_calendar_periods_are_accepted() -> None:
    with pytest.raises(ValidationError) as caught:
        Period(date(2024, 3, 5), date(2024, 4, 4), Cadence.MONTH)
    assert caught.value.code == "visits.period_not_calendar"
    with pytest.raises(ValidationError):
        Period(date(2024, 3, 5), date(2024, 3, 11), Cadence.WEEK)  # a Tuesday start


def test_periods_between_lists_every_overlapping_period() -> None:
    months = periods_between(date(2024, 1, 31), date(2024, 4, 1), Cadence.MONTH)
    assert [p.code for p in months] == ["2024-01", "2024-02", "2024-03", "2024-04"]
    assert periods_between(date(2024, 2, 1), date(2024, 1, 1), Cadence.WEEK) == []
    assert len(periods_between(date(2024, 1, 1), date(2024, 12, 31), Cadence.WEEK)) == 53  # W01..2025-W01


def test_week_straddling_two_months_counts_in_the_month_of_its_thursday() -> None:
    straddling = period_of(date(2024, 1, 30), Cadence.WEEK)  # Mon 29 Jan .. Sun 4 Feb, Thursday 1 Feb
    jan = period_of(date(2024, 1, 1), Cadence.MONTH)
    assert straddling not in attributed_periods(jan, Cadence.WEEK)
    assert straddling in attributed_periods(FEB_2024, Cadence.WEEK)
    assert len(attributed_periods(FEB_2024, Cadence.WEEK)) == 5
    assert len(attributed_periods(MAR_2024, Cadence.WEEK)) == 4  # 26 Feb .. 3 Mar went to February


# --- rule: weekly targets once per week -------------------------------------------------------------


def test_weekly_target_is_due_once_per_iso_week_of_a_five_week_month() -> None:
    high = target(tier=Tier.HIGH_RISK)
    visits = [
        home(date(2024, 1, 30)),
        home(date(2024, 2, 14)),
        home(date(2024, 2, 15)),
        home(date(2024, 3, 2)),
    ]
    result = run([high], visits, period=FEB_2024)
    assert (result.due, result.visited) == (5, 3)  # two visits in one week count once
    assert result.rate == Fraction(3, 5)
    assert [m.period.start for m in result.misses] == [date(2024, 2, 5), date(2024, 2, 19)]
    assert {m.reason for m in result.misses} == {NOT_VISITED}
    # A visit on a January or March day of a February week counts for February.
    assert [h.visited_on for h in result.hits] == [date(2024, 1, 30), date(2024, 2, 14), date(2024, 3, 2)]


def test_a_straddling_week_is_counted_in_one_month_only() -> None:
    high = target(tier=Tier.HIGH_RISK)
    visits = [home(date(2024, 1, d)) for d in (2, 9, 16, 23, 30)]
    jan = run([high], visits, period=period_of(date(2024, 1, 1), Cadence.MONTH))
    feb = run([high], visits, period=FEB_2024)
    assert (jan.due, jan.visited) == (4, 4)
    assert (feb.due, feb.visited) == (5, 1)


# --- rule: monthly and quarterly targets ------------------------------------------------------------


def test_monthly_target_is_due_once_and_any_day_of_the_month_counts() -> None:
    assert (run([target()], [home(date(2024, 3, 31))]).visited, run([target()]).due) == (1, 1)
    last_month = run([target()], [home(date(2024, 2, 29))])
    assert (last_month.due, last_month.visited, last_month.rate) == (1, 0, Fraction(0))


def test_quarterly_target_is_due_only_in_the_last_month_of_its_quarter() -> None:
    general = target(tier=Tier.GENERAL)
    visits = [home(date(2024, 1, 15))]
    for month, due in ((1, 0), (2, 0), (3, 1)):
        result = run([general], visits, period=period_of(date(2024, month, 1), Cadence.MONTH))
        assert (result.due, result.visited) == (due, due)  # the January visit counts in March
    assert run([general], visits, period=period_of(date(2024, 1, 1), Cadence.MONTH)).rate is None
    quarter = run([general], visits, period=period_of(date(2024, 1, 1), Cadence.QUARTER))
    assert (quarter.due, quarter.visited) == (1, 1)


def test_quarterly_target_visited_last_quarter_is_missed_this_quarter() -> None:
    result = run([target(tier=Tier.GENERAL)], [home(date(2023, 12, 20))])
    assert (result.due, result.visited) == (1, 0)


def test_a_quarter_report_counts_every_week_and_month_of_the_quarter() -> None:
    q1 = period_of(date(2024, 1, 1), Cadence.QUARTER)
    assert run([target(tier=Tier.HIGH_RISK)], period=q1).due == 13  # Thursdays 4 Jan .. 28 Mar
    assert run([target(tier=Tier.KEY)], period=q1).due == 3


def test_a_week_report_counts_a_monthly_target_in_the_week_of_the_month_end() -> None:
    key = target()
    weeks = periods_between(date(2024, 3, 4), date(2024, 4, 28), Cadence.WEEK)
    due = {week.code: run([key], period=week).due for week in weeks}
    assert due["2024-W13"] == 1  # Mon 25 .. Sun 31 March
    assert sum(due.values()) == 1


def test_the_administrator_may_change_the_cadence_of_a_tier() -> None:
    weekly_key = {**DEFAULT_CADENCE, Tier.KEY: Cadence.WEEK}
    assert run([target()], cadence_of=weekly_key).due == 4
    assert run([target(tier="custom")], cadence_of={"custom": Cadence.MONTH}).due == 1


def test_a_tier_without_a_cadence_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        run([target(tier="custom")])
    assert caught.value.code == "visits.tier_without_cadence"
    assert caught.value.params == {"tier": "custom"}


# --- rule: enrolment starting late or ending early ----------------------------------------------------


@pytest.mark.parametrize(
    ("tier", "start", "due"),
    [
        (Tier.KEY, date(2024, 3, 24), 1),  # 8 days left
        (Tier.KEY, date(2024, 3, 25), 0),  # the last 7 days of March
        (Tier.HIGH_RISK, date(2024, 3, 29), 1),  # a Friday: 3 days left in the week
        (Tier.HIGH_RISK, date(2024, 3, 30), 0),  # a Saturday: 2 days left
        (Tier.GENERAL, date(2024, 3, 1), 1),  # 31 days left in Q1
        (Tier.GENERAL, date(2024, 3, 2), 0),  # the last 30 days of Q1
        (Tier.KEY, date(2024, 4, 1), 0),  # not yet enrolled
    ],
)
def test_a_target_enrolled_late_in_a_period_is_not_due_in_it(tier: Tier, start: date, due: int) -> None:
    period = period_of(date(2024, 3, 25), Cadence.WEEK) if tier is Tier.HIGH_RISK else MAR_2024
    assert run([target(tier=tier, start=start)], period=period).due == due


@pytest.mark.parametrize(
    ("tier", "end", "due"),
    [
        (Tier.KEY, date(2024, 3, 15), 0),  # left before the middle day (16 March)
        (Tier.KEY, date(2024, 3, 16), 1),  # on the middle day
        (Tier.KEY, date(2024, 2, 28), 0),  # left last month
        (Tier.HIGH_RISK, date(2024, 3, 27), 0),  # left on the Wednesday of 25..31 March
        (Tier.HIGH_RISK, date(2024, 3, 28), 1),  # on the Thursday
        (Tier.GENERAL, date(2024, 2, 15), 1),  # Q1 2024 has 91 days, middle day 15 February
        (Tier.GENERAL, date(2024, 2, 14), 0),
    ],
)
def test_a_target_whose_enrolment_ends_before_the_middle_day_is_not_due(
    tier: Tier, end: date, due: int
) -> None:
    period = period_of(date(2024, 3, 25), Cadence.WEEK) if tier is Tier.HIGH_RISK else MAR_2024
    assert run([target(tier=tier, end=end)], period=period).due == due


def test_an_enrolment_both_starting_and_ending_inside_the_month_is_due_when_long_enough() -> None:
    assert run([target(start=date(2024, 3, 5), end=date(2024, 3, 20))]).due == 1
    assert run([target(start=date(2024, 3, 10), end=date(2024, 3, 16))]).due == 0  # only 7 days


def test_a_tier_change_counts_each_enrolment_on_its_own_cadence() -> None:
    # Monthly until 19 March, then high-risk: March is due once as key, and for the weeks from 25 March.
    key = target(end=date(2024, 3, 19))
    high = target(tier=Tier.HIGH_RISK, start=date(2024, 3, 20))
    result = run([key, high], [home(date(2024, 3, 4)), home(date(2024, 3, 27))])
    assert [(h.target.tier, h.period.code) for h in result.hits] == [
        ("key", "2024-03"),
        ("high_risk", "2024-W13"),
    ]
    assert [(m.target.tier, m.period.code) for m in result.misses] == [("high_risk", "2024-W12")]


def test_an_enrolment_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(ValidationError):
        target(start=date(2024, 3, 2), end=date(2024, 3, 1))
    with pytest.raises(ValidationError):
        Exemption("t1", ExemptionReason.AWAY, date(2024, 3, 2), date(2024, 3, 1))


# --- rule: exemptions --------------------------------------------------------------------------------


def hospital(start: date, end: date | None = None) -> Exemption:
    return Exemption("t1", ExemptionReason.HOSPITAL, start, end)


def test_an_exemption_begun_by_the_middle_day_removes_the_target() -> None:
    assert run([target()], exemptions=[hospital(date(2024, 3, 10))]).due == 0
    assert run([target()], exemptions=[hospital(date(2024, 3, 16), date(2024, 4, 30))]).due == 0
    deceased = Exemption("t1", ExemptionReason.DECEASED, date(2023, 11, 2), None)
    assert run([target()], exemptions=[deceased]).due == 0


def test_an_exemption_begun_after_the_middle_day_leaves_the_target_due_with_its_reason() -> None:
    result = run([target()], exemptions=[hospital(date(2024, 3, 20))])
    assert (result.due, result.visited) == (1, 0)
    assert [m.reason for m in result.misses] == ["hospital"]
    visited = run([target()], [home(date(2024, 3, 5))], [hospital(date(2024, 3, 20))])
    assert (visited.due, visited.visited, visited.misses) == (1, 1, ())


def test_a_short_exemption_mid_month_does_not_excuse_the_visit() -> None:
    result = run([target()], exemptions=[hospital(date(2024, 3, 10), date(2024, 3, 12))])
    assert [m.reason for m in result.misses] == ["hospital"]


def test_a_miss_shows_the_reason_of_the_latest_exemption_in_the_period() -> None:
    short_stay = hospital(date(2024, 3, 2), date(2024, 3, 4))
    away = Exemption("t1", ExemptionReason.AWAY, date(2024, 3, 20), None)
    assert [m.reason for m in run([target()], exemptions=[away, short_stay]).misses] == ["away"]


def test_back_from_an_exemption_in_the_last_days_is_like_a_late_enrolment() -> None:
    assert run([target()], exemptions=[hospital(date(2024, 2, 1), date(2024, 3, 25))]).due == 0  # 6 days left
    assert run([target()], exemptions=[hospital(date(2024, 2, 1), date(2024, 3, 20))]).due == 1
    away_most_of_the_month = [hospital(date(2024, 3, 3), date(2024, 3, 28))]  # 1–2 and 29–31 March free
    assert run([target()], exemptions=away_most_of_the_month).due == 0


def test_an_exemption_of_another_target_or_another_month_does_not_matter() -> None:
    other = Exemption("t2", ExemptionReason.MOVED, date(2024, 1, 1), None)
    assert run([target()], exemptions=[other]).misses[0].reason == NOT_VISITED
    over = hospital(date(2024, 1, 5), date(2024, 2, 10))
    assert run([target()], exemptions=[over]).misses[0].reason == NOT_VISITED


def test_exemptions_only_remove_the_weeks_they_cover() -> None:
    away = Exemption("t1", ExemptionReason.AWAY, date(2024, 3, 13), None)  # Wednesday of 11..17 March
    result = run([target(tier=Tier.HIGH_RISK)], [home(date(2024, 3, 5))], [away])
    assert (result.due, result.visited) == (1, 1)  # the week of 4 March only


# --- rule: counting methods --------------------------------------------------------------------------


def test_only_counting_methods_count_as_a_visit() -> None:
    pairing = [Visit("t1", date(2024, 3, 8), "pairing")]
    assert run([target()], pairing).visited == 0
    assert run([target()], pairing, counting=COUNTING | {"pairing"}).visited == 1
    assert run([target()], [Visit("t1", date(2024, 3, 8), "phone")]).visited == 1


def test_visits_of_another_target_do_not_count() -> None:
    assert run([target()], [home(date(2024, 3, 8), "t2")]).visited == 0


# --- rule: periods still running ---------------------------------------------------------------------


def test_a_running_period_shows_pending_targets_with_the_days_left() -> None:
    today = date(2024, 3, 20)  # a Wednesday
    result = run([target("k"), target("h", Tier.HIGH_RISK)], today=today)
    assert [(p.target.target_id, p.period.code, p.days_left) for p in result.pending] == [
        ("k", "2024-03", 12),
        ("h", "2024-W12", 5),
    ]
    # The weeks of 4 and 11 March are over; the week of 25 March has not begun and does not count yet.
    assert [m.period.code for m in result.misses] == ["2024-W10", "2024-W11"]
    assert (result.due, result.visited) == (4, 0)


def test_a_visit_turns_pending_into_visited_and_the_last_day_has_one_day_left() -> None:
    assert run([target()], [home(date(2024, 3, 2))], today=date(2024, 3, 20)).pending == ()
    assert run([target()], today=date(2024, 3, 31)).pending[0].days_left == 1
    assert run([target()], today=date(2024, 4, 1)).misses[0].reason == NOT_VISITED


def test_a_future_report_period_has_nobody_due_yet() -> None:
    result = run([target()], today=date(2024, 2, 10))
    assert (result.due, result.rate) == (0, None)


# --- grouping ----------------------------------------------------------------------------------------


def test_grouping_by_grid_and_by_worker() -> None:
    enrolments = [
        target("a", worker="w1", grid="g1"),
        target("b", worker="w1", grid="g2"),
        target("c", worker="w2", grid="g2"),
        target("d", worker="w2", grid="g2", start=date(2024, 3, 30)),  # not due
    ]
    result = run(
        enrolments, [home(date(2024, 3, 3), "a"), home(date(2024, 3, 3), "c")], today=date(2024, 3, 20)
    )
    assert result.by_grid() == {"g1": GroupRate(1, 1), "g2": GroupRate(2, 1)}
    assert result.by_worker() == {"w1": GroupRate(2, 1), "w2": GroupRate(1, 1)}
    assert result.by_grid()["g2"].rate == Fraction(1, 2)
    assert (result.due, result.visited, result.rate) == (3, 2, Fraction(2, 3))


def test_empty_input_has_no_rate() -> None:
    result = run([])
    assert (result.due, result.visited, result.rate, result.by_grid()) == (0, 0, None, {})


# --- properties --------------------------------------------------------------------------------------

BASE = date(2023, 10, 1)
days = st.integers(0, 550).map(lambda n: BASE + timedelta(days=n))
target_ids = st.sampled_from(["t1", "t2", "t3"])
cadences = st.sampled_from(list(Cadence))


@st.composite
def enrolments_st(draw: st.DrawFn) -> Enrolment:
    start = draw(days)
    length = draw(st.none() | st.integers(0, 200))
    return Enrolment(
        draw(target_ids),
        "p",
        draw(st.sampled_from(list(Tier))),
        start,
        None if length is None else start + timedelta(days=length),
        draw(st.sampled_from(["w1", "w2"])),
        draw(st.sampled_from(["g1", "g2"])),
    )


@st.composite
def exemptions_st(draw: st.DrawFn) -> Exemption:
    start = draw(days)
    length = draw(st.none() | st.integers(0, 60))
    reason = draw(st.sampled_from(list(ExemptionReason)))
    return Exemption(
        draw(target_ids), reason, start, None if length is None else start + timedelta(days=length)
    )


visits_st = st.builds(Visit, target_ids, days, st.sampled_from(["home", "phone", "pairing"]))
scenario = st.fixed_dictionaries(
    {
        "enrolments": st.lists(enrolments_st(), max_size=5),
        "visits": st.lists(visits_st, max_size=25),
        "exemptions": st.lists(exemptions_st(), max_size=3),
        "period": st.builds(period_of, days, cadences),
        "today": days,
    }
)


def run_scenario(s: dict, **changes: object) -> Coverage:
    s = {**s, **changes}
    return coverage(
        s["enrolments"], s["visits"], s["exemptions"], COUNTING, DEFAULT_CADENCE, s["period"], s["today"]
    )


@given(scenario)
def test_visited_never_exceeds_due_and_the_rate_stays_in_range(s: dict) -> None:
    result = run_scenario(s)
    assert 0 <= result.visited <= result.due
    assert result.rate is None if result.due == 0 else 0 <= result.rate <= 1
    assert all(s["today"] in p.period and p.days_left >= 1 for p in result.pending)
    assert all(m.period.end < s["today"] for m in result.misses)
    groups = result.by_grid().values()
    assert sum(g.due for g in groups) == result.due and sum(g.visited for g in groups) == result.visited


@given(scenario, target_ids, days)
def test_a_counting_visit_never_lowers_the_rate(s: dict, target_id: str, on: date) -> None:
    before = run_scenario(s)
    after = run_scenario(s, visits=[*s["visits"], Visit(target_id, on, "home")])
    assert after.due == before.due
    assert after.visited >= before.visited
    if before.rate is not None:
        assert after.rate is not None and after.rate >= before.rate


@given(scenario, st.data())
def test_removing_an_enrolment_never_raises_its_targets_due_count(s: dict, data: st.DataObject) -> None:
    enrolments = s["enrolments"]
    if not enrolments:
        return
    index = data.draw(st.integers(0, len(enrolments) - 1))
    removed = enrolments[index]

    def due_of(result: Coverage) -> int:
        items = (*result.hits, *result.misses, *result.pending)
        return sum(1 for item in items if item.target.target_id == removed.target_id)

    before = run_scenario(s)
    after = run_scenario(s, enrolments=enrolments[:index] + enrolments[index + 1 :])
    assert due_of(after) <= due_of(before)
    assert after.due <= before.due


@given(scenario, days)
def test_an_exemption_never_raises_the_due_count(s: dict, start: date) -> None:
    before = run_scenario(s)
    more = [*s["exemptions"], Exemption("t1", ExemptionReason.AWAY, start, None)]
    assert run_scenario(s, exemptions=more).due <= before.due


def test_every_week_of_a_year_counts_in_exactly_one_month() -> None:
    months = periods_between(date(2023, 12, 1), date(2025, 1, 31), Cadence.MONTH)
    counted = [week for month in months for week in attributed_periods(month, Cadence.WEEK)]
    weeks_2024 = periods_between(date(2024, 1, 1), date(2024, 12, 31), Cadence.WEEK)
    assert all(counted.count(week) == 1 for week in weeks_2024)


@given(days, cadences, cadences)
def test_every_cadence_period_counts_in_exactly_one_report_period(
    day: date, own: Cadence, report: Cadence
) -> None:
    period = period_of(day, own)
    reports = periods_between(period.start - timedelta(days=100), period.end + timedelta(days=100), report)
    assert sum(1 for r in reports if period in attributed_periods(r, own)) == 1


@given(scenario)
def test_a_result_is_unchanged_by_input_order(s: dict) -> None:
    before = run_scenario(s)
    after = run_scenario(s, visits=s["visits"][::-1], exemptions=s["exemptions"][::-1])
    assert before == after
