"""conversations: a case's posts (with an optional attachment in the object store) and per-person read markers

Revision ID: 0017
Revises: 0016
"""

from __future__ import annotations

import advanced_alchemy.types
import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

GUID = advanced_alchemy.types.guid.GUID(length=16)
UTC = advanced_alchemy.types.datetime.DateTimeUTC(timezone=True)


def upgrade() -> None:
    op.create_table(
        "conversation_post",
        sa.Column("id", GUID, nullable=False),
        sa.Column("case_id", GUID, nullable=False),
        sa.Column("author_id", GUID, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("object_key", sa.String(length=300), nullable=True),
        sa.Column("filename", sa.String(length=255), nullable=True),
        sa.Column("content_type", sa.String(length=100), nullable=True),
        sa.Column("size", sa.BigInteger(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("sa_orm_sentinel", sa.Integer(), nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["user_account.id"], name=op.f("fk_conversation_post_author_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["kundval_case.id"], name=op.f("fk_conversation_post_case_id_kundval_case")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversation_post")),
    )
    with op.batch_alter_table("conversation_post", schema=None) as batch_op:
        batch_op.create_index("ix_conversation_post_case_id_created_at", ["case_id", "created_at"], unique=False)

    op.create_table(
        "conversation_read",
        sa.Column("id", GUID, nullable=False),
        sa.Column("case_id", GUID, nullable=False),
        sa.Column("user_id", GUID, nullable=False),
        sa.Column("read_up_to", UTC, nullable=False),
        sa.Column("sa_orm_sentinel", sa.Integer(), nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["kundval_case.id"], name=op.f("fk_conversation_read_case_id_kundval_case")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_conversation_read_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversation_read")),
        sa.UniqueConstraint("case_id", "user_id", name=op.f("uq_conversation_read_case_id")),
    )
    with op.batch_alter_table("conversation_read", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conversation_read_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_table("conversation_read")
    op.drop_table("conversation_post")
