"""What the hours tab lists: today's desk, the approvals queue, and totals per volunteer, team or
activity over a period. Every figure counts only the entries services/hours_count.counts() keeps.

Totals are one grouped statement each. By team, an entry counts for the team(s) the volunteer was a
member of on the service day (a volunteer in two teams counts for both; one in none appears under
"no team", ``key`` None); by activity, entries without one appear under ``key`` None.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from stationdesk.domain.hours import period_days
from stationdesk.domain.roles import Action
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.hours_count import counts, superseded, waiting
from stationdesk.store.models import (
    Activity,
    HoursEntry,
    Person,
    Shift,
    ShiftAssignment,
    ShiftRole,
    TeamMember,
    User,
    Volunteer,
    VolunteerCheck,
    VolunteerTeam,
)


class Grouping(StrEnum):
    VOLUNTEER = "volunteer"
    TEAM = "team"
    ACTIVITY = "activity"


@dataclass(frozen=True)
class Total:
    key: str | None  # the volunteer's, team's or activity's id; None: no team, no activity
    label: str
    volunteers: int
    entries: int
    minutes: int


def totals(ctx: ServiceContext, by: Grouping | str, first: date, last: date) -> list[Total]:
    """Counted hours per volunteer, team or activity served from ``first`` to ``last`` (both
    included), the most hours first."""
    require(ctx, Action.VOLUNTEER_VIEW)
    period_days(first, last)
    by = Grouping(by)
    in_period = (HoursEntry.service_date >= first, HoursEntry.service_date <= last, counts())
    measures = (
        func.count(func.distinct(HoursEntry.volunteer_id)).label("volunteers"),
        func.count(HoursEntry.id).label("entries"),
        func.coalesce(func.sum(HoursEntry.credited_minutes), 0).label("minutes"),
    )
    if by == Grouping.TEAM:
        member_then = and_(
            TeamMember.volunteer_id == HoursEntry.volunteer_id,
            TeamMember.deleted.is_(False),
            TeamMember.joined_on <= HoursEntry.service_date,
            or_(TeamMember.left_on.is_(None), TeamMember.left_on >= HoursEntry.service_date),
        )
        key = TeamMember.team_id
        grouped = (
            select(key.label("key"), *measures).select_from(HoursEntry).outerjoin(TeamMember, member_then)
        )
    else:
        key = HoursEntry.volunteer_id if by == Grouping.VOLUNTEER else HoursEntry.activity_id
        grouped = select(key.label("key"), *measures)
    # Sum first, name after: the names of a few hundred groups, not of every entry.
    sums = grouped.where(*in_period).group_by(key).subquery()
    if by == Grouping.VOLUNTEER:
        label = (
            select(Person.name)
            .join(Volunteer, Volunteer.person_id == Person.id)
            .where(Volunteer.id == sums.c.key)
        )
    elif by == Grouping.TEAM:
        label = select(VolunteerTeam.name).where(VolunteerTeam.id == sums.c.key)
    else:
        label = select(Activity.name).where(Activity.id == sums.c.key)
    name = label.scalar_subquery()
    query = select(sums.c.key, name, sums.c.volunteers, sums.c.entries, sums.c.minutes).order_by(
        sums.c.minutes.desc(), name
    )
    with ctx.reading() as session:
        return [Total(k, n or "", v, e, int(m)) for k, n, v, e, m in session.execute(query)]


@dataclass(frozen=True)
class EntryRow:
    """An hours entry as the approvals queue shows it."""

    id: str
    volunteer_id: str
    volunteer: str
    service_date: date
    activity: str
    starts_at: datetime | None
    ends_at: datetime | None
    minutes: int
    content: str
    source: str
    flag: str
    recorded_by: str  # the user's display name
    recorded_by_id: str
    recorded_at: datetime
    replaces_minutes: int | None  # a correction: what the entry it replaces credited


def approvals_queue(ctx: ServiceContext) -> list[EntryRow]:
    """The entries waiting for a coordinator (hours_count.waiting()), the oldest service first."""
    require(ctx, Action.VOLUNTEER_VIEW)
    old = aliased(HoursEntry)
    query = (
        select(HoursEntry, Person.name, Activity.name, User.display_name, old.credited_minutes)
        .join(Volunteer, Volunteer.id == HoursEntry.volunteer_id)
        .join(Person, Person.id == Volunteer.person_id)
        .outerjoin(Activity, Activity.id == HoursEntry.activity_id)
        .outerjoin(User, User.id == HoursEntry.recorded_by)
        .outerjoin(old, old.id == HoursEntry.supersedes_id)
        .where(waiting())
        .order_by(HoursEntry.service_date, HoursEntry.starts_at, Person.name_pinyin)
    )
    with ctx.reading() as session:
        return [
            EntryRow(
                e.id,
                e.volunteer_id,
                name,
                e.service_date,
                activity or "",
                e.starts_at,
                e.ends_at,
                e.credited_minutes,
                e.content,
                e.source,
                e.flag,
                user or "",
                e.recorded_by,
                e.recorded_at,
                replaced,
            )
            for e, name, activity, user, replaced in session.execute(query)
        ]


@dataclass(frozen=True)
class DeskRow:
    """One volunteer on today's desk: signed up for a shift, or come for a walk-up service."""

    volunteer_id: str
    name: str
    code: str
    shift_id: str | None
    activity: str
    starts_at: datetime | None  # the shift's
    ends_at: datetime | None
    role: str
    checked_in_at: datetime | None
    checked_out_at: datetime | None
    minutes: int | None  # credited by the live entry, once there is one
    flag: str


def desk_day(ctx: ServiceContext, on: date) -> list[DeskRow]:
    """Today's shifts with their volunteers and who is checked in or out, and the walk-ups, by
    shift time then name: three statements."""
    require(ctx, Action.VOLUNTEER_VIEW)
    with ctx.reading() as session:
        checks = _checks_of_day(session, on)
        entries = _entries_of_day(session, on)
        rows = []
        for vid, name, code, shift, activity, role in _signed_up(session, on):
            came = checks.pop((vid, shift.id), None)
            minutes, flag = entries.get((vid, shift.id), (None, ""))
            rows.append(
                DeskRow(
                    vid,
                    name,
                    code,
                    shift.id,
                    activity,
                    shift.starts_at,
                    shift.ends_at,
                    role,
                    came[0] if came else None,
                    came[1] if came else None,
                    minutes,
                    flag,
                )
            )
        for (vid, shift_id), (came, left, name, code, activity) in checks.items():
            minutes, flag = entries.get((vid, shift_id), (None, ""))
            rows.append(
                DeskRow(vid, name, code, shift_id, activity, None, None, "", came, left, minutes, flag)
            )
    return sorted(rows, key=lambda r: (r.starts_at or r.checked_in_at or datetime.max, r.name))


def _signed_up(session: Session, on: date) -> list[tuple[str, str, str, Shift, str, str]]:
    start = datetime.combine(on, datetime.min.time())
    end = datetime.combine(on, datetime.max.time())
    query = (
        select(Volunteer.id, Person.name, Volunteer.code, Shift, Activity.name, ShiftRole.name)
        .join(ShiftAssignment, ShiftAssignment.shift_id == Shift.id)
        .join(ShiftRole, ShiftRole.id == ShiftAssignment.role_id)
        .join(Activity, Activity.id == Shift.activity_id)
        .join(Volunteer, Volunteer.id == ShiftAssignment.volunteer_id)
        .join(Person, Person.id == Volunteer.person_id)
        .where(
            Shift.starts_at.between(start, end),
            Shift.deleted.is_(False),
            Shift.cancelled.is_(False),
            ShiftAssignment.withdrawn.is_(False),
            ShiftAssignment.deleted.is_(False),
        )
    )
    return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]


def _checks_of_day(
    session: Session, on: date
) -> dict[tuple[str, str | None], tuple[datetime, datetime | None, str, str, str]]:
    """(volunteer, shift) -> the first check-in of the day, the check-out after it, name, code,
    the shift's activity."""
    start = datetime.combine(on, datetime.min.time())
    end = datetime.combine(on, datetime.max.time())
    query = (
        select(VolunteerCheck, Person.name, Volunteer.code, Activity.name)
        .join(Volunteer, Volunteer.id == VolunteerCheck.volunteer_id)
        .join(Person, Person.id == Volunteer.person_id)
        .outerjoin(Shift, Shift.id == VolunteerCheck.shift_id)
        .outerjoin(Activity, Activity.id == Shift.activity_id)
        .where(VolunteerCheck.at.between(start, end))
        .order_by(VolunteerCheck.at, VolunteerCheck.id)
    )
    out: dict[tuple[str, str | None], tuple[datetime, datetime | None, str, str, str]] = {}
    for check, name, code, activity in session.execute(query):
        key = (check.volunteer_id, check.shift_id)
        if check.kind == "in" and key not in out:
            out[key] = (check.at, None, name, code, activity or "")
        elif check.kind == "out" and key in out:
            came, _left, *rest = out[key]
            out[key] = (came, check.at, *rest)
    return out


def _entries_of_day(session: Session, on: date) -> dict[tuple[str, str | None], tuple[int, str]]:
    query = select(
        HoursEntry.volunteer_id, HoursEntry.shift_id, HoursEntry.credited_minutes, HoursEntry.flag
    ).where(HoursEntry.service_date == on, ~superseded())
    return {(vid, shift): (minutes, flag) for vid, shift, minutes, flag in session.execute(query)}
