"""Training programmes (培训项目) and their sessions: set up a course, a salon series or a camp.

A programme has a type, organiser, trainers, target groups, a completion rule and the
continuing-education time each session is worth. Sessions are added one by one or as a series
(every Tuesday for 6 weeks, or on working days) that skips public holidays and takes make-up
workdays, from the holiday calendar (services/holidays.py). A session is cancelled, never removed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action
from stationdesk.domain.training import (
    ATTENDED,
    Calendar,
    CompletionRule,
    ProgrammeType,
    RuleKind,
    TargetGroup,
    weekly_series,
    workday_series,
)
from stationdesk.services import holidays, named_lists
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound
from stationdesk.services.fields import one_line
from stationdesk.store.models import Enrolment, Programme, SessionAttendance, TrainingSession

NAME_MAX = 128
TEXT_MAX = 128
TOPIC_MAX = 256
MINUTES_MAX = 24 * 60


@dataclass(frozen=True)
class ProgrammeDraft:
    name: str
    kind: str
    rule: CompletionRule
    minutes_per_session: int = 0
    organiser: str = ""
    trainers: str = ""
    target_groups: Sequence[str] = ()
    notes: str = ""


@dataclass(frozen=True)
class ProgrammeInfo:
    id: str
    name: str
    kind: str
    rule: CompletionRule
    minutes_per_session: int
    organiser: str
    trainers: str
    target_groups: tuple[str, ...]
    notes: str
    archived: bool
    sessions: int
    first_day: date | None
    last_day: date | None
    participants: int = 0


@dataclass(frozen=True)
class SessionDraft:
    day: date | None
    start: time | None
    end: time | None
    venue: str = ""
    trainer: str = ""
    topic: str = ""
    capacity: int | None = None
    minutes: int | None = None  # None: the programme's time per session
    late_after_minutes: int = 10


@dataclass(frozen=True)
class SessionInfo:
    id: str
    programme_id: str
    starts_at: datetime
    ends_at: datetime
    venue: str
    trainer: str
    topic: str
    capacity: int | None
    minutes: int  # continuing-education time this session is worth
    late_after_minutes: int
    cancelled: bool


@dataclass(frozen=True)
class SessionRow:
    """A session as the programme's session list shows it: with how many have signed in."""

    info: SessionInfo
    signed_in: int
    own_minutes: int | None = None  # None: the session counts the programme's time per session

    @property
    def id(self) -> str:
        return self.info.id


@dataclass(frozen=True)
class SeriesResult:
    session_ids: list[str]
    skipped_holidays: list[date] = field(default_factory=list)


# --- checks --------------------------------------------------------------------------------------


def _clean_programme(draft: ProgrammeDraft) -> ProgrammeDraft:
    name = one_line(draft.name, "training.name_too_long", NAME_MAX)
    if not name:
        raise ValidationError("training.name_required", "a programme needs a name")
    if draft.kind not in {kind.value for kind in ProgrammeType}:
        raise ValidationError("training.kind_required", "choose the type of programme")
    groups = tuple(dict.fromkeys(draft.target_groups))
    if any(group not in {g.value for g in TargetGroup} for group in groups):
        raise ValidationError("training.bad_target_group", "unknown target group")
    if not 0 <= draft.minutes_per_session <= MINUTES_MAX:
        raise ValidationError("training.bad_minutes", "0 to 24 hours a session")
    return ProgrammeDraft(
        name=name,
        kind=draft.kind,
        rule=draft.rule,
        minutes_per_session=draft.minutes_per_session,
        organiser=one_line(draft.organiser, "training.organiser_too_long", TEXT_MAX),
        trainers=one_line(draft.trainers, "training.trainers_too_long", 256),
        target_groups=groups,
        notes=draft.notes.strip(),
    )


def _clean_session(draft: SessionDraft) -> tuple[datetime, datetime, SessionDraft]:
    if draft.day is None or draft.start is None or draft.end is None:
        raise ValidationError("session.time_required", "a session needs its day, start and end")
    if draft.end <= draft.start:
        raise ValidationError("session.ends_before_start", "the session ends before it starts")
    if draft.capacity is not None and draft.capacity < 1:
        raise ValidationError("session.bad_capacity", "a capacity of at least 1, or none")
    if draft.minutes is not None and not 0 <= draft.minutes <= MINUTES_MAX:
        raise ValidationError("training.bad_minutes", "0 to 24 hours a session")
    if not 0 <= draft.late_after_minutes <= 240:
        raise ValidationError("session.bad_grace", "late after 0 to 240 minutes")
    clean = SessionDraft(
        day=draft.day,
        start=draft.start,
        end=draft.end,
        venue=one_line(draft.venue, "session.venue_too_long", TEXT_MAX),
        trainer=one_line(draft.trainer, "session.trainer_too_long", 64),
        topic=one_line(draft.topic, "session.topic_too_long", TOPIC_MAX),
        capacity=draft.capacity,
        minutes=draft.minutes,
        late_after_minutes=draft.late_after_minutes,
    )
    return datetime.combine(draft.day, draft.start), datetime.combine(draft.day, draft.end), clean


def programme_in(session: Session, programme_id: str) -> Programme:
    """The live programme, or NotFound (inside the caller's transaction)."""
    return named_lists.get_live(session, Programme, programme_id, "training.programme_not_found")


# --- programmes ----------------------------------------------------------------------------------


def create_programme(ctx: ServiceContext, draft: ProgrammeDraft) -> str:
    actor = require(ctx, Action.TRAINING_EDIT)
    clean = _clean_programme(draft)
    with ctx.transaction() as session:
        programme = Programme(
            name=clean.name,
            kind=clean.kind,
            organiser=clean.organiser,
            trainers=clean.trainers,
            target_groups=",".join(clean.target_groups),
            rule_kind=clean.rule.kind.value,
            rule_value=clean.rule.value,
            minutes_per_session=clean.minutes_per_session,
            notes=clean.notes,
            archived=False,
            created_by=actor.user_id,
            deleted=False,
        )
        session.add(programme)
        session.flush()
        return programme.id


def update_programme(ctx: ServiceContext, programme_id: str, draft: ProgrammeDraft) -> None:
    """Change a programme's set-up (its sessions keep their own times; a session's own
    continuing-education time stays, the others follow the new time per session)."""
    require(ctx, Action.TRAINING_EDIT)
    clean = _clean_programme(draft)
    with ctx.transaction() as session:
        programme = programme_in(session, programme_id)
        programme.name, programme.kind = clean.name, clean.kind
        programme.organiser, programme.trainers = clean.organiser, clean.trainers
        programme.target_groups = ",".join(clean.target_groups)
        programme.rule_kind, programme.rule_value = clean.rule.kind.value, clean.rule.value
        programme.minutes_per_session, programme.notes = clean.minutes_per_session, clean.notes


def archive_programme(ctx: ServiceContext, programme_id: str, archived: bool = True) -> None:
    """Take a finished programme out of the list (``archived=False`` brings it back); nothing of it
    is removed."""
    require(ctx, Action.TRAINING_EDIT)
    with ctx.transaction() as session:
        programme_in(session, programme_id).archived = archived


def live_enrolment() -> ColumnElement[bool]:
    """An enrolment that counts as a participant: not withdrawn, not merged into another one."""
    return Enrolment.deleted.is_(False) & Enrolment.withdrawn.is_(False) & Enrolment.merged_into.is_(None)


def participant_of(programme_id: str) -> ColumnElement[bool]:
    """An enrolment that is one of the programme's participants."""
    return (Enrolment.programme_id == programme_id) & live_enrolment()


def _programmes_query() -> Select[tuple[Programme, int | None, datetime | None, datetime | None, int | None]]:
    """Each live programme with its number of sessions held or planned, first and last day, and
    number of participants: one statement, however many programmes."""
    live = (TrainingSession.deleted.is_(False)) & (TrainingSession.cancelled.is_(False))
    spans = (
        select(
            TrainingSession.programme_id,
            func.count(TrainingSession.id).label("sessions"),
            func.min(TrainingSession.starts_at).label("first"),
            func.max(TrainingSession.starts_at).label("last"),
        )
        .where(live)
        .group_by(TrainingSession.programme_id)
        .subquery()
    )
    people = (
        select(Enrolment.programme_id, func.count(Enrolment.id).label("participants"))
        .where(live_enrolment())
        .group_by(Enrolment.programme_id)
        .subquery()
    )
    return (
        select(Programme, spans.c.sessions, spans.c.first, spans.c.last, people.c.participants)
        .outerjoin(spans, spans.c.programme_id == Programme.id)
        .outerjoin(people, people.c.programme_id == Programme.id)
        .where(Programme.deleted.is_(False))
    )


def list_programmes(
    ctx: ServiceContext, include_archived: bool = False, search: str = ""
) -> list[ProgrammeInfo]:
    """Programmes, the latest first, each with its number of sessions, first and last day and
    participants; ``search`` keeps those whose name, organiser or trainers contain it."""
    require(ctx, Action.TRAINING_VIEW)
    query = _programmes_query()
    if not include_archived:
        query = query.where(Programme.archived.is_(False))
    if text := search.strip():
        pattern = f"%{text.replace('%', '').replace('_', '')}%"
        query = query.where(
            or_(
                Programme.name.like(pattern),
                Programme.organiser.like(pattern),
                Programme.trainers.like(pattern),
            )
        )
    with ctx.reading() as session:
        rows = [_programme_info(*row) for row in session.execute(query)]
    return sorted(rows, key=lambda info: (info.first_day or date.max, info.name), reverse=True)


def programme_info_in(session: Session, programme_id: str) -> ProgrammeInfo:
    """One programme as the list shows it (archived or not), or NotFound, inside the caller's
    transaction."""
    row = session.execute(_programmes_query().where(Programme.id == programme_id)).first()
    if row is None:
        raise NotFound("training.programme_not_found")
    return _programme_info(*row)


def get_programme(ctx: ServiceContext, programme_id: str) -> ProgrammeInfo:
    require(ctx, Action.TRAINING_VIEW)
    with ctx.reading() as session:
        return programme_info_in(session, programme_id)


def _programme_info(
    p: Programme,
    sessions: int | None,
    first: datetime | None,
    last: datetime | None,
    participants: int | None,
) -> ProgrammeInfo:
    return ProgrammeInfo(
        id=p.id,
        name=p.name,
        kind=p.kind,
        rule=CompletionRule(RuleKind(p.rule_kind), p.rule_value),
        minutes_per_session=p.minutes_per_session,
        organiser=p.organiser,
        trainers=p.trainers,
        target_groups=tuple(group for group in p.target_groups.split(",") if group),
        notes=p.notes,
        archived=p.archived,
        sessions=sessions or 0,
        first_day=first.date() if first else None,
        last_day=last.date() if last else None,
        participants=participants or 0,
    )


# --- sessions ------------------------------------------------------------------------------------


def _add_session(
    session: Session, programme_id: str, starts: datetime, ends: datetime, draft: SessionDraft
) -> str:
    row = TrainingSession(
        programme_id=programme_id,
        starts_at=starts,
        ends_at=ends,
        venue=draft.venue,
        trainer=draft.trainer,
        topic=draft.topic,
        capacity=draft.capacity,
        minutes=draft.minutes,
        late_after_minutes=draft.late_after_minutes,
        cancelled=False,
        deleted=False,
    )
    session.add(row)
    session.flush()
    return row.id


def add_session(ctx: ServiceContext, programme_id: str, draft: SessionDraft) -> str:
    require(ctx, Action.TRAINING_EDIT)
    starts, ends, clean = _clean_session(draft)
    with ctx.transaction() as session:
        programme_in(session, programme_id)
        return _add_session(session, programme_id, starts, ends, clean)


def add_series(
    ctx: ServiceContext,
    programme_id: str,
    first: SessionDraft,
    count: int,
    *,
    every_weeks: int | None = 1,
    ignore_holidays: bool = False,
) -> SeriesResult:
    """``count`` sessions like ``first``: weekly on its weekday (``every_weeks``), or on working days
    (``every_weeks`` None), skipping public holidays and taking make-up workdays. For a year whose
    holidays are not known yet, ``ignore_holidays`` plans on weekends alone."""
    require(ctx, Action.TRAINING_EDIT)
    _starts, _ends, clean = _clean_session(first)
    assert clean.day is not None and clean.start is not None and clean.end is not None
    calendar: Calendar = holidays.ignoring_holidays if ignore_holidays else holidays.day_kind
    if every_weeks is None:
        days, skipped = workday_series(clean.day, count, calendar)
    else:
        days, skipped = weekly_series(clean.day, count, calendar, every_weeks)
    with ctx.transaction() as session:
        programme_in(session, programme_id)
        start, end = clean.start, clean.end
        ids = [
            _add_session(
                session, programme_id, datetime.combine(day, start), datetime.combine(day, end), clean
            )
            for day in days
        ]
    return SeriesResult(ids, skipped)


def cancel_session(ctx: ServiceContext, session_id: str) -> None:
    require(ctx, Action.TRAINING_EDIT)
    with ctx.transaction() as session:
        row = named_lists.get_live(session, TrainingSession, session_id, "training.session_not_found")
        row.cancelled = True


def _signed_in(session_id: ColumnElement[str] | str) -> ColumnElement[bool]:
    return (
        (SessionAttendance.session_id == session_id)
        & SessionAttendance.deleted.is_(False)
        & SessionAttendance.status.in_([status.value for status in ATTENDED])
    )


def update_session(ctx: ServiceContext, session_id: str, draft: SessionDraft) -> None:
    """Change a session. Its day and times only while nobody has signed in to it: the sign-ins
    (and the late marks taken against its start) were for the session as it was."""
    require(ctx, Action.TRAINING_EDIT)
    starts, ends, clean = _clean_session(draft)
    with ctx.transaction() as session:
        row = named_lists.get_live(session, TrainingSession, session_id, "training.session_not_found")
        if row.cancelled:
            raise ValidationError("session.cancelled", "a cancelled session cannot be changed")
        if (row.starts_at, row.ends_at) != (starts, ends):
            taken = session.scalar(select(func.count(SessionAttendance.id)).where(_signed_in(session_id)))
            if taken:
                raise ValidationError(
                    "session.has_signins", "people signed in: its time stays", {"count": taken}
                )
        row.starts_at, row.ends_at = starts, ends
        row.venue, row.trainer, row.topic = clean.venue, clean.trainer, clean.topic
        row.capacity, row.minutes, row.late_after_minutes = (
            clean.capacity,
            clean.minutes,
            clean.late_after_minutes,
        )


def _sessions_query(programme_id: str, include_cancelled: bool) -> Select[tuple[TrainingSession, int]]:
    query = (
        select(TrainingSession, Programme.minutes_per_session)
        .join(Programme, Programme.id == TrainingSession.programme_id)
        .where(TrainingSession.programme_id == programme_id, TrainingSession.deleted.is_(False))
    )
    if not include_cancelled:
        query = query.where(TrainingSession.cancelled.is_(False))
    return query.order_by(TrainingSession.starts_at)


def _session_info(s: TrainingSession, default_minutes: int) -> SessionInfo:
    return SessionInfo(s.id, s.programme_id, s.starts_at, s.ends_at, s.venue, s.trainer, s.topic, s.capacity,
                       s.minutes if s.minutes is not None else default_minutes, s.late_after_minutes,
                       s.cancelled)  # fmt: skip


def list_sessions(
    ctx: ServiceContext, programme_id: str, include_cancelled: bool = False
) -> list[SessionInfo]:
    require(ctx, Action.TRAINING_VIEW)
    with ctx.reading() as session:
        programme_in(session, programme_id)
        return [
            _session_info(s, default)
            for s, default in session.execute(_sessions_query(programme_id, include_cancelled))
        ]


def session_rows(ctx: ServiceContext, programme_id: str, include_cancelled: bool = False) -> list[SessionRow]:
    """The programme's sessions in time order, each with the number signed in (present, late or
    left early): one statement."""
    require(ctx, Action.TRAINING_VIEW)
    signed = select(func.count(SessionAttendance.id)).where(_signed_in(TrainingSession.id)).scalar_subquery()
    query = _sessions_query(programme_id, include_cancelled).add_columns(signed)
    with ctx.reading() as session:
        programme_in(session, programme_id)
        return [
            SessionRow(_session_info(s, default), count, s.minutes)
            for s, default, count in session.execute(query)
        ]
