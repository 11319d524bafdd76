"""Enrolment in a training programme (报名) and sign-in at a session (签到).

Each participant gets a short sign-in code (domain/codes.py): printed on the sheet and the badge,
typed or scanned at the door. The sign-in input also takes a name, pinyin initials or the last 4
digits of a phone: one match signs in at once, several are offered to pick from. Signing in twice
is a no-op that says when the first one was. A session that is over takes no sign-ins here (the
paper reconciliation records those).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session, aliased

from stationdesk.domain import codes
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.names import name_keys
from stationdesk.domain.roles import Action
from stationdesk.domain.training import ATTENDED, Attendance
from stationdesk.services import named_lists, unique_codes
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound
from stationdesk.services.training import participant_of, programme_in
from stationdesk.store.models import Enrolment, Person, SessionAttendance, TrainingSession

PICK_MAX = 8
T = TypeVar("T")


@dataclass(frozen=True)
class Participant:
    enrolment_id: str
    person_id: str | None
    name: str
    unit: str
    signin_code: str


@dataclass(frozen=True)
class ParticipantRow:
    """A participant as the programme's list shows them, with the sessions they attended."""

    id: str  # the enrolment's
    person_id: str | None
    name: str
    unit: str
    target_group: str
    signin_code: str
    source: str
    withdrawn: bool
    attended: int


@dataclass(frozen=True)
class SignIn:
    """What the door screen shows: who, and whether this was the first sign-in or a repeat."""

    participant: Participant
    status: str  # present or late
    signed_in_at: datetime
    already: bool  # signed in before: nothing was written


@dataclass(frozen=True)
class Choices:
    """Several participants match what was typed: pick one (the list is short)."""

    participants: tuple[Participant, ...]


def unused_code(session: Session) -> str:
    """A sign-in code no participant holds yet."""
    return unique_codes.unused_code(session, Enrolment.signin_code)


@dataclass(frozen=True)
class Entry:
    """One person to enrol, with the unit and target group the roster gives them."""

    person_id: str
    unit: str = ""
    target_group: str = ""


def enrol_persons(ctx: ServiceContext, programme_id: str, person_ids: Iterable[str], *, unit: str = "",
                  target_group: str = "") -> list[str]:  # fmt: skip
    """Enrol registry persons (those already enrolled are left as they are); returns the new ids."""
    require(ctx, Action.TRAINING_EDIT)
    with ctx.transaction() as session:
        entries = (Entry(person_id, unit, target_group) for person_id in person_ids)
        return enrol_in(session, programme_id, entries, "registry")


def enrolled_person_ids(session: Session, programme_id: str) -> set[str]:
    """The registry persons enrolled in the programme (live, not withdrawn)."""
    return set(
        session.scalars(
            select(Enrolment.person_id).where(
                Enrolment.programme_id == programme_id,
                Enrolment.person_id.is_not(None),
                Enrolment.deleted.is_(False),
                Enrolment.withdrawn.is_(False),
            )
        )
    )


def enrol_in(session: Session, programme_id: str, entries: Iterable[Entry], source: str) -> list[str]:
    """Enrol ``entries`` inside the caller's transaction, each with a fresh sign-in code; ``source``
    says how they came (registry, paste, xlsx). Those already enrolled are left as they are."""
    programme_in(session, programme_id)
    wanted = list({entry.person_id: entry for entry in entries}.values())
    ids = [entry.person_id for entry in wanted]
    known = set(session.scalars(select(Person.id).where(Person.id.in_(ids), Person.deleted.is_(False))))
    if missing := [person for person in ids if person not in known]:
        raise NotFound("person.not_found", count=len(missing))
    enrolled = enrolled_person_ids(session, programme_id)
    now = datetime.now()
    new = []
    for entry in wanted:
        if entry.person_id in enrolled:
            continue
        row = Enrolment(programme_id=programme_id, person_id=entry.person_id, walk_in_name="",
                        walk_in_phone="", unit=entry.unit.strip(), target_group=entry.target_group,
                        signin_code=unused_code(session), source=source, enrolled_at=now, withdrawn=False,
                        deleted=False)  # fmt: skip
        session.add(row)
        session.flush()
        new.append(row.id)
    return new


def _participants(
    session: Session, programme_id: str, *conditions: ColumnElement[bool]
) -> list[tuple[Participant, str, str, str]]:
    """Each live participant (meeting ``conditions``) with the name's initials, full pinyin and
    phone, for matching. A walk-in merged into a participant is not one of its own."""
    rows = session.execute(
        select(Enrolment, Person.name, Person.name_initials, Person.name_pinyin, Person.phone)
        .outerjoin(Person, Person.id == Enrolment.person_id)
        .where(
            participant_of(programme_id),
            *conditions,
        )
    )
    out = []
    for enrolment, name, initials, pinyin, phone in rows:
        shown = name or enrolment.walk_in_name
        participant = Participant(
            enrolment.id, enrolment.person_id, shown, enrolment.unit, enrolment.signin_code
        )
        out.append(
            (
                participant,
                initials or name_keys(shown).initials,
                pinyin or "",
                phone or enrolment.walk_in_phone,
            )
        )
    return out


def participants(ctx: ServiceContext, programme_id: str) -> list[Participant]:
    require(ctx, Action.TRAINING_VIEW)
    with ctx.reading() as session:
        return sorted((p for p, *_ in _participants(session, programme_id)), key=lambda p: p.name)


def session_in(session: Session, session_id: str) -> TrainingSession:
    row = session.get(TrainingSession, session_id)
    if row is None or row.deleted or row.cancelled:
        raise NotFound("training.session_not_found")
    return row


def resolved(session: Session, programme_id: str, condition: ColumnElement[bool]) -> list[Participant]:
    """The participants meeting ``condition``; where none does, the participant a walk-in meeting it
    was merged into (its code and its picks sign in as them)."""
    found = [p for p, *_ in _participants(session, programme_id, condition)]
    if found:
        return found
    target = session.scalar(
        select(Enrolment.merged_into)
        .where(Enrolment.programme_id == programme_id, Enrolment.deleted.is_(False),
               Enrolment.merged_into.is_not(None), condition)
        .limit(1)
    )  # fmt: skip
    return [p for p, *_ in _participants(session, programme_id, Enrolment.id == target)] if target else []


def _matches(session: Session, programme_id: str, typed: str) -> list[Participant]:
    text = codes.folded(typed)
    if codes.looks_like_code(text):  # the scanner's case: one indexed lookup
        return resolved(session, programme_id, Enrolment.signin_code == text)
    return typed_matches(typed, [(p, p.name, *keys) for p, *keys in _participants(session, programme_id)])


def typed_matches(typed: str, candidates: Iterable[tuple[T, str, str, str, str]]) -> list[T]:
    """The candidates (item, name, pinyin initials, full pinyin, phone) that what was typed at a door
    names: the last 4 digits of the phone, or the name (or its start), its initials or full pinyin."""
    text = codes.folded(typed)
    if text.isdigit() and len(text) == 4:
        return [item for item, _n, _i, _f, phone in candidates if phone.endswith(text)]
    plain, lowered = typed.strip(), typed.strip().lower()
    return [
        item
        for item, name, initials, full, _phone in candidates
        if lowered and (name.startswith(plain) or initials == lowered
                        or full.replace(" ", "") == lowered.replace(" ", ""))
    ]  # fmt: skip


def _refuse_mistyped_code(typed: str) -> None:
    """A code-shaped input whose check character fails was most likely mistyped or misread: say
    so (it matched no name either), rather than only that nobody matches."""
    text = codes.folded(typed)
    if (
        len(text) == codes.CODE_LENGTH
        and all(ch in codes.ALPHABET for ch in text)
        and not (codes.looks_like_code(text))
    ):
        raise ValidationError(
            "signin.code_checksum", "not a valid code, nor a name", {"typed": typed.strip()}
        )


def open_session(session: Session, session_id: str, now: datetime) -> TrainingSession:
    """The session, if it still takes sign-ins at the door on ``now``'s day."""
    row = session_in(session, session_id)
    if now.date() > row.ends_at.date():
        raise ValidationError("signin.session_over", "the session is over: reconcile the paper sheet instead")
    return row


def sign_in(
    ctx: ServiceContext,
    session_id: str,
    typed: str,
    now: datetime | None = None,
    *,
    method: str | None = None,
) -> SignIn | Choices:
    """What the door's input field does with a scanned code, a name, initials or a phone tail
    (``method``: how it is recorded, "kiosk" for self sign-in; by default "scan" or "name")."""
    actor = require(ctx, Action.TRAINING_SIGNIN)
    now = now or datetime.now()
    if not typed.strip():
        raise ValidationError("signin.empty", "type or scan a code, a name or a phone's last 4 digits")
    with ctx.transaction() as session:
        row = open_session(session, session_id, now)
        found = _matches(session, row.programme_id, typed)
        if not found:
            _refuse_mistyped_code(typed)
            raise NotFound("signin.no_match", typed=typed.strip())
        if len(found) > 1:
            return Choices(tuple(sorted(found, key=lambda p: p.name)[:PICK_MAX]))
        how = method or ("scan" if codes.looks_like_code(typed) else "name")
        return record_sign_in(session, row, found[0], now, actor.user_id, how)


def sign_in_participant(
    ctx: ServiceContext, session_id: str, enrolment_id: str, now: datetime | None = None
) -> SignIn:
    """Sign in the participant picked from a short list."""
    actor = require(ctx, Action.TRAINING_SIGNIN)
    now = now or datetime.now()
    with ctx.transaction() as session:
        row = open_session(session, session_id, now)
        found = resolved(session, row.programme_id, Enrolment.id == enrolment_id)
        if not found:
            raise NotFound("signin.no_match", typed="")
        return record_sign_in(session, row, found[0], now, actor.user_id, "name")


def record_sign_in(session: Session, row: TrainingSession, who: Participant, now: datetime, user_id: str,
                   method: str) -> SignIn:  # fmt: skip
    """Sign ``who`` in at ``row`` (present or late), unless they (or a walk-in merged into them)
    already are: then nothing is written and the first sign-in is told."""
    marks = session.execute(
        select(SessionAttendance, Enrolment.merged_into)
        .join(Enrolment, Enrolment.id == SessionAttendance.enrolment_id)
        .where(
            SessionAttendance.session_id == row.id,
            or_(
                SessionAttendance.enrolment_id == who.enrolment_id, Enrolment.merged_into == who.enrolment_id
            ),
            SessionAttendance.deleted.is_(False),
        )
    ).all()
    came = sorted((a for a, _ in marks if a.signed_in_at is not None), key=lambda a: a.signed_in_at)
    if came:
        return SignIn(who, came[0].status, came[0].signed_in_at, already=True)
    existing = next((a for a, merged in marks if merged is None), None)
    late = now > row.starts_at + timedelta(minutes=row.late_after_minutes)
    status = Attendance.LATE if late else Attendance.PRESENT
    if existing is None:
        session.add(
            SessionAttendance(session_id=row.id, enrolment_id=who.enrolment_id, status=status.value,
                              signed_in_at=now, signed_out_at=None, method=method, recorded_by=user_id,
                              recorded_at=now, deleted=False)
        )  # fmt: skip
    else:  # marked excused or absent before: they came after all
        existing.status, existing.signed_in_at, existing.method = status.value, now, method
        existing.recorded_by, existing.recorded_at = user_id, now
    return SignIn(who, status.value, now, already=False)


def not_yet_arrived(ctx: ServiceContext, session_id: str) -> list[Participant]:
    """Participants not signed in (nor marked as attended) at this session, a walk-in merged into
    them counting as theirs: the door's "not yet arrived" list."""
    require(ctx, Action.TRAINING_VIEW)
    with ctx.reading() as session:
        row = session_in(session, session_id)
        arrived = {
            merged or enrolment_id
            for enrolment_id, merged in session.execute(
                select(SessionAttendance.enrolment_id, Enrolment.merged_into)
                .join(Enrolment, Enrolment.id == SessionAttendance.enrolment_id)
                .where(
                    SessionAttendance.session_id == session_id,
                    SessionAttendance.deleted.is_(False),
                    or_(SessionAttendance.signed_in_at.is_not(None),
                        SessionAttendance.status.in_([s.value for s in ATTENDED])),
                )
            )
        }  # fmt: skip
        everyone = [p for p, *_ in _participants(session, row.programme_id)]
    return sorted((p for p in everyone if p.enrolment_id not in arrived), key=lambda p: p.name)


def withdraw(ctx: ServiceContext, enrolment_id: str) -> None:
    """Take a participant off the programme (退出): the sign-ins already taken stay on record, and
    the code signs in no more. Withdrawing twice changes nothing."""
    require(ctx, Action.TRAINING_EDIT)
    with ctx.transaction() as session:
        row = named_lists.get_live(session, Enrolment, enrolment_id, "enrolment.not_found")
        programme_in(session, row.programme_id)
        row.withdrawn = True


def participant_rows(
    ctx: ServiceContext, programme_id: str, search: str = "", *, include_withdrawn: bool = False
) -> list[ParticipantRow]:
    """The programme's participants by name, with unit, group, code and the number of its
    sessions (not cancelled) each attended, walk-ins merged into them counted too: one statement.
    ``search`` keeps those whose name, pinyin initials or code start with it, or whose unit holds it."""
    require(ctx, Action.TRAINING_VIEW)
    source = aliased(Enrolment)
    attended = (
        select(func.count(func.distinct(SessionAttendance.session_id)))
        .join(source, source.id == SessionAttendance.enrolment_id)
        .join(TrainingSession, TrainingSession.id == SessionAttendance.session_id)
        .where(
            or_(source.id == Enrolment.id, source.merged_into == Enrolment.id),
            source.deleted.is_(False),
            SessionAttendance.deleted.is_(False),
            SessionAttendance.status.in_([status.value for status in ATTENDED]),
            TrainingSession.deleted.is_(False),
            TrainingSession.cancelled.is_(False),
        )
        .correlate(Enrolment)
        .scalar_subquery()
    )
    shown = func.coalesce(Person.name, Enrolment.walk_in_name)
    query = (
        select(Enrolment, shown, attended)
        .outerjoin(Person, Person.id == Enrolment.person_id)
        .where(
            Enrolment.programme_id == programme_id,
            Enrolment.deleted.is_(False),
            Enrolment.merged_into.is_(None),
        )
    )
    if not include_withdrawn:
        query = query.where(Enrolment.withdrawn.is_(False))
    if text := search.strip():
        query = query.where(_participant_matches(text, shown))
    with ctx.reading() as session:
        programme_in(session, programme_id)
        rows = session.execute(query.order_by(func.coalesce(Person.name_pinyin, Enrolment.walk_in_name)))
        return [
            ParticipantRow(e.id, e.person_id, name or "", e.unit, e.target_group, e.signin_code, e.source,
                           e.withdrawn, count)
            for e, name, count in rows
        ]  # fmt: skip


def _participant_matches(text: str, shown: ColumnElement[str]) -> ColumnElement[bool]:
    plain = text.replace("%", "").replace("_", "")
    return or_(
        shown.like(f"{plain}%"),
        Person.name_initials.like(f"{plain.lower()}%"),
        Enrolment.signin_code == codes.folded(text),
        Enrolment.unit.like(f"%{plain}%"),
    )
