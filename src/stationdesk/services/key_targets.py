"""Key targets (重点对象): enrolment with a tier, exemptions, and the visits made to them (探访).

A person is on the list through one *enrolment* at a time: a tier (which sets how often they are
visited), a reason, a responsible worker, and start and end dates. A change of tier ends the
enrolment and starts a new one the same day, carrying over a "moved" or "deceased" exemption
(docs/visit-rules.md, rule 13). An *exemption* takes the target out of the denominator for a
stretch of days. Whether a visit counts is the method's setting (services/visit_settings.py).

The coverage of a period is computed by domain/visits.py from what :mod:`coverage` loads here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import partial

from sqlalchemy import ScalarSelect, func, or_, select
from sqlalchemy.orm import Session

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action
from stationdesk.domain.visits import ExemptionReason, Tier
from stationdesk.services import audit, follow_ups
from stationdesk.services.authz import require
from stationdesk.services.context import Actor, ServiceContext
from stationdesk.services.errors import NotFound
from stationdesk.services.fields import trimmed
from stationdesk.store.models import HomeVisit, KeyTarget, KeyTargetExemption, Person, User, VisitMethod

REASON_MAX = 256
NOTE_MAX = 256
COMPANIONS_MAX = 128
RISKS = ("", "raised", "cleared")
"""A visit leaves the risk as it was, raises it, or clears it."""
FOR_GOOD = frozenset({ExemptionReason.MOVED.value, ExemptionReason.DECEASED.value})
"""Exemptions with no way back: they have no end date and carry over to a new tier."""


def _today() -> date:
    return date.today()


# --- drafts and rows -----------------------------------------------------------------------------


@dataclass(frozen=True)
class EnrolmentDraft:
    person_id: str
    tier: str
    reason: str
    worker_id: str | None
    start_on: date | None
    end_on: date | None = None


@dataclass(frozen=True)
class VisitDraft:
    target_id: str
    visited_on: date | None
    method_id: str | None
    visitor_id: str | None
    findings: str = ""
    companions: str = ""
    risk: str = ""
    follow_up_owner_id: str | None = None  # set: a follow-up is created with the visit
    follow_up_due: date | None = None
    follow_up_note: str = ""


@dataclass(frozen=True)
class TargetRow:
    id: str
    person_id: str
    person_name: str
    grid: str
    tier: str
    reason: str
    worker_id: str
    worker_name: str
    start_on: date
    end_on: date | None
    last_visit_on: date | None
    exemption: str  # the reason of an exemption covering the day asked about, or ""


@dataclass(frozen=True)
class ExemptionRow:
    id: str
    target_id: str
    reason: str
    start_on: date
    end_on: date | None
    note: str


@dataclass(frozen=True)
class VisitRow:
    id: str
    target_id: str
    person_id: str
    person_name: str
    visited_on: date
    method: str
    counts: bool
    visitor_name: str
    companions: str
    findings: str
    risk: str


# --- checks --------------------------------------------------------------------------------------


def _check_date(day: date | None, required_code: str, future_code: str, today: date) -> date:
    if day is None:
        raise ValidationError(required_code, "a date is required")
    if day > today:
        raise ValidationError(future_code, "the date is in the future")
    return day


def _check_enrolment(draft: EnrolmentDraft, today: date) -> EnrolmentDraft:
    """The checks that need no database, in the order of the form's fields."""
    if draft.tier not in {tier.value for tier in Tier}:
        raise ValidationError("keytarget.tier_required", "choose a tier")
    reason = trimmed(draft.reason, "keytarget.reason_too_long", REASON_MAX)
    if not reason:
        raise ValidationError("keytarget.reason_required", "say why the person is a key target")
    start = _check_date(draft.start_on, "keytarget.start_required", "keytarget.start_in_future", today)
    if draft.end_on is not None and draft.end_on < start:
        raise ValidationError("keytarget.end_before_start", "the end is before the start")
    return replace(draft, reason=reason)


def _person(session: Session, person_id: str) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise NotFound("person.not_found")
    return person


def _target(session: Session, target_id: str) -> KeyTarget:
    target = session.get(KeyTarget, target_id)
    if target is None or target.deleted:
        raise NotFound("keytarget.not_found")
    return target


def _overlapping(session: Session, person_id: str, start: date, end: date | None, exclude: str = "") -> bool:
    query = select(KeyTarget.id).where(
        KeyTarget.person_id == person_id,
        KeyTarget.deleted.is_(False),
        KeyTarget.id != exclude,
        or_(KeyTarget.end_on.is_(None), KeyTarget.end_on >= start),
    )
    if end is not None:
        query = query.where(KeyTarget.start_on <= end)
    return session.scalar(query.limit(1)) is not None


# --- enrolment -----------------------------------------------------------------------------------


def _add_enrolment(session: Session, actor: Actor, clean: EnrolmentDraft, *, end_reason: str) -> KeyTarget:
    """Write a checked enrolment (its worker checked too); it has its id on return."""
    assert clean.start_on is not None and clean.worker_id is not None  # checked by the callers
    target = KeyTarget(
        person_id=clean.person_id,
        tier=clean.tier,
        reason=clean.reason,
        worker_id=clean.worker_id,
        start_on=clean.start_on,
        end_on=clean.end_on,
        end_reason=end_reason,
        created_by=actor.user_id,
        deleted=False,
    )
    session.add(target)
    session.flush()
    return target


def enrol(ctx: ServiceContext, draft: EnrolmentDraft, today: date | None = None) -> str:
    """Put a person on the key-target list; refused while another enrolment of theirs overlaps."""
    actor = require(ctx, Action.RECEPTION_RECORD)
    clean = _check_enrolment(draft, today or _today())
    with ctx.transaction() as session:
        _person(session, clean.person_id)
        worker_id = follow_ups.check_owner(session, clean.worker_id, "keytarget.worker_required")
        assert clean.start_on is not None  # checked above
        if _overlapping(session, clean.person_id, clean.start_on, clean.end_on):
            raise ValidationError("keytarget.already_enrolled", "the person is already a key target then")
        return _add_enrolment(session, actor, replace(clean, worker_id=worker_id), end_reason="").id


def end_enrolment(
    ctx: ServiceContext, target_id: str, end_on: date | None, reason: str, today: date | None = None
) -> None:
    """Take the person off the list from the day after ``end_on``."""
    require(ctx, Action.RECEPTION_RECORD)
    end = _check_date(end_on, "keytarget.end_required", "keytarget.end_in_future", today or _today())
    reason = trimmed(reason, "keytarget.reason_too_long", REASON_MAX)
    with ctx.transaction() as session:
        target = _target(session, target_id)
        if end < target.start_on:
            raise ValidationError("keytarget.end_before_start", "the end is before the start")
        if target.end_on is not None and target.end_on < end:
            raise ValidationError("keytarget.already_ended", "the enrolment has ended already")
        target.end_on = end
        target.end_reason = reason


def change_tier(
    ctx: ServiceContext, target_id: str, tier: str, from_on: date | None, today: date | None = None
) -> str:
    """End the enrolment the day before ``from_on`` and enrol again with ``tier`` from that day.

    The new enrolment keeps the reason and the worker, and takes over exemptions for good (moved,
    deceased) so that the new tier does not make the person due again.
    """
    actor = require(ctx, Action.RECEPTION_RECORD)
    today = today or _today()
    start = _check_date(from_on, "keytarget.start_required", "keytarget.start_in_future", today)
    if tier not in {t.value for t in Tier}:
        raise ValidationError("keytarget.tier_required", "choose a tier")
    with ctx.transaction() as session:
        old = _target(session, target_id)
        if old.tier == tier:
            raise ValidationError("keytarget.same_tier", "the person already has that tier")
        if start <= old.start_on or (old.end_on is not None and old.end_on < start):
            raise ValidationError("keytarget.change_outside", "the change must fall inside the enrolment")
        draft = EnrolmentDraft(old.person_id, tier, old.reason, old.worker_id, start, old.end_on)
        end_reason = old.end_reason
        old.end_on = start - timedelta(days=1)
        old.end_reason = "tier"
        new = _add_enrolment(session, actor, draft, end_reason=end_reason)
        for carried in _exemptions_of(session, old.id):
            if carried.reason in FOR_GOOD:
                _add_exemption_row(
                    session, actor, new.id, carried.reason, max(carried.start_on, start), None, carried.note
                )
        return new.id


def remove_enrolment(ctx: ServiceContext, target_id: str, reason: str) -> None:
    """An enrolment made by mistake: gone from lists and rates (a tombstone, on the audit log)."""
    _remove(
        ctx, partial(_target, target_id=target_id), "key_target.remove", "key_target", reason, "the enrolment"
    )


def _remove(
    ctx: ServiceContext,
    load: Callable[[Session], KeyTarget | HomeVisit],
    action: str,
    record_type: str,
    reason: str,
    what: str,
) -> None:
    """Tombstone what ``load`` finds (an enrolment or a visit made by mistake, ``what`` in the
    refusal); the reason is required and goes on the audit log with ``action``."""
    actor = require(ctx, Action.RECEPTION_RECORD)
    reason = trimmed(reason, "keytarget.reason_too_long", REASON_MAX)
    if not reason:
        raise ValidationError("keytarget.remove_reason_required", f"say why {what} is removed")
    with ctx.transaction() as session:
        record = load(session)
        record.deleted = True
        audit.record(session, actor, action, record_type=record_type, record_id=record.id, reason=reason)


# --- exemptions ----------------------------------------------------------------------------------


def _exemptions_of(session: Session, target_id: str) -> list[KeyTargetExemption]:
    return list(
        session.scalars(
            select(KeyTargetExemption)
            .where(KeyTargetExemption.target_id == target_id, KeyTargetExemption.deleted.is_(False))
            .order_by(KeyTargetExemption.start_on)
        )
    )


def add_exemption(
    ctx: ServiceContext,
    target_id: str,
    reason: str,
    start_on: date | None,
    end_on: date | None = None,
    note: str = "",
    today: date | None = None,
) -> str:
    """From ``start_on`` (to ``end_on``, or for good) the target is not due a visit (hospital, away ...)."""
    actor = require(ctx, Action.RECEPTION_RECORD)
    if reason not in {r.value for r in ExemptionReason}:
        raise ValidationError("keytarget.exemption_reason_required", "choose why the visit is excused")
    start = _check_date(start_on, "keytarget.start_required", "keytarget.start_in_future", today or _today())
    if reason in FOR_GOOD:
        end_on = None
    if end_on is not None and end_on < start:
        raise ValidationError("keytarget.end_before_start", "the end is before the start")
    note = trimmed(note, "keytarget.note_too_long", NOTE_MAX)
    with ctx.transaction() as session:
        target = _target(session, target_id)
        if start < target.start_on or (target.end_on is not None and start > target.end_on):
            raise ValidationError(
                "keytarget.exemption_outside", "the exemption must start inside the enrolment"
            )
        return _add_exemption_row(session, actor, target.id, reason, start, end_on, note).id


def _add_exemption_row(
    session: Session, actor: Actor, target_id: str, reason: str, start: date, end: date | None, note: str
) -> KeyTargetExemption:
    exemption = KeyTargetExemption(
        target_id=target_id,
        reason=reason,
        start_on=start,
        end_on=end,
        note=note,
        recorded_by=actor.user_id,
        deleted=False,
    )
    session.add(exemption)
    session.flush()
    return exemption


def end_exemption(ctx: ServiceContext, exemption_id: str, end_on: date | None) -> None:
    """The target is back (out of hospital, home from work away): due again from the next day."""
    require(ctx, Action.RECEPTION_RECORD)
    if end_on is None:
        raise ValidationError("keytarget.end_required", "a date is required")
    with ctx.transaction() as session:
        exemption = session.get(KeyTargetExemption, exemption_id)
        if exemption is None or exemption.deleted:
            raise NotFound("keytarget.exemption_not_found")
        if end_on < exemption.start_on:
            raise ValidationError("keytarget.end_before_start", "the end is before the start")
        exemption.end_on = end_on


def exemptions(ctx: ServiceContext, target_id: str) -> list[ExemptionRow]:
    require(ctx, Action.RECEPTION_VIEW)
    with ctx.reading() as session:
        return [
            ExemptionRow(e.id, e.target_id, e.reason, e.start_on, e.end_on, e.note)
            for e in _exemptions_of(session, target_id)
        ]


# --- visits --------------------------------------------------------------------------------------


def _check_visit(draft: VisitDraft, today: date) -> VisitDraft:
    """The checks that need no database, in the order of the form's fields."""
    _check_date(draft.visited_on, "visit.date_required", "visit.date_in_future", today)
    if not draft.method_id:
        raise ValidationError("visit.method_required", "choose how the visit was made")
    if draft.risk not in RISKS:
        raise ValidationError("visit.bad_risk", "unknown risk change", {"risk": draft.risk})
    companions = trimmed(draft.companions, "visit.companions_too_long", COMPANIONS_MAX)
    if draft.follow_up_owner_id:
        follow_ups.check_due(draft.follow_up_due, today)
    return replace(draft, companions=companions, findings=draft.findings.strip())


def record_visit(
    ctx: ServiceContext, draft: VisitDraft, today: date | None = None, now: datetime | None = None
) -> str:
    """Log a visit (with its follow-up, if one is asked for, in the same transaction); returns its id."""
    actor = require(ctx, Action.RECEPTION_RECORD)
    today = today or _today()
    clean = _check_visit(draft, today)
    with ctx.transaction() as session:
        return _record_visit_in(session, actor, clean, today, now or datetime.now())


def _record_visit_in(session: Session, actor: Actor, clean: VisitDraft, today: date, now: datetime) -> str:
    target = _target(session, clean.target_id)
    visited_on = clean.visited_on
    assert visited_on is not None  # checked by _check_visit
    if visited_on < target.start_on or (target.end_on is not None and visited_on > target.end_on):
        raise ValidationError("visit.outside_enrolment", "the visit falls outside the enrolment")
    method = session.get(VisitMethod, clean.method_id)
    if method is None or method.deleted or method.retired:
        raise ValidationError("visit.method_required", "choose how the visit was made")
    visitor_id = follow_ups.check_owner(session, clean.visitor_id, "visit.visitor_required")
    follow_up_id = None
    if clean.follow_up_owner_id:
        follow_up = follow_ups.add_in(
            session,
            actor,
            person_id=target.person_id,
            owner_id=clean.follow_up_owner_id,
            due_on=follow_ups.check_due(clean.follow_up_due, today),
            note=clean.follow_up_note,
            walk_in_id=None,
        )
        session.flush()
        follow_up_id = follow_up.id
    visit = HomeVisit(
        target_id=target.id,
        person_id=target.person_id,
        visited_on=visited_on,
        method_id=method.id,
        visitor_id=visitor_id,
        companions=clean.companions,
        findings=clean.findings,
        risk=clean.risk,
        follow_up_id=follow_up_id,
        recorded_by=actor.user_id,
        recorded_at=now,
        deleted=False,
    )
    session.add(visit)
    session.flush()
    return visit.id


def remove_visit(ctx: ServiceContext, visit_id: str, reason: str) -> None:
    """A visit logged by mistake (wrong person, wrong day): a tombstone, on the audit log."""
    _remove(ctx, partial(_visit, visit_id=visit_id), "visit.remove", "home_visit", reason, "the visit")


def _visit(session: Session, visit_id: str) -> HomeVisit:
    visit = session.get(HomeVisit, visit_id)
    if visit is None or visit.deleted:
        raise NotFound("visit.not_found")
    return visit


def visits(
    ctx: ServiceContext, *, person_id: str | None = None, target_id: str | None = None
) -> list[VisitRow]:
    """Visits of one person or one enrolment, newest first."""
    require(ctx, Action.RECEPTION_VIEW)
    stmt = (
        select(HomeVisit, Person.name, VisitMethod.name, VisitMethod.counts_as_visit, User.display_name)
        .join(Person, Person.id == HomeVisit.person_id)
        .join(VisitMethod, VisitMethod.id == HomeVisit.method_id)
        .join(User, User.id == HomeVisit.visitor_id)
        .where(HomeVisit.deleted.is_(False))
        .order_by(HomeVisit.visited_on.desc(), HomeVisit.recorded_at.desc())
    )
    if person_id is not None:
        stmt = stmt.where(HomeVisit.person_id == person_id)
    if target_id is not None:
        stmt = stmt.where(HomeVisit.target_id == target_id)
    with ctx.reading() as session:
        return [
            VisitRow(v.id, v.target_id, v.person_id, name, v.visited_on, method, counts, visitor,
                     v.companions, v.findings, v.risk)
            for v, name, method, counts, visitor in session.execute(stmt)
        ]  # fmt: skip


# --- the list ------------------------------------------------------------------------------------


def grid_of(person: Person) -> str:
    """The grid a target is grouped under: community and grid (网格 numbers repeat across communities),
    either alone when the other is unknown."""
    return grid_text(person.grid, person.community)


def grid_text(grid: str, community: str) -> str:
    """:func:`grid_of` from the two columns (for statements that select columns, not persons)."""
    grid, community = grid.strip(), community.strip()
    if grid and community and not grid.startswith(community):
        return f"{community} {grid}"
    return grid or community


def _last_visit() -> ScalarSelect[date | None]:
    """The enrolment's latest visit day, as a column of the same statement (through the index on
    the visit's enrolment, not a query per row)."""
    return (
        select(func.max(HomeVisit.visited_on))
        .where(HomeVisit.target_id == KeyTarget.id, HomeVisit.deleted.is_(False))
        .scalar_subquery()
    )


def list_targets(
    ctx: ServiceContext,
    on: date | None = None,
    *,
    worker_id: str | None = None,
    tier: str | None = None,
    search: str = "",
) -> list[TargetRow]:
    """The enrolments running on ``on`` (today), with each one's last visit and current exemption."""
    require(ctx, Action.RECEPTION_VIEW)
    on = on or _today()
    stmt = (
        select(KeyTarget, Person, User.display_name, _last_visit())
        .join(Person, Person.id == KeyTarget.person_id)
        .join(User, User.id == KeyTarget.worker_id)
        .where(
            KeyTarget.deleted.is_(False),
            KeyTarget.start_on <= on,
            or_(KeyTarget.end_on.is_(None), KeyTarget.end_on >= on),
        )
        .order_by(Person.name_pinyin, KeyTarget.start_on)
    )
    if worker_id:
        stmt = stmt.where(KeyTarget.worker_id == worker_id)
    if tier:
        stmt = stmt.where(KeyTarget.tier == tier)
    text = search.strip()
    if text:
        like = f"%{text}%"
        stmt = stmt.where(or_(Person.name.like(like), Person.name_initials.like(f"{text.lower()}%"),
                              Person.grid.like(like), Person.community.like(like)))  # fmt: skip
    with ctx.reading() as session:
        rows = session.execute(stmt).all()
        exempt = _exempt_on(session, [target.id for target, *_ in rows], on)
        return [
            TargetRow(
                id=target.id,
                person_id=person.id,
                person_name=person.name,
                grid=grid_of(person),
                tier=target.tier,
                reason=target.reason,
                worker_id=target.worker_id,
                worker_name=worker_name,
                start_on=target.start_on,
                end_on=target.end_on,
                last_visit_on=last,
                exemption=exempt.get(target.id, ""),
            )
            for target, person, worker_name, last in rows
        ]


def _exempt_on(session: Session, target_ids: Sequence[str], on: date) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk_start in range(0, len(target_ids), 500):
        chunk = target_ids[chunk_start : chunk_start + 500]
        query = select(KeyTargetExemption.target_id, KeyTargetExemption.reason).where(
            KeyTargetExemption.target_id.in_(chunk),
            KeyTargetExemption.deleted.is_(False),
            KeyTargetExemption.start_on <= on,
            or_(KeyTargetExemption.end_on.is_(None), KeyTargetExemption.end_on >= on),
        )
        out.update({target_id: reason for target_id, reason in session.execute(query)})
    return out


def enrolments_of(ctx: ServiceContext, person_id: str) -> list[TargetRow]:
    """Every enrolment of one person (for the person's key-target history), newest first."""
    require(ctx, Action.RECEPTION_VIEW)
    with ctx.reading() as session:
        person = _person(session, person_id)
        stmt = (
            select(KeyTarget, User.display_name, _last_visit())
            .join(User, User.id == KeyTarget.worker_id)
            .where(KeyTarget.person_id == person_id, KeyTarget.deleted.is_(False))
            .order_by(KeyTarget.start_on.desc())
        )
        return [
            TargetRow(target.id, person.id, person.name, grid_of(person), target.tier, target.reason,
                      target.worker_id, worker_name, target.start_on, target.end_on, last, "")
            for target, worker_name, last in session.execute(stmt)
        ]  # fmt: skip
