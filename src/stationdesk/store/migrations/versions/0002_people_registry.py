"""People registry: persons, tags and their links.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from stationdesk.store.sync_triggers import create_statements

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

PERSON_FIELDS = [
    "deleted", "name", "name_initials", "name_pinyin", "sex", "birth_date", "id_number", "id_number_rev",
    "phone", "phone_rev", "community", "grid", "address", "notes", "consent_date", "consent_scope",
    "duplicate_reason", "created_at", "updated_at",
]  # fmt: skip


def _travelling_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("site_id", sa.String(36), nullable=False),
        sa.Column("hlc", sa.BigInteger, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
    ]


def upgrade() -> None:
    op.create_table(
        "tag",
        *_travelling_columns(),
        sa.Column("name", sa.String(32), nullable=False),
        sa.Column("retired", sa.Boolean, nullable=False),
        sa.Column("sort_order", sa.Integer, nullable=False),
    )
    op.create_table(
        "person",
        *_travelling_columns(),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("name_initials", sa.String(64), nullable=False),
        sa.Column("name_pinyin", sa.String(256), nullable=False),
        sa.Column("sex", sa.String(1), nullable=False),
        sa.Column("birth_date", sa.Date),
        sa.Column("id_number", sa.String(18)),
        sa.Column("id_number_rev", sa.String(18)),
        sa.Column("phone", sa.String(11)),
        sa.Column("phone_rev", sa.String(11)),
        sa.Column("community", sa.String(64), nullable=False),
        sa.Column("grid", sa.String(64), nullable=False),
        sa.Column("address", sa.String(256), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("consent_date", sa.Date),
        sa.Column("consent_scope", sa.String(256), nullable=False),
        sa.Column("duplicate_reason", sa.String(256), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    for col in ["name", "name_initials", "id_number", "id_number_rev", "phone", "phone_rev",
                "birth_date", "community"]:  # fmt: skip
        op.create_index(f"ix_person_{col}", "person", [col])
    op.create_index("ix_person_listing", "person", ["name_pinyin", "id", "deleted"])
    op.create_table(
        "person_tag",
        *_travelling_columns(),
        sa.Column("person_id", sa.String(36), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("tag_id", sa.String(36), sa.ForeignKey("tag.id"), nullable=False),
    )
    op.create_index("ix_person_tag_person", "person_tag", ["person_id"])
    op.create_index("ix_person_tag_tag", "person_tag", ["tag_id"])
    for table, fields in [
        ("tag", ["deleted", "name", "retired", "sort_order"]),
        ("person", PERSON_FIELDS),
        ("person_tag", ["deleted", "person_id", "tag_id"]),
    ]:
        for stmt in create_statements(table, "synced", fields):
            op.execute(stmt)


def downgrade() -> None:
    for table in ["person_tag", "person", "tag"]:
        op.drop_table(table)
