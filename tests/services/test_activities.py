"""Activities and shifts: a holiday-aware series in one transaction, extending without doubling,
moving and skipping one occurrence, roles that never drop below the sign-ups, refusals that write
nothing."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from conftest import sign_in_as
from shift_people import make_volunteer
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Role
from stationdesk.domain.shifts import RoleSpec, SkippedDay, SkipReason
from stationdesk.domain.training import HolidaysUnknown
from stationdesk.services import activities, partners, roster, signups
from stationdesk.services.activities import ActivityDraft, SeriesDraft
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound, PermissionDenied
from stationdesk.services.partners import PartnerDraft
from stationdesk.store.models import Activity, Shift, ShiftRole, ShiftSeries

ROLES = (RoleSpec("司机", 2), RoleSpec("帮手", 6))
BUS = ActivityDraft(name="公益巴士进社区", place="七星街道东栅社区", description="每周三下午")


def _count(ctx: ServiceContext, model: type) -> int:
    with ctx.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def _planned(ctx: ServiceContext, series_id: str) -> list[date | None]:
    with ctx.reading() as session:
        return list(
            session.scalars(
                select(Shift.planned_on).where(Shift.series_id == series_id).order_by(Shift.planned_on)
            )
        )


@pytest.fixture
def bus(ctx: ServiceContext) -> str:
    return activities.create_activity(ctx, BUS)


def _wednesdays(until: date = date(2025, 10, 29), **kw: object) -> SeriesDraft:
    return SeriesDraft(date(2025, 9, 3), until, time(13, 30), time(16, 30), ROLES, **kw)  # type: ignore[arg-type]


def test_activity_with_partner_edit_and_archive(ctx: ServiceContext) -> None:
    partner = partners.add_partner(
        ctx, PartnerDraft(name="嘉兴学院青年志愿者协会", kind="social_organization")
    )
    activity_id = activities.create_activity(ctx, ActivityDraft("  公益巴士  进社区", "七星街道", partner))
    info = activities.get_activity(ctx, activity_id)
    assert (info.name, info.partner_name, info.archived) == (
        "公益巴士 进社区",
        "嘉兴学院青年志愿者协会",
        False,
    )
    activities.update_activity(ctx, activity_id, ActivityDraft("公益巴士", "七星街道", None, "每周"))
    info = activities.get_activity(ctx, activity_id)
    assert (info.name, info.partner_id, info.description) == ("公益巴士", None, "每周")
    activities.archive_activity(ctx, activity_id)
    assert activities.list_activities(ctx) == []
    assert [a.id for a in activities.list_activities(ctx, include_archived=True)] == [activity_id]


def test_bad_activities_are_refused(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as caught:
        activities.create_activity(ctx, ActivityDraft("  "))
    assert caught.value.code == "activity.name_required"
    with pytest.raises(NotFound):
        activities.create_activity(ctx, ActivityDraft("公益巴士", partner_id="nope"))
    assert _count(ctx, Activity) == 0


def test_a_series_around_national_day_says_what_it_skipped(ctx: ServiceContext, bus: str) -> None:
    result = activities.add_series(ctx, bus, _wednesdays())
    assert result.skipped == [
        SkippedDay(date(2025, 10, 1), SkipReason.HOLIDAY),
        SkippedDay(date(2025, 10, 8), SkipReason.HOLIDAY),
    ]
    assert len(result.shift_ids) == 7
    month = roster.month(ctx, 2025, 10)
    assert [s.starts_at for s in month.shifts] == [datetime(2025, 10, d, 13, 30) for d in (15, 22, 29)]
    assert [(r.name, r.capacity) for r in month.shifts[0].roles] == [("司机", 2), ("帮手", 6)]
    assert (month.shifts[0].activity, month.shifts[0].place) == ("公益巴士进社区", "七星街道东栅社区")
    series = activities.get_series(ctx, result.series_id)
    assert (series.start, series.end, series.roles) == (time(13, 30), time(16, 30), ROLES)


def test_a_saturday_series_over_the_spring_festival_skips_makeup_workdays(
    ctx: ServiceContext, bus: str
) -> None:
    draft = SeriesDraft(date(2026, 2, 7), date(2026, 3, 7), time(9), time(11), ROLES)
    result = activities.add_series(ctx, bus, draft)
    assert [(s.day, s.reason) for s in result.skipped] == [
        (date(2026, 2, 14), SkipReason.MAKEUP_WORKDAY),
        (date(2026, 2, 28), SkipReason.MAKEUP_WORKDAY),
    ]
    assert _planned(ctx, result.series_id) == [date(2026, 2, 7), date(2026, 2, 21), date(2026, 3, 7)]


def test_an_unknown_year_is_refused_unless_holidays_are_ignored(ctx: ServiceContext, bus: str) -> None:
    draft = SeriesDraft(date(2026, 12, 2), date(2027, 1, 27), time(14), time(16), ROLES)
    with pytest.raises(HolidaysUnknown):
        activities.add_series(ctx, bus, draft)
    assert (_count(ctx, ShiftSeries), _count(ctx, Shift)) == (0, 0)
    result = activities.add_series(ctx, bus, SeriesDraft(**{**draft.__dict__, "ignore_holidays": True}))
    assert len(result.shift_ids) == 9 and result.skipped == []


def test_extending_a_series_adds_only_the_missing_days(ctx: ServiceContext, bus: str) -> None:
    result = activities.add_series(ctx, bus, _wednesdays(date(2025, 9, 24)))
    first_shift = result.shift_ids[0]
    activities.move_shift(ctx, first_shift, datetime(2025, 9, 4, 14), datetime(2025, 9, 4, 17))
    more = activities.extend_series(ctx, result.series_id, date(2025, 10, 22))
    assert [s.day for s in more.skipped] == [date(2025, 10, 1), date(2025, 10, 8)]
    assert len(more.shift_ids) == 2
    again = activities.extend_series(ctx, result.series_id, date(2025, 10, 22))
    assert again.shift_ids == [] and again.skipped == []
    planned = _planned(ctx, result.series_id)
    assert len(planned) == len(set(planned)) == 6
    assert activities.get_series(ctx, result.series_id).until == date(2025, 10, 22)
    with pytest.raises(ValidationError) as caught:
        activities.extend_series(ctx, result.series_id, date(2025, 10, 1))
    assert caught.value.code == "shifts.until_earlier"


def test_move_and_skip_one_occurrence_keep_the_series(ctx: ServiceContext, bus: str) -> None:
    result = activities.add_series(ctx, bus, _wednesdays(date(2025, 9, 24)))
    moved, skipped = result.shift_ids[1], result.shift_ids[2]
    activities.move_shift(ctx, moved, datetime(2025, 9, 11, 9), datetime(2025, 9, 11, 12), note="改到周四")
    activities.cancel_shift(ctx, skipped)
    shifts = {s.id: s for s in roster.month(ctx, 2025, 9).shifts}
    assert shifts[moved].moved and shifts[moved].planned_on == date(2025, 9, 10)
    assert shifts[moved].starts_at == datetime(2025, 9, 11, 9) and shifts[moved].note == "改到周四"
    assert shifts[skipped].cancelled and not shifts[skipped].moved
    assert not shifts[result.shift_ids[0]].moved
    assert len(shifts) == 4 and _planned(ctx, result.series_id)[1] == date(2025, 9, 10)
    with pytest.raises(ValidationError) as caught:
        activities.move_shift(ctx, skipped, datetime(2025, 9, 18, 9), datetime(2025, 9, 18, 12))
    assert caught.value.code == "shifts.cancelled"
    activities.cancel_shift(ctx, skipped, cancelled=False)
    assert not roster.shift(ctx, skipped).cancelled


@pytest.mark.parametrize(
    ("start", "end", "code"),
    [
        (datetime(2026, 3, 4, 14), datetime(2026, 3, 4, 13), "shifts.ends_before_start"),
        (datetime(2026, 3, 4, 14), datetime(2026, 3, 5, 15), "shifts.longer_than_a_day"),
    ],
)
def test_bad_shift_times_are_refused(
    ctx: ServiceContext, bus: str, start: datetime, end: datetime, code: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        activities.add_shift(ctx, bus, start, end, ROLES)
    assert caught.value.code == code
    shift_id = activities.add_shift(ctx, bus, datetime(2026, 3, 4, 14), datetime(2026, 3, 4, 17), ROLES)
    with pytest.raises(ValidationError) as caught:
        activities.move_shift(ctx, shift_id, start, end)
    assert caught.value.code == code
    assert roster.shift(ctx, shift_id).starts_at == datetime(2026, 3, 4, 14)
    with pytest.raises(ValidationError) as caught:
        activities.add_series(
            ctx, bus, SeriesDraft(date(2026, 3, 4), date(2026, 4, 1), time(15), time(14), ROLES)
        )
    assert caught.value.code == "shifts.ends_before_start"
    assert _count(ctx, Shift) == 1


def test_roles_of_a_shift_never_drop_below_the_signups(ctx: ServiceContext, bus: str) -> None:
    shift_id = activities.add_shift(ctx, bus, datetime(2026, 3, 4, 14), datetime(2026, 3, 4, 17), ROLES)
    helpers = roster.shift(ctx, shift_id).roles[1]
    volunteers = [make_volunteer(ctx, name) for name in ("李娜", "张伟", "王芳")]
    assert signups.assign(ctx, shift_id, helpers.id, volunteers).written
    with pytest.raises(ValidationError) as caught:
        activities.set_roles(ctx, shift_id, [RoleSpec("司机", 2), RoleSpec("帮手", 2)])
    assert caught.value.code == "shifts.capacity_below_signups" and caught.value.params["count"] == 3
    with pytest.raises(ValidationError) as caught:
        activities.set_roles(ctx, shift_id, [RoleSpec("司机", 2)])
    assert caught.value.code == "shifts.role_has_signups"
    activities.set_roles(ctx, shift_id, [RoleSpec("帮手", 3), RoleSpec("摄影", 1)])
    roles = roster.shift(ctx, shift_id).roles
    assert [(r.name, r.capacity, r.filled) for r in roles] == [("帮手", 3, 3), ("摄影", 1, 0)]
    assert roles[0].id == helpers.id
    with ctx.reading() as session:
        assert (
            session.scalar(select(func.count()).select_from(ShiftRole).where(ShiftRole.deleted.is_(True)))
            == 1
        )


def test_a_trainer_may_not_plan_shifts(ctx: ServiceContext, bus: str) -> None:
    sign_in_as(ctx, Role.TRAINER)
    with pytest.raises(PermissionDenied):
        activities.add_shift(ctx, bus, datetime(2026, 3, 4, 14), datetime(2026, 3, 4, 17), ROLES)
    with pytest.raises(PermissionDenied):
        roster.week(ctx, date(2026, 3, 4))


def test_the_week_runs_monday_to_sunday(ctx: ServiceContext, bus: str) -> None:
    for day in (date(2026, 3, 1), date(2026, 3, 2), date(2026, 3, 8), date(2026, 3, 9)):
        start = datetime.combine(day, time(9))
        activities.add_shift(ctx, bus, start, start + timedelta(hours=2), ROLES)
    period = roster.week(ctx, date(2026, 3, 5))
    assert (period.first, period.last) == (date(2026, 3, 2), date(2026, 3, 8))
    assert [s.starts_at.date() for s in period.shifts] == [date(2026, 3, 2), date(2026, 3, 8)]
    with pytest.raises(ValidationError) as caught:
        roster.month(ctx, 2026, 13)
    assert caught.value.code == "roster.bad_month"
