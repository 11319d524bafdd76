"""Three installations for the sync service tests: a station PC, its trainer laptop (a copy of the
station's database, re-minted by copy detection) and a district hub (a database of its own), each
signed in as its administrator; helpers to enrol them and compare their content."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sync_sites import ADMIN_PASSWORD, Site, copy_site

from stationdesk.services import accounts, settings, sync
from stationdesk.services.database import open_station
from stationdesk.services.station import StationProfile
from stationdesk.store.engine import url_for_path
from stationdesk.store.models import LocalSite
from stationdesk.sync.keys import SiteKeys

HUB_CODE = "PH-QX"
HUB_ADMIN = "hub-admin"
"""The hub's administrator: usernames travel and are unique in every database, so a hub set up with a
station's administrator name would refuse that station's user (docs/sync.md, known limits)."""


@dataclass
class Trio:
    station: Site
    trainer: Site
    hub: Site
    folder: Path  # the "USB stick"

    def close(self) -> None:
        for site in (self.station, self.trainer, self.hub):
            site.close()


def site_id(site: Site) -> str:
    return site.stamper.site_id  # type: ignore[no-any-return]


def keys_of(site: Site) -> SiteKeys:
    with site.ctx.reading() as session:
        return SiteKeys.from_bytes(session.get(LocalSite, 1).signing_key)  # type: ignore[union-attr,arg-type]


def snapshot(site: Site) -> str:
    """A digest of the database's whole content (every table, local ones included)."""
    with sqlite3.connect(site.path) as conn:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()


def make_hub(directory: Path, admin: str = HUB_ADMIN) -> Site:
    path = directory / "hub.sqlite3"
    ctx = open_station(url_for_path(path), fingerprint="machine-hub").ctx
    profile = StationProfile(name="平湖市社会工作总站", code=HUB_CODE, district="嘉兴市平湖市", address="")
    accounts.setup_station(ctx, profile, admin, "李主任", ADMIN_PASSWORD)
    return Site("hub", path, ctx)


def make_trio(seed: Path, directory: Path, hub_admin: str = HUB_ADMIN) -> Trio:
    """``hub_admin``: the hub's administrator's user name; the hub is a database of its own, so a
    station's users (rows pointing at them) arrive there only when no user name clashes."""
    station = copy_site(seed, directory, "station")
    trainer = copy_site(seed, directory, "trainer")
    hub = make_hub(directory, hub_admin)
    for site, role in ((station, "station"), (trainer, "trainer"), (hub, "hub")):
        accounts.login(site.ctx, hub_admin if site is hub else "admin", ADMIN_PASSWORD)
        settings.set_values(site.ctx, {"site.role": role})
    stick = directory / "stick"
    stick.mkdir()
    return Trio(station, trainer, hub, stick)


def enrol_both_ways(a: Site, b: Site, folder: Path) -> None:
    sync.enrol(b.ctx, sync.enrolment_file(a.ctx, folder))
    sync.enrol(a.ctx, sync.enrolment_file(b.ctx, folder))
