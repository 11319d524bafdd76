"""Permission checks in the service layer: hiding a button is never the only guard."""

from __future__ import annotations

from stationdesk.domain.roles import Action, may
from stationdesk.services import audit
from stationdesk.services.context import Actor, ServiceContext
from stationdesk.services.errors import PermissionDenied


def require(ctx: ServiceContext, action: Action) -> Actor:
    """The acting user if their role may do ``action``; else audit the attempt and refuse."""
    actor = ctx.actor
    if actor is None:
        raise PermissionDenied("auth.not_signed_in", action=action.value)
    if may(actor.role, action):
        return actor
    with ctx.transaction() as session:
        audit.record(session, actor, "denied", detail=action.value)
    raise PermissionDenied("auth.forbidden", action=action.value, role=actor.role.value)
