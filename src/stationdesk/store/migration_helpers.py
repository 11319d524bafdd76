"""Column sets and seed rows the migrations share (kept here so each revision file stays short).

These never change meaning: a revision that needs different columns writes them out itself.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from stationdesk.domain.clock import pack
from stationdesk.domain.ids import new_id


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


def seed(table: sa.Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert seed rows as this site's synced records, each with its own stamp, in the given order."""
    site_id = op.get_bind().execute(sa.text("SELECT site_id FROM local_site")).scalar_one()
    wall_ms = time.time_ns() // 1_000_000
    op.bulk_insert(
        table,
        [
            {"id": new_id(), "site_id": site_id, "hlc": pack(wall_ms, counter), "deleted": False, **row}
            for counter, row in enumerate(rows)
        ],
    )
