"""A small volunteer station for the hours tests (services and screens): volunteers with card codes,
an activity with a shift today-ish and who signed up for it. Rows are written directly: the
volunteer and shift services are other helpers' work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from stationdesk.domain.codes import new_code
from stationdesk.services import people
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from stationdesk.store.models import (
    Activity,
    Shift,
    ShiftAssignment,
    ShiftRole,
    TeamMember,
    Volunteer,
    VolunteerTeam,
)

DAY = date(2026, 11, 25)  # a Wednesday: the weekly bus
VOLUNTEERS = {"张伟": "13912340001", "艾琳": "13912340002", "王芳": "13912340003", "王方": "13912350003"}


@dataclass(frozen=True)
class Desk:
    volunteers: dict[str, str]  # name -> volunteer id
    codes: dict[str, str]  # name -> card code
    activity: str
    shift: str  # DAY 14:00-17:00, everyone but 王方 signed up
    team: str  # 张伟 and 艾琳


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


def add_volunteer(ctx: ServiceContext, name: str, phone: str = "", status: str = "active") -> tuple[str, str]:
    person = people.create(ctx, PersonDraft(name=name, phone=phone or None))
    code = new_code()
    with ctx.transaction() as session:
        row = Volunteer(
            person_id=person, code=code, registered_on=date(2024, 3, 1), status=status, deleted=False
        )
        session.add(row)
        session.flush()
        return row.id, code


def add_shift(
    ctx: ServiceContext, activity: str, starts: datetime, ends: datetime, volunteers: list[str]
) -> str:
    with ctx.transaction() as session:
        shift = Shift(activity_id=activity, starts_at=starts, ends_at=ends, cancelled=False, deleted=False)
        session.add(shift)
        session.flush()
        role = ShiftRole(shift_id=shift.id, name="助手", capacity=8, position=0, deleted=False)
        session.add(role)
        session.flush()
        for volunteer in volunteers:
            by = ctx.actor.user_id if ctx.actor else ""
            session.add(
                ShiftAssignment(
                    shift_id=shift.id,
                    role_id=role.id,
                    volunteer_id=volunteer,
                    assigned_by=by,
                    assigned_at=starts,
                    withdrawn=False,
                    deleted=False,
                )
            )
        return shift.id


def make_desk(ctx: ServiceContext, day: date = DAY) -> Desk:
    ids, card = {}, {}
    for name, phone in VOLUNTEERS.items():
        ids[name], card[name] = add_volunteer(ctx, name, phone)
    assert ctx.actor is not None
    with ctx.transaction() as session:
        activity = Activity(
            name="公益巴士进社区", place="七星街道", created_by=ctx.actor.user_id, deleted=False
        )
        team = VolunteerTeam(name="嘉兴学院志愿队", deleted=False)
        session.add_all([activity, team])
        session.flush()
        for name in ("张伟", "艾琳"):
            session.add(TeamMember(team_id=team.id, volunteer_id=ids[name], leader=False,
                                   joined_on=date(2024, 3, 1), deleted=False))  # fmt: skip
        activity_id, team_id = activity.id, team.id
    signed_up = [ids[n] for n in ("张伟", "艾琳", "王芳")]
    shift = add_shift(ctx, activity_id, at(14, day=day), at(17, day=day), signed_up)
    return Desk(ids, card, activity_id, shift, team_id)
