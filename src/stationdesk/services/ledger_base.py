"""What every ledger's rows share: the period as a time span, the window rows stream in, and the
masking of ID numbers and phones (or their reveal, which needs the right and goes on the audit log)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.masking import mask_id_number, mask_phone
from stationdesk.domain.roles import Action
from stationdesk.services import audit
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext

WINDOW = 500
"""Rows fetched (and their details looked up) at a time."""

Shown = Callable[[str | None], str]


def span(first_day: date, last_day: date) -> tuple[datetime, datetime]:
    """The period as [start, end) datetimes; a period ending before it starts is refused."""
    if last_day < first_day:
        raise ValidationError("ledger.bad_period", "the period ends before it starts",
                              {"first": first_day.isoformat(), "last": last_day.isoformat()})  # fmt: skip
    return datetime.combine(first_day, time.min), datetime.combine(last_day + timedelta(days=1), time.min)


def _plain(value: str | None) -> str:
    return value or ""


def shown(reveal: bool) -> tuple[Shown, Shown]:
    """How an ID number and a phone are printed: as they are when revealed, else masked."""
    return (_plain, _plain) if reveal else (mask_id_number, mask_phone)


def audit_reveal(ctx: ServiceContext, kind: str, first_day: date, last_day: date, reason: str) -> None:
    """Refuse a reveal to a reader without PERSON_REVEAL; record the one allowed."""
    actor = require(ctx, Action.PERSON_REVEAL)
    with ctx.transaction() as session:
        detail = f"id_number, phone: {first_day.isoformat()}..{last_day.isoformat()}"
        audit.record(
            session, actor, "reveal", record_type="ledger", record_id=kind, reason=reason, detail=detail
        )
