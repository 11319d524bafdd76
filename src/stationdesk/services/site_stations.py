"""Which station a record belongs to, on a station PC or a district hub (issue 7): the one rule.

Every travelling row carries the ``site_id`` of the installation that wrote it. A station's data
is written at its own sites (its PCs and trainer laptops) and the hub never edits it, so a
record's station is the station of its site:

- an enrolled site (``sync_peer``) belongs to the station its enrolment names (``station_code``),
  whatever its role (a trainer laptop writes its station's sign-ins);
- this installation, and the identities it had before (``site_history``: a copied database gets a
  new site id), belong to the local station: the ``station`` row written here (the one first-start
  wrote; rows arriving from stations were written at their sites), else the only one there is.

Whether this installation is itself a station or a hub is the local setting ``site.role``
(:data:`ROLE_KEY`, "station" unless set): a hub's own rows are part of the roll-up but it does not
report to itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from stationdesk.domain.errors import ValidationError
from stationdesk.services import settings
from stationdesk.store.models import LocalSite, SiteHistory, Station, SyncPeer

ROLE_KEY = "site.role"
ROLES = ("station", "hub", "trainer")
STATION = "station"


@dataclass(frozen=True)
class Site:
    site_id: str
    name: str
    role: str  # station, hub, trainer
    enrolled_at: datetime | None  # None for this installation
    last_import_at: datetime | None
    local: bool = False


@dataclass(frozen=True)
class StationSites:
    """A station known to this database and the sites that write its data."""

    code: str
    name: str
    sites: tuple[Site, ...]
    local: bool  # this installation's own station
    reports: bool  # a station that reports here (enrolled with the role station, or this PC as a station)

    @property
    def site_ids(self) -> frozenset[str]:
        return frozenset(site.site_id for site in self.sites)


def local_role(session: Session) -> str:
    value = settings.value_in(session, ROLE_KEY)
    return value if value in ROLES else STATION


def _local_ids(session: Session) -> tuple[str, list[str]]:
    current = session.scalar(select(LocalSite.site_id)) or ""
    return current, list(session.scalars(select(SiteHistory.site_id)))


def _local_station(session: Session, local_ids: set[str], *, strict: bool = True) -> Station | None:
    rows = list(session.scalars(select(Station).where(Station.deleted.is_(False)).order_by(Station.id)))
    own = [row for row in rows if row.site_id in local_ids]
    if own:
        return own[0]
    return rows[0] if rows and (len(rows) == 1 or not strict) else None


def local_station(session: Session) -> Station | None:
    """This installation's own station row (the profile on its screens and letterheads): on a hub
    the station table also holds every station's row, so "the first one" is not enough."""
    current, history = _local_ids(session)
    return _local_station(session, {current, *history}, strict=False)


def stations(session: Session) -> list[StationSites]:
    """Every station of the database (the local one first, then by code) with its sites."""
    current, history = _local_ids(session)
    local_ids = {current, *history}
    local = _local_station(session, local_ids)
    names = {
        code: name
        for code, name in session.execute(
            select(Station.code, Station.name).where(Station.deleted.is_(False)).order_by(Station.hlc)
        )
    }  # the newest name of each code wins
    role = local_role(session)
    sites: dict[str, list[Site]] = {}
    reporting: set[str] = set()
    peer_names: dict[str, str] = {}
    for peer in session.scalars(select(SyncPeer).order_by(SyncPeer.enrolled_at, SyncPeer.site_id)):
        sites.setdefault(peer.station_code, []).append(
            Site(peer.site_id, peer.name, peer.role, peer.enrolled_at, peer.last_import_at)
        )
        if peer.role == STATION:
            reporting.add(peer.station_code)
            peer_names.setdefault(peer.station_code, peer.name)
    local_code = local.code if local is not None else ""
    if local is not None:
        own = [Site(site_id, local.name, role, None, None, local=True) for site_id in [current, *history]]
        sites[local_code] = own + sites.get(local_code, [])
    out = [
        StationSites(
            code=code,
            name=names.get(code) or peer_names.get(code) or code,
            sites=tuple(found),
            local=code == local_code and local is not None,
            reports=code in reporting or (code == local_code and role == STATION),
        )
        for code, found in sites.items()
    ]
    return sorted(out, key=lambda s: (not s.local, s.code))


def reporting_stations(session: Session) -> list[StationSites]:
    """The stations of the hub's matrix: enrolled as stations, and this PC if it is a station."""
    return [station for station in stations(session) if station.reports]


def is_hub(session: Session) -> bool:
    """A database holding other stations' reports: a roll-up is "the district", not one station.
    One look at the (small) peer table first: a station's own database answers at once."""
    if session.scalar(select(SyncPeer.site_id).where(SyncPeer.role == STATION).limit(1)) is None:
        return False
    return any(station.reports and not station.local for station in stations(session))


def sites_of(session: Session, codes: frozenset[str]) -> frozenset[str]:
    """The site ids writing the data of the stations ``codes``; an unknown code is refused."""
    known = {station.code: station for station in stations(session)}
    codes = frozenset(code.strip().upper() for code in codes)
    unknown = sorted(code for code in codes if code not in known)
    if unknown or not codes:
        raise ValidationError(
            "hub.unknown_station",
            "no station with this code in the database",
            {"code": ", ".join(unknown), "known": ", ".join(sorted(known))},
        )
    return frozenset(site for code in codes for site in known[code].site_ids)


def at_sites(column: ColumnElement[str], sites: frozenset[str] | None) -> tuple[ColumnElement[bool], ...]:
    """The condition "written at one of ``sites``" to splat into a ``where``; none at all for None
    (the whole database), so the default statements stay exactly as they were."""
    return () if sites is None else (column.in_(sorted(sites)),)
