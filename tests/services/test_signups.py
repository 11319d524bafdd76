"""Sign-ups: volunteers and teams on a shift, clash and full-role warnings returned (not raised) and
nothing written until forced, paused or departed volunteers refused, withdrawing."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from shift_people import make_team, make_volunteer
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.shifts import RoleSpec
from stationdesk.services import activities, roster, signups
from stationdesk.services.activities import ActivityDraft
from stationdesk.services.context import ServiceContext
from stationdesk.store.models import ShiftAssignment, TeamMember

ROLES = (RoleSpec("司机", 2), RoleSpec("帮手", 6))


def _assignments(ctx: ServiceContext) -> int:
    with ctx.reading() as session:
        return session.scalar(select(func.count()).select_from(ShiftAssignment))


@pytest.fixture
def shift_id(ctx: ServiceContext) -> str:
    bus = activities.create_activity(ctx, ActivityDraft("公益巴士进社区", "七星街道"))
    return activities.add_shift(ctx, bus, datetime(2026, 3, 4, 13, 30), datetime(2026, 3, 4, 16, 30), ROLES)


def _role(ctx: ServiceContext, shift_id: str, name: str) -> str:
    return next(r.id for r in roster.shift(ctx, shift_id).roles if r.name == name)


def test_assigning_shows_names_on_the_roster(ctx: ServiceContext, shift_id: str) -> None:
    ids = [make_volunteer(ctx, n) for n in ("李娜", "张伟")]
    result = signups.assign(ctx, shift_id, _role(ctx, shift_id, "司机"), ids)
    assert result.written and len(result.assignment_ids) == 2 and result.warnings == []
    again = signups.assign(ctx, shift_id, _role(ctx, shift_id, "帮手"), ids)
    assert again.written and again.assignment_ids == [] and again.already == ids
    [driver, helper] = roster.shift(ctx, shift_id).roles
    assert [p.name for p in driver.people] == ["李娜", "张伟"] and helper.filled == 0
    assert roster.shift(ctx, shift_id).filled == 2 and roster.shift(ctx, shift_id).needed == 8


def test_a_full_role_warns_and_writes_only_when_forced(ctx: ServiceContext, shift_id: str) -> None:
    ids = [make_volunteer(ctx, n) for n in ("李娜", "张伟", "王芳")]
    driver = _role(ctx, shift_id, "司机")
    result = signups.assign(ctx, shift_id, driver, ids)
    assert not result.written and [w.code for w in result.warnings] == ["signup.full"]
    assert result.warnings[0].params == {"role": "司机", "count": 3, "capacity": 2}
    assert _assignments(ctx) == 0
    assert signups.assign(ctx, shift_id, driver, ids, force=True).written
    assert roster.shift(ctx, shift_id).roles[0].filled == 3


def test_a_clash_with_another_shift_warns(ctx: ServiceContext, shift_id: str) -> None:
    other_activity = activities.create_activity(ctx, ActivityDraft("敬老院探访"))
    other = activities.add_shift(
        ctx, other_activity, datetime(2026, 3, 4, 16), datetime(2026, 3, 4, 18), ROLES
    )
    later = activities.add_shift(
        ctx, other_activity, datetime(2026, 3, 4, 16, 30), datetime(2026, 3, 4, 18), ROLES
    )
    li_na = make_volunteer(ctx, "李娜")
    assert signups.assign(ctx, other, _role(ctx, other, "帮手"), [li_na]).written
    assert signups.assign(ctx, later, _role(ctx, later, "帮手"), [li_na], force=True).written
    result = signups.assign(ctx, shift_id, _role(ctx, shift_id, "帮手"), [li_na])
    assert not result.written
    [warning] = result.warnings
    assert (warning.code, warning.name, warning.params["activity"]) == ("signup.clash", "李娜", "敬老院探访")
    assert warning.params["starts_at"] == datetime(2026, 3, 4, 16)
    [candidate] = signups.candidates(ctx, shift_id, "李")
    assert candidate.clash and not candidate.on_shift
    activities.cancel_shift(ctx, other)
    assert signups.assign(ctx, shift_id, _role(ctx, shift_id, "帮手"), [li_na]).written
    assert signups.candidates(ctx, shift_id, "li")[0].on_shift


def test_paused_or_departed_volunteers_are_refused(ctx: ServiceContext, shift_id: str) -> None:
    ok = make_volunteer(ctx, "李娜")
    for status in ("paused", "left"):
        away = make_volunteer(ctx, f"张{status}", status=status)
        with pytest.raises(ValidationError) as caught:
            signups.assign(ctx, shift_id, _role(ctx, shift_id, "帮手"), [ok, away], force=True)
        assert caught.value.code == "signup.not_active"
    assert _assignments(ctx) == 0
    assert [c.name for c in signups.candidates(ctx, shift_id)] == ["李娜"]


def test_a_team_signs_up_its_current_active_members(ctx: ServiceContext, shift_id: str) -> None:
    members = [make_volunteer(ctx, n) for n in ("李娜", "张伟", "王芳")]
    paused = make_volunteer(ctx, "赵敏", status="paused")
    team = make_team(ctx, "嘉兴学院志愿者队", [*members, paused])
    with ctx.transaction() as session:
        row = session.scalars(select(TeamMember).where(TeamMember.volunteer_id == members[2])).one()
        row.left_on = date(2026, 2, 1)
    result = signups.assign_team(ctx, shift_id, _role(ctx, shift_id, "帮手"), team)
    assert result.written and len(result.assignment_ids) == 2 and result.inactive == [paused]
    names = [p.name for p in roster.shift(ctx, shift_id).roles[1].people]
    assert sorted(names) == ["张伟", "李娜"]
    assert [(t.name, t.members) for t in signups.teams(ctx)] == [("嘉兴学院志愿者队", 3)]


def test_withdrawing_frees_the_place(ctx: ServiceContext, shift_id: str) -> None:
    ids = [make_volunteer(ctx, n) for n in ("李娜", "张伟")]
    driver = _role(ctx, shift_id, "司机")
    result = signups.assign(ctx, shift_id, driver, ids)
    signups.withdraw(ctx, result.assignment_ids[0])
    assert [p.name for p in roster.shift(ctx, shift_id).roles[0].people] == ["张伟"]
    third = make_volunteer(ctx, "王芳")
    assert signups.assign(ctx, shift_id, driver, [third]).written


def test_nobody_or_a_cancelled_shift_is_refused(ctx: ServiceContext, shift_id: str) -> None:
    with pytest.raises(ValidationError) as caught:
        signups.assign(ctx, shift_id, _role(ctx, shift_id, "司机"), [])
    assert caught.value.code == "signup.nobody"
    activities.cancel_shift(ctx, shift_id)
    with pytest.raises(ValidationError) as caught:
        signups.assign(ctx, shift_id, _role(ctx, shift_id, "司机"), [make_volunteer(ctx, "李娜")])
    assert caught.value.code == "shifts.cancelled"
