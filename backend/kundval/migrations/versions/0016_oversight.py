"""oversight: the record that a provider was told of its shortcomings (§7.6)

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

import advanced_alchemy.types
import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "provider_notice",
        sa.Column("id", advanced_alchemy.types.guid.GUID(length=16), nullable=False),
        sa.Column("provider_id", advanced_alchemy.types.guid.GUID(length=16), nullable=False),
        sa.Column("told_on", sa.Date(), nullable=False),
        sa.Column(
            "subject",
            sa.Enum(
                "late_reports",
                "poor_reporting",
                "plan_not_followed",
                name="noticesubject",
                native_enum=False,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("told_by_id", advanced_alchemy.types.guid.GUID(length=16), nullable=True),
        sa.Column("sa_orm_sentinel", sa.Integer(), nullable=True),
        sa.Column("created_at", advanced_alchemy.types.datetime.DateTimeUTC(timezone=True), nullable=False),
        sa.Column("updated_at", advanced_alchemy.types.datetime.DateTimeUTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["provider_id"], ["provider.id"], name=op.f("fk_provider_notice_provider_id_provider")),
        sa.ForeignKeyConstraint(
            ["told_by_id"], ["user_account.id"], name=op.f("fk_provider_notice_told_by_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provider_notice")),
    )
    with op.batch_alter_table("provider_notice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_provider_notice_provider_id"), ["provider_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("provider_notice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_provider_notice_provider_id"))
    op.drop_table("provider_notice")
