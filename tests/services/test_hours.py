"""Hours: the desk (check in, repeat, check out credited by the rule), forgotten check-outs,
entries afterwards and from a roster, corrections without double counting, reviews, totals."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from conftest import sign_in_as
from hours_desk import DAY, Desk, add_shift, add_volunteer, at, make_desk
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.hours import Basis, CreditRule
from stationdesk.domain.roles import Role
from stationdesk.services import hours, hours_lists
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound, PermissionDenied
from stationdesk.services.hours import CheckedIn, CheckedOut, Choices, Correction, HoursDraft
from stationdesk.store.models import HoursEntry, HoursReview, VolunteerCheck


@pytest.fixture
def desk(ctx: ServiceContext) -> Desk:
    return make_desk(ctx)


def _count(ctx: ServiceContext, model: type) -> int:
    with ctx.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _counted_minutes(ctx: ServiceContext, volunteer: str) -> int:
    rows = hours_lists.totals(ctx, "volunteer", DAY - timedelta(days=30), DAY + timedelta(days=1))
    return sum(t.minutes for t in rows if t.key == volunteer)


def test_a_scanned_code_checks_in_onto_todays_shift_then_out_with_the_credited_time(
    ctx: ServiceContext, desk: Desk
) -> None:
    came = hours.desk(ctx, desk.codes["张伟"].lower(), at(13, 40))
    assert isinstance(came, CheckedIn) and not came.already
    assert came.volunteer.name == "张伟" and came.shift is not None and came.shift.id == desk.shift
    again = hours.desk(ctx, desk.codes["张伟"], at(13, 45))  # a double scan: only says when
    assert isinstance(again, CheckedIn) and again.already and again.at == at(13, 40)
    left = hours.desk(ctx, desk.codes["张伟"], at(17, 12))
    assert isinstance(left, CheckedOut)
    assert left.minutes == 192 and not left.needs_review  # from 14:00 (no early credit) to 17:12
    assert _counted_minutes(ctx, desk.volunteers["张伟"]) == 192
    with ctx.reading() as session:
        entry = session.get(HoursEntry, left.entry_id)
        assert entry is not None and entry.source == "desk" and entry.recorded_by == ctx.actor.user_id  # type: ignore[union-attr]
        methods = session.scalars(select(VolunteerCheck.method).order_by(VolunteerCheck.at)).all()
    assert methods == ["scan", "scan"]


def test_the_rule_set_by_the_administrator_credits_check_outs(ctx: ServiceContext, desk: Desk) -> None:
    assert hours.credit_rule(ctx) == CreditRule()
    hours.set_credit_rule(ctx, CreditRule(Basis.SCHEDULED, 15, True))
    assert hours.credit_rule(ctx) == CreditRule(Basis.SCHEDULED, 15, True)
    hours.desk(ctx, desk.codes["艾琳"], at(14, 7))
    left = hours.desk(ctx, desk.codes["艾琳"], at(17, 30))
    assert isinstance(left, CheckedOut) and left.minutes == 165  # 14:07-17:00 scheduled, down to 15
    sign_in_as(ctx, Role.STAFF)
    with pytest.raises(PermissionDenied):
        hours.set_credit_rule(ctx, CreditRule())
    assert hours.credit_rule(ctx).rounding == 15


def test_names_initials_and_phone_tails_find_volunteers_several_give_a_choice(
    ctx: ServiceContext, desk: Desk
) -> None:
    by_name = hours.check_in(ctx, "艾琳", at(14))
    assert isinstance(by_name, CheckedIn) and by_name.volunteer.name == "艾琳"
    choices = hours.check_in(ctx, "0003", at(14))  # 王芳 and 王方 share the phone tail
    assert isinstance(choices, Choices) and [v.name for v in choices.volunteers] == ["王方", "王芳"]
    picked = hours.desk_volunteer(ctx, desk.volunteers["王方"], at(14, 1))
    assert isinstance(picked, CheckedIn) and picked.shift is None  # not signed up: a walk-up service
    repeat = hours.check_in(ctx, "艾琳", at(15))  # check_in never checks out
    assert isinstance(repeat, CheckedIn) and repeat.already and repeat.at == at(14)
    with pytest.raises(NotFound) as missing:
        hours.desk(ctx, "赵六", at(14))
    assert missing.value.code == "hours.no_match"
    mistyped = desk.codes["张伟"][:-1] + ("2" if desk.codes["张伟"][-1] != "2" else "3")
    with pytest.raises(ValidationError) as typo:
        hours.desk(ctx, mistyped, at(14))
    assert typo.value.code == "hours.code_checksum"
    with pytest.raises(ValidationError) as empty:
        hours.desk(ctx, "  ", at(14))
    assert empty.value.code == "hours.empty"


def test_a_volunteer_who_left_is_refused_and_nothing_is_written(ctx: ServiceContext, desk: Desk) -> None:
    _, code = add_volunteer(ctx, "离开者", status="left")
    with pytest.raises(ValidationError) as info:
        hours.desk(ctx, code, at(14))
    assert info.value.code == "hours.volunteer_left" and _count(ctx, VolunteerCheck) == 0


def test_a_walk_up_service_waits_for_review_flagged(ctx: ServiceContext, desk: Desk) -> None:
    hours.desk_volunteer(ctx, desk.volunteers["王方"], at(9))
    left = hours.check_out(ctx, desk.volunteers["王方"], at(10, 30))
    assert left.shift is None and left.minutes == 90 and left.needs_review
    queue = hours_lists.approvals_queue(ctx)
    assert [(row.volunteer, row.flag, row.source) for row in queue] == [("王方", "no_shift", "desk")]
    with pytest.raises(ValidationError) as info:
        hours.check_out(ctx, desk.volunteers["王方"], at(11))
    assert info.value.code == "hours.not_checked_in"


def test_forgotten_check_outs_close_once_at_the_shift_end_flagged(ctx: ServiceContext, desk: Desk) -> None:
    hours.desk(ctx, desk.codes["张伟"], at(14, 20))
    assert hours.close_forgotten(ctx, at(18)) == 0  # an hour after the end: may still check out
    assert hours.close_forgotten(ctx, at(19, 30)) == 1
    assert hours.close_forgotten(ctx, at(20)) == 0  # never twice
    assert hours.close_forgotten(ctx, at(9, day=DAY + timedelta(days=1))) == 0
    (row,) = hours_lists.approvals_queue(ctx)
    assert (row.flag, row.source, row.minutes, row.ends_at) == ("forgot_checkout", "rule", 160, at(17))
    assert _counted_minutes(ctx, desk.volunteers["张伟"]) == 0  # until approved
    # next week the card checks in afresh
    again = hours.desk(ctx, desk.codes["张伟"], at(14, day=DAY + timedelta(days=7)))
    assert isinstance(again, CheckedIn) and not again.already


def test_the_desk_closes_a_forgotten_check_in_before_the_next_one(ctx: ServiceContext, desk: Desk) -> None:
    hours.desk(ctx, desk.codes["艾琳"], at(14))
    nextweek = hours.desk(ctx, desk.codes["艾琳"], at(13, 50, day=DAY + timedelta(days=7)))
    assert isinstance(nextweek, CheckedIn) and not nextweek.already
    assert [r.flag for r in hours_lists.approvals_queue(ctx)] == ["forgot_checkout"]


def test_hours_entered_afterwards_wait_and_a_second_entry_for_the_shift_is_refused(
    ctx: ServiceContext, desk: Desk
) -> None:
    now = at(20)
    zhang = desk.volunteers["张伟"]
    entry = hours.enter_afterwards(ctx, HoursDraft(zhang, at(14), at(16, 30), desk.shift), now)
    assert [r.id for r in hours_lists.approvals_queue(ctx)] == [entry]
    assert _counted_minutes(ctx, zhang) == 0
    before = _count(ctx, HoursEntry)
    with pytest.raises(ValidationError) as twice:
        hours.enter_afterwards(ctx, HoursDraft(zhang, at(14), at(17), desk.shift), now)
    assert twice.value.code == "hours.duplicate" and _count(ctx, HoursEntry) == before
    with pytest.raises(ValidationError) as overlap:
        hours.enter_afterwards(ctx, HoursDraft(zhang, at(16), at(18), activity_id=desk.activity), now)
    assert overlap.value.code == "hours.overlap"
    fixed = hours.correct(ctx, entry, Correction(at(14), at(17)), now)
    assert [r.id for r in hours_lists.approvals_queue(ctx)] == [fixed]
    assert hours_lists.approvals_queue(ctx)[0].replaces_minutes == 150
    with pytest.raises(ValidationError) as stale:
        hours.correct(ctx, entry, Correction(at(14), at(15)), now)
    assert stale.value.code == "hours.superseded"
    sign_in_as(ctx, Role.STAFF)
    hours.approve(ctx, fixed, "核对签到表")
    assert _counted_minutes(ctx, zhang) == 180 and hours_lists.approvals_queue(ctx) == []


@pytest.mark.parametrize(
    ("start", "end", "code"),
    [
        (at(15), at(14), "hours.out_before_in"),
        (at(8), at(9, day=DAY + timedelta(days=1)), "hours.too_long"),
        (at(14), at(23, day=DAY + timedelta(days=3)), "hours.in_future"),
    ],
)
def test_bad_times_entered_afterwards_are_refused_and_nothing_written(
    ctx: ServiceContext, desk: Desk, start: datetime, end: datetime, code: str
) -> None:
    draft = HoursDraft(desk.volunteers["张伟"], start, end, activity_id=desk.activity)
    with pytest.raises(ValidationError) as info:
        hours.enter_afterwards(ctx, draft, at(22, day=DAY + timedelta(days=1)))
    assert info.value.code == code and _count(ctx, HoursEntry) == 0


def test_absurd_credited_minutes_and_missing_activity_are_refused(ctx: ServiceContext, desk: Desk) -> None:
    zhang = desk.volunteers["张伟"]
    with pytest.raises(ValidationError) as absurd:
        hours.enter_afterwards(
            ctx, HoursDraft(zhang, at(9), at(10), activity_id=desk.activity, minutes=-5), at(20)
        )
    assert absurd.value.code == "hours.bad_credit"
    with pytest.raises(ValidationError) as nothing:
        hours.enter_afterwards(ctx, HoursDraft(zhang, at(9), at(10)), at(20))
    assert nothing.value.code == "hours.activity_required" and _count(ctx, HoursEntry) == 0


def test_marking_from_the_roster_credits_the_scheduled_time_and_skips_those_entered(
    ctx: ServiceContext, desk: Desk
) -> None:
    hours.desk(ctx, desk.codes["张伟"], at(14))
    hours.desk(ctx, desk.codes["张伟"], at(17))
    marks = hours.mark_from_roster(
        ctx, desk.shift, [desk.volunteers[n] for n in ("张伟", "艾琳", "王芳")], at(20)
    )
    assert marks.skipped == (desk.volunteers["张伟"],) and len(marks.entered) == 2
    queue = hours_lists.approvals_queue(ctx)
    assert sorted(r.volunteer for r in queue) == ["王芳", "艾琳"] and {r.minutes for r in queue} == {180}
    with pytest.raises(ValidationError) as stranger:
        hours.mark_from_roster(ctx, desk.shift, [desk.volunteers["王方"]], at(20))
    assert stranger.value.code == "hours.not_on_roster"
    again = hours.mark_from_roster(ctx, desk.shift, [desk.volunteers["艾琳"]], at(21))
    assert again.entered == ()  # no double counting


def test_a_coordinator_does_not_review_their_own_entry_but_the_administrator_may(
    ctx: ServiceContext, desk: Desk
) -> None:
    sign_in_as(ctx, Role.STAFF)
    own = hours.enter_afterwards(ctx, HoursDraft(desk.volunteers["艾琳"], at(14), at(17), desk.shift), at(20))
    with pytest.raises(ValidationError) as info:
        hours.approve(ctx, own)
    assert info.value.code == "hours.own_entry" and _count(ctx, HoursReview) == 0
    sign_in_as(ctx, Role.ADMIN)
    hours.reject(ctx, own, "那天没来")
    assert hours_lists.approvals_queue(ctx) == [] and _counted_minutes(ctx, desk.volunteers["艾琳"]) == 0
    admin_own = hours.enter_afterwards(
        ctx, HoursDraft(desk.volunteers["王芳"], at(14), at(17), desk.shift), at(20)
    )
    hours.approve(ctx, admin_own)
    assert _counted_minutes(ctx, desk.volunteers["王芳"]) == 180
    with pytest.raises(ValidationError) as long_note:
        hours.approve(ctx, admin_own, "x" * 300)
    assert long_note.value.code == "hours.note_too_long"


def test_after_a_rejection_the_shift_may_be_entered_again(ctx: ServiceContext, desk: Desk) -> None:
    zhang = desk.volunteers["张伟"]
    first = hours.enter_afterwards(ctx, HoursDraft(zhang, at(14), at(15), desk.shift), at(20))
    hours.reject(ctx, first)
    second = hours.enter_afterwards(ctx, HoursDraft(zhang, at(14), at(17), desk.shift), at(20))
    hours.approve(ctx, second)
    assert _counted_minutes(ctx, zhang) == 180


def test_totals_per_volunteer_team_and_activity(ctx: ServiceContext, desk: Desk) -> None:
    october = date(2026, 10, 7)  # served first: the desk goes forward in time
    add_shift(ctx, desk.activity, at(9, day=october), at(11, day=october), [desk.volunteers["张伟"]])
    hours.desk(ctx, desk.codes["张伟"], at(9, day=october))
    hours.desk(ctx, desk.codes["张伟"], at(11, day=october))
    for name, (came, left) in {"张伟": (14, 17), "艾琳": (14, 16), "王芳": (15, 17)}.items():
        hours.desk(ctx, desk.codes[name], at(came))
        hours.desk(ctx, desk.codes[name], at(left))
    november = (date(2026, 11, 1), date(2026, 11, 30))
    by_volunteer = hours_lists.totals(ctx, "volunteer", *november)
    assert [(t.label, t.minutes) for t in by_volunteer] == [("张伟", 180), ("王芳", 120), ("艾琳", 120)]
    by_team = hours_lists.totals(ctx, "team", *november)
    assert [(t.label, t.volunteers, t.minutes) for t in by_team] == [("嘉兴学院志愿队", 2, 300), ("", 1, 120)]
    autumn = hours_lists.totals(ctx, "activity", date(2026, 10, 1), date(2026, 11, 30))
    assert [(t.label, t.entries, t.minutes) for t in autumn] == [("公益巴士进社区", 4, 540)]
    with pytest.raises(ValidationError) as info:
        hours_lists.totals(ctx, "volunteer", date(2026, 12, 1), date(2026, 11, 1))
    assert info.value.code == "hours.bad_period"


def test_the_desk_day_lists_the_signed_up_and_walk_ups_with_their_state(
    ctx: ServiceContext, desk: Desk
) -> None:
    hours.desk(ctx, desk.codes["张伟"], at(13, 55))
    hours.desk(ctx, desk.codes["张伟"], at(17))
    hours.desk(ctx, desk.codes["艾琳"], at(14, 5))
    hours.desk_volunteer(ctx, desk.volunteers["王方"], at(15))
    rows = {r.name: r for r in hours_lists.desk_day(ctx, DAY)}
    assert set(rows) == {"张伟", "艾琳", "王芳", "王方"}
    assert (rows["张伟"].checked_in_at, rows["张伟"].checked_out_at, rows["张伟"].minutes) == (
        at(13, 55),
        at(17),
        180,
    )
    assert rows["艾琳"].checked_in_at == at(14, 5) and rows["艾琳"].checked_out_at is None
    assert rows["王芳"].checked_in_at is None and rows["王方"].shift_id is None


def test_a_viewer_sees_totals_but_checks_nobody_in(ctx: ServiceContext, desk: Desk) -> None:
    sign_in_as(ctx, Role.VIEWER)
    assert hours_lists.totals(ctx, "activity", DAY, DAY) == []
    with pytest.raises(PermissionDenied) as info:
        hours.desk(ctx, desk.codes["张伟"], at(14))
    assert info.value.code == "auth.forbidden"
