"""Integrity check and online backup of a station database."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, select, text

from stationdesk.domain.roles import Action
from stationdesk.services import audit, station
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.store.engine import sqlite_file_of
from stationdesk.store.migrate import head_revision
from stationdesk.store.models import Base
from stationdesk.store.readonly import connect_readonly


@dataclass
class CheckReport:
    schema_revision: str | None
    head_revision: str
    integrity: str
    foreign_key_problems: int
    row_counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(ctx: ServiceContext) -> CheckReport:
    """SQLite integrity and foreign-key checks, schema version and row counts of every table."""
    with ctx.reading() as session:
        revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        integrity = "ok"
        fk_problems = 0
        if session.bind.dialect.name == "sqlite":
            integrity = "; ".join(r[0] for r in session.execute(text("PRAGMA integrity_check")))
            fk_problems = len(session.execute(text("PRAGMA foreign_key_check")).all())
        counts = {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }
    report = CheckReport(revision, head_revision(), integrity, fk_problems, counts)
    if revision != report.head_revision:
        report.problems.append(f"schema revision {revision} is not the current {report.head_revision}")
    if integrity != "ok":
        report.problems.append(f"integrity check: {integrity}")
    if fk_problems:
        report.problems.append(f"{fk_problems} rows break foreign keys")
    return report


def write_copy(source: Path, out: Path) -> None:
    """A consistent copy of the database file ``source`` (taken through SQLite's backup API, so a
    database in use copies as of one moment) at ``out``, in rollback-journal mode, flushed to disk."""
    out.unlink(missing_ok=True)
    with closing(connect_readonly(source)) as src, closing(sqlite3.connect(out)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    with open(out, "rb+") as fh:
        os.fsync(fh.fileno())


def backup_file_name(ctx: ServiceContext, on: date | None = None) -> str:
    """The name a backup is offered under: ``<station code>-backup-<YYYYMMDD>.sqlite3``."""
    profile = station.get_profile(ctx)
    code = profile.code if profile is not None and profile.code else "stationdesk"
    return f"{code}-backup-{on or date.today():%Y%m%d}.sqlite3"


def backup(ctx: ServiceContext, out: Path, by: str = "") -> Path:
    """A consistent copy taken online with SQLite's backup API; written to a temp file, then renamed.

    A backup carries every person's data, so it is written to the audit log (after it succeeded),
    as the signed-in user (who needs ``Action.BACKUP``) or, from the command line, whoever can read
    the database file, as ``by``."""
    if not by:
        require(ctx, Action.BACKUP)
    source = sqlite_file_of(ctx.engine.url)
    if source is None:
        raise ServiceError("backup.not_sqlite")
    out = out.resolve()
    if out == source.resolve():
        raise ServiceError("backup.same_file")
    tmp = out.with_name(out.name + ".part")
    try:
        write_copy(source, tmp)
        os.replace(tmp, out)
    except (OSError, sqlite3.OperationalError) as error:  # a full or pulled USB stick, a read-only folder
        reason = getattr(error, "strerror", None) or str(error)
        raise ServiceError("backup.write_failed", path=str(out), reason=reason) from error
    finally:
        tmp.unlink(missing_ok=True)
    with ctx.transaction() as session:
        audit.record(session, ctx.actor, "backup", detail=str(out), actor_name=by)
    return out
