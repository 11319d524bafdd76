"""The rows of the referral ledger (转介台账): the referrals sent in a period, with their status now.

One statement streamed a window at a time (person, partner and sender joined in) plus one per window
for the need categories of the walk-ins the referrals came from; removed referrals are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Select, func, select

from stationdesk.domain.roles import Action
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.ledger_base import WINDOW, audit_reveal, shown, span
from stationdesk.services.reception import _category_names
from stationdesk.store.models import Partner, Person, Referral, User

if TYPE_CHECKING:
    from stationdesk.reports.referrals_ledger import ReferralLine

KIND = "referrals"


def _in_period(first_day: date, last_day: date):  # a condition over Referral
    start, end = span(first_day, last_day)
    return (Referral.sent_at >= start) & (Referral.sent_at < end) & Referral.deleted.is_(False)


def _referrals(first_day: date, last_day: date) -> Select[tuple[object, ...]]:
    return (
        select(
            Referral.walk_in_id,
            Referral.sent_at,
            Referral.tracking_code,
            Person.name,
            Person.id_number,
            Person.phone,
            Partner.name,
            Referral.need,
            Referral.status,
            Referral.status_reason,
            Referral.closed_at,
            User.display_name,
        )
        .join(Person, Person.id == Referral.person_id)
        .join(Partner, Partner.id == Referral.partner_id)
        .join(User, User.id == Referral.sent_by)
        .where(_in_period(first_day, last_day))
        .order_by(Referral.sent_at, Referral.id)
    )


def count(ctx: ServiceContext, first_day: date, last_day: date) -> int:
    require(ctx, Action.RECEPTION_VIEW)
    with ctx.reading() as session:
        query = select(func.count()).select_from(Referral).where(_in_period(first_day, last_day))
        return int(session.scalar(query) or 0)


def rows(
    ctx: ServiceContext, first_day: date, last_day: date, *, reveal: bool = False, reason: str = ""
) -> Iterator[ReferralLine]:
    """The referrals sent in ``first_day``..``last_day`` in time order. Rights are checked (and a
    reveal audited) when called, not when the first line is read."""
    require(ctx, Action.RECEPTION_VIEW)
    statement = _referrals(first_day, last_day)
    if reveal:
        audit_reveal(ctx, KIND, first_day, last_day, reason)
    return _stream(ctx, statement, reveal)


def _stream(
    ctx: ServiceContext, statement: Select[tuple[object, ...]], reveal: bool
) -> Iterator[ReferralLine]:
    from stationdesk.reports.referrals_ledger import ReferralLine

    shown_id, shown_phone = shown(reveal)
    with ctx.reading() as session:
        result = session.execute(statement.execution_options(yield_per=WINDOW))
        for window in result.partitions():
            categories = _category_names(session, {r[0] for r in window if r[0] is not None})
            for (walk_in_id, sent_at, code, name, id_number, phone, partner, need, status, status_reason,
                 closed_at, sent_by) in window:  # fmt: skip
                yield ReferralLine(
                    sent_at=sent_at,
                    tracking_code=code,
                    name=name,
                    id_number=shown_id(id_number),
                    phone=shown_phone(phone),
                    categories=categories.get(walk_in_id, "") if walk_in_id else "",
                    partner=partner,
                    need=need,
                    status=status,
                    feedback=status_reason,
                    closed_on=closed_at.date() if closed_at else None,
                    sent_by=sent_by,
                )
