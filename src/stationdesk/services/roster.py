"""The volunteer roster (排班表) of a week or a month: each shift with its activity, place and time,
its roles with their capacity and the volunteers signed up, cancelled and moved shifts marked.

Three statements whatever the number of shifts (the shifts, their roles, their sign-ups), each a
range on the shift's start index, so a month opens as fast on ten years of weekly shifts as on one.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound
from stationdesk.store.models import (
    Activity,
    Person,
    Shift,
    ShiftAssignment,
    ShiftRole,
    ShiftSeries,
    Volunteer,
)


@dataclass(frozen=True)
class RosterPerson:
    assignment_id: str
    volunteer_id: str
    name: str


@dataclass(frozen=True)
class RosterRole:
    id: str
    name: str
    capacity: int
    people: tuple[RosterPerson, ...]

    @property
    def filled(self) -> int:
        return len(self.people)


@dataclass(frozen=True)
class RosterShift:
    id: str
    activity_id: str
    activity: str
    place: str
    starts_at: datetime
    ends_at: datetime
    cancelled: bool
    moved: bool  # an occurrence of a series moved off its planned day or time
    planned_on: date | None
    series_id: str | None
    note: str
    roles: tuple[RosterRole, ...]

    @property
    def filled(self) -> int:
        return sum(role.filled for role in self.roles)

    @property
    def needed(self) -> int:
        return sum(role.capacity for role in self.roles)


@dataclass(frozen=True)
class RosterPeriod:
    first: date
    last: date  # inclusive
    shifts: list[RosterShift]

    def on(self, day: date) -> list[RosterShift]:
        return [shift for shift in self.shifts if shift.starts_at.date() == day]


def week_of(day: date) -> tuple[date, date]:
    """Monday to Sunday of ``day``'s week."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def month_span(year: int, month: int) -> tuple[date, date]:
    if not (1 <= month <= 12 and 1900 <= year <= 9999):
        raise ValidationError("roster.bad_month", "a month from 1 to 12", {"year": year, "month": month})
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def week(ctx: ServiceContext, day: date) -> RosterPeriod:
    """The roster of ``day``'s week (Monday to Sunday)."""
    return period(ctx, *week_of(day))


def month(ctx: ServiceContext, year: int, month: int) -> RosterPeriod:
    return period(ctx, *month_span(year, month))


def period(ctx: ServiceContext, first: date, last: date) -> RosterPeriod:
    """Every live shift starting from ``first`` to ``last`` (inclusive), in time order."""
    require(ctx, Action.VOLUNTEER_VIEW)
    start, end = datetime.combine(first, time()), datetime.combine(last + timedelta(days=1), time())
    in_range = (Shift.starts_at >= start) & (Shift.starts_at < end) & Shift.deleted.is_(False)
    with ctx.reading() as session:
        return RosterPeriod(first, last, _load(session, _shifts().where(in_range), in_range))


def shift(ctx: ServiceContext, shift_id: str) -> RosterShift:
    """One shift as the roster shows it."""
    require(ctx, Action.VOLUNTEER_VIEW)
    which = (Shift.id == shift_id) & Shift.deleted.is_(False)
    with ctx.reading() as session:
        found = _load(session, _shifts().where(which), which)
    if not found:
        raise NotFound("shift.not_found")
    return found[0]


def _shifts() -> Select[tuple[Shift, str, str, int | None]]:
    return (
        select(Shift, Activity.name, Activity.place, ShiftSeries.start_minute)
        .join(Activity, Activity.id == Shift.activity_id)
        .outerjoin(ShiftSeries, ShiftSeries.id == Shift.series_id)
        .order_by(Shift.starts_at, Activity.name, Shift.id)
    )


def _load(
    session: Session, shifts_query: Select[tuple[Shift, str, str, int | None]], which: object
) -> list[RosterShift]:
    roles_query = (
        select(ShiftRole.id, ShiftRole.shift_id, ShiftRole.name, ShiftRole.capacity)
        .join(Shift, Shift.id == ShiftRole.shift_id)
        .where(which, ShiftRole.deleted.is_(False))
        .order_by(ShiftRole.position, ShiftRole.name)
    )
    people_query = (
        select(ShiftAssignment.id, ShiftAssignment.role_id, Volunteer.id, Person.name)
        .join(Shift, Shift.id == ShiftAssignment.shift_id)
        .join(Volunteer, Volunteer.id == ShiftAssignment.volunteer_id)
        .join(Person, Person.id == Volunteer.person_id)
        .where(which, ShiftAssignment.withdrawn.is_(False), ShiftAssignment.deleted.is_(False))
        .order_by(ShiftAssignment.assigned_at, Person.name_pinyin)
    )
    people: dict[str, list[RosterPerson]] = defaultdict(list)
    for assignment_id, role_id, volunteer_id, name in session.execute(people_query):
        people[role_id].append(RosterPerson(assignment_id, volunteer_id, name))
    roles: dict[str, list[RosterRole]] = defaultdict(list)
    for role_id, shift_id, name, capacity in session.execute(roles_query):
        roles[shift_id].append(RosterRole(role_id, name, capacity, tuple(people.get(role_id, ()))))
    return [
        RosterShift(
            id=s.id,
            activity_id=s.activity_id,
            activity=activity,
            place=place,
            starts_at=s.starts_at,
            ends_at=s.ends_at,
            cancelled=s.cancelled,
            moved=_moved(s, start_minute),
            planned_on=s.planned_on,
            series_id=s.series_id,
            note=s.note,
            roles=tuple(roles.get(s.id, ())),
        )
        for s, activity, place, start_minute in session.execute(shifts_query)
    ]


def _moved(s: Shift, start_minute: int | None) -> bool:
    if s.planned_on is None or start_minute is None:
        return False
    return s.starts_at.date() != s.planned_on or s.starts_at.hour * 60 + s.starts_at.minute != start_minute
