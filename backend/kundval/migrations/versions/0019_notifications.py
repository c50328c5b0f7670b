"""notifications: each person's choice of mail per group of notifications, and the digests sent per person and day

Revision ID: 0019
Revises: 0018
"""

from __future__ import annotations

import advanced_alchemy.types
import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def _base_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("sa_orm_sentinel", sa.Integer(), nullable=True),
        sa.Column("created_at", advanced_alchemy.types.datetime.DateTimeUTC(timezone=True), nullable=False),
        sa.Column("updated_at", advanced_alchemy.types.datetime.DateTimeUTC(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "notification_choice",
        sa.Column("id", advanced_alchemy.types.guid.GUID(length=16), nullable=False),
        sa.Column("user_id", advanced_alchemy.types.guid.GUID(length=16), nullable=False),
        sa.Column(
            "group",
            sa.Enum(
                "documents_to_review",
                "documents_returned",
                "conversation",
                "case_events",
                "late",
                name="notificationgroup",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "delivery",
            sa.Enum("immediately", "digest", "off", name="delivery", native_enum=False, length=20),
            nullable=False,
        ),
        *_base_columns(),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_notification_choice_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification_choice")),
        sa.UniqueConstraint("user_id", "group", name=op.f("uq_notification_choice_user_id")),
    )
    with op.batch_alter_table("notification_choice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notification_choice_user_id"), ["user_id"], unique=False)

    op.create_table(
        "digest_sent",
        sa.Column("id", advanced_alchemy.types.guid.GUID(length=16), nullable=False),
        sa.Column("user_id", advanced_alchemy.types.guid.GUID(length=16), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        *_base_columns(),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_digest_sent_user_id_user_account"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_digest_sent")),
        sa.UniqueConstraint("user_id", "day", name=op.f("uq_digest_sent_user_id")),
    )
    with op.batch_alter_table("digest_sent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_digest_sent_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_table("digest_sent")
    op.drop_table("notification_choice")
