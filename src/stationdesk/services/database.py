"""Opening a station database for the services: migrate if needed, then build the context."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from stationdesk.services.context import ServiceContext
from stationdesk.store.migrate import open_database
from stationdesk.sync.identity import ensure_identity


@dataclass(frozen=True)
class OpenedDatabase:
    ctx: ServiceContext
    previous_revision: str | None
    backup: Path | None


def open_station(
    url: str | URL, *, create: bool = True, fingerprint: str | None = None, copied: bool = False
) -> OpenedDatabase:
    """Open, create or upgrade the database at ``url`` (raises store.migrate.DatabaseError). Before
    the first write, a copy opened on another machine gets a site id of its own (sync/identity.py;
    ``fingerprint`` stands for this machine's in tests; ``copied``: a copy for certain, re-minted
    whatever the fingerprint says)."""
    result = open_database(url, create=create)
    ensure_identity(result.engine, fingerprint, copied=copied)
    return OpenedDatabase(ServiceContext(result.engine), result.previous_revision, result.backup)
