"""Column sets and seed rows the migrations share (kept here so each revision file stays short).

These never change meaning: a revision that needs different columns writes them out itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from stationdesk.domain.ids import seed_rows


def travelling(*, tombstone: bool = True) -> list[sa.Column]:
    """id, site and stamp of a travelling record; the tombstone for synced records."""
    columns = [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("site_id", sa.String(36), nullable=False),
        sa.Column("hlc", sa.BigInteger, nullable=False),
    ]
    if tombstone:
        columns.append(sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()))
    return columns


def user_column(name: str, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.String(36), sa.ForeignKey("app_user.id"), nullable=nullable)


def seed(table: sa.Table, rows: Sequence[Mapping[str, Any]], *, key: str, revision: int) -> None:
    """Insert seed rows identical on every installation (docs/sync.md, "Seed rows"): the id from the
    table and the row's natural key ``key`` (``seed_id``), the seed site, and the stamp
    ``seed_stamp(revision, n)`` in the given order. The insert triggers log them with that site and
    stamp, so a database created apart already holds what a sync brings of them."""
    op.bulk_insert(table, seed_rows(table.name, rows, key=key, revision=revision))
