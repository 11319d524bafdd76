"""Volunteer activities (志愿服务活动, e.g. 公益巴士进社区) and their shifts.

An activity has a place, a partner (services/partners.py) and a description; it is archived, never
removed. Its shifts are added one by one or as a repeating series (every N weeks on a weekday until a
day), holiday-aware by the rule of domain/shifts.py. A series' shift keeps the day it was planned for
(``planned_on``): moving or skipping one occurrence leaves the series whole, and extending the
series adds only the days it does not have yet. A shift is cancelled, never removed; its roles can
be changed, but never below the volunteers already signed up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action
from stationdesk.domain.shifts import (
    RoleSpec,
    SkippedDay,
    check_roles,
    check_times,
    parse_roles,
    roles_json,
    series_days,
)
from stationdesk.domain.training import Calendar
from stationdesk.services import holidays, named_lists
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound
from stationdesk.services.fields import one_line, trimmed
from stationdesk.store.models import Activity, Partner, Shift, ShiftAssignment, ShiftRole, ShiftSeries

NAME_MAX = 128
PLACE_MAX = 128
DESCRIPTION_MAX = 2000
NOTE_MAX = 256


@dataclass(frozen=True)
class ActivityDraft:
    name: str
    place: str = ""
    partner_id: str | None = None
    description: str = ""


@dataclass(frozen=True)
class ActivityInfo:
    id: str
    name: str
    place: str
    partner_id: str | None
    partner_name: str
    description: str
    archived: bool


@dataclass(frozen=True)
class SeriesDraft:
    """Every ``every_weeks`` weeks on ``first_day``'s weekday until ``until``, from ``start`` to
    ``end``, each shift with ``roles``. ``ignore_holidays``: plan without the holiday calendar (for a
    year it does not know yet: weekends are still weekends, nothing else is skipped)."""

    first_day: date
    until: date
    start: time
    end: time
    roles: Sequence[RoleSpec]
    every_weeks: int = 1
    ignore_holidays: bool = False


@dataclass(frozen=True)
class SeriesResult:
    series_id: str
    shift_ids: list[str]
    skipped: list[SkippedDay]


@dataclass(frozen=True)
class SeriesInfo:
    id: str
    activity_id: str
    first_day: date
    until: date
    every_weeks: int
    start: time
    end: time
    roles: tuple[RoleSpec, ...]
    ignore_holidays: bool


# --- activities ----------------------------------------------------------------------------------


def _clean_activity(session: Session, draft: ActivityDraft) -> ActivityDraft:
    name = one_line(draft.name, "activity.name_too_long", NAME_MAX)
    if not name:
        raise ValidationError("activity.name_required", "an activity needs a name")
    partner_id = draft.partner_id or None
    if partner_id is not None:
        partner = session.get(Partner, partner_id)
        if partner is None or partner.deleted:
            raise NotFound("partner.not_found")
    return ActivityDraft(
        name=name,
        place=one_line(draft.place, "activity.place_too_long", PLACE_MAX),
        partner_id=partner_id,
        description=trimmed(draft.description, "activity.description_too_long", DESCRIPTION_MAX),
    )


def activity_in(session: Session, activity_id: str) -> Activity:
    """The live activity, or NotFound (inside the caller's transaction)."""
    return named_lists.get_live(session, Activity, activity_id, "activity.not_found")


def create_activity(ctx: ServiceContext, draft: ActivityDraft) -> str:
    actor = require(ctx, Action.VOLUNTEER_EDIT)
    with ctx.transaction() as session:
        clean = _clean_activity(session, draft)
        row = Activity(
            name=clean.name,
            place=clean.place,
            partner_id=clean.partner_id,
            description=clean.description,
            archived=False,
            created_by=actor.user_id,
            deleted=False,
        )
        session.add(row)
        session.flush()
        return row.id


def update_activity(ctx: ServiceContext, activity_id: str, draft: ActivityDraft) -> None:
    require(ctx, Action.VOLUNTEER_EDIT)
    with ctx.transaction() as session:
        row = activity_in(session, activity_id)
        clean = _clean_activity(session, draft)
        row.name, row.place, row.partner_id = clean.name, clean.place, clean.partner_id
        row.description = clean.description


def archive_activity(ctx: ServiceContext, activity_id: str, archived: bool = True) -> None:
    """Take a finished activity out of the list (``archived=False`` brings it back); its shifts stay."""
    require(ctx, Action.VOLUNTEER_EDIT)
    with ctx.transaction() as session:
        activity_in(session, activity_id).archived = archived


def list_activities(ctx: ServiceContext, include_archived: bool = False) -> list[ActivityInfo]:
    """Activities by name, each with its partner's name."""
    require(ctx, Action.VOLUNTEER_VIEW)
    query = (
        select(Activity, Partner.name)
        .outerjoin(Partner, Partner.id == Activity.partner_id)
        .where(Activity.deleted.is_(False))
        .order_by(Activity.archived, Activity.name, Activity.id)
    )
    if not include_archived:
        query = query.where(Activity.archived.is_(False))
    with ctx.reading() as session:
        return [_activity_info(a, partner) for a, partner in session.execute(query)]


def get_activity(ctx: ServiceContext, activity_id: str) -> ActivityInfo:
    require(ctx, Action.VOLUNTEER_VIEW)
    with ctx.reading() as session:
        row = activity_in(session, activity_id)
        partner = session.get(Partner, row.partner_id) if row.partner_id else None
        return _activity_info(row, partner.name if partner else None)


def _activity_info(a: Activity, partner_name: str | None) -> ActivityInfo:
    return ActivityInfo(a.id, a.name, a.place, a.partner_id, partner_name or "", a.description, a.archived)


# --- shifts --------------------------------------------------------------------------------------


def _add_shift(
    session: Session,
    activity_id: str,
    starts_at: datetime,
    ends_at: datetime,
    roles: Sequence[RoleSpec],
    *,
    series_id: str | None = None,
    note: str = "",
) -> str:
    shift = Shift(
        activity_id=activity_id,
        series_id=series_id,
        planned_on=starts_at.date() if series_id else None,
        starts_at=starts_at,
        ends_at=ends_at,
        cancelled=False,
        note=note,
        deleted=False,
    )
    session.add(shift)
    session.flush()
    session.add_all(
        ShiftRole(shift_id=shift.id, name=role.name, capacity=role.capacity, position=i, deleted=False)
        for i, role in enumerate(roles)
    )
    return shift.id


def add_shift(
    ctx: ServiceContext,
    activity_id: str,
    starts_at: datetime,
    ends_at: datetime,
    roles: Sequence[RoleSpec],
    note: str = "",
) -> str:
    """One shift of the activity with its roles. Refused: it ends before it starts or lasts more
    than a day, bad roles."""
    require(ctx, Action.VOLUNTEER_EDIT)
    check_times(starts_at, ends_at)
    clean_roles = check_roles(roles)
    clean_note = one_line(note, "shifts.note_too_long", NOTE_MAX)
    with ctx.transaction() as session:
        activity_in(session, activity_id)
        return _add_shift(session, activity_id, starts_at, ends_at, clean_roles, note=clean_note)


def shift_in(session: Session, shift_id: str) -> Shift:
    return named_lists.get_live(session, Shift, shift_id, "shift.not_found")


def _calendar(ignore_holidays: bool) -> Calendar:
    return holidays.ignoring_holidays if ignore_holidays else holidays.day_kind


def _minute(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def _times(day: date, start_minute: int, end_minute: int) -> tuple[datetime, datetime]:
    midnight = datetime.combine(day, time())
    return (
        midnight.replace(hour=start_minute // 60, minute=start_minute % 60),
        midnight.replace(hour=end_minute // 60, minute=end_minute % 60),
    )


def add_series(ctx: ServiceContext, activity_id: str, draft: SeriesDraft) -> SeriesResult:
    """The series and all its shifts with their roles, in one transaction; says which days were
    skipped and why. A year the holiday calendar does not know: refused
    (``training.holidays_unknown``) unless ``ignore_holidays``."""
    require(ctx, Action.VOLUNTEER_EDIT)
    if draft.end <= draft.start:
        raise ValidationError("shifts.ends_before_start", "the shift ends before it starts")
    roles = check_roles(draft.roles)
    plan = series_days(draft.first_day, draft.until, draft.every_weeks, _calendar(draft.ignore_holidays))
    with ctx.transaction() as session:
        activity_in(session, activity_id)
        series = ShiftSeries(
            activity_id=activity_id,
            first_day=draft.first_day,
            until=draft.until,
            every_weeks=draft.every_weeks,
            start_minute=_minute(draft.start),
            end_minute=_minute(draft.end),
            roles=roles_json(roles),
            ignore_holidays=draft.ignore_holidays,
            deleted=False,
        )
        session.add(series)
        session.flush()
        ids = [
            _add_shift(
                session,
                activity_id,
                *_times(day, series.start_minute, series.end_minute),
                roles,
                series_id=series.id,
            )
            for day in plan.days
        ]
        return SeriesResult(series.id, ids, plan.skipped)


def extend_series(ctx: ServiceContext, series_id: str, until: date) -> SeriesResult:
    """Move the series' last day to ``until`` (not earlier than it is) and add the shifts of the
    days it takes place on that it has no shift for yet (a moved or cancelled occurrence counts as
    had): extending twice never doubles a day."""
    require(ctx, Action.VOLUNTEER_EDIT)
    with ctx.transaction() as session:
        series = named_lists.get_live(session, ShiftSeries, series_id, "shifts.series_not_found")
        if until < series.until:
            raise ValidationError(
                "shifts.until_earlier", "a series is extended, not shortened", {"until": series.until}
            )
        calendar = _calendar(series.ignore_holidays)
        plan = series_days(series.first_day, until, series.every_weeks, calendar)
        had = set(session.scalars(select(Shift.planned_on).where(Shift.series_id == series_id)))
        roles = parse_roles(series.roles)
        ids = [
            _add_shift(
                session,
                series.activity_id,
                *_times(day, series.start_minute, series.end_minute),
                roles,
                series_id=series.id,
            )
            for day in plan.days
            if day not in had
        ]
        skipped = [s for s in plan.skipped if s.day > series.until]
        series.until = until
        return SeriesResult(series.id, ids, skipped)


def get_series(ctx: ServiceContext, series_id: str) -> SeriesInfo:
    require(ctx, Action.VOLUNTEER_VIEW)
    with ctx.reading() as session:
        s = named_lists.get_live(session, ShiftSeries, series_id, "shifts.series_not_found")
        start, end = _times(s.first_day, s.start_minute, s.end_minute)
        return SeriesInfo(
            s.id,
            s.activity_id,
            s.first_day,
            s.until,
            s.every_weeks,
            start.time(),
            end.time(),
            parse_roles(s.roles),
            s.ignore_holidays,
        )


def move_shift(
    ctx: ServiceContext, shift_id: str, starts_at: datetime, ends_at: datetime, note: str | None = None
) -> None:
    """Move one shift (one occurrence of a series) to another day or time. It keeps the day it
    was planned for, so the series stays whole; its roles and sign-ups go with it."""
    require(ctx, Action.VOLUNTEER_EDIT)
    check_times(starts_at, ends_at)
    clean_note = None if note is None else one_line(note, "shifts.note_too_long", NOTE_MAX)
    with ctx.transaction() as session:
        shift = shift_in(session, shift_id)
        if shift.cancelled:
            raise ValidationError("shifts.cancelled", "a cancelled shift cannot be moved")
        shift.starts_at, shift.ends_at = starts_at, ends_at
        if clean_note is not None:
            shift.note = clean_note


def cancel_shift(ctx: ServiceContext, shift_id: str, cancelled: bool = True, note: str | None = None) -> None:
    """Skip (cancel) one shift, or take it back with ``cancelled=False``; its sign-ups stay on
    record, the rest of the series is untouched."""
    require(ctx, Action.VOLUNTEER_EDIT)
    clean_note = None if note is None else one_line(note, "shifts.note_too_long", NOTE_MAX)
    with ctx.transaction() as session:
        shift = shift_in(session, shift_id)
        shift.cancelled = cancelled
        if clean_note is not None:
            shift.note = clean_note


def signed_up(session: Session, shift_id: str) -> dict[str, int]:
    """Role id -> the number of volunteers signed up for it (not withdrawn)."""
    query = (
        select(ShiftAssignment.role_id, func.count(ShiftAssignment.id))
        .where(
            ShiftAssignment.shift_id == shift_id,
            ShiftAssignment.withdrawn.is_(False),
            ShiftAssignment.deleted.is_(False),
        )
        .group_by(ShiftAssignment.role_id)
    )
    return {role_id: count for role_id, count in session.execute(query)}


def set_roles(ctx: ServiceContext, shift_id: str, roles: Sequence[RoleSpec]) -> None:
    """Give one shift these roles, in this order. A role keeps its sign-ups by its name; refused:
    a capacity below those already signed up (``shifts.capacity_below_signups``), or leaving out a
    role that has sign-ups (``shifts.role_has_signups``)."""
    require(ctx, Action.VOLUNTEER_EDIT)
    clean = check_roles(roles)
    with ctx.transaction() as session:
        shift_in(session, shift_id)
        current = {
            role.name: role
            for role in session.scalars(
                select(ShiftRole).where(ShiftRole.shift_id == shift_id, ShiftRole.deleted.is_(False))
            )
        }
        taken = signed_up(session, shift_id)
        wanted = {role.name for role in clean}
        for name, role in current.items():
            if name not in wanted and taken.get(role.id, 0):
                raise ValidationError(
                    "shifts.role_has_signups",
                    "volunteers are signed up for this role",
                    {"name": name, "count": taken[role.id]},
                )
        for position, spec in enumerate(clean):
            if (role := current.get(spec.name)) is None:
                session.add(
                    ShiftRole(
                        shift_id=shift_id,
                        name=spec.name,
                        capacity=spec.capacity,
                        position=position,
                        deleted=False,
                    )
                )
                continue
            if spec.capacity < (count := taken.get(role.id, 0)):
                raise ValidationError(
                    "shifts.capacity_below_signups",
                    "more volunteers are signed up than the new capacity",
                    {"name": spec.name, "count": count, "capacity": spec.capacity},
                )
            role.capacity, role.position = spec.capacity, position
        for name, role in current.items():
            if name not in wanted:
                role.deleted = True
