"""An index on referral.walk_in_id: the reception ledger names each walk-in's referral partners,
and without it every window of walk-ins scanned all referrals.

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


def upgrade() -> None:
    op.create_index("ix_referral_walk_in", "referral", ["walk_in_id"])


def downgrade() -> None:
    op.drop_index("ix_referral_walk_in", table_name="referral")
