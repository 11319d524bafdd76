"""Foundation: local site, settings, change log, station profile, users, audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

from stationdesk.domain.ids import new_id
from stationdesk.store.sync_triggers import change_log_guard_statements, create_statements

revision: str = "0001"
down_revision: str | None = None
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def _travelling_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("site_id", sa.String(36), nullable=False),
        sa.Column("hlc", sa.BigInteger, nullable=False),
    ]


def _tombstone() -> sa.Column:
    return sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false())


def upgrade() -> None:
    local_site = op.create_table(
        "local_site",
        sa.Column("singleton", sa.Integer, primary_key=True),
        sa.Column("site_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.bulk_insert(local_site, [{"singleton": 1, "site_id": new_id(), "created_at": datetime.now()}])
    op.create_table(
        "setting",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "login_throttle",
        sa.Column("username", sa.String(64), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("locked_until", sa.DateTime),
    )
    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("value", sa.Text),
        sa.Column("hlc", sa.BigInteger, nullable=False),
        sa.Column("site_id", sa.String(36), nullable=False),
    )
    op.create_index("ix_change_log_hlc", "change_log", ["hlc"])
    op.create_table(
        "station",
        *_travelling_columns(),
        _tombstone(),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("district", sa.String(128), nullable=False),
        sa.Column("address", sa.String(256), nullable=False),
        sa.Column("phone", sa.String(32), nullable=False),
        sa.Column("logo_png", sa.LargeBinary),
    )
    op.create_table(
        "app_user",
        *_travelling_columns(),
        _tombstone(),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(256), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
    )
    op.create_table(
        "audit_event",
        *_travelling_columns(),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("actor_id", sa.String(36)),
        sa.Column("actor_name", sa.String(64), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("record_type", sa.String(64), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("reason", sa.String(256), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_index("ix_audit_event_at", "audit_event", ["at"])

    for stmt in change_log_guard_statements():
        op.execute(stmt)
    station = ["deleted", "code", "name", "district", "address", "phone", "logo_png"]
    user = ["deleted", "username", "display_name", "role", "password_hash", "active"]
    audit = ["at", "actor_id", "actor_name", "action", "record_type", "record_id", "reason", "detail"]
    for table, kind, fields in [
        ("station", "synced", station),
        ("app_user", "synced", user),
        ("audit_event", "insert_only", audit),
    ]:
        for stmt in create_statements(table, kind, fields):
            op.execute(stmt)


def downgrade() -> None:
    for table in [
        "audit_event",
        "app_user",
        "station",
        "change_log",
        "login_throttle",
        "setting",
        "local_site",
    ]:
        op.drop_table(table)
