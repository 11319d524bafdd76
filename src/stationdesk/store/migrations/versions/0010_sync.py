"""Sync (issue 7): local tables of the sync engine, this machine's fingerprint and signing key, the
change-log indexes the merge reads, and every travelling table's triggers recreated so that they
stand aside while a sync import applies received changes (``sync_state.applying``).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from stationdesk.store.sync_triggers import create_statements, drop_statements

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

_SYNC_COLUMNS = ("id", "site_id", "hlc")


def _travelling_tables(conn: sa.Connection) -> list[tuple[str, str, list[str]]]:
    """(table, kind, logged fields) of every table with logging triggers, read from the database
    itself, so the column lists are those of this revision."""
    names = {r[0] for r in conn.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
    out = []
    for table in sorted({n[len("trg_") : -len("_log_insert")] for n in names if n.endswith("_log_insert")}):
        kind = "insert_only" if f"trg_{table}_no_update" in names else "synced"
        columns = [r[1] for r in conn.execute(sa.text(f"PRAGMA table_info({table})"))]
        out.append((table, kind, [c for c in columns if c not in _SYNC_COLUMNS]))
    return out


def upgrade() -> None:
    state = op.create_table(
        "sync_state",
        sa.Column("singleton", sa.Integer, primary_key=True),
        sa.Column("applying", sa.Integer, nullable=False),
    )
    op.bulk_insert(state, [{"singleton": 1, "applying": 0}])
    op.create_table(
        "sync_peer",
        sa.Column("site_id", sa.String(36), primary_key=True),
        sa.Column("station_code", sa.String(32), nullable=False),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("age_recipient", sa.String(80)),
        sa.Column("enrolled_at", sa.DateTime, nullable=False),
        sa.Column("last_export_at", sa.DateTime),
        sa.Column("last_import_at", sa.DateTime),
    )
    op.create_table(
        "sync_ack",
        sa.Column("peer_site_id", sa.String(36), primary_key=True),
        sa.Column("origin_site_id", sa.String(36), primary_key=True),
        sa.Column("hlc", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("kept_value", sa.Text),
        sa.Column("kept_hlc", sa.BigInteger, nullable=False),
        sa.Column("kept_site", sa.String(36), nullable=False),
        sa.Column("other_value", sa.Text),
        sa.Column("other_hlc", sa.BigInteger, nullable=False),
        sa.Column("other_site", sa.String(36), nullable=False),
        sa.Column("detected_at", sa.DateTime, nullable=False),
        sa.Column("resolved_at", sa.DateTime),
        sa.Column("resolved_by", sa.String(36)),
        sa.Column("resolution", sa.String(8), nullable=False, server_default=""),
    )
    op.create_index("ix_sync_conflict_open", "sync_conflict", ["resolved_at", "detected_at"])
    op.create_table(
        "sync_bundle",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("sender_site_id", sa.String(36), nullable=False),
        sa.Column("applied_at", sa.DateTime, nullable=False),
        sa.Column("new", sa.Integer, nullable=False),
        sa.Column("updated", sa.Integer, nullable=False),
        sa.Column("unchanged", sa.Integer, nullable=False),
        sa.Column("conflicts", sa.Integer, nullable=False),
        sa.Column("refused", sa.Integer, nullable=False),
    )
    op.create_table(
        "site_history",
        sa.Column("site_id", sa.String(36), primary_key=True),
        sa.Column("machine_fingerprint", sa.String(64)),
        sa.Column("replaced_at", sa.DateTime, nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
    )
    op.add_column("local_site", sa.Column("machine_fingerprint", sa.String(64)))
    op.add_column("local_site", sa.Column("signing_key", sa.LargeBinary))
    op.create_index("ix_change_log_field", "change_log", ["table_name", "row_id", "field", "hlc"])
    op.create_index("ix_change_log_site_hlc", "change_log", ["site_id", "hlc"])

    conn = op.get_bind()
    for table, kind, fields in _travelling_tables(conn):
        for stmt in drop_statements(table):
            op.execute(stmt)
        for stmt in create_statements(table, kind, fields, guarded=True):
            op.execute(stmt)


def downgrade() -> None:
    conn = op.get_bind()
    for table, kind, fields in _travelling_tables(conn):
        for stmt in drop_statements(table):
            op.execute(stmt)
        for stmt in create_statements(table, kind, fields):
            op.execute(stmt)
    op.drop_index("ix_change_log_site_hlc", table_name="change_log")
    op.drop_index("ix_change_log_field", table_name="change_log")
    with op.batch_alter_table("local_site") as batch:
        batch.drop_column("signing_key")
        batch.drop_column("machine_fingerprint")
    for table in ["site_history", "sync_bundle", "sync_conflict", "sync_ack", "sync_peer", "sync_state"]:
        op.drop_table(table)
