"""Key targets and home visits (重点对象探访), and relief types for the one-time notice (一次性告知单).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from stationdesk.store.migration_helpers import seed, travelling, user_column
from stationdesk.store.sync_triggers import create_statements

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

DEFAULT_CADENCES = (("high_risk", "week"), ("key", "month"), ("general", "quarter"))
"""The regional practice (domain/visits.py DEFAULT_CADENCE); the administrator edits it afterwards."""

DEFAULT_METHODS = (("上门", True), ("电话", True), ("视频", True), ("志愿者/党员结对", False))
"""How visits are made; whether a pairing visit by a volunteer counts is the station's call."""

DEFAULT_RELIEF_TYPES = (
    ("最低生活保障（低保）", "户口簿及家庭成员身份证原件、复印件\n家庭成员收入证明\n"
     "家庭财产申报及核对授权书\n残疾证、病历等相关证明（如有）\n银行卡（存折）复印件"),
    ("特困人员救助供养", "户口簿、身份证原件及复印件\n无劳动能力的证明（残疾证、病历等）\n"
     "收入及财产情况申报材料\n近期一寸免冠照片两张"),
    ("临时救助", "身份证、户口簿原件及复印件\n困难情况说明（医疗票据、事故证明等）\n"
     "家庭收入情况说明\n银行卡（存折）复印件"),
    ("残疾人两项补贴", "第二代残疾人证原件及复印件\n户口簿、身份证原件及复印件\n"
     "低保证或困难证明（困难残疾人生活补贴）\n银行卡（存折）复印件"),
    ("医疗救助", "身份证、户口簿原件及复印件\n医疗费用发票及费用清单\n出院小结或诊断证明\n"
     "医保结算单\n救助对象身份证明（低保、特困等）"),
)  # fmt: skip
"""A starting list for the notice; every station checks it against its county's current rules."""


def upgrade() -> None:
    relief = op.create_table(
        "relief_type",
        *travelling(),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("documents", sa.Text, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("retired", sa.Boolean, nullable=False),
        sa.Column("sort_order", sa.Integer, nullable=False),
    )
    cadences = op.create_table(
        "tier_cadence",
        *travelling(),
        sa.Column("tier", sa.String(16), nullable=False, unique=True),
        sa.Column("cadence", sa.String(8), nullable=False),
    )
    methods = op.create_table(
        "visit_method",
        *travelling(),
        sa.Column("name", sa.String(32), nullable=False),
        sa.Column("counts_as_visit", sa.Boolean, nullable=False),
        sa.Column("retired", sa.Boolean, nullable=False),
        sa.Column("sort_order", sa.Integer, nullable=False),
    )
    op.create_table(
        "key_target",
        *travelling(),
        sa.Column("person_id", sa.String(36), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("tier", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(256), nullable=False),
        user_column("worker_id"),
        sa.Column("start_on", sa.Date, nullable=False),
        sa.Column("end_on", sa.Date),
        sa.Column("end_reason", sa.String(256), nullable=False),
        user_column("created_by"),
    )
    op.create_index("ix_key_target_person", "key_target", ["person_id"])
    op.create_index("ix_key_target_dates", "key_target", ["start_on", "end_on"])
    op.create_table(
        "key_target_exemption",
        *travelling(),
        sa.Column("target_id", sa.String(36), sa.ForeignKey("key_target.id"), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("start_on", sa.Date, nullable=False),
        sa.Column("end_on", sa.Date),
        sa.Column("note", sa.String(256), nullable=False),
        user_column("recorded_by"),
    )
    op.create_index("ix_key_target_exemption_target", "key_target_exemption", ["target_id"])
    op.create_table(
        "home_visit",
        *travelling(),
        sa.Column("target_id", sa.String(36), sa.ForeignKey("key_target.id"), nullable=False),
        sa.Column("person_id", sa.String(36), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("visited_on", sa.Date, nullable=False),
        sa.Column("method_id", sa.String(36), sa.ForeignKey("visit_method.id"), nullable=False),
        user_column("visitor_id"),
        sa.Column("companions", sa.String(128), nullable=False),
        sa.Column("findings", sa.Text, nullable=False),
        sa.Column("risk", sa.String(8), nullable=False),
        sa.Column("follow_up_id", sa.String(36), sa.ForeignKey("follow_up.id")),
        user_column("recorded_by"),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_home_visit_target", "home_visit", ["target_id"])
    op.create_index("ix_home_visit_visited_on", "home_visit", ["visited_on"])
    op.create_index("ix_home_visit_person", "home_visit", ["person_id"])

    for table, fields in [
        ("relief_type", ["deleted", "name", "documents", "notes", "retired", "sort_order"]),
        ("tier_cadence", ["deleted", "tier", "cadence"]),
        ("visit_method", ["deleted", "name", "counts_as_visit", "retired", "sort_order"]),
        ("key_target", ["deleted", "person_id", "tier", "reason", "worker_id", "start_on", "end_on",
                        "end_reason", "created_by"]),
        ("key_target_exemption", ["deleted", "target_id", "reason", "start_on", "end_on", "note",
                                  "recorded_by"]),
        ("home_visit", ["deleted", "target_id", "person_id", "visited_on", "method_id", "visitor_id",
                        "companions", "findings", "risk", "follow_up_id", "recorded_by", "recorded_at"]),
    ]:  # fmt: skip
        for stmt in create_statements(table, "synced", fields):
            op.execute(stmt)

    seed(
        cadences,
        [{"tier": tier, "cadence": cadence} for tier, cadence in DEFAULT_CADENCES],
        key="tier",
        revision=4,
    )
    seed(
        methods,
        [
            {"name": name, "counts_as_visit": counts, "retired": False, "sort_order": order}
            for order, (name, counts) in enumerate(DEFAULT_METHODS)
        ],
        key="name",
        revision=4,
    )
    seed(
        relief,
        [
            {"name": name, "documents": documents, "notes": "", "retired": False, "sort_order": order}
            for order, (name, documents) in enumerate(DEFAULT_RELIEF_TYPES)
        ],
        key="name",
        revision=4,
    )


def downgrade() -> None:
    for table in ["home_visit", "key_target_exemption", "key_target", "visit_method", "tier_cadence",
                  "relief_type"]:  # fmt: skip
        op.drop_table(table)
