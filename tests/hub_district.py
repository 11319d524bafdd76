"""A district hub's database for the hub tests (services, command line, window): the hub's own
station PH-DH and three enrolled stations, their rows written as their sites wrote them (each row
stamped with its site id, as an import keeps it), and the bundles the hub applied from them.

- 新埭 (PH-XA): a station PC (A1) and a trainer laptop (A2); bundles applied 2026-10-03 (A1),
  2026-11-02 (A2) and 2026-12-02 (A1): every month reported.
- 乍浦 (PH-XB): one PC (B1), one bundle applied 2026-09-04: August and before reported, later
  months late once due (on the 5th of the next month).
- 独山港 (PH-XC): enrolled 2026-11-20, nothing received: no data for the months due before it was
  enrolled; November due on 2026-12-05.

November 2026 activity: each "unit" is a person registered, their walk-in (one need) with a
follow-up done, a referral, a key target visited, a volunteer with 90 counted minutes, a full-time
staff member, and a training session the person attended. A1 writes 3 units, A2 1, B1 2 and the
hub itself 1; 独山港 none.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import insert, select

from stationdesk.services import needs, settings, visit_settings
from stationdesk.services.context import ServiceContext
from stationdesk.services.partners import PartnerDraft, add_partner
from stationdesk.store.models import (
    Enrolment,
    FollowUp,
    HomeVisit,
    HoursEntry,
    KeyTarget,
    LocalSite,
    Person,
    Programme,
    Referral,
    SessionAttendance,
    StaffMember,
    Station,
    SyncBundle,
    SyncPeer,
    TrainingSession,
    Volunteer,
    WalkIn,
    WalkInNeed,
)
from stationdesk.store.session import Stamper, stamper_of

TODAY = date(2026, 12, 3)
A1, A2, B1, C1 = (f"00000000-0000-7000-8000-0000000000{n}" for n in ("a1", "a2", "b1", "c1"))
UNITS = {A1: 3, A2: 1, B1: 2}
LOCAL_UNITS = 1
NAMES = {"PH-XA": "新埭镇社会工作站", "PH-XB": "乍浦镇社会工作站", "PH-XC": "独山港镇社会工作站"}
MINUTES = 90


@dataclass(frozen=True)
class District:
    local_site: str
    units: dict[str, int]  # station code -> units of November activity written there


def _at(day: str, hour: int = 10) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour)


def _units(
    ctx: ServiceContext, site: str | None, count: int, category: str, partner: str, method: str
) -> None:
    """``count`` units of November activity written at ``site`` (None: this PC)."""
    me = ctx.actor.user_id  # type: ignore[union-attr]
    with ctx.transaction() as s:
        local = stamper_of(s)
        stamp = Stamper(site or local.site_id, local.clock)

        def add(model: type, **values: object) -> str:
            row = stamp.new_row(**values)
            s.execute(insert(model), [row])
            return str(row["id"])

        for n in range(count):
            person = add(Person, name=f"居民{site or 'hub'}{n}", created_at=_at("2026-11-02"),
                         updated_at=_at("2026-11-02"))  # fmt: skip
            walk_in = add(WalkIn, person_id=person, arrived_at=_at("2026-11-03"), outcome="resolved",
                          owner_id=me, recorded_by=me)  # fmt: skip
            add(WalkInNeed, walk_in_id=walk_in, category_id=category)
            add(FollowUp, person_id=person, walk_in_id=walk_in, owner_id=me, due_on=date(2026, 11, 10),
                status="done", done_at=_at("2026-11-08"), created_by=me)  # fmt: skip
            add(Referral, person_id=person, walk_in_id=walk_in, partner_id=partner, need="助学",
                status="sent", tracking_code=f"T{uuid.uuid4().hex[:7]}", consent_given=True, sent_by=me,
                sent_at=_at("2026-11-04"))  # fmt: skip
            target = add(KeyTarget, person_id=person, tier="key", reason="独居", worker_id=me,
                         start_on=date(2026, 1, 1), created_by=me)  # fmt: skip
            add(HomeVisit, target_id=target, person_id=person, visited_on=date(2026, 11, 5), method_id=method,
                visitor_id=me, recorded_by=me, recorded_at=_at("2026-11-05"))  # fmt: skip
            volunteer = add(Volunteer, person_id=person, code=f"V{uuid.uuid4().hex[:7]}",
                            registered_on=date(2025, 1, 1), status="active")  # fmt: skip
            add(HoursEntry, volunteer_id=volunteer, service_date=date(2026, 11, 6), credited_minutes=MINUTES,
                source="entry", recorded_by=me, recorded_at=_at("2026-11-06", 18))  # fmt: skip
            add(StaffMember, name=f"社工{n}", full_time=True, since=date(2020, 1, 1))
            programme = add(Programme, name=f"培训{n}", kind="training", rule_kind="count", rule_value=1,
                            created_by=me)  # fmt: skip
            session = add(TrainingSession, programme_id=programme, starts_at=_at("2026-11-15", 9),
                          ends_at=_at("2026-11-15", 11))  # fmt: skip
            enrolment = add(Enrolment, programme_id=programme, person_id=person, signin_code=f"C{n:07d}",
                            source="registry", enrolled_at=_at("2026-11-01"))  # fmt: skip
            add(SessionAttendance, session_id=session, enrolment_id=enrolment, status="present",
                method="name", recorded_by=me, recorded_at=_at("2026-11-15", 9))  # fmt: skip


def make_district(ctx: ServiceContext, *, role: str = "hub") -> District:
    """The hub of the module's words in the station database of ``ctx`` (signed in as admin)."""
    settings.set_values(ctx, {"site.role": role})
    category = needs.list_categories(ctx)[0].id
    partner = add_partner(ctx, PartnerDraft(name="平湖市民政局", kind="relief_department"))
    method = next(m.id for m in visit_settings.methods(ctx) if m.counts_as_visit)
    with ctx.transaction() as s:
        local_site = s.scalar(select(LocalSite.site_id)) or ""
        peers = [
            (A1, "PH-XA", "新埭 站点电脑", "station", "2026-01-10"),
            (A2, "PH-XA", "新埭 培训笔记本", "trainer", "2026-03-01"),
            (B1, "PH-XB", "乍浦 站点电脑", "station", "2026-01-10"),
            (C1, "PH-XC", NAMES["PH-XC"], "station", "2026-11-20"),
        ]
        for site, code, name, role_of, enrolled in peers:
            s.add(SyncPeer(site_id=site, station_code=code, name=name, role=role_of, public_key=b"\0" * 32,
                           enrolled_at=_at(enrolled)))  # fmt: skip
        s.get(SyncPeer, B1).last_import_at = _at("2026-09-04", 11)  # type: ignore[union-attr]
        for sender, applied in (
            (A1, "2026-10-03"),
            (A2, "2026-11-02"),
            (A1, "2026-12-02"),
            (B1, "2026-09-04"),
        ):
            s.add(SyncBundle(id=str(uuid.uuid4()), sender_site_id=sender, applied_at=_at(applied), new=1,
                             updated=0, unchanged=0, conflicts=0, refused=0))  # fmt: skip
        clock = stamper_of(s).clock
        for site, code in ((A1, "PH-XA"), (B1, "PH-XB")):  # 独山港's station row has not arrived yet
            s.execute(insert(Station), [Stamper(site, clock).new_row(code=code, name=NAMES[code])])
    for site, count in UNITS.items():
        _units(ctx, site, count, category, partner, method)
    _units(ctx, None, LOCAL_UNITS, category, partner, method)
    units = {"PH-XA": UNITS[A1] + UNITS[A2], "PH-XB": UNITS[B1], "PH-XC": 0, "PH-DH": LOCAL_UNITS}
    return District(local_site, units)
