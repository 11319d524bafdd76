"""Two indexes for the reports: referral.walk_in_id (the reception ledger names each walk-in's
referral partners; without it every window of walk-ins scanned all referrals) and follow_up
(status, due_on) (the report counts follow-ups still open past their due date).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


INDEXES = [
    ("ix_referral_walk_in", "referral", ["walk_in_id"]),
    ("ix_follow_up_status_due", "follow_up", ["status", "due_on"]),
]


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in INDEXES:
        op.drop_index(name, table_name=table)
