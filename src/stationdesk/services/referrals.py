"""Referrals (转介): hand a resident's need to a partner, follow it to its end, find it by its code.

The rules (state machine, consent, tracking codes) live in domain/referrals.py; this module
applies them with the signed-in user's role, writes the referral, its insert-only history and
the audit log in one transaction. Sending a referral shares the person's data with a partner,
so every send is audited with the partner it went to.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session, aliased

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.masking import mask_id_number, mask_phone
from stationdesk.domain.referrals import (
    ReferralStatus,
    check_consent,
    check_transition,
    normalize_tracking_code,
)
from stationdesk.domain.roles import Action, may
from stationdesk.services import audit
from stationdesk.services.authz import require
from stationdesk.services.context import Actor, ServiceContext
from stationdesk.services.errors import NotFound
from stationdesk.services.fields import trimmed
from stationdesk.services.unique_codes import unused_code
from stationdesk.store.models import Partner, Person, Referral, ReferralEvent, User, WalkIn

NEED_MAX = 1000
REASON_MAX = 256
"""status_reason, override_reason and the event note are 256-character columns."""
CLOSING = frozenset({ReferralStatus.DONE, ReferralStatus.REJECTED, ReferralStatus.REVOKED})
OPEN = frozenset({ReferralStatus.SENT, ReferralStatus.ACCEPTED})
"""Still with the partner: the referral list shows these by default."""
LIST_LIMIT = 500


@dataclass(frozen=True)
class ReferralDraft:
    """What the referral form (or the walk-in flow, outcome "referred") submits."""

    person_id: str
    partner_id: str
    need: str
    consent_given: bool
    override_reason: str = ""
    walk_in_id: str | None = None


@dataclass(frozen=True)
class ReferralInfo:
    """One referral with everything its screen and its printable slip (转介单 + 回执联) show.

    The person's ID number and phone are masked here (the slip never carries the clear values).
    ``override_by_name`` is empty when the person consented.
    """

    id: str
    tracking_code: str
    status: ReferralStatus
    status_reason: str
    need: str
    person_id: str
    person_name: str
    person_id_masked: str
    person_phone_masked: str
    partner_id: str
    partner_name: str
    partner_kind: str
    partner_contact_name: str
    partner_phone: str
    partner_address: str
    partner_retired: bool
    consent_given: bool
    override_reason: str
    override_by_name: str
    sent_by_name: str
    sent_at: datetime
    closed_at: datetime | None
    walk_in_id: str | None

    @property
    def overridden(self) -> bool:
        return not self.consent_given


@dataclass(frozen=True)
class ReferralEventInfo:
    """One step of a referral's history; ``from_status`` is None for the send itself."""

    id: str
    at: datetime
    from_status: ReferralStatus | None
    to_status: ReferralStatus
    by_name: str
    note: str


@dataclass(frozen=True)
class ReferralRow:
    """One line of the referral list."""

    id: str
    tracking_code: str
    person_id: str
    person_name: str
    partner_id: str
    partner_name: str
    need: str
    status: ReferralStatus
    sent_at: datetime
    closed_at: datetime | None
    days_open: int
    """Days from sending to closing, or to today while still open."""
    sent_by_name: str = ""


def days_open(sent_at: datetime, closed_at: datetime | None, today: date | None = None) -> int:
    end = closed_at.date() if closed_at else (today or date.today())
    return max(0, (end - sent_at.date()).days)


# --- reading -----------------------------------------------------------------------------------

_SentBy = aliased(User)
_OverrideBy = aliased(User)


def _info_statement() -> Select[tuple[Referral, Person, Partner, str, str | None]]:
    return (
        select(Referral, Person, Partner, _SentBy.display_name, _OverrideBy.display_name)
        .join(Person, Person.id == Referral.person_id)
        .join(Partner, Partner.id == Referral.partner_id)
        .join(_SentBy, _SentBy.id == Referral.sent_by)
        .outerjoin(_OverrideBy, _OverrideBy.id == Referral.override_by)
        .where(Referral.deleted.is_(False))
    )


def _info_where(session: Session, condition: ColumnElement[bool]) -> ReferralInfo:
    found = session.execute(_info_statement().where(condition)).first()
    if found is None:
        raise NotFound("referral.not_found")
    r, person, partner, sent_by_name, override_by_name = found
    return ReferralInfo(
        id=r.id,
        tracking_code=r.tracking_code,
        status=ReferralStatus(r.status),
        status_reason=r.status_reason,
        need=r.need,
        person_id=person.id,
        person_name=person.name,
        person_id_masked=mask_id_number(person.id_number),
        person_phone_masked=mask_phone(person.phone),
        partner_id=partner.id,
        partner_name=partner.name,
        partner_kind=partner.kind,
        partner_contact_name=partner.contact_name,
        partner_phone=partner.phone,
        partner_address=partner.address,
        partner_retired=partner.retired,
        consent_given=r.consent_given,
        override_reason=r.override_reason,
        override_by_name=override_by_name or "",
        sent_by_name=sent_by_name,
        sent_at=r.sent_at,
        closed_at=r.closed_at,
        walk_in_id=r.walk_in_id,
    )


def get(ctx: ServiceContext, referral_id: str) -> ReferralInfo:
    require(ctx, Action.RECEPTION_VIEW)
    with ctx.reading() as session:
        return _info_where(session, Referral.id == referral_id)


def find_by_code(ctx: ServiceContext, raw_code: str) -> ReferralInfo:
    """The referral whose returned stub (回执联) carries this code, typed or scanned.

    Lower case, dashes, spaces and full-width characters are accepted; a malformed code or one
    with a typo raises the domain's ValidationError (referral.code_format / referral.code_checksum).
    """
    require(ctx, Action.RECEPTION_VIEW)
    code = normalize_tracking_code(raw_code)
    with ctx.reading() as session:
        return _info_where(session, Referral.tracking_code == code)


def history(ctx: ServiceContext, referral_id: str) -> list[ReferralEventInfo]:
    """Every step of one referral, oldest first."""
    require(ctx, Action.RECEPTION_VIEW)
    with ctx.reading() as session:
        live = select(Referral.id).where(Referral.id == referral_id, Referral.deleted.is_(False))
        if session.scalar(live) is None:
            raise NotFound("referral.not_found")
        stmt = (
            select(ReferralEvent, User.display_name)
            .join(User, User.id == ReferralEvent.by_user_id)
            .where(ReferralEvent.referral_id == referral_id)
            .order_by(ReferralEvent.at, ReferralEvent.hlc)
        )
        return [
            ReferralEventInfo(
                id=e.id,
                at=e.at,
                from_status=ReferralStatus(e.from_status) if e.from_status else None,
                to_status=ReferralStatus(e.to_status),
                by_name=by_name,
                note=e.note,
            )
            for e, by_name in session.execute(stmt)
        ]


def list_referrals(
    ctx: ServiceContext,
    status: ReferralStatus | None = None,
    partner_id: str | None = None,
    person_id: str | None = None,
    *,
    statuses: Collection[ReferralStatus] | None = None,
    offset: int = 0,
    limit: int = LIST_LIMIT,
    today: date | None = None,
) -> list[ReferralRow]:
    """Referrals newest first, filtered by status (one, or any of ``statuses``, e.g. ``OPEN``),
    partner and/or person; one page at a time."""
    require(ctx, Action.RECEPTION_VIEW)
    today = today or date.today()
    stmt = (
        select(
            Referral.id,
            Referral.tracking_code,
            Referral.person_id,
            Person.name.label("person_name"),
            Referral.partner_id,
            Partner.name.label("partner_name"),
            Referral.need,
            Referral.status,
            Referral.sent_at,
            Referral.closed_at,
            _SentBy.display_name.label("sent_by_name"),
        )
        .join(Person, Person.id == Referral.person_id)
        .join(Partner, Partner.id == Referral.partner_id)
        .join(_SentBy, _SentBy.id == Referral.sent_by)
        .where(Referral.deleted.is_(False))
    )
    if status is not None:
        stmt = stmt.where(Referral.status == ReferralStatus(status).value)
    if statuses is not None:
        stmt = stmt.where(Referral.status.in_(sorted(ReferralStatus(s).value for s in statuses)))
    if partner_id:
        stmt = stmt.where(Referral.partner_id == partner_id)
    if person_id:
        stmt = stmt.where(Referral.person_id == person_id)
    stmt = stmt.order_by(Referral.sent_at.desc(), Referral.id.desc()).offset(offset).limit(limit)
    with ctx.reading() as session:
        records = session.execute(stmt).all()
    return [
        ReferralRow(
            id=r.id,
            tracking_code=r.tracking_code,
            person_id=r.person_id,
            person_name=r.person_name,
            partner_id=r.partner_id,
            partner_name=r.partner_name,
            need=r.need,
            status=ReferralStatus(r.status),
            sent_at=r.sent_at,
            closed_at=r.closed_at,
            days_open=days_open(r.sent_at, r.closed_at, today),
            sent_by_name=r.sent_by_name,
        )
        for r in records
    ]


# --- writing -----------------------------------------------------------------------------------


def send_in(session: Session, actor: Actor, draft: ReferralDraft) -> str:
    """Send a referral inside the caller's transaction (the walk-in flow saves both at once).

    The caller has already checked that ``actor`` may RECEPTION_RECORD. Returns the referral id.
    """
    need = trimmed(draft.need, "referral.need_too_long", NEED_MAX)
    if not need:
        raise ValidationError("referral.need_required", "say what the person needs")
    override_reason = trimmed(draft.override_reason, "referral.override_reason_too_long", REASON_MAX)
    check_consent(draft.consent_given, may(actor.role, Action.REFERRAL_OVERRIDE), override_reason)
    person = session.get(Person, draft.person_id)
    if person is None or person.deleted:
        raise NotFound("person.not_found")
    partner = session.get(Partner, draft.partner_id)
    if partner is None or partner.deleted:
        raise NotFound("partner.not_found")
    if partner.retired:
        raise ValidationError(
            "referral.partner_retired", "this partner is retired", {"partner": partner.name}
        )
    if draft.walk_in_id is not None:
        walk_in = session.get(WalkIn, draft.walk_in_id)
        if walk_in is None or walk_in.deleted:
            raise NotFound("walk_in.not_found")
        if walk_in.person_id != person.id:
            raise ValidationError("referral.walk_in_other_person", "the walk-in is of another person")
    now = datetime.now()
    overridden = not draft.consent_given
    referral = Referral(
        person_id=person.id,
        walk_in_id=draft.walk_in_id,
        partner_id=partner.id,
        need=need,
        status=ReferralStatus.SENT.value,
        status_reason="",
        tracking_code=unused_code(session, Referral.tracking_code),
        consent_given=draft.consent_given,
        override_by=actor.user_id if overridden else None,
        override_reason=override_reason if overridden else "",
        sent_by=actor.user_id,
        sent_at=now,
        closed_at=None,
        deleted=False,
    )
    session.add(referral)
    session.flush()
    session.add(
        ReferralEvent(
            referral_id=referral.id,
            at=now,
            from_status="",
            to_status=ReferralStatus.SENT.value,
            by_user_id=actor.user_id,
            note="",
        )
    )
    shared = f"partner {partner.id} {partner.name}; person {person.id}"
    audit.record(
        session, actor, "referral.send", record_type="referral", record_id=referral.id, detail=shared
    )
    if overridden:
        audit.record(
            session,
            actor,
            "referral.override",
            record_type="referral",
            record_id=referral.id,
            reason=override_reason,
            detail=shared,
        )
    return referral.id


def record_print(ctx: ServiceContext, referral_id: str, what: str = "slip") -> None:
    """A printed slip carries a person's data out of the station: on the audit log, like an export."""
    actor = require(ctx, Action.PRINT)
    with ctx.transaction() as session:
        if session.get(Referral, referral_id) is None:
            raise NotFound("referral.not_found")
        audit.record(
            session, actor, "referral.print", record_type="referral", record_id=referral_id, detail=what
        )


def require_override_right(ctx: ServiceContext, draft: ReferralDraft) -> None:
    """Sending without consent on a recorded reason is a manager's decision: for any other role it is
    refused like every forbidden action, with its audit entry (without a reason it is just incomplete)."""
    if not draft.consent_given and draft.override_reason.strip():
        require(ctx, Action.REFERRAL_OVERRIDE)


def send(ctx: ServiceContext, draft: ReferralDraft) -> ReferralInfo:
    """Send a referral with the person's consent, or a manager's override with its reason."""
    actor = require(ctx, Action.RECEPTION_RECORD)
    require_override_right(ctx, draft)
    with ctx.transaction() as session:
        referral_id = send_in(session, actor, draft)
        return _info_where(session, Referral.id == referral_id)


def transition(
    ctx: ServiceContext, referral_id: str, target: ReferralStatus, reason: str = ""
) -> ReferralInfo:
    """Move a referral on (accepted, rejected with the partner's reason, done; revoked by a manager)."""
    actor = require(ctx, Action.RECEPTION_RECORD)
    target = ReferralStatus(target)
    if target == ReferralStatus.REVOKED:
        require(ctx, Action.REFERRAL_OVERRIDE)  # refused and audited for anyone but a manager
    reason = trimmed(reason, "referral.reason_too_long", REASON_MAX)
    with ctx.transaction() as session:
        referral = session.get(Referral, referral_id)
        if referral is None or referral.deleted:
            raise NotFound("referral.not_found")
        current = ReferralStatus(referral.status)
        check_transition(current, target, reason=reason, by_manager=may(actor.role, Action.REFERRAL_OVERRIDE))
        now = datetime.now()
        referral.status = target.value
        referral.status_reason = reason
        if target in CLOSING:
            referral.closed_at = now
        session.add(
            ReferralEvent(
                referral_id=referral.id,
                at=now,
                from_status=current.value,
                to_status=target.value,
                by_user_id=actor.user_id,
                note=reason,
            )
        )
        action = "referral.revoke" if target == ReferralStatus.REVOKED else "referral.status"
        audit.record(
            session,
            actor,
            action,
            record_type="referral",
            record_id=referral.id,
            reason=reason,
            detail=f"{current.value}->{target.value}",
        )
        session.flush()
        return _info_where(session, Referral.id == referral.id)
