"""Sign-ups (排班报名): volunteers, or a whole team, assigned to a role on a shift.

Assigning says what a coordinator should know before it happens, without raising, so the screen can
ask: a volunteer already on another shift at an overlapping time (a clash), a role that would be
over its capacity. While there are such warnings nothing is written unless ``force=True``. A paused
or departed volunteer is refused outright. A sign-up is withdrawn, never removed.

Like the training enrolments, sign-ups are planning data and are not put on the audit log; the
printed and exported rosters are (services/roster_printouts.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action
from stationdesk.services import named_lists, volunteers
from stationdesk.services.activities import shift_in, signed_up
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.store.models import (
    Activity,
    Person,
    Shift,
    ShiftAssignment,
    ShiftRole,
    TeamMember,
    Volunteer,
    VolunteerTeam,
)

ACTIVE = "active"
CANDIDATES_MAX = 200


@dataclass(frozen=True)
class SignupWarning:
    """``signup.clash``: the volunteer is on ``other`` (activity and start) at an overlapping time;
    ``signup.full``: the role would have ``count`` of ``capacity``."""

    code: str
    volunteer_id: str = ""
    name: str = ""
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class SignupResult:
    """``written``: the sign-ups were made (no warnings, or forced). ``already``: volunteers who
    were on the shift already (left as they are); ``inactive``: a team's paused or departed members
    (left out)."""

    written: bool
    assignment_ids: list[str]
    warnings: list[SignupWarning]
    already: list[str] = field(default_factory=list)
    inactive: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Candidate:
    volunteer_id: str
    name: str
    organisation: str
    on_shift: bool  # already signed up for this shift
    clash: bool  # on another shift at an overlapping time


@dataclass(frozen=True)
class TeamChoice:
    id: str
    name: str
    members: int


def _live_assignment() -> object:
    return ShiftAssignment.withdrawn.is_(False) & ShiftAssignment.deleted.is_(False)


def _clashing(
    session: Session, shift: Shift, volunteer_ids: Sequence[str]
) -> dict[str, tuple[str, datetime]]:
    """Volunteer id -> (activity, start) of another live shift of theirs overlapping ``shift``."""
    query = (
        select(ShiftAssignment.volunteer_id, Activity.name, Shift.starts_at)
        .join(Shift, Shift.id == ShiftAssignment.shift_id)
        .join(Activity, Activity.id == Shift.activity_id)
        .where(
            ShiftAssignment.volunteer_id.in_(volunteer_ids),
            _live_assignment(),
            Shift.id != shift.id,
            Shift.cancelled.is_(False),
            Shift.deleted.is_(False),
            Shift.starts_at < shift.ends_at,
            Shift.ends_at > shift.starts_at,
        )
        .order_by(Shift.starts_at)
    )
    found: dict[str, tuple[str, datetime]] = {}
    for volunteer_id, activity, starts in session.execute(query):
        found.setdefault(volunteer_id, (activity, starts))
    return found


def _names(session: Session, volunteer_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """Volunteer id -> (name, status) of the live volunteers among ``volunteer_ids``."""
    query = (
        select(Volunteer.id, Person.name, Volunteer.status)
        .join(Person, Person.id == Volunteer.person_id)
        .where(Volunteer.id.in_(volunteer_ids), Volunteer.deleted.is_(False))
    )
    return {vid: (name, status) for vid, name, status in session.execute(query)}


def _assign(
    session: Session,
    ctx_user: str,
    shift_id: str,
    role_id: str,
    volunteer_ids: Sequence[str],
    force: bool,
    inactive: list[str],
) -> SignupResult:
    shift = shift_in(session, shift_id)
    if shift.cancelled:
        raise ValidationError("shifts.cancelled", "nobody signs up for a cancelled shift")
    role = named_lists.get_live(session, ShiftRole, role_id, "shifts.role_not_found")
    if role.shift_id != shift_id:
        raise ValidationError("shifts.role_not_found", "the role is not one of the shift's")
    wanted = list(dict.fromkeys(volunteer_ids))
    people = _names(session, wanted)
    for volunteer_id in wanted:
        if volunteer_id not in people:
            raise ValidationError("signup.volunteer_not_found", "no such volunteer")
        name, status = people[volunteer_id]
        if status != ACTIVE:
            raise ValidationError("signup.not_active", "a paused or departed volunteer", {"name": name})
    on_shift = set(
        session.scalars(
            select(ShiftAssignment.volunteer_id).where(
                ShiftAssignment.shift_id == shift_id, _live_assignment()
            )
        )
    )
    already = [v for v in wanted if v in on_shift]
    new = [v for v in wanted if v not in on_shift]
    warnings = [
        SignupWarning("signup.clash", v, people[v][0], {"activity": activity, "starts_at": starts})
        for v, (activity, starts) in _clashing(session, shift, new).items()
    ]
    count = signed_up(session, shift_id).get(role_id, 0) + len(new)
    if count > role.capacity:
        warnings.append(
            SignupWarning(
                "signup.full", params={"role": role.name, "count": count, "capacity": role.capacity}
            )
        )
    if warnings and not force:
        return SignupResult(False, [], warnings, already, inactive)
    now = datetime.now()
    rows = [
        ShiftAssignment(
            shift_id=shift_id,
            role_id=role_id,
            volunteer_id=v,
            assigned_by=ctx_user,
            assigned_at=now,
            withdrawn=False,
            deleted=False,
        )
        for v in new
    ]
    session.add_all(rows)
    session.flush()
    return SignupResult(True, [row.id for row in rows], warnings, already, inactive)


def assign(
    ctx: ServiceContext, shift_id: str, role_id: str, volunteer_ids: Sequence[str], *, force: bool = False
) -> SignupResult:
    """Sign the volunteers up for the role, in one transaction. With a clash or a full role and
    without ``force``, nothing is written and the warnings come back for the user to confirm.
    Refused: a paused or departed volunteer, a cancelled shift, a role not of the shift."""
    actor = require(ctx, Action.VOLUNTEER_EDIT)
    if not volunteer_ids:
        raise ValidationError("signup.nobody", "choose at least one volunteer")
    with ctx.transaction() as session:
        return _assign(session, actor.user_id, shift_id, role_id, volunteer_ids, force, [])


def team_members_on(session: Session, team_id: str, day: date) -> list[tuple[str, str]]:
    """(volunteer id, status) of the team's members on ``day``, by name."""
    query = (
        select(TeamMember.volunteer_id, Volunteer.status)
        .join(Volunteer, Volunteer.id == TeamMember.volunteer_id)
        .join(Person, Person.id == Volunteer.person_id)
        .where(
            TeamMember.team_id == team_id,
            TeamMember.deleted.is_(False),
            Volunteer.deleted.is_(False),
            TeamMember.joined_on <= day,
            or_(TeamMember.left_on.is_(None), TeamMember.left_on >= day),
        )
        .order_by(Person.name_pinyin, Person.id)
    )
    return [(vid, status) for vid, status in session.execute(query)]


def assign_team(
    ctx: ServiceContext, shift_id: str, role_id: str, team_id: str, *, force: bool = False
) -> SignupResult:
    """Sign up the team's members on the shift's day, as :func:`assign`; its paused or departed
    members are left out (``inactive``)."""
    actor = require(ctx, Action.VOLUNTEER_EDIT)
    with ctx.transaction() as session:
        named_lists.get_live(session, VolunteerTeam, team_id, "team.not_found")
        day = shift_in(session, shift_id).starts_at.date()
        members = team_members_on(session, team_id, day)
        active = [vid for vid, status in members if status == ACTIVE]
        inactive = [vid for vid, status in members if status != ACTIVE]
        if not active:
            raise ValidationError("signup.team_empty", "the team has no active members on that day")
        return _assign(session, actor.user_id, shift_id, role_id, active, force, inactive)


def withdraw(ctx: ServiceContext, assignment_id: str) -> None:
    """Take a volunteer off a shift (the sign-up stays on record, withdrawn)."""
    require(ctx, Action.VOLUNTEER_EDIT)
    with ctx.transaction() as session:
        row = named_lists.get_live(session, ShiftAssignment, assignment_id, "signup.not_found")
        row.withdrawn = True


def candidates(
    ctx: ServiceContext, shift_id: str, text: str = "", limit: int = CANDIDATES_MAX
) -> list[Candidate]:
    """Active volunteers to pick for a shift, found as the volunteer list finds them (name, pinyin,
    phone tail, check-in code, organisation; all of them when ``text`` is empty), each marked when
    already on the shift or on another at an overlapping time."""
    require(ctx, Action.VOLUNTEER_VIEW)
    query = (
        select(Volunteer.id, Person.name, Volunteer.organisation)
        .join(Person, Person.id == Volunteer.person_id)
        .where(Volunteer.deleted.is_(False), Volunteer.status == ACTIVE)
        .order_by(Person.name_pinyin, Person.id)
        .limit(limit)
    )
    if text.strip():
        query = query.where(volunteers.matches(text))
    with ctx.reading() as session:
        shift = shift_in(session, shift_id)
        rows = session.execute(query).all()
        ids = [vid for vid, _name, _org in rows]
        on_shift = set(
            session.scalars(
                select(ShiftAssignment.volunteer_id).where(
                    ShiftAssignment.shift_id == shift_id, _live_assignment()
                )
            )
        )
        clashes = _clashing(session, shift, ids)
    return [Candidate(vid, name, org, vid in on_shift, vid in clashes) for vid, name, org in rows]


def teams(ctx: ServiceContext) -> list[TeamChoice]:
    """The teams in use, by name, each with its number of current members."""
    require(ctx, Action.VOLUNTEER_VIEW)
    today = date.today()
    members = (
        select(TeamMember.team_id, func.count(TeamMember.id).label("n"))
        .where(
            TeamMember.deleted.is_(False),
            TeamMember.joined_on <= today,
            or_(TeamMember.left_on.is_(None), TeamMember.left_on >= today),
        )
        .group_by(TeamMember.team_id)
        .subquery()
    )
    query = (
        select(VolunteerTeam.id, VolunteerTeam.name, members.c.n)
        .outerjoin(members, members.c.team_id == VolunteerTeam.id)
        .where(VolunteerTeam.deleted.is_(False), VolunteerTeam.retired.is_(False))
        .order_by(VolunteerTeam.name)
    )
    with ctx.reading() as session:
        return [TeamChoice(tid, name, n or 0) for tid, name, n in session.execute(query)]
