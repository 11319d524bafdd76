"""Opening a station database for the services: migrate if needed, then build the context."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from stationdesk.services.context import ServiceContext
from stationdesk.store.migrate import open_database


@dataclass(frozen=True)
class OpenedDatabase:
    ctx: ServiceContext
    previous_revision: str | None
    backup: Path | None


def open_station(url: str | URL, *, create: bool = True) -> OpenedDatabase:
    """Open, create or upgrade the database at ``url`` (raises store.migrate.DatabaseError)."""
    result = open_database(url, create=create)
    return OpenedDatabase(ServiceContext(result.engine), result.previous_revision, result.backup)
