"""Indexes for the station report: the figures of a period search these columns by date, so a
month costs what the month holds, not what ten years hold.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

INDEXES = [
    ("ix_person_created_at", "person", ["created_at"]),
    ("ix_referral_sent_at", "referral", ["sent_at"]),
    ("ix_follow_up_walk_in", "follow_up", ["walk_in_id"]),
    ("ix_follow_up_done_at", "follow_up", ["done_at"]),
    ("ix_follow_up_due_on", "follow_up", ["due_on"]),
    ("ix_training_session_starts", "training_session", ["starts_at"]),
]


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in INDEXES:
        op.drop_index(name, table_name=table)
