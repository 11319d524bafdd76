"""Hub mode (issue 7): who of the district's stations has reported which month, who is late (催报),
and when each last synced.

A station reports a month by sending a bundle after the month ends: the month counts as reported
once a bundle from one of the station's sites (services/site_stations.py) was applied here after
the month's last day (``sync_bundle.applied_at``). The report is due on day :func:`due_day` of the
next month (a local setting, 5 unless set: 月报 are due early in the month) and late after that.
A station enrolled after a month's due day was not asked for it: no data. This PC, when it is a
station itself, holds its own data: every complete month of it is reported.

The monthly report of one station, several, or the district's roll-up is the station report
with ``stations=`` (services/station_report.report_figures, services/report_printouts.write_report).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action
from stationdesk.services import settings, site_stations
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.site_stations import Site
from stationdesk.store.models import SyncBundle

DUE_DAY_KEY = "hub.report_due_day"
DEFAULT_DUE_DAY = 5
DUE_DAY_MAX = 28  # every month has it
DEFAULT_MONTHS = 12
MONTHS_MAX = 120

REPORTED, LATE, NOT_DUE, NO_DATA = "reported", "late", "due", "none"
STATES = (REPORTED, LATE, NOT_DUE, NO_DATA)


@dataclass(frozen=True)
class MonthCell:
    month: str  # 2026-11
    state: str  # REPORTED, LATE, NOT_DUE or NO_DATA
    due_on: date
    reported_at: datetime | None  # the first bundle applied after the month ended


@dataclass(frozen=True)
class StationStatus:
    code: str
    name: str
    local: bool  # this PC's own station
    sites: tuple[Site, ...]
    last_sync: datetime | None  # the latest bundle applied here, or the latest import a site records
    cells: tuple[MonthCell, ...]  # one per month of HubStatus.months, oldest first


@dataclass(frozen=True)
class HubStatus:
    today: date
    due_day: int
    months: tuple[str, ...]  # the last complete months, oldest first: 2025-12 ... 2026-11
    stations: tuple[StationStatus, ...]

    def count(self, state: str) -> int:
        return sum(cell.state == state for station in self.stations for cell in station.cells)


def _months(today: date, count: int) -> list[tuple[int, int]]:
    """The ``count`` complete months before ``today``'s month, oldest first."""
    year, month = today.year, today.month
    out = []
    for _ in range(count):
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        out.append((year, month))
    return out[::-1]


def _next(year: int, month: int) -> tuple[int, int]:
    return (year, month + 1) if month < 12 else (year + 1, 1)


def _cell(
    year: int, month: int, due_day: int, today: date, applied: list[datetime], since: datetime | None
) -> MonthCell:
    next_year, next_month = _next(year, month)
    ended = datetime(next_year, next_month, 1)
    due_on = date(next_year, next_month, due_day)
    code = f"{year}-{month:02d}"
    at = bisect.bisect_left(applied, ended)
    if at < len(applied):
        return MonthCell(code, REPORTED, due_on, applied[at])
    if since is not None and since > datetime.combine(due_on, time.max):
        return MonthCell(code, NO_DATA, due_on, None)
    return MonthCell(code, NOT_DUE if today <= due_on else LATE, due_on, None)


def status(ctx: ServiceContext, months: int = DEFAULT_MONTHS, today: date | None = None) -> HubStatus:
    """The reporting stations × the last ``months`` complete months (see the module's words)."""
    require(ctx, Action.SYNC_VIEW)
    if not 1 <= months <= MONTHS_MAX:
        raise ValidationError("hub.bad_months", "months out of range", {"min": 1, "max": MONTHS_MAX})
    today = today or date.today()
    calendar = _months(today, months)
    with ctx.reading() as session:
        day = _due_day(session)
        reporting = site_stations.reporting_stations(session)
        applied: dict[str, list[datetime]] = {}
        for sender, at in session.execute(
            select(SyncBundle.sender_site_id, SyncBundle.applied_at).order_by(SyncBundle.applied_at)
        ):
            applied.setdefault(sender, []).append(at)
    rows = []
    for station in reporting:
        if station.local:
            cells = tuple(
                MonthCell(f"{y}-{m:02d}", REPORTED, date(*_next(y, m), day), None) for y, m in calendar
            )
            rows.append(StationStatus(station.code, station.name, True, station.sites, None, cells))
            continue
        times = sorted(at for site in station.site_ids for at in applied.get(site, ()))
        imports = [site.last_import_at for site in station.sites if site.last_import_at is not None]
        last_sync = max([*times[-1:], *imports], default=None)
        enrolled = [site.enrolled_at for site in station.sites if site.enrolled_at is not None]
        since = min(enrolled, default=None)
        cells = tuple(_cell(y, m, day, today, times, since) for y, m in calendar)
        rows.append(StationStatus(station.code, station.name, False, station.sites, last_sync, cells))
    return HubStatus(today, day, tuple(f"{y}-{m:02d}" for y, m in calendar), tuple(rows))


def _due_day(session) -> int:  # type: ignore[no-untyped-def]
    value = settings.value_in(session, DUE_DAY_KEY) or ""
    return int(value) if value.isdigit() and 1 <= int(value) <= DUE_DAY_MAX else DEFAULT_DUE_DAY


def due_day(ctx: ServiceContext) -> int:
    """The day of the next month a month's report is due on (late after it)."""
    with ctx.reading() as session:
        return _due_day(session)


def set_due_day(ctx: ServiceContext, day: int) -> None:
    if not 1 <= day <= DUE_DAY_MAX:
        raise ValidationError(
            "hub.bad_due_day", "the due day is out of range", {"min": 1, "max": DUE_DAY_MAX}
        )
    settings.set_values(ctx, {DUE_DAY_KEY: str(day)})


def as_json(report: HubStatus) -> dict[str, object]:
    """The status as plain data for ``stationdesk hub status --json``."""

    def when(moment: datetime | None) -> str | None:
        return moment.isoformat(timespec="minutes") if moment else None

    return {
        "today": report.today.isoformat(),
        "due_day": report.due_day,
        "months": list(report.months),
        "stations": [
            {
                "code": station.code,
                "name": station.name,
                "local": station.local,
                "last_sync": when(station.last_sync),
                "sites": [
                    {"site_id": site.site_id, "name": site.name, "role": site.role, "local": site.local}
                    for site in station.sites
                ],
                "months": {
                    cell.month: {
                        "state": cell.state,
                        "due_on": cell.due_on.isoformat(),
                        "reported_at": when(cell.reported_at),
                    }
                    for cell in station.cells
                },
            }
            for station in report.stations
        ],
        "counts": {state: report.count(state) for state in STATES},
    }


def local_role(ctx: ServiceContext) -> str:
    """What this installation is: "station" (a station PC, the default), "hub" or "trainer"."""
    with ctx.reading() as session:
        return site_stations.local_role(session)


def set_local_role(ctx: ServiceContext, role: str) -> None:
    """Make this installation a station PC, a district hub or a trainer laptop (what its enrolment
    file says, what its exports carry). An administrator's setting, audited."""
    if role not in site_stations.ROLES:
        raise ValidationError("site.bad_role", "the role is one of station, hub, trainer", {})
    settings.set_values(ctx, {site_stations.ROLE_KEY: role})


def is_hub_here(ctx: ServiceContext) -> bool:
    """Whether this installation is a district hub: set up as one (``site.role``), or holding the
    reports of stations enrolled here (the Sync page then shows the reporting matrix)."""
    with ctx.reading() as session:
        return site_stations.local_role(session) == "hub" or site_stations.is_hub(session)
