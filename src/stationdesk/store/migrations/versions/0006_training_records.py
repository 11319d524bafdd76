"""Training records: walk-in merges and the certificate register.

A walk-in signed in at the door may later turn out to be a participant already enrolled: its
enrolment then points at that one (``merged_into``), so its sign-ins count there, and the merge can
be undone by clearing the field. Completion certificates get numbers from a register kept here.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from stationdesk.store.migration_helpers import travelling, user_column
from stationdesk.store.sync_triggers import create_statements, drop_statements

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

ENROLMENT_FIELDS = ["deleted", "programme_id", "person_id", "walk_in_name", "walk_in_phone", "unit",
                    "target_group", "signin_code", "source", "enrolled_at", "withdrawn"]  # fmt: skip


def upgrade() -> None:
    # Plain SQL: SQLite adds a column with a reference this way, Alembic would want a table copy.
    op.execute("ALTER TABLE enrolment ADD COLUMN merged_into VARCHAR(36) REFERENCES enrolment (id)")
    for stmt in drop_statements("enrolment"):
        op.execute(stmt)
    for stmt in create_statements("enrolment", "synced", [*ENROLMENT_FIELDS, "merged_into"]):
        op.execute(stmt)

    op.create_table(
        "certificate",
        *travelling(),
        sa.Column("programme_id", sa.String(36), sa.ForeignKey("programme.id"), nullable=False),
        sa.Column("enrolment_id", sa.String(36), sa.ForeignKey("enrolment.id"), nullable=False),
        sa.Column("number", sa.String(24), nullable=False),
        sa.Column("holder_name", sa.String(64), nullable=False),
        sa.Column("issued_on", sa.Date, nullable=False),
        sa.Column("minutes", sa.Integer, nullable=False),
        sa.Column("sessions_attended", sa.Integer, nullable=False),
        user_column("issued_by"),
        sa.Column("voided", sa.Boolean, nullable=False),
        sa.Column("void_reason", sa.String(256), nullable=False),
    )
    op.create_index("ix_certificate_programme", "certificate", ["programme_id"])
    op.create_index("ix_certificate_number", "certificate", ["number"])
    for stmt in create_statements(
        "certificate",
        "synced",
        ["deleted", "programme_id", "enrolment_id", "number", "holder_name", "issued_on", "minutes",
         "sessions_attended", "issued_by", "voided", "void_reason"],
    ):  # fmt: skip
        op.execute(stmt)


def downgrade() -> None:
    op.drop_table("certificate")
    for stmt in drop_statements("enrolment"):
        op.execute(stmt)
    with op.batch_alter_table("enrolment") as batch:
        batch.drop_column("merged_into")
    for stmt in create_statements("enrolment", "synced", ENROLMENT_FIELDS):
        op.execute(stmt)
