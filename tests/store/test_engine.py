from __future__ import annotations

from sqlalchemy import text

from stationdesk.services.context import ServiceContext
from stationdesk.store.engine import BUSY_TIMEOUT_MS


def test_every_connection_has_the_pragmas(ctx: ServiceContext) -> None:
    for _ in range(2):  # a second pooled connection too
        with ctx.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS


def test_foreign_keys_are_enforced(ctx: ServiceContext) -> None:
    import pytest
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), ctx.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO person_tag (id, site_id, hlc, deleted, person_id, tag_id) "
                "VALUES ('x', 's', 1, 0, 'no-such-person', 'no-such-tag')"
            )
        )
