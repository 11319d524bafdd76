"""Read-only access to a SQLite file that leaves no trace: no write, no -wal or -shm files.

Stdlib only, so the fast start-up path (store.peek) can use it before SQLAlchemy is imported.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote


def connect_readonly(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only. Without pending WAL content the file is opened as immutable, which
    takes no locks and creates no side files; with a -wal file present (another instance is
    writing), a plain read-only open still sees the latest committed data."""
    posix = path.resolve().as_posix()
    if not posix.startswith("/"):  # Windows: C:/... becomes file:///C:/...
        posix = "/" + posix
    uri = f"file://{quote(posix, safe='/:')}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if not wal.exists():
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True)
