"""Reception desk: need categories (seeded), partners, walk-ins, referrals and their history, follow-ups.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from stationdesk.store.migration_helpers import seed, travelling, user_column
from stationdesk.store.sync_triggers import create_statements

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

DEFAULT_NEEDS = (
    "心理疏导", "人文关怀", "生计发展", "关系调适", "社会融入",
    "政策咨询", "救助申请/转介", "志愿服务", "投诉建议", "其他",
)  # fmt: skip
"""The station's duties and services (domain.md); the administrator edits the list afterwards."""


def upgrade() -> None:
    needs = op.create_table(
        "need_category",
        *travelling(),
        sa.Column("name", sa.String(32), nullable=False),
        sa.Column("retired", sa.Boolean, nullable=False),
        sa.Column("sort_order", sa.Integer, nullable=False),
    )
    op.create_table(
        "partner",
        *travelling(),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("contact_name", sa.String(64), nullable=False),
        sa.Column("phone", sa.String(32), nullable=False),
        sa.Column("address", sa.String(256), nullable=False),
        sa.Column("provides", sa.Text, nullable=False),
        sa.Column("retired", sa.Boolean, nullable=False),
    )
    op.create_table(
        "walk_in",
        *travelling(),
        sa.Column("person_id", sa.String(36), sa.ForeignKey("person.id")),
        sa.Column("anonymous_sex", sa.String(1), nullable=False),
        sa.Column("anonymous_age_band", sa.String(16), nullable=False),
        sa.Column("arrived_at", sa.DateTime, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        user_column("owner_id"),
        user_column("recorded_by"),
    )
    op.create_index("ix_walk_in_arrived_at", "walk_in", ["arrived_at"])
    op.create_index("ix_walk_in_person", "walk_in", ["person_id"])
    op.create_table(
        "walk_in_need",
        *travelling(),
        sa.Column("walk_in_id", sa.String(36), sa.ForeignKey("walk_in.id"), nullable=False),
        sa.Column("category_id", sa.String(36), sa.ForeignKey("need_category.id"), nullable=False),
    )
    op.create_index("ix_walk_in_need_walk_in", "walk_in_need", ["walk_in_id"])
    op.create_table(
        "referral",
        *travelling(),
        sa.Column("person_id", sa.String(36), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("walk_in_id", sa.String(36), sa.ForeignKey("walk_in.id")),
        sa.Column("partner_id", sa.String(36), sa.ForeignKey("partner.id"), nullable=False),
        sa.Column("need", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("status_reason", sa.String(256), nullable=False),
        sa.Column("tracking_code", sa.String(8), nullable=False),
        sa.Column("consent_given", sa.Boolean, nullable=False),
        user_column("override_by", nullable=True),
        sa.Column("override_reason", sa.String(256), nullable=False),
        user_column("sent_by"),
        sa.Column("sent_at", sa.DateTime, nullable=False),
        sa.Column("closed_at", sa.DateTime),
    )
    op.create_index("ix_referral_tracking_code", "referral", ["tracking_code"], unique=True)
    op.create_index("ix_referral_person", "referral", ["person_id"])
    op.create_index("ix_referral_status", "referral", ["status"])
    op.create_table(
        "referral_event",
        *travelling(tombstone=False),
        sa.Column("referral_id", sa.String(36), sa.ForeignKey("referral.id"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("from_status", sa.String(16), nullable=False),
        sa.Column("to_status", sa.String(16), nullable=False),
        user_column("by_user_id"),
        sa.Column("note", sa.String(256), nullable=False),
    )
    op.create_index("ix_referral_event_referral", "referral_event", ["referral_id"])
    op.create_table(
        "follow_up",
        *travelling(),
        sa.Column("person_id", sa.String(36), sa.ForeignKey("person.id")),
        sa.Column("walk_in_id", sa.String(36), sa.ForeignKey("walk_in.id")),
        user_column("owner_id"),
        sa.Column("due_on", sa.Date, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("done_at", sa.DateTime),
        sa.Column("done_note", sa.Text, nullable=False),
        user_column("created_by"),
    )
    op.create_index("ix_follow_up_owner_status_due", "follow_up", ["owner_id", "status", "due_on"])

    for table, kind, fields in [
        ("need_category", "synced", ["deleted", "name", "retired", "sort_order"]),
        ("partner", "synced", ["deleted", "name", "kind", "contact_name", "phone", "address", "provides",
                               "retired"]),
        ("walk_in", "synced", ["deleted", "person_id", "anonymous_sex", "anonymous_age_band", "arrived_at",
                               "note", "outcome", "owner_id", "recorded_by"]),
        ("walk_in_need", "synced", ["deleted", "walk_in_id", "category_id"]),
        ("referral", "synced", ["deleted", "person_id", "walk_in_id", "partner_id", "need", "status",
                                "status_reason", "tracking_code", "consent_given", "override_by",
                                "override_reason", "sent_by", "sent_at", "closed_at"]),
        ("referral_event", "insert_only", ["referral_id", "at", "from_status", "to_status", "by_user_id",
                                           "note"]),
        ("follow_up", "synced", ["deleted", "person_id", "walk_in_id", "owner_id", "due_on", "note", "status",
                                 "done_at", "done_note", "created_by"]),
    ]:  # fmt: skip
        for stmt in create_statements(table, kind, fields):
            op.execute(stmt)

    seed(
        needs,
        [{"name": name, "retired": False, "sort_order": order} for order, name in enumerate(DEFAULT_NEEDS)],
        key="name",
        revision=3,
    )


def downgrade() -> None:
    for table in ["follow_up", "referral_event", "referral", "walk_in_need", "walk_in", "partner",
                  "need_category"]:  # fmt: skip
        op.drop_table(table)
