"""The station's staff and the "6430" panel (domain/staffing.py): full-time staff, certified social
workers among them, and active volunteers, each against its target.

On a day ``on``, a staff member counts when ``since`` (if known) is on or before it and ``until``
(if set) on or after it. Certified social workers are counted among the full-time staff (the rule:
six full-time, of whom four certified). An **active volunteer** has the status "active", was
registered by then and served in the 12 months before (at least one counted hours entry,
services/hours_count.py): a volunteer on the list who never comes does not staff a station.
The staff list is the administrator's (Action.STATION_EDIT); the panel is for everyone who may
see volunteers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, exists, func, or_, select

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action
from stationdesk.domain.staffing import ACTIVE_VOLUNTEER_MONTHS, Staffing, staffing_6430
from stationdesk.services import named_lists
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.hours_count import counts
from stationdesk.services.site_stations import at_sites
from stationdesk.store.models import HoursEntry, StaffMember, Volunteer

NAME_MAX = 64
NOTES_MAX = 256
CERT_LEVELS = ("", "assistant", "social_worker", "senior")
"""助理社会工作师, 社会工作师, 高级社会工作师 (empty: not said)."""


@dataclass(frozen=True)
class StaffDraft:
    name: str
    full_time: bool = True
    certified: bool = False
    cert_level: str = ""
    since: date | None = None
    until: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class StaffRow:
    id: str
    name: str
    full_time: bool
    certified: bool
    cert_level: str
    since: date | None
    until: date | None
    notes: str


def _checked(draft: StaffDraft) -> StaffDraft:
    name = draft.name.strip()
    if not name:
        raise ValidationError("staff.name_required", "enter the name")
    if len(name) > NAME_MAX:
        raise ValidationError("staff.name_too_long", "too long", {"max": NAME_MAX})
    if len(draft.notes.strip()) > NOTES_MAX:
        raise ValidationError("staff.notes_too_long", "too long", {"max": NOTES_MAX})
    if draft.cert_level not in CERT_LEVELS:
        raise ValidationError("staff.bad_level", "not a certificate level", {"level": draft.cert_level})
    if draft.cert_level and not draft.certified:
        raise ValidationError("staff.level_without_certificate", "a level is for a certified social worker")
    if draft.since and draft.until and draft.until < draft.since:
        raise ValidationError("staff.until_before_since", "the end is before the start")
    return StaffDraft(
        name,
        draft.full_time,
        draft.certified,
        draft.cert_level,
        draft.since,
        draft.until,
        draft.notes.strip(),
    )


def list_staff(ctx: ServiceContext) -> list[StaffRow]:
    """Everyone on the staff list, past members too (``until`` says), by name."""
    require(ctx, Action.VOLUNTEER_VIEW)
    query = select(StaffMember).where(StaffMember.deleted.is_(False)).order_by(StaffMember.name)
    with ctx.reading() as session:
        return [
            StaffRow(s.id, s.name, s.full_time, s.certified, s.cert_level, s.since, s.until, s.notes)
            for s in session.scalars(query)
        ]


def add_staff(ctx: ServiceContext, draft: StaffDraft) -> str:
    require(ctx, Action.STATION_EDIT)
    draft = _checked(draft)
    with ctx.transaction() as session:
        row = StaffMember(
            name=draft.name,
            person_id=None,
            full_time=draft.full_time,
            certified=draft.certified,
            cert_level=draft.cert_level,
            since=draft.since,
            until=draft.until,
            notes=draft.notes,
            deleted=False,
        )
        session.add(row)
        session.flush()
        return row.id


def update_staff(ctx: ServiceContext, staff_id: str, draft: StaffDraft) -> None:
    require(ctx, Action.STATION_EDIT)
    draft = _checked(draft)
    with ctx.transaction() as session:
        row = named_lists.get_live(session, StaffMember, staff_id, "staff.not_found")
        row.name, row.full_time, row.certified = draft.name, draft.full_time, draft.certified
        row.cert_level, row.since, row.until, row.notes = (
            draft.cert_level,
            draft.since,
            draft.until,
            draft.notes,
        )


def remove_staff(ctx: ServiceContext, staff_id: str) -> None:
    """Take a member entered by mistake off the list (one who left gets an ``until`` instead)."""
    require(ctx, Action.STATION_EDIT)
    with ctx.transaction() as session:
        named_lists.get_live(session, StaffMember, staff_id, "staff.not_found").deleted = True


def panel(
    ctx: ServiceContext, on: date, *, sites: frozenset[str] | None = None, stations: int = 1
) -> Staffing:
    """The 6430 figures on ``on``: two grouped statements. ``sites`` counts only the staff and
    volunteers recorded at those sites (a hub's stations, services/site_stations.py), against the
    targets of ``stations`` stations."""
    require(ctx, Action.VOLUNTEER_VIEW)
    in_service = and_(
        StaffMember.deleted.is_(False),
        *at_sites(StaffMember.site_id, sites),
        StaffMember.full_time.is_(True),
        or_(StaffMember.since.is_(None), StaffMember.since <= on),
        or_(StaffMember.until.is_(None), StaffMember.until >= on),
    )
    certified = func.count(StaffMember.id).filter(StaffMember.certified.is_(True))
    staff = select(func.count(StaffMember.id), certified).where(in_service)
    served = exists().where(
        HoursEntry.volunteer_id == Volunteer.id,
        HoursEntry.service_date > on - timedelta(days=365 * ACTIVE_VOLUNTEER_MONTHS // 12),
        HoursEntry.service_date <= on,
        counts(),
    )
    volunteers = select(func.count(Volunteer.id)).where(
        Volunteer.deleted.is_(False),
        Volunteer.status == "active",
        Volunteer.registered_on <= on,
        served,
        *at_sites(Volunteer.site_id, sites),
    )
    with ctx.reading() as session:
        full_time, certified = session.execute(staff).one()
        active = session.scalar(volunteers) or 0
    return staffing_6430(int(full_time), int(certified), int(active), stations=stations)
