"""The rows of the training sign-in ledger (培训签到台账): per session held in a period, per participant.

Sessions held (started by now, not cancelled) in the period, in time order; under each, the
programme's participants in roster order with their mark for that session, read through
services/attendance.py (the one read model of who came: merged walk-ins count as whom they were
merged into, an attended mark wins over another); a participant without a mark shows as unmarked.

Sessions stream a window at a time; per window one statement each for the rosters of its
programmes, the marks of its sessions and the participants' phones.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from stationdesk.domain.roles import Action
from stationdesk.services.attendance import marks_in, rosters_in
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.ledger_base import audit_reveal, shown, span
from stationdesk.services.training import live_enrolment
from stationdesk.store.models import Enrolment, Person, Programme, TrainingSession

if TYPE_CHECKING:
    from stationdesk.reports.training_ledger import TrainingLine

KIND = "training"
SESSION_WINDOW = 50
"""Sessions at a time (each brings its programme's participants, a few dozen rows)."""


def _held(first_day: date, last_day: date, as_of: datetime):  # a condition over TrainingSession
    start, end = span(first_day, last_day)
    return (
        (TrainingSession.starts_at >= start)
        & (TrainingSession.starts_at < end)
        & (TrainingSession.starts_at <= as_of)
        & TrainingSession.deleted.is_(False)
        & TrainingSession.cancelled.is_(False)
    )


def _sessions(first_day: date, last_day: date, as_of: datetime) -> Select[tuple[object, ...]]:
    return (
        select(
            TrainingSession.id,
            TrainingSession.programme_id,
            TrainingSession.starts_at,
            TrainingSession.ends_at,
            TrainingSession.topic,
            Programme.name,
        )
        .join(Programme, Programme.id == TrainingSession.programme_id)
        .where(_held(first_day, last_day, as_of), Programme.deleted.is_(False))
        .order_by(TrainingSession.starts_at, Programme.name, TrainingSession.id)
    )


def count(ctx: ServiceContext, first_day: date, last_day: date, as_of: datetime | None = None) -> int:
    """The ledger's rows: every held session's participants."""
    require(ctx, Action.TRAINING_VIEW)
    query = (
        select(func.count())
        .select_from(TrainingSession)
        .join(Programme, Programme.id == TrainingSession.programme_id)
        .join(Enrolment, Enrolment.programme_id == TrainingSession.programme_id)
        .where(
            _held(first_day, last_day, as_of or datetime.now()),
            Programme.deleted.is_(False),
            live_enrolment(),
        )
    )
    with ctx.reading() as session:
        return int(session.scalar(query) or 0)


def rows(
    ctx: ServiceContext,
    first_day: date,
    last_day: date,
    *,
    reveal: bool = False,
    reason: str = "",
    as_of: datetime | None = None,
) -> Iterator[TrainingLine]:
    """The sessions held in ``first_day``..``last_day`` (by ``as_of``, now), participant by
    participant. Rights are checked (and a reveal audited) when called, not when the first line is read."""
    require(ctx, Action.TRAINING_VIEW)
    statement = _sessions(first_day, last_day, as_of or datetime.now())
    if reveal:
        audit_reveal(ctx, KIND, first_day, last_day, reason)
    return _stream(ctx, statement, reveal)


def _phones(session: Session, programme_ids: Collection[str]) -> dict[str, str | None]:
    """Enrolment id -> the participant's phone (the registry's, else the one given at the door)."""
    query = (
        select(Enrolment.id, func.coalesce(Person.phone, Enrolment.walk_in_phone))
        .outerjoin(Person, Person.id == Enrolment.person_id)
        .where(Enrolment.programme_id.in_(list(programme_ids)), live_enrolment())
    )
    return {key: value for key, value in session.execute(query)}


def _stream(
    ctx: ServiceContext, statement: Select[tuple[object, ...]], reveal: bool
) -> Iterator[TrainingLine]:
    from stationdesk.reports.training_ledger import TrainingLine

    _shown_id, shown_phone = shown(reveal)
    with ctx.reading() as session:
        result = session.execute(statement.execution_options(yield_per=SESSION_WINDOW))
        for window in result.partitions():
            rosters = rosters_in(session, {r[1] for r in window})
            marks = marks_in(session, [r[0] for r in window], rosters.keys())
            phones = _phones(session, rosters.keys())
            for session_id, programme_id, starts_at, ends_at, topic, programme in window:
                for entry in rosters.get(programme_id, []):
                    mark = marks.get((entry.enrolment_id, session_id))
                    yield TrainingLine(
                        starts_at=starts_at,
                        ends_at=ends_at,
                        programme=programme,
                        topic=topic,
                        name=entry.name,
                        unit=entry.unit,
                        phone=shown_phone(phones.get(entry.enrolment_id)),
                        status=mark.status if mark else "",
                        signed_in_at=mark.signed_in_at if mark else None,
                        signed_out_at=mark.signed_out_at if mark else None,
                        method=mark.method if mark else "",
                    )
