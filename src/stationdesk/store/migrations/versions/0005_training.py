"""Training: programmes, their sessions, enrolments with sign-in codes, attendance.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from stationdesk.store.migration_helpers import travelling, user_column
from stationdesk.store.sync_triggers import create_statements

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "programme",
        *travelling(),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("organiser", sa.String(128), nullable=False),
        sa.Column("trainers", sa.String(256), nullable=False),
        sa.Column("target_groups", sa.String(128), nullable=False),
        sa.Column("rule_kind", sa.String(8), nullable=False),
        sa.Column("rule_value", sa.Integer, nullable=False),
        sa.Column("minutes_per_session", sa.Integer, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("archived", sa.Boolean, nullable=False),
        user_column("created_by"),
    )
    op.create_table(
        "training_session",
        *travelling(),
        sa.Column("programme_id", sa.String(36), sa.ForeignKey("programme.id"), nullable=False),
        sa.Column("starts_at", sa.DateTime, nullable=False),
        sa.Column("ends_at", sa.DateTime, nullable=False),
        sa.Column("venue", sa.String(128), nullable=False),
        sa.Column("trainer", sa.String(64), nullable=False),
        sa.Column("topic", sa.String(256), nullable=False),
        sa.Column("capacity", sa.Integer),
        sa.Column("minutes", sa.Integer),
        sa.Column("late_after_minutes", sa.Integer, nullable=False),
        sa.Column("cancelled", sa.Boolean, nullable=False),
    )
    op.create_index("ix_training_session_programme", "training_session", ["programme_id", "starts_at"])
    op.create_table(
        "enrolment",
        *travelling(),
        sa.Column("programme_id", sa.String(36), sa.ForeignKey("programme.id"), nullable=False),
        sa.Column("person_id", sa.String(36), sa.ForeignKey("person.id")),
        sa.Column("walk_in_name", sa.String(64), nullable=False),
        sa.Column("walk_in_phone", sa.String(11), nullable=False),
        sa.Column("unit", sa.String(128), nullable=False),
        sa.Column("target_group", sa.String(24), nullable=False),
        sa.Column("signin_code", sa.String(8), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("enrolled_at", sa.DateTime, nullable=False),
        sa.Column("withdrawn", sa.Boolean, nullable=False),
    )
    op.create_index("ix_enrolment_programme", "enrolment", ["programme_id"])
    op.create_index("ix_enrolment_person", "enrolment", ["person_id"])
    op.create_index("ix_enrolment_signin_code", "enrolment", ["signin_code"])
    op.create_table(
        "session_attendance",
        *travelling(),
        sa.Column("session_id", sa.String(36), sa.ForeignKey("training_session.id"), nullable=False),
        sa.Column("enrolment_id", sa.String(36), sa.ForeignKey("enrolment.id"), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("signed_in_at", sa.DateTime),
        sa.Column("signed_out_at", sa.DateTime),
        sa.Column("method", sa.String(8), nullable=False),
        user_column("recorded_by"),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
    )
    op.create_index(
        "ix_session_attendance_session_enrolment", "session_attendance", ["session_id", "enrolment_id"]
    )

    for table, fields in [
        ("programme", ["deleted", "name", "kind", "organiser", "trainers", "target_groups", "rule_kind",
                       "rule_value", "minutes_per_session", "notes", "archived", "created_by"]),
        ("training_session", ["deleted", "programme_id", "starts_at", "ends_at", "venue", "trainer", "topic",
                              "capacity", "minutes", "late_after_minutes", "cancelled"]),
        ("enrolment", ["deleted", "programme_id", "person_id", "walk_in_name", "walk_in_phone", "unit",
                       "target_group", "signin_code", "source", "enrolled_at", "withdrawn"]),
        ("session_attendance", ["deleted", "session_id", "enrolment_id", "status", "signed_in_at",
                                "signed_out_at", "method", "recorded_by", "recorded_at"]),
    ]:  # fmt: skip
        for stmt in create_statements(table, "synced", fields):
            op.execute(stmt)


def downgrade() -> None:
    for table in ["session_attendance", "enrolment", "training_session", "programme"]:
        op.drop_table(table)
