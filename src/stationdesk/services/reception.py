"""The walk-in flow of the unified reception desk (全科接待 / 接待登记).

Each walk-in records who came (a registered person, or an anonymous one by sex and age band),
what for (one or more need categories), a short note, the outcome and its first-contact owner
(首问负责). A follow-up outcome creates the follow-up in the same transaction; a referred one is
completed by ``services.referrals`` (see :func:`record_walk_in`). The desk's list of the day and a
person's timeline are read here too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, bindparam, insert, select
from sqlalchemy.orm import Session

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action
from stationdesk.services import audit, follow_ups, referrals
from stationdesk.services.authz import require
from stationdesk.services.context import Actor, ServiceContext
from stationdesk.services.errors import NotFound
from stationdesk.services.referrals import ReferralDraft
from stationdesk.store.models import (
    FollowUp,
    HomeVisit,
    KeyTarget,
    NeedCategory,
    Partner,
    Person,
    Referral,
    User,
    VisitMethod,
    WalkIn,
    WalkInNeed,
)
from stationdesk.store.session import stamper_of

AGE_BANDS = ("0-13", "14-17", "18-34", "35-59", "60-79", "80+")
"""Age bands of anonymous walk-ins; 0-13 is the PIPL "child under 14" whose data is sensitive."""
ANONYMOUS_SEXES = ("M", "F")
RESOLVED = "resolved"
REFERRED = "referred"
FOLLOW_UP = "follow_up"
OUTCOMES = (RESOLVED, REFERRED, FOLLOW_UP)
CATEGORY_SEPARATOR = "、"


def _now() -> datetime:
    return datetime.now()


@dataclass(frozen=True, kw_only=True)
class WalkInDraft:
    """What the reception form submits.

    ``owner_id`` None means the signed-in user on a new walk-in and "unchanged" on a correction;
    ``arrived_at`` None means now, or "unchanged". The follow-up fields count only for the
    follow-up outcome, and on a correction only when the walk-in has no follow-up yet.
    """

    person_id: str | None
    anonymous_sex: str = ""
    anonymous_age_band: str = ""
    category_ids: Sequence[str]
    note: str = ""
    outcome: str
    owner_id: str | None = None
    arrived_at: datetime | None = None
    follow_up_due: date | None = None
    follow_up_owner_id: str | None = None
    follow_up_note: str = ""
    referral: ReferralDraft | None = None
    """The referred outcome on a new walk-in: partner, need, consent (person and walk-in filled in)."""


@dataclass(frozen=True)
class WalkInRow:
    """One line of the day's list beside the form."""

    id: str
    arrived_at: datetime
    person_id: str | None
    person_name: str  # "" for an anonymous walk-in
    anonymous_sex: str
    anonymous_age_band: str
    categories: str  # names joined with "、", in the list's order
    outcome: str
    owner_name: str


@dataclass(frozen=True)
class TimelineEntry:
    """One event in a person's history. ``status`` is a code: a walk-in's outcome, a referral's
    or a follow-up's status; the UI names it."""

    at: datetime
    kind: str  # "walk_in" | "referral" | "follow_up"
    summary: str
    status: str
    record_id: str = ""


@dataclass(frozen=True)
class _Clean:
    person_id: str | None
    anonymous_sex: str
    anonymous_age_band: str
    category_ids: tuple[str, ...]
    note: str
    outcome: str


def _clean(draft: WalkInDraft, now: datetime) -> _Clean:
    """The checks that need no database, in the order of the form's fields."""
    person_id = draft.person_id or None
    sex, band = ("", "") if person_id else (draft.anonymous_sex, draft.anonymous_age_band)
    if person_id is None and (sex not in ANONYMOUS_SEXES or band not in AGE_BANDS):
        raise ValidationError(
            "walkin.person_or_anonymous", "pick a person, or give the sex and age band of an anonymous one"
        )
    category_ids = tuple(dict.fromkeys(c for c in draft.category_ids if c))
    if not category_ids:
        raise ValidationError("walkin.categories_required", "choose at least one need category")
    if draft.outcome not in OUTCOMES:
        raise ValidationError("walkin.bad_outcome", "unknown outcome", {"outcome": draft.outcome})
    if draft.arrived_at is not None and draft.arrived_at > now:
        raise ValidationError("walkin.future", "the arrival time is in the future")
    if draft.outcome == REFERRED and person_id is None:
        raise ValidationError("walkin.referral_needs_person", "an anonymous visitor cannot be referred")
    return _Clean(person_id, sex, band, category_ids, draft.note.strip(), draft.outcome)


# Saving a walk-in is the desk's hot path (issue 3: within 3x a bare SQLite insert): its checks and
# inserts are statements built once and run on the session's connection, without ORM objects.
_PERSON_DELETED = select(Person.deleted).where(Person.id == bindparam("id"))
_CATEGORIES = select(NeedCategory.id, NeedCategory.name, NeedCategory.retired).where(
    NeedCategory.id.in_(bindparam("ids", expanding=True)), NeedCategory.deleted.is_(False)
)
_PERSON_AND_OWNER = select(
    select(Person.deleted).where(Person.id == bindparam("person")).scalar_subquery(),
    User.deleted,
    User.active,
    User.role,
).where(User.id == bindparam("owner"))
_INSERT_WALK_IN = insert(WalkIn.__table__)
_INSERT_NEED = insert(WalkInNeed.__table__)


def _check_person(session: Session, person_id: str | None) -> None:
    if person_id is None:
        return
    deleted = session.connection().execute(_PERSON_DELETED, {"id": person_id}).scalar()
    if deleted is None or deleted:
        raise NotFound("person.not_found")


def _check_person_and_owner(session: Session, person_id: str | None, owner_id: str) -> str:
    """Both checks of a new walk-in in one statement (the hot path); returns the owner's id."""
    row = session.connection().execute(_PERSON_AND_OWNER, {"person": person_id, "owner": owner_id}).first()
    if person_id is not None and (row is None or row[0] is None or row[0]):
        _check_person(session, person_id)  # says which: the person is unknown or removed
    if row is None or not follow_ups.may_own_as(*row[1:]):
        raise ValidationError(
            "walkin.owner_required", "the owner must be an active user who may record reception work"
        )
    return owner_id


def _check_categories(session: Session, category_ids: Sequence[str], already: set[str]) -> None:
    """Every category exists; a retired one only if the walk-in already had it."""
    rows = session.connection().execute(_CATEGORIES, {"ids": list(category_ids)})
    found = {id_: (name, retired) for id_, name, retired in rows}
    for category_id in category_ids:
        if category_id not in found:
            raise NotFound("category.not_found")
        name, retired = found[category_id]
        if retired and category_id not in already:
            raise ValidationError("walkin.retired_category", "the category is retired", {"name": name})


def _add_follow_up(
    session: Session, actor: Actor, walk_in_id: str, person_id: str | None, draft: WalkInDraft, today: date
) -> None:
    if not draft.follow_up_owner_id:
        raise ValidationError("followup.owner_required", "a follow-up needs an owner")
    due = follow_ups.check_due(draft.follow_up_due, today)
    follow_ups.add_in(
        session,
        actor,
        person_id=person_id,
        owner_id=draft.follow_up_owner_id,
        due_on=due,
        note=draft.follow_up_note,
        walk_in_id=walk_in_id,
    )


def record_walk_in(ctx: ServiceContext, draft: WalkInDraft) -> str:
    """Record one walk-in with, for its outcome, the follow-up or the referral; returns its id.

    Everything is one transaction: a referral refused (no consent, retired partner ...) leaves no
    walk-in behind, so the clerk corrects the form and saves again.
    """
    actor = require(ctx, Action.RECEPTION_RECORD)
    now = _now()
    clean = _clean(draft, now)
    if clean.outcome == REFERRED and draft.referral is None:
        raise ValidationError("walkin.referral_required", "a referred walk-in needs its referral")
    if draft.referral is not None:
        referrals.require_override_right(ctx, draft.referral)
    if clean.outcome == FOLLOW_UP:  # the follow-up's own fields, before touching the database
        if not draft.follow_up_owner_id:
            raise ValidationError("followup.owner_required", "a follow-up needs an owner")
        follow_ups.check_due(draft.follow_up_due, now.date())
    with ctx.transaction() as session:
        owner_id = _check_person_and_owner(session, clean.person_id, draft.owner_id or actor.user_id)
        _check_categories(session, clean.category_ids, set())
        stamper = stamper_of(session)
        walk_in = stamper.new_row(
            deleted=False,
            person_id=clean.person_id,
            anonymous_sex=clean.anonymous_sex,
            anonymous_age_band=clean.anonymous_age_band,
            arrived_at=draft.arrived_at or now,
            note=clean.note,
            outcome=clean.outcome,
            owner_id=owner_id,
            recorded_by=actor.user_id,
        )
        walk_in_id = str(walk_in["id"])
        connection = session.connection()
        connection.execute(_INSERT_WALK_IN, walk_in)
        connection.execute(
            _INSERT_NEED,
            [
                stamper.new_row(deleted=False, walk_in_id=walk_in_id, category_id=c)
                for c in clean.category_ids
            ],
        )
        if clean.outcome == FOLLOW_UP:
            _add_follow_up(session, actor, walk_in_id, clean.person_id, draft, now.date())
        elif clean.outcome == REFERRED and draft.referral is not None:
            referral = replace(draft.referral, person_id=clean.person_id, walk_in_id=walk_in_id)
            referrals.send_in(session, actor, referral)
        return walk_in_id


def _get(session: Session, walk_in_id: str) -> WalkIn:
    walk_in = session.get(WalkIn, walk_in_id)
    if walk_in is None or walk_in.deleted:
        raise NotFound("walk_in.not_found")
    return walk_in


def _set_needs(session: Session, walk_in_id: str, links: Sequence[WalkInNeed], wanted: set[str]) -> None:
    """Replace the categories by tombstoning links and adding (or reviving) others, like person tags."""
    seen: set[str] = set()
    for link in links:
        keep = link.category_id in wanted and link.category_id not in seen
        seen.add(link.category_id)
        if link.deleted == keep:
            link.deleted = not keep
    for category_id in wanted - seen:
        session.add(WalkInNeed(walk_in_id=walk_in_id, category_id=category_id, deleted=False))


def _live_follow_ups(session: Session, walk_in_id: str) -> list[FollowUp]:
    query = select(FollowUp).where(FollowUp.walk_in_id == walk_in_id, FollowUp.deleted.is_(False))
    return list(session.scalars(query))


def update_walk_in(ctx: ServiceContext, walk_in_id: str, draft: WalkInDraft) -> None:
    """Correct a walk-in. Categories it already had may stay even if retired since.

    Its follow-ups move with a corrected person. Changing the outcome to follow-up adds one (from
    the draft's follow-up fields) if it has none; changing it away withdraws its open follow-ups
    (tombstoned; done ones stay). Referrals are left alone: they are revoked through
    ``services.referrals``.
    """
    actor = require(ctx, Action.RECEPTION_RECORD)
    now = _now()
    clean = _clean(draft, now)
    with ctx.transaction() as session:
        walk_in = _get(session, walk_in_id)
        _check_person(session, clean.person_id)
        links = session.scalars(select(WalkInNeed).where(WalkInNeed.walk_in_id == walk_in_id)).all()
        _check_categories(session, clean.category_ids, {n.category_id for n in links if not n.deleted})
        if draft.owner_id and draft.owner_id != walk_in.owner_id:
            walk_in.owner_id = follow_ups.check_owner(session, draft.owner_id, "walkin.owner_required")
        walk_in.person_id = clean.person_id
        walk_in.anonymous_sex = clean.anonymous_sex
        walk_in.anonymous_age_band = clean.anonymous_age_band
        walk_in.note = clean.note
        walk_in.outcome = clean.outcome
        if draft.arrived_at is not None:
            walk_in.arrived_at = draft.arrived_at
        _set_needs(session, walk_in_id, links, set(clean.category_ids))
        existing = _live_follow_ups(session, walk_in_id)
        for follow_up in existing:
            if follow_up.person_id != clean.person_id:
                follow_up.person_id = clean.person_id
            if clean.outcome != FOLLOW_UP and follow_up.status == follow_ups.OPEN:
                follow_up.deleted = True
        if clean.outcome == FOLLOW_UP and not existing:
            _add_follow_up(session, actor, walk_in.id, clean.person_id, draft, now.date())


def remove_walk_in(ctx: ServiceContext, walk_in_id: str, reason: str) -> None:
    """Tombstone a walk-in entered by mistake (audited, with its reason); its open follow-ups go too."""
    actor = require(ctx, Action.RECEPTION_RECORD)
    reason = reason.strip()
    if not reason:
        raise ValidationError("walkin.reason_required", "say why the walk-in is removed")
    with ctx.transaction() as session:
        walk_in = _get(session, walk_in_id)
        walk_in.deleted = True
        for follow_up in _live_follow_ups(session, walk_in_id):
            if follow_up.status == follow_ups.OPEN:
                follow_up.deleted = True
        audit.record(
            session, actor, "walk_in.remove", record_type="walk_in", record_id=walk_in_id, reason=reason
        )


def _category_names(session: Session, walk_in_ids: Iterable[str]) -> dict[str, str]:
    """Walk-in id -> its category names joined, in the list's order."""
    ids = list(walk_in_ids)
    if not ids:
        return {}
    query = (
        select(WalkInNeed.walk_in_id, NeedCategory.name)
        .join(NeedCategory, NeedCategory.id == WalkInNeed.category_id)
        .where(WalkInNeed.walk_in_id.in_(ids), WalkInNeed.deleted.is_(False))
        .order_by(NeedCategory.sort_order, NeedCategory.name)
    )
    names: dict[str, list[str]] = {}
    for walk_in_id, name in session.execute(query):
        names.setdefault(walk_in_id, []).append(name)
    return {k: CATEGORY_SEPARATOR.join(v) for k, v in names.items()}


def today_statement(start: datetime, end: datetime) -> Select[tuple[object, ...]]:
    """The walk-ins arrived in [start, end), newest first (tests pin its plan to the arrival index)."""
    return (
        select(
            WalkIn.id,
            WalkIn.arrived_at,
            WalkIn.person_id,
            Person.name,
            WalkIn.anonymous_sex,
            WalkIn.anonymous_age_band,
            WalkIn.outcome,
            User.display_name,
        )
        .join(User, User.id == WalkIn.owner_id)
        .outerjoin(Person, Person.id == WalkIn.person_id)
        .where(WalkIn.arrived_at >= start, WalkIn.arrived_at < end, WalkIn.deleted.is_(False))
        .order_by(WalkIn.arrived_at.desc(), WalkIn.id.desc())
    )


def today(ctx: ServiceContext, day: date | None = None) -> list[WalkInRow]:
    """The walk-ins of one day (today by default), newest first: who, for what, outcome, by whom."""
    require(ctx, Action.RECEPTION_VIEW)
    start = datetime.combine(day or _now().date(), time.min)
    with ctx.reading() as session:
        records = session.execute(today_statement(start, start + timedelta(days=1))).all()
        categories = _category_names(session, (r[0] for r in records))
        return [
            WalkInRow(
                id=r[0],
                arrived_at=r[1],
                person_id=r[2],
                person_name=r[3] or "",
                anonymous_sex=r[4],
                anonymous_age_band=r[5],
                categories=categories.get(r[0], ""),
                outcome=r[6],
                owner_name=r[7],
            )
            for r in records
        ]


def _joined(*parts: str) -> str:
    return "：".join(p for p in parts if p)


def timeline(ctx: ServiceContext, person_id: str) -> list[TimelineEntry]:
    """Everything the station did with one person, newest first.

    A follow-up stands at its completion time once done, and at its due date while open (so open
    ones due later lead the list).
    """
    require(ctx, Action.RECEPTION_VIEW)
    with ctx.reading() as session:
        if session.get(Person, person_id) is None:
            raise NotFound("person.not_found")
        entries: list[TimelineEntry] = []
        walk_ins = session.execute(
            select(WalkIn.id, WalkIn.arrived_at, WalkIn.note, WalkIn.outcome).where(
                WalkIn.person_id == person_id, WalkIn.deleted.is_(False)
            )
        ).all()
        categories = _category_names(session, (w[0] for w in walk_ins))
        for id_, arrived_at, note, outcome in walk_ins:
            entries.append(
                TimelineEntry(arrived_at, "walk_in", _joined(categories.get(id_, ""), note), outcome, id_)
            )
        referrals = session.execute(
            select(Referral.id, Referral.sent_at, Partner.name, Referral.need, Referral.status)
            .join(Partner, Partner.id == Referral.partner_id)
            .where(Referral.person_id == person_id, Referral.deleted.is_(False))
        )
        for id_, sent_at, partner, need, status in referrals:
            entries.append(TimelineEntry(sent_at, "referral", _joined(partner, need), status, id_))
        follow_up_rows = session.execute(
            select(FollowUp.id, FollowUp.due_on, FollowUp.done_at, FollowUp.note, FollowUp.done_note,
                   FollowUp.status)
            .where(FollowUp.person_id == person_id, FollowUp.deleted.is_(False))
        )  # fmt: skip
        for id_, due_on, done_at, note, done_note, status in follow_up_rows:
            at = done_at or datetime.combine(due_on, time.min)
            entries.append(TimelineEntry(at, "follow_up", _joined(note, done_note), status, id_))
        entries += _key_target_entries(session, person_id)
        entries.sort(key=lambda e: e.at, reverse=True)
        return entries


def _key_target_entries(session: Session, person_id: str) -> list[TimelineEntry]:
    """Enrolments on the key-target list (at their start; status: the tier) and the visits made."""
    entries = [
        TimelineEntry(datetime.combine(start, time.min), "key_target", _joined(reason, end_reason), tier, id_)
        for id_, start, reason, end_reason, tier in session.execute(
            select(
                KeyTarget.id, KeyTarget.start_on, KeyTarget.reason, KeyTarget.end_reason, KeyTarget.tier
            ).where(KeyTarget.person_id == person_id, KeyTarget.deleted.is_(False))
        )
    ]
    visits = session.execute(
        select(HomeVisit.id, HomeVisit.recorded_at, HomeVisit.visited_on, VisitMethod.name,
               HomeVisit.findings, HomeVisit.risk)
        .join(VisitMethod, VisitMethod.id == HomeVisit.method_id)
        .where(HomeVisit.person_id == person_id, HomeVisit.deleted.is_(False))
    )  # fmt: skip
    for id_, recorded_at, visited_on, method, findings, risk in visits:
        at = datetime.combine(
            visited_on, recorded_at.time() if recorded_at.date() == visited_on else time(12)
        )
        entries.append(TimelineEntry(at, "visit", _joined(method, findings), risk, id_))
    return entries
