"""A person's continuing-education ledger (继续教育学时登记): the station's sessions they attended in a
registration period, the time credited, and what the 72 h / 90 h rule still asks of them.

One query over the person's enrolments in every programme, the walk-ins merged into them included;
a mark counts as in the attendance read model (services/attendance.py): its status is one of
``ATTENDED`` and it credits the session's minutes, or the programme's minutes per session. Sessions
are those held (started by now), not cancelled, of live programmes, on live enrolments not withdrawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from stationdesk.domain.continuing_education import (
    REQUIRED_MINUTES,
    Level,
    RegistrationPeriod,
    registration_period,
)
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.masking import mask_id_number
from stationdesk.domain.roles import Action
from stationdesk.domain.training import ATTENDED
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound
from stationdesk.store.models import Enrolment, Person, Programme, SessionAttendance, TrainingSession


@dataclass(frozen=True)
class LedgerEntry:
    session_id: str
    starts_at: datetime
    programme_id: str
    programme_name: str
    topic: str
    minutes: int


@dataclass(frozen=True)
class CeLedger:
    person_id: str
    name: str
    id_masked: str  # "" when the registry has no ID number
    level: Level
    period: RegistrationPeriod
    entries: tuple[LedgerEntry, ...]  # in time order
    as_of: datetime

    @property
    def total_minutes(self) -> int:
        return sum(e.minutes for e in self.entries)

    @property
    def required_minutes(self) -> int:
        return REQUIRED_MINUTES[self.level]

    @property
    def missing_minutes(self) -> int:
        return max(0, self.required_minutes - self.total_minutes)


def ce_ledger(
    ctx: ServiceContext,
    person_id: str,
    *,
    first_day: date | None = None,
    level: Level | str = Level.ASSISTANT,
    now: datetime | None = None,
) -> CeLedger:
    """The ledger of ``person_id`` for the registration period from ``first_day`` (default: the 3
    years ending today) against the requirement of ``level``."""
    require(ctx, Action.TRAINING_VIEW)
    require(ctx, Action.PERSON_VIEW)
    now = now or datetime.now()
    period = registration_period(first_day, now.date())
    if level not in {item.value for item in Level}:
        raise ValidationError("ce.bad_level", "assistant or social_worker", {"level": level})
    level = Level(level)
    target = aliased(Enrolment)  # the person's own enrolment a mark counts for
    own = Enrolment  # the enrolment the mark was taken on: the person's, or a walk-in merged into it
    query = (
        select(
            SessionAttendance.session_id,
            TrainingSession.starts_at,
            Programme.id,
            Programme.name,
            TrainingSession.topic,
            TrainingSession.minutes,
            Programme.minutes_per_session,
        )
        .join(own, own.id == SessionAttendance.enrolment_id)
        .join(target, or_(target.id == own.id, target.id == own.merged_into))
        .join(TrainingSession, TrainingSession.id == SessionAttendance.session_id)
        .join(Programme, Programme.id == TrainingSession.programme_id)
        .where(
            target.person_id == person_id,
            target.merged_into.is_(None),
            target.deleted.is_(False),
            target.withdrawn.is_(False),
            SessionAttendance.deleted.is_(False),
            SessionAttendance.status.in_([s.value for s in ATTENDED]),
            TrainingSession.deleted.is_(False),
            TrainingSession.cancelled.is_(False),
            TrainingSession.starts_at <= now,
            TrainingSession.starts_at >= datetime.combine(period.first_day, time.min),
            TrainingSession.starts_at <= datetime.combine(period.last_day, time.max),
            Programme.deleted.is_(False),
        )
        .order_by(TrainingSession.starts_at)
    )
    with ctx.reading() as session:
        person = session.get(Person, person_id)
        if person is None or person.deleted:
            raise NotFound("person.not_found")
        entries: dict[str, LedgerEntry] = {}
        for session_id, starts_at, programme_id, name, topic, minutes, default in session.execute(query):
            minutes = default if minutes is None else minutes
            entries.setdefault(
                session_id, LedgerEntry(session_id, starts_at, programme_id, name, topic, minutes)
            )
        return CeLedger(
            person.id,
            person.name,
            mask_id_number(person.id_number),
            level,
            period,
            tuple(entries.values()),
            now,
        )
