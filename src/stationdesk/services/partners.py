"""The directory of partners and resources (资源对接) that referrals go to.

Relief departments (民政、医保、残联 …), social organisations, caring enterprises, public-welfare
enthusiasts (公益达人) and university volunteer teams, with a contact and what they provide.
A partner is retired, never removed: old referrals keep showing its name.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action
from stationdesk.services import audit
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound
from stationdesk.services.fields import one_line
from stationdesk.store.models import Partner

PARTNER_KINDS = (
    "relief_department",  # 民政、医保、残联 … (救助部门)
    "social_organization",  # 社会组织
    "caring_enterprise",  # 爱心企业
    "enthusiast",  # 公益达人
    "university_team",  # 高校志愿团队
    "other",
)
NAME_MAX = 128
CONTACT_MAX = 64
PHONE_MAX = 32
ADDRESS_MAX = 256
PROVIDES_MAX = 2000


@dataclass(frozen=True)
class PartnerDraft:
    """What the partner form submits."""

    name: str
    kind: str
    contact_name: str = ""
    phone: str = ""
    address: str = ""
    provides: str = ""


@dataclass(frozen=True)
class PartnerInfo:
    id: str
    name: str
    kind: str
    contact_name: str
    phone: str
    address: str
    provides: str
    retired: bool


def _info(p: Partner) -> PartnerInfo:
    return PartnerInfo(p.id, p.name, p.kind, p.contact_name, p.phone, p.address, p.provides, p.retired)


def _clean(draft: PartnerDraft) -> PartnerDraft:
    name = one_line(draft.name, "partner.name_too_long", NAME_MAX)
    if not name:
        raise ValidationError("partner.name_required", "a partner needs a name")
    if draft.kind not in PARTNER_KINDS:
        raise ValidationError(
            "partner.bad_kind", "unknown kind of partner", {"kinds": ",".join(PARTNER_KINDS)}
        )
    provides = draft.provides.strip()
    if len(provides) > PROVIDES_MAX:
        raise ValidationError("partner.provides_too_long", "provides too long", {"max": PROVIDES_MAX})
    return PartnerDraft(
        name=name,
        kind=draft.kind,
        contact_name=one_line(draft.contact_name, "partner.contact_name_too_long", CONTACT_MAX),
        # A free contact line: a mobile, a landline with its area code and extension, two numbers...
        phone=one_line(draft.phone, "partner.phone_too_long", PHONE_MAX),
        address=one_line(draft.address, "partner.address_too_long", ADDRESS_MAX),
        provides=provides,
    )


def _check_unique(session: Session, name: str, exclude_id: str | None) -> None:
    """Two partners in use may not share a name; a retired one may (it was replaced)."""
    stmt = select(Partner.id).where(
        Partner.name == name, Partner.retired.is_(False), Partner.deleted.is_(False)
    )
    if exclude_id:
        stmt = stmt.where(Partner.id != exclude_id)
    if session.scalar(stmt.limit(1)) is not None:
        raise ValidationError(
            "partner.exists", "a partner with this name is already in the directory", {"name": name}
        )


def _load(session: Session, partner_id: str) -> Partner:
    partner = session.get(Partner, partner_id)
    if partner is None or partner.deleted:
        raise NotFound("partner.not_found")
    return partner


def list_partners(
    ctx: ServiceContext, include_retired: bool = False, kind: str | None = None
) -> list[PartnerInfo]:
    """The directory by kind then name; retired partners only when asked for."""
    require(ctx, Action.RECEPTION_VIEW)
    with ctx.reading() as session:
        stmt = select(Partner).where(Partner.deleted.is_(False))
        if not include_retired:
            stmt = stmt.where(Partner.retired.is_(False))
        if kind:
            stmt = stmt.where(Partner.kind == kind)
        stmt = stmt.order_by(Partner.retired, Partner.name, Partner.id)
        return [_info(p) for p in session.scalars(stmt)]


def get_partner(ctx: ServiceContext, partner_id: str) -> PartnerInfo:
    require(ctx, Action.RECEPTION_VIEW)
    with ctx.reading() as session:
        return _info(_load(session, partner_id))


def _apply(partner: Partner, clean: PartnerDraft) -> None:
    partner.name = clean.name
    partner.kind = clean.kind
    partner.contact_name = clean.contact_name
    partner.phone = clean.phone
    partner.address = clean.address
    partner.provides = clean.provides


def add_partner(ctx: ServiceContext, draft: PartnerDraft) -> str:
    actor = require(ctx, Action.PARTNER_EDIT)
    clean = _clean(draft)
    with ctx.transaction() as session:
        _check_unique(session, clean.name, None)
        partner = Partner(retired=False, deleted=False)
        _apply(partner, clean)
        session.add(partner)
        session.flush()
        audit.record(
            session, actor, "partner.create", record_type="partner", record_id=partner.id, detail=clean.name
        )
        return partner.id


def update_partner(ctx: ServiceContext, partner_id: str, draft: PartnerDraft) -> None:
    actor = require(ctx, Action.PARTNER_EDIT)
    clean = _clean(draft)
    with ctx.transaction() as session:
        partner = _load(session, partner_id)
        if not partner.retired:
            _check_unique(session, clean.name, partner_id)
        _apply(partner, clean)
        audit.record(
            session, actor, "partner.update", record_type="partner", record_id=partner_id, detail=clean.name
        )


def set_partner_retired(ctx: ServiceContext, partner_id: str, retired: bool) -> None:
    """Retire a partner (no new referrals go to it) or bring it back into use."""
    actor = require(ctx, Action.PARTNER_EDIT)
    with ctx.transaction() as session:
        partner = _load(session, partner_id)
        if partner.retired == retired:
            return
        if not retired:
            _check_unique(session, partner.name, partner_id)
        partner.retired = retired
        action = "partner.retire" if retired else "partner.restore"
        audit.record(session, actor, action, record_type="partner", record_id=partner_id, detail=partner.name)
