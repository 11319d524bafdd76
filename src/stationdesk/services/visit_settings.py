"""How key targets are visited: each tier's cadence and the visit methods, set by the administrator.

Whether a method counts as a visit decides the visit rate of every period, past ones included: a
station that stops counting phone calls sees its earlier rates change too, which the settings page
says before the change is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action
from stationdesk.domain.visits import DEFAULT_CADENCE, Cadence, Tier
from stationdesk.services import audit, named_lists
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.store.models import TierCadence, VisitMethod

NAME_MAX = 32


@dataclass(frozen=True)
class MethodInfo:
    id: str
    name: str
    counts_as_visit: bool
    retired: bool


def cadences_in(session: Session) -> MappingProxyType[str, Cadence]:
    """Tier -> cadence as set, the regional default for a tier never set."""
    query = select(TierCadence.tier, TierCadence.cadence).where(TierCadence.deleted.is_(False))
    stored = {tier: cadence for tier, cadence in session.execute(query)}
    return MappingProxyType({tier: Cadence(stored.get(tier, DEFAULT_CADENCE[tier])) for tier in Tier})


def cadences(ctx: ServiceContext) -> MappingProxyType[str, Cadence]:
    require(ctx, Action.RECEPTION_VIEW)
    with ctx.reading() as session:
        return cadences_in(session)


def set_cadence(ctx: ServiceContext, tier: str, cadence: str) -> None:
    actor = require(ctx, Action.CATEGORY_EDIT)
    if tier not in {t.value for t in Tier}:
        raise ValidationError("keytarget.tier_required", "choose a tier")
    if cadence not in {c.value for c in Cadence}:
        raise ValidationError("visit.bad_cadence", "choose weekly, monthly or quarterly")
    with ctx.transaction() as session:
        row = session.scalar(select(TierCadence).where(TierCadence.tier == tier))
        if row is None:
            row = TierCadence(tier=tier, cadence=cadence, deleted=False)
            session.add(row)
        elif row.cadence == cadence and not row.deleted:
            return
        before = row.cadence
        row.cadence, row.deleted = cadence, False
        session.flush()
        audit.record(session, actor, "visit.cadence", record_type="tier_cadence", record_id=row.id,
                     detail=f"{tier}: {before} -> {cadence}")  # fmt: skip


def methods(ctx: ServiceContext, include_retired: bool = False) -> list[MethodInfo]:
    """The visit methods in the administrator's order (retired ones only when asked)."""
    require(ctx, Action.RECEPTION_VIEW)
    with ctx.reading() as session:
        rows = session.scalars(named_lists.in_order(VisitMethod, include_retired))
        return [MethodInfo(m.id, m.name, m.counts_as_visit, m.retired) for m in rows]


def counting_method_ids(session: Session) -> frozenset[str]:
    """The methods whose visits count towards the rate (retired ones too: old visits keep counting)."""
    query = select(VisitMethod.id).where(
        VisitMethod.deleted.is_(False), VisitMethod.counts_as_visit.is_(True)
    )
    return frozenset(session.scalars(query))


def add_method(ctx: ServiceContext, name: str, counts_as_visit: bool) -> str:
    actor = require(ctx, Action.CATEGORY_EDIT)
    name = named_lists.clean_name(name, NAME_MAX, "visit.bad_method_name")
    with ctx.transaction() as session:
        named_lists.check_unique(session, VisitMethod, name, None, "visit.method_exists")
        method = VisitMethod(
            name=name,
            counts_as_visit=counts_as_visit,
            retired=False,
            sort_order=named_lists.next_order(session, VisitMethod),
            deleted=False,
        )
        session.add(method)
        session.flush()
        audit.record(session, actor, "visit.method", record_type="visit_method", record_id=method.id,
                     detail=f"+ {name} counts={counts_as_visit}")  # fmt: skip
        return method.id


def update_method(
    ctx: ServiceContext, method_id: str, name: str, counts_as_visit: bool, retired: bool
) -> None:
    """Rename a method, say whether it counts, retire or restore it (it is never removed)."""
    actor = require(ctx, Action.CATEGORY_EDIT)
    name = named_lists.clean_name(name, NAME_MAX, "visit.bad_method_name")
    with ctx.transaction() as session:
        method = named_lists.get_live(session, VisitMethod, method_id, "visit.method_not_found")
        named_lists.check_unique(session, VisitMethod, name, method_id, "visit.method_exists")
        before = (method.name, method.counts_as_visit, method.retired)
        if before == (name, counts_as_visit, retired):
            return
        method.name, method.counts_as_visit, method.retired = name, counts_as_visit, retired
        audit.record(session, actor, "visit.method", record_type="visit_method", record_id=method.id,
                     detail=f"{before} -> {(name, counts_as_visit, retired)}")  # fmt: skip
