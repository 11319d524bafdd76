"""The rows of the home-visit ledger (重点对象走访台账): the key-target visits of a period.

One statement streamed a window at a time (the person, enrolment, method, visitor and follow-up are
joined in), so the cost follows the period's visits; removed visits are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Select, func, select

from stationdesk.domain.roles import Action
from stationdesk.services import follow_ups
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.key_targets import grid_text
from stationdesk.services.ledger_base import WINDOW, audit_reveal, shown, span
from stationdesk.store.models import FollowUp, HomeVisit, KeyTarget, Person, User, VisitMethod

if TYPE_CHECKING:
    from stationdesk.reports.visits_ledger import VisitLine

KIND = "visits"


def _in_period(first_day: date, last_day: date):  # a condition over HomeVisit
    span(first_day, last_day)  # refuses a period that ends before it starts
    return HomeVisit.visited_on.between(first_day, last_day) & HomeVisit.deleted.is_(False)


def _visits(first_day: date, last_day: date) -> Select[tuple[object, ...]]:
    return (
        select(
            HomeVisit.visited_on,
            Person.name,
            Person.id_number,
            Person.phone,
            Person.grid,
            Person.community,
            KeyTarget.tier,
            KeyTarget.reason,
            VisitMethod.name,
            User.display_name,
            HomeVisit.companions,
            HomeVisit.findings,
            HomeVisit.risk,
            FollowUp.due_on,
            FollowUp.status,
            FollowUp.note,
        )
        .join(Person, Person.id == HomeVisit.person_id)
        .join(KeyTarget, KeyTarget.id == HomeVisit.target_id)
        .join(VisitMethod, VisitMethod.id == HomeVisit.method_id)
        .join(User, User.id == HomeVisit.visitor_id)
        .outerjoin(FollowUp, (FollowUp.id == HomeVisit.follow_up_id) & FollowUp.deleted.is_(False))
        .where(_in_period(first_day, last_day))
        .order_by(HomeVisit.visited_on, HomeVisit.recorded_at, HomeVisit.id)
    )


def count(ctx: ServiceContext, first_day: date, last_day: date) -> int:
    require(ctx, Action.RECEPTION_VIEW)
    with ctx.reading() as session:
        query = select(func.count()).select_from(HomeVisit).where(_in_period(first_day, last_day))
        return int(session.scalar(query) or 0)


def rows(
    ctx: ServiceContext, first_day: date, last_day: date, *, reveal: bool = False, reason: str = ""
) -> Iterator[VisitLine]:
    """The visits of ``first_day``..``last_day`` by day. Rights are checked (and a reveal audited)
    when called, not when the first line is read."""
    require(ctx, Action.RECEPTION_VIEW)
    if reveal:
        audit_reveal(ctx, KIND, first_day, last_day, reason)
    return _stream(ctx, first_day, last_day, reveal)


def _stream(ctx: ServiceContext, first_day: date, last_day: date, reveal: bool) -> Iterator[VisitLine]:
    from stationdesk.reports.visits_ledger import VisitLine

    shown_id, shown_phone = shown(reveal)
    with ctx.reading() as session:
        result = session.execute(_visits(first_day, last_day).execution_options(yield_per=WINDOW))
        for (visited_on, name, id_number, phone, grid, community, tier, target_reason, method, visitor,
             companions, findings, risk, due, status, note) in result:  # fmt: skip
            yield VisitLine(
                visited_on=visited_on,
                name=name,
                id_number=shown_id(id_number),
                phone=shown_phone(phone),
                grid=grid_text(grid, community),
                tier=tier,
                target_reason=target_reason,
                method=method,
                visitor=visitor,
                companions=companions,
                findings=findings,
                risk=risk,
                follow_up_due=due,
                follow_up_done=status == follow_ups.DONE,
                follow_up_note=note or "",
            )
