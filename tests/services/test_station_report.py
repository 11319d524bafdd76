"""The monthly station report's figures (issue 6): each equals what the test wrote, counted by hand."""

from __future__ import annotations

from datetime import date, datetime
from fractions import Fraction

import pytest

from stationdesk.domain.errors import ValidationError
from stationdesk.services import key_targets, staffing, station_report, visit_settings
from stationdesk.services.context import ServiceContext
from stationdesk.services.key_targets import EnrolmentDraft, VisitDraft
from stationdesk.services.station_report import Count, ReportPeriod, period_of_month, period_of_quarter
from stationdesk.store.models import (
    Enrolment,
    FollowUp,
    HoursEntry,
    NeedCategory,
    Partner,
    Person,
    Programme,
    Referral,
    SessionAttendance,
    TrainingSession,
    Volunteer,
    WalkIn,
    WalkInNeed,
)

TODAY = date(2026, 12, 10)
NOVEMBER = period_of_month(2026, 11)


def _at(day: str, hour: int = 10) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour)


@pytest.fixture
def station(ctx: ServiceContext) -> dict[str, str]:
    """A small station: walk-ins in November 2025, October and November 2026, and the rest."""
    me = ctx.actor.user_id
    ids: dict[str, str] = {}
    with ctx.transaction() as s:

        def person(key: str, name: str, created: str) -> None:
            row = Person(name=name, created_at=_at(created), updated_at=_at(created), deleted=False)
            s.add(row)
            s.flush()
            ids[key] = row.id

        person("p1", "一号", "2025-11-05")
        person("p2", "二号", "2026-11-03")
        person("p3", "三号", "2026-10-10")
        person("t1", "对象甲", "2020-01-01")
        person("t2", "对象乙", "2020-01-01")
        for key, name in (("a", "测试需求甲"), ("b", "测试需求乙"), ("c", "测试需求丙")):
            category = NeedCategory(name=name, deleted=False)
            s.add(category)
            s.flush()
            ids[key] = category.id

        def walk_in(key: str, who: str | None, day: str, outcome: str, needs: tuple[str, ...]) -> None:
            row = WalkIn(
                person_id=ids[who] if who else None,
                arrived_at=_at(day),
                outcome=outcome,
                owner_id=me,
                recorded_by=me,
                deleted=False,
            )
            s.add(row)
            s.flush()
            ids[key] = row.id
            for need in needs:
                s.add(WalkInNeed(walk_in_id=row.id, category_id=ids[need], deleted=False))

        walk_in("w0", "p1", "2025-11-06", "resolved", ("a",))
        walk_in("w1", "p3", "2026-10-10", "referred", ("b",))
        walk_in("w2", None, "2026-10-20", "resolved", ())
        walk_in("w3", "p1", "2026-11-02", "follow_up", ("a", "b"))
        walk_in("w4", "p2", "2026-11-03", "resolved", ("a",))
        walk_in("w5", "p2", "2026-11-20", "resolved", ())
        walk_in("w6", "p3", "2026-11-21", "referred", ("b",))
        walk_in("w7", None, "2026-11-30", "resolved", ("c",))
        walk_in("gone", "p2", "2026-11-04", "resolved", ("c",))
        s.get(WalkIn, ids["gone"]).deleted = True  # type: ignore[union-attr]

        partner = Partner(name="测试伙伴", kind="charity", deleted=False)
        s.add(partner)
        s.flush()
        s.add(
            Referral(person_id=ids["p3"], walk_in_id=ids["w6"], partner_id=partner.id, need="助学",
                     status="accepted", tracking_code="T0000001", consent_given=True, sent_by=me,
                     sent_at=_at("2026-11-21", 11), deleted=False)
        )  # fmt: skip

        def follow_up(who: str, walk: str | None, due: str, done_at: str | None) -> None:
            s.add(
                FollowUp(person_id=ids[who], walk_in_id=ids[walk] if walk else None, owner_id=me,
                         due_on=date.fromisoformat(due), status="done" if done_at else "open",
                         done_at=_at(done_at) if done_at else None, created_by=me, deleted=False)
            )  # fmt: skip

        follow_up("p1", "w3", "2026-11-20", None)  # November's, overdue at its end
        follow_up("p2", None, "2026-11-10", "2026-11-08")  # due and done in November
        follow_up("p3", None, "2026-10-15", "2026-11-02")  # October's, overdue at October's end

        volunteer = Volunteer(person_id=ids["p1"], code="V0000001", registered_on=date(2025, 1, 1),
                              status="active", deleted=False)  # fmt: skip
        s.add(volunteer)
        s.flush()

        def hours(day: str, minutes: int, needs_review: bool) -> None:
            s.add(
                HoursEntry(volunteer_id=volunteer.id, service_date=date.fromisoformat(day),
                           credited_minutes=minutes, source="entry", needs_review=needs_review,
                           recorded_by=me, recorded_at=_at(day, 18))
            )  # fmt: skip

        hours("2026-11-05", 120, False)  # counts
        hours("2026-11-06", 60, True)  # waits for a coordinator: does not count
        hours("2026-10-05", 30, False)

        programme = Programme(name="测试培训", kind="training", rule_kind="share", rule_value=80,
                              created_by=me, deleted=False)  # fmt: skip
        s.add(programme)
        s.flush()
        held = TrainingSession(programme_id=programme.id, starts_at=_at("2026-11-15", 9),
                               ends_at=_at("2026-11-15", 11), deleted=False)  # fmt: skip
        cancelled = TrainingSession(programme_id=programme.id, starts_at=_at("2026-11-16", 9),
                                    ends_at=_at("2026-11-16", 11), cancelled=True, deleted=False)  # fmt: skip
        s.add_all([held, cancelled])
        enrolments = []
        for n, (who, withdrawn) in enumerate((("p1", False), ("p2", False), ("p3", True))):
            enrolment = Enrolment(programme_id=programme.id, person_id=ids[who], signin_code=f"C{n:07d}",
                                  source="registry", enrolled_at=_at("2026-11-01"), withdrawn=withdrawn,
                                  deleted=False)  # fmt: skip
            s.add(enrolment)
            enrolments.append(enrolment)
        s.flush()
        for enrolment, status in zip(enrolments[:2], ("present", "absent"), strict=True):
            s.add(
                SessionAttendance(session_id=held.id, enrolment_id=enrolment.id, status=status, method="name",
                                  recorded_by=me, recorded_at=_at("2026-11-15", 9), deleted=False)
            )  # fmt: skip
    for key in ("t1", "t2"):
        draft = EnrolmentDraft(ids[key], "key", "独居", me, date(2026, 1, 1))
        ids["target_" + key] = key_targets.enrol(ctx, draft, today=date(2026, 1, 1))
    method_id = next(m.id for m in visit_settings.methods(ctx) if m.name == "上门")
    key_targets.record_visit(ctx, VisitDraft(ids["target_t1"], date(2026, 11, 5), method_id, me), today=TODAY)
    staffing.add_staff(ctx, staffing.StaffDraft("社工甲", certified=True, since=date(2020, 1, 1)))
    staffing.add_staff(ctx, staffing.StaffDraft("社工乙", since=date(2020, 1, 1)))
    return ids


def test_periods_of_a_month_a_quarter_and_any_days() -> None:
    assert (NOVEMBER.first_day, NOVEMBER.last_day, NOVEMBER.code) == (
        date(2026, 11, 1),
        date(2026, 11, 30),
        "2026-11",
    )
    q1 = period_of_quarter(2024, 1)
    assert (q1.first_day, q1.last_day, q1.code) == (date(2024, 1, 1), date(2024, 3, 31), "2024-Q1")
    assert q1.previous() == period_of_quarter(2023, 4)
    assert period_of_month(2026, 1).previous() == period_of_month(2025, 12)
    assert NOVEMBER.year_before() == period_of_month(2025, 11)
    days = ReportPeriod(date(2024, 2, 20), date(2024, 2, 29))
    assert days.previous() == ReportPeriod(date(2024, 2, 10), date(2024, 2, 19))
    assert days.year_before() == ReportPeriod(date(2023, 2, 20), date(2023, 2, 28))
    with pytest.raises(ValidationError):
        period_of_month(2026, 13)
    with pytest.raises(ValidationError):
        period_of_quarter(2026, 5)
    with pytest.raises(ValidationError):
        ReportPeriod(date(2026, 2, 1), date(2026, 1, 1))


def test_reception_figures_of_the_month(ctx: ServiceContext, station: dict[str, str]) -> None:
    reception = station_report.report_figures(ctx, NOVEMBER, today=TODAY).current.reception
    assert reception.walk_ins == 5  # w3..w7; the removed one is not counted
    assert reception.anonymous == 1
    assert set(reception.by_outcome) == {Count("resolved", 3), Count("follow_up", 1), Count("referred", 1)}
    assert set(reception.by_need) == {Count("测试需求甲", 2), Count("测试需求乙", 2), Count("测试需求丙", 1)}
    assert reception.new_persons == 1  # p2
    assert (reception.first_time, reception.returning) == (1, 2)  # p2 first; p1 (2025) and p3 (October) again


def test_referrals_follow_ups_visits_volunteers_training_staffing(
    ctx: ServiceContext, station: dict[str, str]
) -> None:
    figures = station_report.report_figures(ctx, NOVEMBER, today=TODAY).current
    assert figures.referrals.sent == 1
    assert figures.referrals.by_status == (Count("accepted", 1),)
    assert figures.referrals.by_partner == (Count("测试伙伴", 1),)
    assert (figures.follow_ups.opened, figures.follow_ups.done, figures.follow_ups.overdue) == (2, 2, 1)
    visits = figures.visits
    assert visits is not None
    assert (visits.due, visits.visited, visits.pending, visits.rate) == (2, 1, 0, Fraction(1, 2))
    assert [(m.person_name, m.period_code, m.reason) for m in visits.misses] == [
        ("对象乙", "2026-11", "not_visited")
    ]
    assert (figures.volunteers.counted_minutes, figures.volunteers.served, figures.volunteers.active) == (
        120,
        1,
        1,
    )
    assert figures.volunteers.counted_hours == 2
    training = figures.training
    assert (training.sessions, training.programmes, training.participants) == (1, 1, 1)
    assert (training.attended, training.expected, training.attendance_rate) == (1, 2, Fraction(1, 2))
    assert (figures.staffing.full_time.count, figures.staffing.certified.count) == (2, 1)
    assert figures.staffing.volunteers.count == 1


def test_previous_month_and_last_year(ctx: ServiceContext, station: dict[str, str]) -> None:
    figures = station_report.report_figures(ctx, NOVEMBER, today=TODAY)
    october, last_year = figures.previous, figures.last_year
    assert october.period == period_of_month(2026, 10)
    assert (october.reception.walk_ins, october.reception.anonymous, october.reception.new_persons) == (
        2,
        1,
        1,
    )
    assert (october.reception.first_time, october.reception.returning) == (1, 0)
    assert october.referrals.sent == 0
    assert (october.follow_ups.opened, october.follow_ups.done, october.follow_ups.overdue) == (1, 0, 1)
    assert october.visits is not None and (october.visits.due, october.visits.visited) == (2, 0)
    assert (october.volunteers.counted_minutes, october.training.sessions) == (30, 0)
    assert last_year.period == period_of_month(2025, 11)
    assert (
        last_year.reception.walk_ins,
        last_year.reception.first_time,
        last_year.reception.new_persons,
    ) == (
        1,
        1,
        1,
    )
    assert last_year.reception.by_need == (Count("测试需求甲", 1),)
    assert last_year.volunteers.counted_minutes == 0


def test_an_empty_month_gives_zeros(ctx: ServiceContext, station: dict[str, str]) -> None:
    empty = station_report.report_figures(ctx, period_of_month(2019, 3), today=TODAY).current
    assert (empty.reception.walk_ins, empty.reception.by_need, empty.reception.by_outcome) == (0, (), ())
    assert (empty.referrals.sent, empty.follow_ups.opened, empty.follow_ups.done) == (0, 0, 0)
    assert empty.visits is not None and (empty.visits.due, empty.visits.rate, empty.visits.misses) == (
        0,
        None,
        (),
    )
    assert (empty.volunteers.counted_minutes, empty.volunteers.served) == (0, 0)
    assert (empty.training.sessions, empty.training.expected, empty.training.attendance_rate) == (0, 0, None)


def test_a_run_of_days_has_no_visit_rate(ctx: ServiceContext, station: dict[str, str]) -> None:
    days = ReportPeriod(date(2026, 11, 1), date(2026, 11, 10))
    figures = station_report.report_figures(ctx, days, today=TODAY).current
    assert figures.visits is None
    assert figures.reception.walk_ins == 2  # w3, w4


def test_highlights_are_kept_per_period(ctx: ServiceContext) -> None:
    assert station_report.highlights(ctx, NOVEMBER) == ""
    station_report.set_highlights(ctx, NOVEMBER, "  开展重阳节活动  ")
    assert station_report.highlights(ctx, NOVEMBER) == "开展重阳节活动"
    assert station_report.highlights(ctx, period_of_month(2026, 10)) == ""
    assert station_report.report_figures(ctx, NOVEMBER, today=TODAY).highlights == "开展重阳节活动"
    with pytest.raises(ValidationError):
        station_report.set_highlights(ctx, NOVEMBER, "长" * (station_report.HIGHLIGHTS_MAX + 1))
