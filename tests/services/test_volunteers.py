"""Volunteer profiles, check-in codes, the list with teams and counted hours, teams and members."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import event, select

from conftest import sign_in_as
from stationdesk.domain import codes
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Role
from stationdesk.services import people, volunteers
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound, PermissionDenied
from stationdesk.services.people import PersonDraft
from stationdesk.services.volunteers import TeamDraft, VolunteerDraft
from stationdesk.store.models import HoursEntry, HoursReview, TeamMember

DAY = date(2026, 3, 4)


def _volunteer(ctx: ServiceContext, name: str, phone: str | None = None, **profile: object) -> str:
    person = people.create(ctx, PersonDraft(name=name, phone=phone))
    return volunteers.create(ctx, person, VolunteerDraft(**profile))  # type: ignore[arg-type]


def _hours(ctx: ServiceContext, volunteer: str, minutes: int, *, needs_review: bool = False,
           decision: str | None = None, supersedes: str | None = None, day: date = DAY) -> str:  # fmt: skip
    with ctx.transaction() as session:
        entry = HoursEntry(volunteer_id=volunteer, service_date=day, credited_minutes=minutes,
                           content="公益巴士", source="entry", needs_review=needs_review,
                           supersedes_id=supersedes,
                           recorded_by=ctx.actor.user_id, recorded_at=datetime(2026, 3, 4, 18))  # fmt: skip
        session.add(entry)
        session.flush()
        if decision:
            session.add(HoursReview(entry_id=entry.id, decision=decision, reviewed_by=ctx.actor.user_id,
                                    reviewed_at=datetime(2026, 3, 5, 9)))  # fmt: skip
        return entry.id


def test_a_person_becomes_a_volunteer_once_with_a_valid_code_and_a_cleaned_profile(
    ctx: ServiceContext,
) -> None:
    person = people.create(ctx, PersonDraft(name="王芳", phone="13912345678"))
    draft = VolunteerDraft(
        "嘉兴学院  青年志愿者协会", "驾驶、 摄影", "周三下午", DAY, "active", " ｚｊ２０２６ ０１ "
    )
    volunteer = volunteers.create(ctx, person, draft)
    detail = volunteers.get(ctx, volunteer)
    row = detail.row
    assert (row.name, row.phone_masked, row.organisation, row.registered_on) == (
        "王芳",
        "139****5678",
        "嘉兴学院 青年志愿者协会",
        DAY,
    )
    assert row.platform_number == "ZJ202601" and detail.availability == "周三下午"
    assert codes.looks_like_code(row.code)
    with pytest.raises(ValidationError) as again:
        volunteers.create(ctx, person, VolunteerDraft())
    assert again.value.code == "volunteer.exists"
    with pytest.raises(NotFound) as unknown:
        volunteers.create(ctx, "no-such-person", VolunteerDraft())
    assert unknown.value.code == "person.not_found"


@pytest.mark.parametrize(
    ("draft", "code"),
    [
        (VolunteerDraft(status="retired"), "volunteer.bad_status"),
        (VolunteerDraft(platform_number="9" * 33), "volunteer.platform_number_too_long"),
        (VolunteerDraft(organisation="组" * 129), "volunteer.organisation_too_long"),
        (VolunteerDraft(registered_on=date.today() + timedelta(days=1)), "volunteer.registered_in_future"),
    ],
)
def test_bad_profiles_are_refused_and_write_nothing(
    ctx: ServiceContext, draft: VolunteerDraft, code: str
) -> None:
    person = people.create(ctx, PersonDraft(name="李强"))
    with pytest.raises(ValidationError) as refused:
        volunteers.create(ctx, person, draft)
    assert refused.value.code == code
    assert volunteers.list_volunteers(ctx) == []


def test_codes_are_unique_among_volunteers(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    first = volunteers.get(ctx, _volunteer(ctx, "甲")).row.code
    drawn = iter([first, first, "ABCDEFG"])
    monkeypatch.setattr(codes, "new_code", lambda: next(drawn))
    assert volunteers.get(ctx, _volunteer(ctx, "乙")).row.code == "ABCDEFG"


def test_update_and_status_keep_the_history(ctx: ServiceContext) -> None:
    volunteer = _volunteer(ctx, "张伟", organisation="爱心企业")
    team = volunteers.create_team(ctx, TeamDraft("公益巴士队"))
    volunteers.add_members(ctx, team, [volunteer], DAY)
    volunteers.update(ctx, volunteer, VolunteerDraft("南湖区义工联", "急救", registered_on=DAY))
    volunteers.set_status(ctx, volunteer, volunteers.LEFT)
    row = volunteers.get(ctx, volunteer).row
    assert (row.organisation, row.skills, row.status, row.teams) == (
        "南湖区义工联",
        "急救",
        "left",
        ("公益巴士队",),
    )
    assert [r.id for r in volunteers.list_volunteers(ctx, status="left")] == [volunteer]
    assert volunteers.list_volunteers(ctx, status="active") == []
    with pytest.raises(ValidationError) as bad:
        volunteers.set_status(ctx, volunteer, "gone")
    assert bad.value.code == "volunteer.bad_status"


def test_the_list_totals_only_counted_hours(ctx: ServiceContext) -> None:
    one = _volunteer(ctx, "王芳")
    two = _volunteer(ctx, "李娜")
    _volunteer(ctx, "赵敏")
    old = _hours(ctx, one, 120)
    _hours(ctx, one, 90, supersedes=old)  # the correction replaces the 120
    _hours(ctx, one, 60, needs_review=True)  # waiting: not counted
    _hours(ctx, one, 30, needs_review=True, decision="approved")
    _hours(ctx, two, 45, needs_review=True, decision="rejected")
    _hours(ctx, two, 15)
    minutes = {r.name: r.minutes for r in volunteers.list_volunteers(ctx)}
    assert minutes == {"王芳": 120, "李娜": 15, "赵敏": 0}
    recent = volunteers.get(ctx, one).recent_hours
    assert sorted(line.minutes for line in recent) == [30, 90]


def test_the_list_is_one_statement_however_many_volunteers(ctx: ServiceContext) -> None:
    team = volunteers.create_team(ctx, TeamDraft("青年队"))
    ids = [_volunteer(ctx, f"志愿者{n}") for n in range(12)]
    volunteers.add_members(ctx, team, ids, DAY)
    for volunteer in ids:
        _hours(ctx, volunteer, 60)
    statements: list[str] = []
    listen = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(ctx.engine, "before_cursor_execute", listen)
    try:
        rows = volunteers.list_volunteers(ctx)
    finally:
        event.remove(ctx.engine, "before_cursor_execute", listen)
    assert len(rows) == 12 and all(r.teams == ("青年队",) and r.minutes == 60 for r in rows)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1


def test_search_by_name_initials_phone_tail_code_and_organisation(ctx: ServiceContext) -> None:
    wang = _volunteer(ctx, "王芳", "13912345678", organisation="嘉兴学院")
    li = _volunteer(ctx, "李强", "13800001111", organisation="爱心企业")
    code = volunteers.get(ctx, li).row.code

    def found(text: str) -> list[str]:
        return [r.id for r in volunteers.list_volunteers(ctx, text)]

    assert found("王") == [wang]
    assert found("wf") == [wang]
    assert found("5678") == [wang]
    assert found(code.lower()) == [li]
    assert found("爱心") == [li]
    assert found("赵") == []


def test_teams_members_leaders_and_leaving(ctx: ServiceContext) -> None:
    a, b, c = (_volunteer(ctx, name) for name in ("王芳", "李强", "赵敏"))
    team = volunteers.create_team(ctx, TeamDraft("公益巴士队", "嘉兴学院"))
    other = volunteers.create_team(ctx, TeamDraft("助老队"))
    assert len(volunteers.add_members(ctx, team, [a, b, c], DAY)) == 3
    assert volunteers.add_members(ctx, team, [a], DAY) == []  # a current member stays as they are
    members = {m.name: m for m in volunteers.team_members(ctx, team)}
    volunteers.set_leader(ctx, members["李强"].id)
    volunteers.remove_member(ctx, members["赵敏"].id, DAY + timedelta(days=1))
    (row, _) = volunteers.list_teams(ctx)
    assert (row.name, row.members, row.leaders) == ("公益巴士队", 2, ("李强",))
    assert [m.name for m in volunteers.team_members(ctx, team)] == ["李强", "王芳"]
    assert len(volunteers.team_members(ctx, team, include_past=True)) == 3
    assert [r.name for r in volunteers.list_volunteers(ctx, team_id=team)] == ["李强", "王芳"]
    with ctx.reading() as session:  # leaving keeps the membership as history
        left = session.scalar(select(TeamMember).where(TeamMember.id == members["赵敏"].id))
        assert left is not None and left.left_on == DAY + timedelta(days=1) and not left.deleted
    with pytest.raises(ValidationError) as early:
        volunteers.remove_member(ctx, members["王芳"].id, DAY - timedelta(days=1))
    assert early.value.code == "team.left_before_joined"
    volunteers.update_team(ctx, team, TeamDraft("公益巴士服务队", "嘉兴学院", "每周三"))
    with pytest.raises(ValidationError) as taken:
        volunteers.update_team(ctx, other, TeamDraft("公益巴士服务队"))
    assert taken.value.code == "team.exists"
    volunteers.retire_team(ctx, other)
    assert [t.name for t in volunteers.list_teams(ctx)] == ["公益巴士服务队"]
    assert len(volunteers.list_teams(ctx, include_retired=True)) == 2
    with pytest.raises(ValidationError) as retired:
        volunteers.add_members(ctx, other, [a])
    assert retired.value.code == "team.retired"


def test_a_viewer_reads_but_may_not_edit(ctx: ServiceContext) -> None:
    volunteer = _volunteer(ctx, "王芳")
    sign_in_as(ctx, Role.VIEWER)
    assert [r.id for r in volunteers.list_volunteers(ctx)] == [volunteer]
    with pytest.raises(PermissionDenied):
        volunteers.set_status(ctx, volunteer, "paused")
    with pytest.raises(PermissionDenied):
        volunteers.create_team(ctx, TeamDraft("新队"))
