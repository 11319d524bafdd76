"""Walk-ins at a session (现场报名): signed in on the spot, matched to the registry later.

Someone at the door who is not on the list gives a name (a phone and a unit if they like) and is
signed in at once: a walk-in enrolment with its own sign-in code and no person. Before that, the
door is told who they may already be (same phone, same name or a name read the same) among the
programme's participants and in the registry, so the clerk can sign in that one instead.

Later, someone matches each walk-in: to a registry person who is already a participant (the
walk-in is merged into that enrolment: its sign-ins count there), to a registry person who is not
(the walk-in becomes their enrolment), or to a person registered from the walk-in's details. Each
match is audited and can be undone, leaving the walk-in as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.masking import mask_phone
from stationdesk.domain.names import name_keys
from stationdesk.domain.phone import normalize_phone
from stationdesk.domain.roles import Action
from stationdesk.services import audit, people
from stationdesk.services.authz import require
from stationdesk.services.context import Actor, ServiceContext
from stationdesk.services.enrolment import (
    SignIn,
    open_session,
    record_sign_in,
    resolved,
    session_in,
    unused_code,
)
from stationdesk.services.errors import NotFound
from stationdesk.services.fields import one_line
from stationdesk.services.people import PersonDraft
from stationdesk.services.training import participant_of, programme_in
from stationdesk.store.models import Enrolment, Person, SessionAttendance

NAME_MAX = 64
UNIT_MAX = 128
CANDIDATES_MAX = 8
"""At most this many likely matches of each kind (participants, registry persons)."""

WALK_IN = "walk_in"  # the enrolment's source


@dataclass(frozen=True)
class LikelySame:
    """Someone a walk-in may be: a participant of the programme (``enrolment_id``) or a registry
    person who is not one (``enrolment_id`` None), and why (same_phone, same_name, same_pinyin)."""

    person_id: str | None
    enrolment_id: str | None
    name: str
    phone_masked: str
    place: str  # the participant's unit, or the person's community
    reasons: tuple[str, ...]

    @property
    def participant(self) -> bool:
        return self.enrolment_id is not None


@dataclass(frozen=True)
class WalkInDuplicates:
    """Nothing was written: the walk-in may be one of ``candidates``. Sign in one of them, or sign
    the walk-in in anyway."""

    candidates: tuple[LikelySame, ...]


@dataclass(frozen=True)
class WalkIn:
    enrolment_id: str
    name: str
    phone_masked: str
    unit: str
    signin_code: str
    enrolled_at: datetime
    sessions: int  # sessions it has a mark at
    matched_to: str  # the person's name ("" while unmatched)
    merged: bool  # merged into that person's enrolment (else: it became their enrolment)


@dataclass(frozen=True)
class _Details:
    name: str
    phone: str
    unit: str


def _details(name: str, phone: str, unit: str) -> _Details:
    clean = one_line(name, "signin.walk_in_name_too_long", NAME_MAX)
    if not clean:
        raise ValidationError("signin.walk_in_name_required", "a walk-in needs a name")
    return _Details(
        clean,
        normalize_phone(phone) if phone.strip() else "",
        one_line(unit, "signin.walk_in_unit_too_long", UNIT_MAX),
    )


def _reasons(
    name: str, pinyin: str, phone: str | None, wanted: _Details, wanted_pinyin: str
) -> tuple[str, ...]:
    out = []
    if wanted.phone and phone == wanted.phone:
        out.append("same_phone")
    if name == wanted.name:
        out.append("same_name")
    elif pinyin and pinyin.replace(" ", "") == wanted_pinyin:
        out.append("same_pinyin")
    return tuple(out)


def _likely(
    session: Session, programme_id: str, wanted: _Details, exclude: str | None = None
) -> list[LikelySame]:
    """Participants of the programme, then registry persons who are not, that may be ``wanted``."""
    pinyin = name_keys(wanted.name).full
    flat = pinyin.replace(" ", "")
    found: list[LikelySame] = []
    participants = session.execute(
        select(Enrolment, Person.name, Person.name_pinyin, Person.phone, Person.community)
        .outerjoin(Person, Person.id == Enrolment.person_id)
        .where(
            participant_of(programme_id),
        )
    )
    enrolled: set[str] = set()
    for enrolment, name, person_pinyin, phone, _community in participants:
        if enrolment.person_id:
            enrolled.add(enrolment.person_id)
        if enrolment.id == exclude:
            continue
        shown = name or enrolment.walk_in_name
        reasons = _reasons(
            shown, person_pinyin or name_keys(shown).full, phone or enrolment.walk_in_phone, wanted, flat
        )
        if reasons:
            found.append(
                LikelySame(
                    enrolment.person_id,
                    enrolment.id,
                    shown,
                    mask_phone(phone or enrolment.walk_in_phone),
                    enrolment.unit,
                    reasons,
                )
            )
    tests = [Person.name == wanted.name, Person.name_pinyin == pinyin]
    if wanted.phone:
        tests.append(Person.phone == wanted.phone)
    persons = session.execute(
        select(Person.id, Person.name, Person.name_pinyin, Person.phone, Person.community)
        .where(or_(*tests), Person.deleted.is_(False))
        .limit(CANDIDATES_MAX + len(enrolled))
    )
    others = []
    for person_id, name, person_pinyin, phone, community in persons:
        if person_id not in enrolled:
            reasons = _reasons(name, person_pinyin, phone, wanted, flat)
            others.append(LikelySame(person_id, None, name, mask_phone(phone), community, reasons))
    strongest = lambda c: (-len(c.reasons), "same_phone" not in c.reasons, c.name)  # noqa: E731
    return sorted(found, key=strongest)[:CANDIDATES_MAX] + sorted(others, key=strongest)[:CANDIDATES_MAX]


def sign_in_walk_in(
    ctx: ServiceContext,
    session_id: str,
    name: str,
    phone: str = "",
    unit: str = "",
    *,
    anyway: bool = False,
    now: datetime | None = None,
) -> SignIn | WalkInDuplicates:
    """Sign in someone not on the list: a walk-in enrolment (its own code, no person) signed in
    as present or late. Unless ``anyway``, likely duplicates are returned first and nothing is
    written (the door shows them: sign in one of them with ``sign_in_participant`` or
    ``sign_in_person``, or call again with ``anyway=True``)."""
    actor = require(ctx, Action.TRAINING_SIGNIN)
    now = now or datetime.now()
    wanted = _details(name, phone, unit)
    with ctx.transaction() as session:
        row = open_session(session, session_id, now)
        if not anyway and (candidates := _likely(session, row.programme_id, wanted)):
            return WalkInDuplicates(tuple(candidates))
        enrolment = Enrolment(
            programme_id=row.programme_id,
            person_id=None,
            walk_in_name=wanted.name,
            walk_in_phone=wanted.phone,
            unit=wanted.unit,
            target_group="",
            signin_code=unused_code(session),
            source=WALK_IN,
            enrolled_at=now,
            withdrawn=False,
            deleted=False,
        )
        session.add(enrolment)
        session.flush()
        who = resolved(session, row.programme_id, Enrolment.id == enrolment.id)[0]
        return record_sign_in(session, row, who, now, actor.user_id, "desk")


def sign_in_person(
    ctx: ServiceContext, session_id: str, person_id: str, *, unit: str = "", now: datetime | None = None
) -> SignIn:
    """Sign in a registry person picked at the door (a likely duplicate of a walk-in): enrolled in the
    programme first if they are not yet."""
    actor = require(ctx, Action.TRAINING_SIGNIN)
    now = now or datetime.now()
    with ctx.transaction() as session:
        row = open_session(session, session_id, now)
        person = session.get(Person, person_id)
        if person is None or person.deleted:
            raise NotFound("person.not_found")
        found = resolved(session, row.programme_id, Enrolment.person_id == person_id)
        if not found:
            session.add(
                Enrolment(
                    programme_id=row.programme_id,
                    person_id=person_id,
                    walk_in_name="",
                    walk_in_phone="",
                    unit=one_line(unit, "signin.walk_in_unit_too_long", UNIT_MAX),
                    target_group="",
                    signin_code=unused_code(session),
                    source="registry",
                    enrolled_at=now,
                    withdrawn=False,
                    deleted=False,
                )
            )
            session.flush()
            found = resolved(session, row.programme_id, Enrolment.person_id == person_id)
        return record_sign_in(session, row, found[0], now, actor.user_id, "desk")


def check_walk_in(ctx: ServiceContext, session_id: str, name: str, phone: str = "") -> list[LikelySame]:
    """Who a walk-in about to be signed in may already be (the door's warning, without signing in)."""
    require(ctx, Action.TRAINING_SIGNIN)
    wanted = _details(name, phone, "")
    with ctx.reading() as session:
        row = session_in(session, session_id)
        return _likely(session, row.programme_id, wanted)


# --- matching later ---------------------------------------------------------------------------------


def _walk_in(session: Session, enrolment_id: str) -> Enrolment:
    enrolment = session.get(Enrolment, enrolment_id)
    if enrolment is None or enrolment.deleted or enrolment.source != WALK_IN:
        raise NotFound("training.walk_in_not_found")
    return enrolment


def _listed(session: Session, programme_id: str, matched: bool) -> list[WalkIn]:
    target = Enrolment.__table__.alias("target")
    done = or_(Enrolment.person_id.is_not(None), Enrolment.merged_into.is_not(None))
    marks = (
        select(func.count())
        .where(SessionAttendance.enrolment_id == Enrolment.id, SessionAttendance.deleted.is_(False))
        .scalar_subquery()
    )
    rows = session.execute(
        select(Enrolment, marks, Person.name)
        .outerjoin(target, target.c.id == Enrolment.merged_into)
        .outerjoin(Person, Person.id == func.coalesce(Enrolment.person_id, target.c.person_id))
        .where(
            Enrolment.programme_id == programme_id,
            Enrolment.source == WALK_IN,
            Enrolment.deleted.is_(False),
            Enrolment.withdrawn.is_(False),
            done if matched else ~done,
        )
        .order_by(Enrolment.enrolled_at)
    )
    return [
        WalkIn(
            e.id,
            e.walk_in_name,
            mask_phone(e.walk_in_phone),
            e.unit,
            e.signin_code,
            e.enrolled_at,
            count,
            name or "",
            e.merged_into is not None,
        )
        for e, count, name in rows
    ]


def walk_ins(ctx: ServiceContext, programme_id: str) -> list[WalkIn]:
    """The programme's walk-ins not matched to the registry yet, oldest first."""
    require(ctx, Action.TRAINING_VIEW)
    with ctx.reading() as session:
        programme_in(session, programme_id)
        return _listed(session, programme_id, matched=False)


def matched_walk_ins(ctx: ServiceContext, programme_id: str) -> list[WalkIn]:
    """The programme's walk-ins matched already (to undo one)."""
    require(ctx, Action.TRAINING_VIEW)
    with ctx.reading() as session:
        programme_in(session, programme_id)
        return _listed(session, programme_id, matched=True)


def match_candidates(ctx: ServiceContext, enrolment_id: str) -> list[LikelySame]:
    """Participants and registry persons the walk-in may be: same phone, same name, same reading."""
    require(ctx, Action.TRAINING_VIEW)
    with ctx.reading() as session:
        walk_in = _walk_in(session, enrolment_id)
        wanted = _Details(walk_in.walk_in_name, walk_in.walk_in_phone, walk_in.unit)
        return _likely(session, walk_in.programme_id, wanted, exclude=walk_in.id)


def match_walk_in(ctx: ServiceContext, enrolment_id: str, person_id: str) -> str:
    """Match a walk-in to a registry person. Already a participant: the walk-in is merged into their
    enrolment (returns "merged"); otherwise it becomes the person's enrolment ("person")."""
    actor = require(ctx, Action.TRAINING_EDIT)
    with ctx.transaction() as session:
        return _match_in(session, actor, _unmatched(session, enrolment_id), person_id)


def _unmatched(session: Session, enrolment_id: str) -> Enrolment:
    walk_in = _walk_in(session, enrolment_id)
    if walk_in.person_id is not None or walk_in.merged_into is not None:
        raise ValidationError("training.walk_in_matched", "this walk-in is matched already")
    return walk_in


def _match_in(session: Session, actor: Actor, walk_in: Enrolment, person_id: str) -> str:
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise NotFound("person.not_found")
    target = session.scalar(
        select(Enrolment.id)
        .where(participant_of(walk_in.programme_id), Enrolment.person_id == person_id)
        .order_by(Enrolment.enrolled_at)
        .limit(1)
    )
    if target is not None:
        walk_in.merged_into, how = target, "merged"
    else:
        walk_in.person_id, how = person_id, "person"
    audit.record(
        session,
        actor,
        "training.walk_in_match",
        record_type="enrolment",
        record_id=walk_in.id,
        detail=f"{how}:{target or person_id}",
    )
    return how


def undo_match(ctx: ServiceContext, enrolment_id: str) -> None:
    """Undo a walk-in's match: unmerged from the participant, or no longer the person's enrolment."""
    actor = require(ctx, Action.TRAINING_EDIT)
    with ctx.transaction() as session:
        walk_in = _walk_in(session, enrolment_id)
        if walk_in.merged_into is not None:
            detail, walk_in.merged_into = f"merged:{walk_in.merged_into}", None
        elif walk_in.person_id is not None:
            leaning = select(Enrolment.id).where(
                Enrolment.merged_into == walk_in.id, Enrolment.deleted.is_(False)
            )
            if session.scalar(leaning.limit(1)) is not None:  # they would hang on a walk-in without a person
                raise ValidationError("training.walk_in_has_merged", "undo the walk-ins merged into it first")
            detail, walk_in.person_id = f"person:{walk_in.person_id}", None
        else:
            raise ValidationError("training.walk_in_not_matched", "this walk-in is not matched")
        audit.record(
            session,
            actor,
            "training.walk_in_unmatch",
            record_type="enrolment",
            record_id=walk_in.id,
            detail=detail,
        )


def register_walk_in(ctx: ServiceContext, enrolment_id: str, duplicate_reason: str | None = None) -> str:
    """Register the walk-in as a new registry person (name and phone; the registry's duplicate check
    applies: ``people.DuplicatesFound`` unless a reason is given) and match the walk-in to them, in
    one transaction."""
    actor = require(ctx, Action.TRAINING_EDIT)
    require(ctx, Action.PERSON_EDIT)
    with ctx.transaction() as session:
        walk_in = _unmatched(session, enrolment_id)
        draft = PersonDraft(name=walk_in.walk_in_name, phone=walk_in.walk_in_phone or None)
        person_id = people.create_in(session, actor, draft, duplicate_reason)
        _match_in(session, actor, walk_in, person_id)
        return person_id
