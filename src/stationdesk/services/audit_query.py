"""Reading the audit log (administrators only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from stationdesk.domain.roles import Action
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.store.models import AuditEvent


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor_name: str
    action: str
    record_type: str
    record_id: str
    reason: str
    detail: str


def recent(ctx: ServiceContext, limit: int = 200) -> list[AuditEntry]:
    """The newest entries first (administrators only)."""
    require(ctx, Action.AUDIT_VIEW)
    with ctx.reading() as session:
        rows = session.scalars(select(AuditEvent).order_by(AuditEvent.at.desc()).limit(limit))
        return [
            AuditEntry(r.at, r.actor_name, r.action, r.record_type, r.record_id, r.reason, r.detail)
            for r in rows
        ]
