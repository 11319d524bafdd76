"""The rows of the volunteer-service ledger (志愿服务台账): the hours entries served in a period.

Which entries: those services/hours_count.py keeps live, i.e. the entries that count (status
"counted") and those still waiting for a coordinator's review (status "waiting"), each once
(a corrected entry shows as its correction). Rejected and superseded entries are left out. The
credited hours of a waiting entry are printed with its status, and the closing line gives the
counted total and, apart, the hours still waiting, so nobody adds waiting hours in by mistake.

One statement streamed a window at a time (volunteer, person and activity joined in) plus two per
window: the teams each volunteer belonged to on the service day, and the entries' latest reviewers.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from stationdesk.domain.roles import Action
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.hours_count import counts, waiting
from stationdesk.services.ledger_base import WINDOW, audit_reveal, shown, span
from stationdesk.store.models import (
    Activity,
    HoursEntry,
    HoursReview,
    Person,
    TeamMember,
    User,
    Volunteer,
    VolunteerTeam,
)

if TYPE_CHECKING:
    from stationdesk.reports.volunteer_ledger import VolunteerLine

KIND = "volunteer"
COUNTED = "counted"
WAITING = "waiting"
TEAM_SEPARATOR = "、"


def _in_period(first_day: date, last_day: date):  # a condition over HoursEntry
    span(first_day, last_day)  # refuses a period that ends before it starts
    return and_(HoursEntry.service_date.between(first_day, last_day), or_(counts(), waiting()))


def _entries(first_day: date, last_day: date) -> Select[tuple[object, ...]]:
    return (
        select(
            HoursEntry.id,
            HoursEntry.volunteer_id,
            HoursEntry.service_date,
            Person.name,
            Volunteer.code,
            Person.phone,
            Person.id_number,
            Activity.name,
            HoursEntry.content,
            HoursEntry.starts_at,
            HoursEntry.ends_at,
            HoursEntry.credited_minutes,
            case((counts(), COUNTED), else_=WAITING),
        )
        .join(Volunteer, Volunteer.id == HoursEntry.volunteer_id)
        .join(Person, Person.id == Volunteer.person_id)
        .outerjoin(Activity, Activity.id == HoursEntry.activity_id)
        .where(_in_period(first_day, last_day))
        .order_by(HoursEntry.service_date, HoursEntry.starts_at, Person.name_pinyin, HoursEntry.id)
    )


def count(ctx: ServiceContext, first_day: date, last_day: date) -> int:
    require(ctx, Action.VOLUNTEER_VIEW)
    with ctx.reading() as session:
        query = select(func.count()).select_from(HoursEntry).where(_in_period(first_day, last_day))
        return int(session.scalar(query) or 0)


def minutes(ctx: ServiceContext, first_day: date, last_day: date) -> tuple[int, int]:
    """(counted, waiting) credited minutes of the period's entries."""
    require(ctx, Action.VOLUNTEER_VIEW)
    credited = HoursEntry.credited_minutes
    query = select(func.sum(credited).filter(counts()), func.sum(credited).filter(~counts())).where(
        _in_period(first_day, last_day)
    )
    with ctx.reading() as session:
        counted, waiting_minutes = session.execute(query).one()
        return int(counted or 0), int(waiting_minutes or 0)


def rows(
    ctx: ServiceContext, first_day: date, last_day: date, *, reveal: bool = False, reason: str = ""
) -> Iterator[VolunteerLine]:
    """The entries served in ``first_day``..``last_day`` by day. Rights are checked (and a reveal
    audited) when called, not when the first line is read."""
    require(ctx, Action.VOLUNTEER_VIEW)
    statement = _entries(first_day, last_day)
    if reveal:
        audit_reveal(ctx, KIND, first_day, last_day, reason)
    return _stream(ctx, statement, reveal)


def _teams(session: Session, volunteer_ids: Sequence[str]) -> dict[str, list[tuple[date, date | None, str]]]:
    """Volunteer id -> (joined, left, team name) of every membership, to pick the service day's."""
    query = (
        select(TeamMember.volunteer_id, TeamMember.joined_on, TeamMember.left_on, VolunteerTeam.name)
        .join(VolunteerTeam, VolunteerTeam.id == TeamMember.team_id)
        .where(TeamMember.volunteer_id.in_(volunteer_ids), TeamMember.deleted.is_(False))
        .order_by(VolunteerTeam.name)
    )
    out: dict[str, list[tuple[date, date | None, str]]] = {}
    for volunteer_id, joined, left, name in session.execute(query):
        out.setdefault(volunteer_id, []).append((joined, left, name))
    return out


def _team_on(memberships: Sequence[tuple[date, date | None, str]], day: date) -> str:
    """The teams the volunteer belonged to on ``day`` (the hours tab's rule for totals by team)."""
    names = [n for joined, left, n in memberships if joined <= day and (left is None or left >= day)]
    return TEAM_SEPARATOR.join(dict.fromkeys(names))


def _reviewers(session: Session, entry_ids: Sequence[str]) -> dict[str, str]:
    """Entry id -> who made its latest review."""
    query = (
        select(HoursReview.entry_id, User.display_name)
        .join(User, User.id == HoursReview.reviewed_by)
        .where(HoursReview.entry_id.in_(entry_ids))
        .order_by(HoursReview.reviewed_at, HoursReview.id)
    )
    return {key: value for key, value in session.execute(query)}


def _stream(
    ctx: ServiceContext, statement: Select[tuple[object, ...]], reveal: bool
) -> Iterator[VolunteerLine]:
    from stationdesk.reports.volunteer_ledger import VolunteerLine

    shown_id, shown_phone = shown(reveal)
    with ctx.reading() as session:
        result = session.execute(statement.execution_options(yield_per=WINDOW))
        for window in result.partitions():
            teams = _teams(session, list({r[1] for r in window}))
            reviewers = _reviewers(session, [r[0] for r in window])
            for (entry_id, volunteer_id, day, name, code, phone, id_number, activity, content, starts_at,
                 ends_at, credited, status) in window:  # fmt: skip
                yield VolunteerLine(
                    service_date=day,
                    name=name,
                    code=code,
                    phone=shown_phone(phone),
                    id_number=shown_id(id_number),
                    team=_team_on(teams.get(volunteer_id, []), day),
                    activity=activity or "",
                    content=content,
                    starts_at=starts_at,
                    ends_at=ends_at,
                    minutes=credited,
                    status=status,
                    reviewer=reviewers.get(entry_id, ""),
                )
