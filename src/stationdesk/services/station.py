"""The station profile: one name, code, district, address and logo on every screen and page, and the
person in charge (负责人) who signs its certificates."""

from __future__ import annotations

from dataclasses import dataclass

from stationdesk.domain.roles import Action
from stationdesk.services import audit
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.site_stations import local_station
from stationdesk.store.models import Station

MAX_LOGO_BYTES = 512 * 1024
PERSON_MAX = 64  # the column's width


@dataclass(frozen=True)
class StationProfile:
    name: str
    code: str
    district: str = ""
    address: str = ""
    phone: str = ""
    logo_png: bytes | None = None
    person_in_charge: str = ""  # 负责人: signs the station's certificates and ledgers


def validate_profile(profile: StationProfile) -> None:
    """Raise ServiceError (station.*) for a profile that would be refused; writes nothing."""
    if not profile.name.strip():
        raise ServiceError("station.name_required")
    code = profile.code.strip()
    if not code or len(code) > 32 or not all(ch.isalnum() or ch in "-_" for ch in code) or not code.isascii():
        raise ServiceError("station.bad_code")
    if len(profile.person_in_charge.strip()) > PERSON_MAX:
        raise ServiceError("station.person_too_long", max=PERSON_MAX)
    if profile.logo_png is not None and len(profile.logo_png) > MAX_LOGO_BYTES:
        raise ServiceError("station.logo_too_large", max_kb=MAX_LOGO_BYTES // 1024)


def apply_profile(station: Station, profile: StationProfile) -> None:
    validate_profile(profile)
    station.name = profile.name.strip()
    station.code = profile.code.strip().upper()
    station.district = profile.district.strip()
    station.address = profile.address.strip()
    station.phone = profile.phone.strip()
    station.logo_png = profile.logo_png
    station.person_in_charge = profile.person_in_charge.strip()


def get_profile(ctx: ServiceContext) -> StationProfile | None:
    """The profile, or None before the first-start wizard ran (no sign-in needed: the login shows it)."""
    with ctx.reading() as session:
        s = local_station(session)
        if s is None:
            return None
        return StationProfile(s.name, s.code, s.district, s.address, s.phone, s.logo_png, s.person_in_charge)


def update_profile(ctx: ServiceContext, profile: StationProfile) -> None:
    actor = require(ctx, Action.STATION_EDIT)
    with ctx.transaction() as session:
        station = local_station(session)
        if station is None:
            raise ServiceError("station.missing")
        apply_profile(station, profile)
        audit.record(session, actor, "station.update", record_type="station", record_id=station.id)
