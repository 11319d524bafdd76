"""Volunteers with hours entries written straight into the tables, for the certificate tests
(services, reports, command line, UI); the volunteers and hours services come from other helpers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from stationdesk.services import people
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from stationdesk.store.models import Activity, HoursEntry, HoursReview, Volunteer

ID_NUMBER = "330482199001011232"  # a valid resident ID number (Pinghu)


def make_volunteer(
    ctx: ServiceContext,
    name: str,
    *,
    id_number: str | None = None,
    organisation: str = "",
    platform_number: str = "",
    code: str = "ABCDEF2",
) -> str:
    person = people.create(ctx, PersonDraft(name=name, id_number=id_number))
    with ctx.transaction() as session:
        row = Volunteer(
            person_id=person,
            code=code,
            organisation=organisation,
            platform_number=platform_number,
            registered_on=date(2020, 1, 1),
            status="active",
            deleted=False,
        )
        session.add(row)
        session.flush()
        return row.id


def make_activity(ctx: ServiceContext, name: str) -> str:
    assert ctx.actor is not None
    with ctx.transaction() as session:
        row = Activity(name=name, created_by=ctx.actor.user_id, deleted=False)
        session.add(row)
        session.flush()
        return row.id


def add_entry(
    ctx: ServiceContext,
    volunteer: str,
    day: date,
    minutes: int,
    *,
    activity: str | None = None,
    content: str = "",
    needs_review: bool = False,
    supersedes: str | None = None,
) -> str:
    assert ctx.actor is not None
    with ctx.transaction() as session:
        row = HoursEntry(
            volunteer_id=volunteer,
            activity_id=activity,
            service_date=day,
            starts_at=datetime.combine(day, time(14)),
            ends_at=datetime.combine(day, time(14)) + timedelta(minutes=minutes),
            credited_minutes=minutes,
            content=content,
            source="entry" if needs_review else "desk",
            needs_review=needs_review,
            supersedes_id=supersedes,
            recorded_by=ctx.actor.user_id,
            recorded_at=datetime.combine(day, time(18)),
        )
        session.add(row)
        session.flush()
        return row.id


def review(ctx: ServiceContext, entry: str, decision: str) -> None:
    assert ctx.actor is not None
    with ctx.transaction() as session:
        session.add(
            HoursReview(
                entry_id=entry, decision=decision, reviewed_by=ctx.actor.user_id, reviewed_at=datetime.now()
            )
        )


@dataclass(frozen=True)
class Season:
    """A volunteer's spring: what counts and what must not."""

    volunteer: str
    other: str  # a second volunteer with a little counted time
    bus: str
    home: str
    first: date
    last: date
    counted: dict[str, int]  # activity name -> minutes that count in [first, last]


BUS = "公益巴士进社区"
HOME = "敬老院陪伴"


def make_season(ctx: ServiceContext, name: str = "李志愿") -> Season:
    """Entries from March to May 2026 of every kind: counted desk time, a superseded entry and its
    approved correction, a rejected entry, one awaiting review, one outside the period."""
    volunteer = make_volunteer(
        ctx, name, id_number=ID_NUMBER, organisation="嘉兴学院青年志愿者协会", platform_number="ZJ330402001"
    )
    other = make_volunteer(ctx, "艾琳", organisation="爱心企业", code="BCDEFG3")
    bus, home = make_activity(ctx, BUS), make_activity(ctx, HOME)
    plan = [  # (day, minutes, activity, content, counts)
        (date(2026, 3, 4), 120, bus, "司机", True),
        (date(2026, 3, 11), 150, bus, "司机", True),
        (date(2026, 4, 8), 90, home, "陪伴聊天", True),
    ]
    for day, minutes, activity, content, _counts in plan:
        add_entry(ctx, volunteer, day, minutes, activity=activity, content=content)
    wrong = add_entry(ctx, volunteer, date(2026, 3, 18), 300, activity=bus, content="司机")
    fixed = add_entry(
        ctx,
        volunteer,
        date(2026, 3, 18),
        135,
        activity=bus,
        content="司机",
        needs_review=True,
        supersedes=wrong,
    )
    review(ctx, fixed, "approved")
    rejected = add_entry(
        ctx, volunteer, date(2026, 3, 25), 240, activity=bus, content="司机", needs_review=True
    )
    review(ctx, rejected, "rejected")
    add_entry(
        ctx, volunteer, date(2026, 4, 1), 200, activity=bus, content="司机", needs_review=True
    )  # waiting
    add_entry(ctx, volunteer, date(2026, 6, 3), 60, activity=bus, content="司机")  # after the period
    add_entry(ctx, other, date(2026, 4, 15), 45, activity=home, content="陪伴聊天")
    counted = {BUS: 120 + 150 + 135, HOME: 90}
    return Season(volunteer, other, bus, home, date(2026, 3, 1), date(2026, 5, 31), counted)
