"""Marks at one session: set by hand at the door or from the paper sheet, and read for both screens.

A mark is one participant's attendance of one session (present, late, left early, excused,
absent), with who recorded it and when. Signing in at the door writes one (services/enrolment.py);
here a clerk sets one directly: at the door (a participant called in sick, left early, signs out)
or afterwards from a sheet run on paper, row by row. There is one mark per participant and session:
setting it again updates it. ``session_marks`` is what the door screen and the paper grid show:
the roster in sheet order with each row's mark and who recorded it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action
from stationdesk.domain.training import ATTENDED, Attendance
from stationdesk.services.attendance import RosterEntry, roster_in
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.enrolment import session_in
from stationdesk.services.errors import NotFound
from stationdesk.store.models import Enrolment, Programme, SessionAttendance, TrainingSession, User

METHODS = ("paper", "desk")
"""How a mark set by hand was taken: from the paper sheet, or by the clerk at the door."""


@dataclass(frozen=True)
class SessionHeader:
    """What the top of the door screen and of the paper grid says about the session."""

    id: str
    programme_id: str
    programme_name: str
    starts_at: datetime
    ends_at: datetime
    venue: str
    trainer: str
    topic: str
    late_after_minutes: int


@dataclass(frozen=True)
class RowMark:
    status: str
    signed_in_at: datetime | None
    signed_out_at: datetime | None
    method: str
    recorded_by: str  # the user's display name
    recorded_at: datetime

    @property
    def attended(self) -> bool:
        return self.status in ATTENDED


@dataclass(frozen=True)
class MarkedRow:
    entry: RosterEntry
    mark: RowMark | None


@dataclass(frozen=True)
class SessionMarks:
    """The roster of a session's programme in sheet order, each row with its mark at the session."""

    session: SessionHeader
    rows: tuple[MarkedRow, ...]

    @property
    def arrived(self) -> list[MarkedRow]:
        """Those who came, in the order they signed in (marks without a time last)."""
        came = [r for r in self.rows if r.mark is not None and r.mark.attended]
        return sorted(came, key=lambda r: (r.mark.signed_in_at is None, r.mark.signed_in_at or datetime.min))  # type: ignore[union-attr]

    @property
    def not_yet(self) -> list[MarkedRow]:
        """Those who have not come (excused and absent ones included, with their mark)."""
        return [r for r in self.rows if r.mark is None or not r.mark.attended]

    @property
    def late(self) -> int:
        return sum(1 for r in self.rows if r.mark is not None and r.mark.status == Attendance.LATE)


def _header(session: Session, row: TrainingSession) -> SessionHeader:
    name = session.scalar(select(Programme.name).where(Programme.id == row.programme_id)) or ""
    return SessionHeader(
        row.id,
        row.programme_id,
        name,
        row.starts_at,
        row.ends_at,
        row.venue,
        row.trainer,
        row.topic,
        row.late_after_minutes,
    )


def session_marks_in(
    session: Session, session_id: str, roster: Sequence[RosterEntry] | None = None
) -> SessionMarks:
    row = session_in(session, session_id)
    a = SessionAttendance
    records = session.execute(
        select(a.enrolment_id, a.status, a.signed_in_at, a.signed_out_at, a.method, a.recorded_at,
               Enrolment.merged_into, User.display_name)
        .join(Enrolment, Enrolment.id == a.enrolment_id)
        .outerjoin(User, User.id == a.recorded_by)
        .where(a.session_id == session_id, a.deleted.is_(False))
    )  # fmt: skip
    marks: dict[str, RowMark] = {}
    for enrolment_id, status, signed_in_at, signed_out_at, method, recorded_at, merged_into, who in records:
        mark = RowMark(status, signed_in_at, signed_out_at, method, who or "", recorded_at)
        key = merged_into or enrolment_id
        if (have := marks.get(key)) is None or _better(mark, have):
            marks[key] = mark
    entries = roster_in(session, row.programme_id) if roster is None else roster
    return SessionMarks(
        _header(session, row), tuple(MarkedRow(e, marks.get(e.enrolment_id)) for e in entries)
    )


def _better(new: RowMark, old: RowMark) -> bool:
    """The attended mark of a participant and their merged walk-in's; then the earlier sign-in."""
    if new.attended != old.attended:
        return new.attended
    return (new.signed_in_at or datetime.max) < (old.signed_in_at or datetime.max)


def session_marks(
    ctx: ServiceContext, session_id: str, roster: Sequence[RosterEntry] | None = None
) -> SessionMarks:
    """The roster with each participant's mark at the session: the door's lists, the paper grid.
    ``roster``: the rows of an earlier answer, when only the marks can have changed (the door after
    a sign-in of someone on the list) — the roster is then not read again."""
    require(ctx, Action.TRAINING_VIEW)
    with ctx.reading() as session:
        return session_marks_in(session, session_id, roster)


def _participant(session: Session, row: TrainingSession, enrolment_id: str) -> str:
    """The live participant's enrolment id (a merged walk-in's is its participant's)."""
    enrolment = session.get(Enrolment, enrolment_id)
    if (
        enrolment is None
        or enrolment.deleted
        or enrolment.withdrawn
        or enrolment.programme_id != row.programme_id
    ):
        raise NotFound("training.enrolment_not_found")
    return enrolment.merged_into or enrolment.id


def _counting_mark(session: Session, session_id: str, enrolment_id: str) -> SessionAttendance | None:
    """The participant's mark at the session that counts (theirs, or a merged walk-in's): the one a
    change applies to."""
    rows = session.execute(
        select(SessionAttendance, Enrolment.merged_into)
        .join(Enrolment, Enrolment.id == SessionAttendance.enrolment_id)
        .where(
            SessionAttendance.session_id == session_id,
            or_(SessionAttendance.enrolment_id == enrolment_id, Enrolment.merged_into == enrolment_id),
            SessionAttendance.deleted.is_(False),
        )
    ).all()
    ranked = sorted(
        rows,
        key=lambda r: (r[0].status not in ATTENDED, r[0].signed_in_at or datetime.max, r[1] is not None),
    )
    return ranked[0][0] if ranked else None


def _check_times(row: TrainingSession, signed_in_at: datetime | None, signed_out_at: datetime | None) -> None:
    for at in (signed_in_at, signed_out_at):
        if at is not None and at.date() != row.starts_at.date():
            raise ValidationError("attendance.time_off_day", "a time on the session's day", {})
    if signed_in_at is not None and signed_out_at is not None and signed_out_at < signed_in_at:
        raise ValidationError("attendance.out_before_in", "signed out before signing in")


def mark(
    ctx: ServiceContext,
    session_id: str,
    enrolment_id: str,
    status: str,
    *,
    method: str = "paper",
    signed_in_at: datetime | None = None,
    signed_out_at: datetime | None = None,
    now: datetime | None = None,
) -> RowMark:
    """Set a participant's mark at a session (one per participant and session: set again, it is
    updated), recording who set it and when. Excused and absent clear the times; the attended
    statuses keep an earlier sign-in time unless one is given (``method`` "desk" at the door takes
    now when there is none); a session on a later day takes only "excused" (called off ahead)."""
    actor = require(ctx, Action.TRAINING_SIGNIN)
    now = now or datetime.now()
    try:
        wanted = Attendance(status)
    except ValueError:
        raise ValidationError(
            "attendance.bad_status", "not an attendance status", {"status": status}
        ) from None
    if method not in METHODS:
        raise ValidationError("attendance.bad_method", "paper or desk", {"method": method})
    with ctx.transaction() as session:
        row = session_in(session, session_id)
        if row.starts_at.date() > now.date() and wanted is not Attendance.EXCUSED:
            raise ValidationError("attendance.not_yet_held", "only excused before the session's day")
        who = _participant(session, row, enrolment_id)
        existing = _counting_mark(session, session_id, who)
        if wanted in ATTENDED:
            signed_in_at = signed_in_at or (existing.signed_in_at if existing else None)
            if signed_in_at is None and method == "desk":
                signed_in_at = now
            if wanted is Attendance.LEFT_EARLY and signed_out_at is None and existing is not None:
                signed_out_at = existing.signed_out_at
        else:
            signed_in_at = signed_out_at = None
        _check_times(row, signed_in_at, signed_out_at)
        if existing is None:
            existing = SessionAttendance(session_id=session_id, enrolment_id=who, deleted=False)
            session.add(existing)
        existing.status, existing.method = wanted.value, method
        existing.signed_in_at, existing.signed_out_at = signed_in_at, signed_out_at
        existing.recorded_by, existing.recorded_at = actor.user_id, now
        return RowMark(wanted.value, signed_in_at, signed_out_at, method, actor.display_name, now)


def sign_out(ctx: ServiceContext, session_id: str, enrolment_id: str, at: datetime | None = None) -> RowMark:
    """Record when a participant who came left: "left early" when before the session's end."""
    actor = require(ctx, Action.TRAINING_SIGNIN)
    at = at or datetime.now()
    with ctx.transaction() as session:
        row = session_in(session, session_id)
        who = _participant(session, row, enrolment_id)
        existing = _counting_mark(session, session_id, who)
        if existing is None or existing.status not in ATTENDED:
            raise ValidationError("attendance.not_signed_in", "sign in before signing out")
        _check_times(row, existing.signed_in_at, at)
        if at < row.ends_at:
            existing.status = Attendance.LEFT_EARLY.value
        existing.signed_out_at, existing.recorded_by, existing.recorded_at = at, actor.user_id, at
        return RowMark(existing.status, existing.signed_in_at, at, existing.method, actor.display_name, at)
