"""Open a station database: create it, upgrade it (after a copy aside), or refuse it.

Alembic owns the schema. A database written by a newer StationDesk is refused before anything
touches the file (the version is read over a read-only connection).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import URL, make_url

from stationdesk.store.engine import make_engine, sqlite_file_of
from stationdesk.store.readonly import connect_readonly
from stationdesk.store.revisions import head_revision, known_revisions

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["DatabaseError", "OpenResult", "head_revision", "known_revisions", "open_database", "upgrade"]


class DatabaseError(Exception):
    """A database StationDesk will not open; ``code`` is stable, the UI translates it."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


@dataclass(frozen=True)
class OpenResult:
    engine: Engine
    previous_revision: str | None
    backup: Path | None


@contextmanager
def _alembic_config(connection: Connection | None = None) -> Iterator[Config]:
    from alembic.config import Config  # imported only when a migration really runs

    with as_file(files("stationdesk.store") / "migrations") as path:
        cfg = Config()
        cfg.set_main_option("script_location", str(path))
        cfg.attributes["connection"] = connection
        yield cfg


def read_revision_readonly(path: Path) -> str | None:
    """The schema revision of a SQLite file, read without writing to it; None if it has none."""
    try:
        with closing(connect_readonly(path)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise DatabaseError("db.foreign", path=str(path))
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("db.unreadable", path=str(path), reason=str(exc)) from exc


def _backup_sqlite(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-from-{revision}-{stamp}{path.suffix}")
    with closing(connect_readonly(path)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            if inspect(conn).get_table_names():
                raise DatabaseError("db.foreign", path=str(engine.url))
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as conn, _alembic_config(conn) as cfg:
        command.upgrade(cfg, revision)


def open_database(url: str | URL, *, create: bool = True) -> OpenResult:
    """Open (creating or upgrading as needed) the database at ``url``."""
    url = make_url(url)
    head = head_revision()
    known = known_revisions()
    path = sqlite_file_of(url)
    backup = None
    if path is not None:
        if path.exists() and path.stat().st_size > 0:
            current = read_revision_readonly(path)
        elif create:
            path.parent.mkdir(parents=True, exist_ok=True)
            current = None
        else:
            raise DatabaseError("db.missing", path=str(path))
        if current is not None and current not in known:
            raise DatabaseError("db.too_new", revision=current, head=head)
        if current is not None and current != head:
            backup = _backup_sqlite(path, current)
        engine = make_engine(url)
    elif url.get_backend_name() != "sqlite":
        # The change-log triggers exist for SQLite only; another server would silently lose them.
        raise DatabaseError("db.unsupported_backend", backend=url.get_backend_name())
    else:
        engine = make_engine(url)
        current = _current_revision(engine)
        if current is not None and current not in known:
            engine.dispose()
            raise DatabaseError("db.too_new", revision=current, head=head)
    if current != head:
        upgrade(engine)
    return OpenResult(engine, current, backup)
