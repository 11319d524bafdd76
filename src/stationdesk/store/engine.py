"""Engines for a station database, with the connection settings StationDesk relies on."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

BUSY_TIMEOUT_MS = 5000


def url_for_path(path: str | Path) -> URL:
    return URL.create("sqlite", database=str(Path(path)))


def sqlite_file_of(url: str | URL) -> Path | None:
    """The database file behind a SQLite URL, or None for memory or other servers."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _on_sqlite_connect(dbapi_conn, _record) -> None:
    # Let SQLAlchemy, not the driver, manage transactions (pysqlite's implicit BEGIN is off).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _on_sqlite_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(url: str | URL) -> Engine:
    """An engine whose every connection has foreign keys, WAL, synchronous=FULL and a busy timeout."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    return engine
