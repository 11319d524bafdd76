"""Attendance of a programme: who came to which session, rates, completion and time credited.

The one read model behind the printed sign-in sheet (its row numbers and codes), the paper
reconciliation grid, the attendance records of a session and of a programme, the certificates and
the continuing-education ledger, so they all agree. Participants are listed in pinyin order of their
names. A walk-in merged into a participant (``enrolment.merged_into``) is not a row of its own: its
marks count as that participant's, the attended one winning where both have a mark for a session.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from stationdesk.domain.names import name_keys
from stationdesk.domain.roles import Action
from stationdesk.domain.training import ATTENDED, attendance_rate
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound
from stationdesk.services.training import ProgrammeInfo, live_enrolment, programme_info_in
from stationdesk.store.models import Enrolment, Person, SessionAttendance, TrainingSession


@dataclass(frozen=True)
class RosterEntry:
    """A participant as printed on the sheet: row number (in roster order) and sign-in code."""

    number: int
    enrolment_id: str
    person_id: str | None
    name: str
    unit: str
    target_group: str
    signin_code: str
    walk_in: bool  # signed in on the spot, not matched to the registry yet


@dataclass(frozen=True)
class SessionColumn:
    id: str
    starts_at: datetime
    ends_at: datetime
    venue: str
    trainer: str
    topic: str
    minutes: int  # continuing-education time the session is worth
    held: bool  # started by the time the record was drawn


@dataclass(frozen=True)
class Mark:
    status: str
    signed_in_at: datetime | None
    signed_out_at: datetime | None
    method: str
    recorded_at: datetime

    @property
    def attended(self) -> bool:
        return self.status in ATTENDED


@dataclass(frozen=True)
class ParticipantRecord:
    entry: RosterEntry
    marks: dict[str, Mark]  # by session id
    attended: int  # sessions held and attended
    minutes: int  # time credited: the minutes of the sessions attended
    completed: bool  # meets the programme's completion rule on the sessions held
    held: int  # sessions of the programme held by then

    @property
    def rate(self) -> Fraction | None:
        return attendance_rate(self.attended, self.held)


@dataclass(frozen=True)
class ProgrammeAttendance:
    programme: ProgrammeInfo
    sessions: tuple[SessionColumn, ...]  # not cancelled, in time order
    rows: tuple[ParticipantRecord, ...]  # in roster order
    as_of: datetime

    @property
    def held(self) -> int:
        return sum(1 for s in self.sessions if s.held)

    def session_counts(self, session_id: str) -> dict[str, int]:
        """How many participants have each status at one session (no mark: not counted)."""
        counts: dict[str, int] = {}
        for row in self.rows:
            if (mark := row.marks.get(session_id)) is not None:
                counts[mark.status] = counts.get(mark.status, 0) + 1
        return counts


def _sort_key(name: str, pinyin: str | None, code: str) -> tuple[str, str, str]:
    return ((pinyin or name_keys(name).full).replace(" ", "").lower(), name, code)


def roster_in(session: Session, programme_id: str) -> list[RosterEntry]:
    """The programme's live participants in roster order (merged walk-ins left out). Plain columns,
    not ORM rows: the door screen reads it again after every sign-in."""
    return rosters_in(session, [programme_id]).get(programme_id, [])


def rosters_in(session: Session, programme_ids: Collection[str]) -> dict[str, list[RosterEntry]]:
    """:func:`roster_in` of several programmes in one statement, by programme id (none: no key)."""
    rows = session.execute(
        select(
            Enrolment.programme_id,
            Enrolment.id,
            Enrolment.person_id,
            Enrolment.walk_in_name,
            Enrolment.unit,
            Enrolment.target_group,
            Enrolment.signin_code,
            Person.name,
            Person.name_pinyin,
        )
        .outerjoin(Person, Person.id == Enrolment.person_id)
        .where(Enrolment.programme_id.in_(list(programme_ids)), live_enrolment())
    ).all()
    keyed = sorted(
        (
            programme_id,
            _sort_key(name or walk_in_name, pinyin, code),
            (id_, person_id, name or walk_in_name, unit, group, code),
        )
        for programme_id, id_, person_id, walk_in_name, unit, group, code, name, pinyin in rows
    )
    out: dict[str, list[RosterEntry]] = {}
    for programme_id, _key, (id_, person_id, name, unit, group, code) in keyed:
        entries = out.setdefault(programme_id, [])
        entries.append(
            RosterEntry(len(entries) + 1, id_, person_id, name, unit, group, code, walk_in=person_id is None)
        )
    return out


def roster(ctx: ServiceContext, programme_id: str) -> list[RosterEntry]:
    require(ctx, Action.TRAINING_VIEW)
    with ctx.reading() as session:
        programme_info_in(session, programme_id)
        return roster_in(session, programme_id)


def marks_in(
    session: Session, session_ids: Iterable[str], programme_ids: Collection[str]
) -> dict[tuple[str, str], Mark]:
    """(participant's enrolment id, session id) → mark, walk-ins' marks moved to whom they merged into
    (the sessions are of ``programme_ids``)."""
    ids = list(session_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(SessionAttendance, Enrolment.merged_into)
        .join(Enrolment, Enrolment.id == SessionAttendance.enrolment_id)
        .where(
            SessionAttendance.session_id.in_(ids),
            SessionAttendance.deleted.is_(False),
            Enrolment.programme_id.in_(list(programme_ids)),
        )
    )
    out: dict[tuple[str, str], Mark] = {}
    for a, merged_into in rows:
        key = (merged_into or a.enrolment_id, a.session_id)
        mark = Mark(a.status, a.signed_in_at, a.signed_out_at, a.method, a.recorded_at)
        if (have := out.get(key)) is None or _better(mark, have):
            out[key] = mark
    return out


def _better(new: Mark, old: Mark) -> bool:
    """Of two marks for one participant and session, the attended one; then the earlier sign-in."""
    if new.attended != old.attended:
        return new.attended
    return (new.signed_in_at or datetime.max) < (old.signed_in_at or datetime.max)


def _columns(
    session: Session, programme_id: str, as_of: datetime, default_minutes: int
) -> list[SessionColumn]:
    rows = session.scalars(
        select(TrainingSession)
        .where(
            TrainingSession.programme_id == programme_id,
            TrainingSession.deleted.is_(False),
            TrainingSession.cancelled.is_(False),
        )
        .order_by(TrainingSession.starts_at)
    )
    return [
        SessionColumn(s.id, s.starts_at, s.ends_at, s.venue, s.trainer, s.topic,
                      default_minutes if s.minutes is None else s.minutes,
                      held=s.starts_at <= as_of)
        for s in rows
    ]  # fmt: skip


def programme_attendance_in(
    session: Session, programme_id: str, as_of: datetime | None = None
) -> ProgrammeAttendance:
    as_of = as_of or datetime.now()
    info = programme_info_in(session, programme_id)
    columns = _columns(session, programme_id, as_of, info.minutes_per_session)
    held = [c for c in columns if c.held]
    marks = marks_in(session, (c.id for c in columns), [programme_id])
    records = []
    for entry in roster_in(session, programme_id):
        own = {c.id: m for c in columns if (m := marks.get((entry.enrolment_id, c.id))) is not None}
        came = [c for c in held if (m := own.get(c.id)) is not None and m.attended]
        records.append(
            ParticipantRecord(entry, own, attended=len(came), minutes=sum(c.minutes for c in came),
                              completed=info.rule.met(len(came), len(held)), held=len(held))
        )  # fmt: skip
    return ProgrammeAttendance(info, tuple(columns), tuple(records), as_of)


def programme_attendance(
    ctx: ServiceContext, programme_id: str, as_of: datetime | None = None
) -> ProgrammeAttendance:
    """The grid of participants × sessions with statuses, rates, time and completion."""
    require(ctx, Action.TRAINING_VIEW)
    with ctx.reading() as session:
        return programme_attendance_in(session, programme_id, as_of)


def session_programme(ctx: ServiceContext, session_id: str) -> str:
    """The programme a (live, not cancelled) session belongs to."""
    require(ctx, Action.TRAINING_VIEW)
    with ctx.reading() as session:
        row = session.get(TrainingSession, session_id)
        if row is None or row.deleted or row.cancelled:
            raise NotFound("training.session_not_found")
        return row.programme_id
