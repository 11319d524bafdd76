"""A glance into a SQLite station file before SQLAlchemy is imported (stdlib sqlite3 only).

The login dialog needs the station's name, logo and language, and the start-up needs to know
whether the first-start wizard must run. Importing SQLAlchemy and Alembic costs about half a
second, so these few facts are read here, read-only, while the heavy modules load later in the
background. Nothing here creates or changes the file.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import NamedTuple

from stationdesk.store.readonly import connect_readonly


class Peek(NamedTuple):
    """What the start-up needs to know about a station file, without opening it for real.

    (A NamedTuple: ``dataclasses`` would be one more import before the login dialog.)
    """

    revision: str | None
    """The Alembic schema revision, None if the file has no ``alembic_version`` (foreign file)."""
    has_users: bool
    """False until the first-start wizard has created the administrator."""
    station_name: str
    station_code: str
    logo_png: bytes | None
    language: str | None
    """The saved language setting (not validated here), None if never set."""


def _read(conn: sqlite3.Connection) -> Peek | None:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables:
        return None
    revision = None
    if "alembic_version" in tables:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    has_users = (
        "app_user" in tables and conn.execute("SELECT EXISTS (SELECT 1 FROM app_user)").fetchone()[0] == 1
    )
    name, code, logo = "", "", None
    if "station" in tables:
        row = conn.execute("SELECT name, code, logo_png FROM station WHERE deleted = 0 LIMIT 1").fetchone()
        if row is not None:
            name, code, logo = row[0] or "", row[1] or "", row[2]
    language = None
    if "setting" in tables:
        row = conn.execute("SELECT value FROM setting WHERE key = 'language'").fetchone()
        language = row[0] if row else None
    return Peek(revision, has_users, name, code, bytes(logo) if logo else None, language)


def peek(path: str | Path) -> Peek | None:
    """The start-up facts of the SQLite file at ``path``; None if it is missing, empty or unreadable.

    None tells the caller to open the database the ordinary way, which creates a missing file or
    reports precisely why an unreadable one is refused.
    """
    path = Path(path)
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        with closing(connect_readonly(path)) as conn:
            return _read(conn)
    except (OSError, sqlite3.Error):
        return None
