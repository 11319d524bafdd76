"""Volunteers: profiles, teams, activities with their shifts and roles, sign-ups, check-ins, hours
entries and their reviews, the volunteer-hours certificate register, and the station's staff (for
the 6430 panel).

Hours are insert-only facts: a correction is a new entry that supersedes the old one, a
coordinator's approval or rejection is a review fact of its own, so two PCs never fight over one.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from stationdesk.store.migration_helpers import travelling, user_column
from stationdesk.store.sync_triggers import create_statements, drop_statements

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

TABLES = ["staff_member", "hours_certificate", "hours_review", "hours_entry", "volunteer_check",
          "shift_assignment", "shift_role", "shift", "shift_series", "activity", "team_member",
          "volunteer_team", "volunteer"]  # fmt: skip


def _ref(name: str, table: str, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.String(36), sa.ForeignKey(f"{table}.id"), nullable=nullable)


STATION_FIELDS = ["deleted", "code", "name", "district", "address", "phone", "logo_png"]


def upgrade() -> None:
    # The station's person in charge (负责人) signs the volunteer-hours certificates.
    op.execute("ALTER TABLE station ADD COLUMN person_in_charge VARCHAR(64) NOT NULL DEFAULT ''")
    for stmt in drop_statements("station"):
        op.execute(stmt)
    for stmt in create_statements("station", "synced", [*STATION_FIELDS, "person_in_charge"]):
        op.execute(stmt)

    op.create_table(
        "volunteer",
        *travelling(),
        _ref("person_id", "person"),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("organisation", sa.String(128), nullable=False),
        sa.Column("skills", sa.String(256), nullable=False),
        sa.Column("availability", sa.String(256), nullable=False),
        sa.Column("registered_on", sa.Date, nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("platform_number", sa.String(32), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
    )
    op.create_index("ix_volunteer_person", "volunteer", ["person_id"])
    op.create_index("ix_volunteer_code", "volunteer", ["code"])
    op.create_table(
        "volunteer_team",
        *travelling(),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("organisation", sa.String(128), nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("retired", sa.Boolean, nullable=False),
    )
    op.create_table(
        "team_member",
        *travelling(),
        _ref("team_id", "volunteer_team"),
        _ref("volunteer_id", "volunteer"),
        sa.Column("leader", sa.Boolean, nullable=False),
        sa.Column("joined_on", sa.Date, nullable=False),
        sa.Column("left_on", sa.Date),
    )
    op.create_index("ix_team_member_team", "team_member", ["team_id"])
    op.create_index("ix_team_member_volunteer", "team_member", ["volunteer_id"])
    op.create_table(
        "activity",
        *travelling(),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("place", sa.String(128), nullable=False),
        _ref("partner_id", "partner", nullable=True),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("archived", sa.Boolean, nullable=False),
        user_column("created_by"),
    )
    op.create_table(
        "shift_series",
        *travelling(),
        _ref("activity_id", "activity"),
        sa.Column("first_day", sa.Date, nullable=False),
        sa.Column("until", sa.Date, nullable=False),
        sa.Column("every_weeks", sa.Integer, nullable=False),
        sa.Column("start_minute", sa.Integer, nullable=False),
        sa.Column("end_minute", sa.Integer, nullable=False),
        sa.Column("roles", sa.Text, nullable=False),
        sa.Column("ignore_holidays", sa.Boolean, nullable=False),
    )
    op.create_table(
        "shift",
        *travelling(),
        _ref("activity_id", "activity"),
        _ref("series_id", "shift_series", nullable=True),
        sa.Column("planned_on", sa.Date),
        sa.Column("starts_at", sa.DateTime, nullable=False),
        sa.Column("ends_at", sa.DateTime, nullable=False),
        sa.Column("cancelled", sa.Boolean, nullable=False),
        sa.Column("note", sa.String(256), nullable=False),
    )
    op.create_index("ix_shift_starts", "shift", ["starts_at"])
    op.create_index("ix_shift_activity", "shift", ["activity_id", "starts_at"])
    op.create_index("ix_shift_series", "shift", ["series_id", "planned_on"])
    op.create_table(
        "shift_role",
        *travelling(),
        _ref("shift_id", "shift"),
        sa.Column("name", sa.String(32), nullable=False),
        sa.Column("capacity", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_index("ix_shift_role_shift", "shift_role", ["shift_id"])
    op.create_table(
        "shift_assignment",
        *travelling(),
        _ref("shift_id", "shift"),
        _ref("role_id", "shift_role"),
        _ref("volunteer_id", "volunteer"),
        user_column("assigned_by"),
        sa.Column("assigned_at", sa.DateTime, nullable=False),
        sa.Column("withdrawn", sa.Boolean, nullable=False),
    )
    op.create_index("ix_shift_assignment_shift", "shift_assignment", ["shift_id"])
    op.create_index("ix_shift_assignment_volunteer", "shift_assignment", ["volunteer_id"])
    op.create_table(
        "volunteer_check",
        *travelling(tombstone=False),
        _ref("volunteer_id", "volunteer"),
        _ref("shift_id", "shift", nullable=True),
        sa.Column("kind", sa.String(4), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("method", sa.String(8), nullable=False),
        user_column("recorded_by"),
    )
    op.create_index("ix_volunteer_check_volunteer", "volunteer_check", ["volunteer_id", "at"])
    op.create_index("ix_volunteer_check_shift", "volunteer_check", ["shift_id"])
    op.create_table(
        "hours_entry",
        *travelling(tombstone=False),
        _ref("volunteer_id", "volunteer"),
        _ref("shift_id", "shift", nullable=True),
        _ref("activity_id", "activity", nullable=True),
        sa.Column("service_date", sa.Date, nullable=False),
        sa.Column("starts_at", sa.DateTime),
        sa.Column("ends_at", sa.DateTime),
        sa.Column("credited_minutes", sa.Integer, nullable=False),
        sa.Column("content", sa.String(256), nullable=False),
        sa.Column("source", sa.String(8), nullable=False),
        sa.Column("needs_review", sa.Boolean, nullable=False),
        sa.Column("flag", sa.String(32), nullable=False),
        _ref("supersedes_id", "hours_entry", nullable=True),
        user_column("recorded_by"),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_hours_entry_volunteer", "hours_entry", ["volunteer_id", "service_date"])
    op.create_index("ix_hours_entry_date", "hours_entry", ["service_date"])
    op.create_index("ix_hours_entry_shift", "hours_entry", ["shift_id"])
    op.create_index("ix_hours_entry_supersedes", "hours_entry", ["supersedes_id"])
    op.create_table(
        "hours_review",
        *travelling(tombstone=False),
        _ref("entry_id", "hours_entry"),
        sa.Column("decision", sa.String(8), nullable=False),
        user_column("reviewed_by"),
        sa.Column("reviewed_at", sa.DateTime, nullable=False),
        sa.Column("note", sa.String(256), nullable=False),
    )
    op.create_index("ix_hours_review_entry", "hours_review", ["entry_id"])
    op.create_table(
        "hours_certificate",
        *travelling(),
        _ref("volunteer_id", "volunteer"),
        sa.Column("number", sa.String(24), nullable=False),
        sa.Column("holder_name", sa.String(64), nullable=False),
        sa.Column("period_from", sa.Date, nullable=False),
        sa.Column("period_to", sa.Date, nullable=False),
        sa.Column("minutes", sa.Integer, nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("issued_on", sa.Date, nullable=False),
        user_column("issued_by"),
        sa.Column("voided", sa.Boolean, nullable=False),
        sa.Column("void_reason", sa.String(256), nullable=False),
    )
    op.create_index("ix_hours_certificate_volunteer", "hours_certificate", ["volunteer_id"])
    op.create_index("ix_hours_certificate_number", "hours_certificate", ["number"])
    op.create_table(
        "staff_member",
        *travelling(),
        sa.Column("name", sa.String(64), nullable=False),
        _ref("person_id", "person", nullable=True),
        sa.Column("full_time", sa.Boolean, nullable=False),
        sa.Column("certified", sa.Boolean, nullable=False),
        sa.Column("cert_level", sa.String(16), nullable=False),
        sa.Column("since", sa.Date),
        sa.Column("until", sa.Date),
        sa.Column("notes", sa.String(256), nullable=False),
    )

    for table, kind, fields in [
        ("volunteer", "synced", ["deleted", "person_id", "code", "organisation", "skills", "availability",
                                 "registered_on", "status", "platform_number", "notes"]),
        ("volunteer_team", "synced", ["deleted", "name", "organisation", "description", "retired"]),
        ("team_member", "synced", ["deleted", "team_id", "volunteer_id", "leader", "joined_on", "left_on"]),
        ("activity", "synced", ["deleted", "name", "place", "partner_id", "description", "archived",
                                "created_by"]),
        ("shift_series", "synced", ["deleted", "activity_id", "first_day", "until", "every_weeks",
                                    "start_minute", "end_minute", "roles", "ignore_holidays"]),
        ("shift", "synced", ["deleted", "activity_id", "series_id", "planned_on", "starts_at", "ends_at",
                             "cancelled", "note"]),
        ("shift_role", "synced", ["deleted", "shift_id", "name", "capacity", "position"]),
        ("shift_assignment", "synced", ["deleted", "shift_id", "role_id", "volunteer_id", "assigned_by",
                                        "assigned_at", "withdrawn"]),
        ("volunteer_check", "insert_only", ["volunteer_id", "shift_id", "kind", "at", "method",
                                            "recorded_by"]),
        ("hours_entry", "insert_only", ["volunteer_id", "shift_id", "activity_id", "service_date",
                                        "starts_at", "ends_at", "credited_minutes", "content", "source",
                                        "needs_review", "flag", "supersedes_id", "recorded_by",
                                        "recorded_at"]),
        ("hours_review", "insert_only", ["entry_id", "decision", "reviewed_by", "reviewed_at", "note"]),
        ("hours_certificate", "synced", ["deleted", "volunteer_id", "number", "holder_name", "period_from",
                                         "period_to", "minutes", "content", "issued_on", "issued_by",
                                         "voided", "void_reason"]),
        ("staff_member", "synced", ["deleted", "name", "person_id", "full_time", "certified", "cert_level",
                                    "since", "until", "notes"]),
    ]:  # fmt: skip
        for stmt in create_statements(table, kind, fields):
            op.execute(stmt)


def downgrade() -> None:
    for table in TABLES:
        op.drop_table(table)
    for stmt in drop_statements("station"):
        op.execute(stmt)
    with op.batch_alter_table("station") as batch:
        batch.drop_column("person_in_charge")
    for stmt in create_statements("station", "synced", STATION_FIELDS):
        op.execute(stmt)
