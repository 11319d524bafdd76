"""A new PC joins a station that already uses StationDesk (issue 8: installers bring fresh PCs).

Set up fresh, a second reception PC or a trainer laptop would create a station of its own (its own
station row and administrator), and a sync would then double the station. It starts instead from a
copy of the station PC's database (Settings → "Back up the database…", or ``stationdesk backup``):
the file is checked read-only first, then, only while this PC's database is still empty, that
database is replaced by a consistent copy and opened like any other (an older one is upgraded after
its own copy aside) and given a site id of its own (sync/identity.py: re-minted as a copy even when
the machine fingerprint cannot tell, a backup from before fingerprints or taken on this PC). The
station's users then sign in here with their own passwords.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path

from stationdesk.services import accounts, audit
from stationdesk.services.context import ServiceContext
from stationdesk.services.database import OpenedDatabase, open_station
from stationdesk.services.errors import ServiceError
from stationdesk.services.maintenance import write_copy
from stationdesk.store.engine import sqlite_file_of
from stationdesk.store.migrate import DatabaseError, head_revision, known_revisions, read_revision_readonly
from stationdesk.store.readonly import connect_readonly

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class StationBackup:
    """A backup file found fit to join from: whose station it holds, for the user to confirm."""

    path: Path
    revision: str
    station_name: str
    station_code: str
    users: int


def inspect_backup(path: Path) -> StationBackup:
    """Check ``path`` without writing to it: a SQLite StationDesk database, not from a newer
    StationDesk, with a station set up in it, passing SQLite's integrity check. Refusals are
    ServiceErrors: ``join.no_file``, ``join.not_sqlite``, ``join.foreign``, ``db.too_new`` (the text
    of opening such a database), ``join.no_station``, ``join.damaged``."""
    path = Path(path)
    params = {"path": str(path)}
    if not path.is_file():
        raise ServiceError("join.no_file", **params)
    with open(path, "rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise ServiceError("join.not_sqlite", **params)
    try:
        revision = read_revision_readonly(path)
    except DatabaseError as error:
        code = "join.foreign" if error.code == "db.foreign" else "join.not_sqlite"
        raise ServiceError(code, **params) from error
    if revision is None:
        raise ServiceError("join.foreign", **params)
    if revision not in known_revisions():
        raise ServiceError("db.too_new", revision=revision, head=head_revision())
    try:
        with closing(connect_readonly(path)) as conn:
            users = conn.execute("SELECT count(*) FROM app_user").fetchone()[0]
            station = _own_station(conn)
            if not users or station is None:
                raise ServiceError("join.no_station", **params)
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as error:
        raise ServiceError("join.foreign", **params) from error
    if problems != ["ok"]:
        raise ServiceError("join.damaged", **params)
    return StationBackup(path, revision, station[0], station[1], users)


def _own_station(conn: sqlite3.Connection) -> tuple[str, str] | None:
    """(name, code) of the station of the database (a hub's holds other stations' rows too: its own is
    the one written under its site id)."""
    site = conn.execute("SELECT site_id FROM local_site").fetchone()
    rows = conn.execute("SELECT name, code, site_id FROM station WHERE deleted = 0 ORDER BY id").fetchall()
    own = [row for row in rows if site is not None and row[2] == site[0]]
    chosen = own[0] if own else rows[0] if rows else None
    return (chosen[0], chosen[1]) if chosen else None


def join_station(
    ctx: ServiceContext, backup_file: Path | StationBackup, *, fingerprint: str | None = None
) -> OpenedDatabase:
    """Replace this PC's still empty database by a copy of ``backup_file`` and open it.

    Refused, writing nothing, for every ``inspect_backup`` reason (a ``StationBackup`` the user
    confirmed was inspected already: not checked again), and as ``join.not_empty`` (a
    station is set up here already), ``join.not_sqlite_here`` (the database is no SQLite file),
    ``join.same_file`` and ``join.in_use`` (another program holds the database open). ``ctx`` is
    spent afterwards (its engine disposed); the returned database has nobody signed in.
    ``fingerprint`` stands for this machine's in tests."""
    found = backup_file if isinstance(backup_file, StationBackup) else inspect_backup(backup_file)
    target = sqlite_file_of(ctx.engine.url)
    if target is None:
        raise ServiceError("join.not_sqlite_here")
    if target.resolve() == found.path.resolve():
        raise ServiceError("join.same_file", path=str(found.path))
    if not accounts.needs_setup(ctx):
        raise ServiceError("join.not_empty")
    tmp = target.with_name(target.name + ".join.part")
    try:
        write_copy(found.path, tmp)
        ctx.engine.dispose()
        _release(target)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    _sync_folder(target.parent)
    opened = open_station(ctx.engine.url, create=False, fingerprint=fingerprint, copied=True)
    with opened.ctx.transaction() as session:
        audit.record(
            session,
            None,
            "station.join",
            record_type="station",
            detail=f"{found.station_code} from {found.path}",
        )
    return opened


def _release(target: Path) -> None:
    """Fold the empty database's write-ahead log back in and remove it (a -wal file left beside the
    new file would be read as its own), checking on the way that nobody else has it open."""
    if not target.exists():
        return
    try:
        with closing(sqlite3.connect(target, timeout=0.5)) as conn:
            conn.execute("PRAGMA journal_mode=DELETE")
            if conn.execute("SELECT count(*) FROM app_user").fetchone()[0]:
                raise ServiceError("join.not_empty")
    except sqlite3.OperationalError as error:
        raise ServiceError("join.in_use") from error
    for side in ("-wal", "-shm", "-journal"):
        target.with_name(target.name + side).unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """The rename reaches the disk too (POSIX; Windows has no directory handles to flush)."""
    if os.name != "posix":
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
