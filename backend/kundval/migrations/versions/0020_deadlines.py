"""deadlines: the deadline rules' own records (issue 12): invalid absence handled, progression reviews

Revision ID: 0020
Revises: 0019
"""

from __future__ import annotations

import advanced_alchemy.types
import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "absence_handled",
        sa.Column("id", advanced_alchemy.types.guid.GUID(length=16), nullable=False),
        sa.Column("absence_id", advanced_alchemy.types.guid.GUID(length=16), nullable=False),
        sa.Column("handled_by_id", advanced_alchemy.types.guid.GUID(length=16), nullable=True),
        sa.Column("sa_orm_sentinel", sa.Integer(), nullable=True),
        sa.Column("created_at", advanced_alchemy.types.datetime.DateTimeUTC(timezone=True), nullable=False),
        sa.Column("updated_at", advanced_alchemy.types.datetime.DateTimeUTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["absence_id"], ["absence.id"], name=op.f("fk_absence_handled_absence_id_absence"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["handled_by_id"], ["user_account.id"], name=op.f("fk_absence_handled_handled_by_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_absence_handled")),
        sa.UniqueConstraint("absence_id", name=op.f("uq_absence_handled_absence_id")),
    )
    op.create_table(
        "progression_review",
        sa.Column("id", advanced_alchemy.types.guid.GUID(length=16), nullable=False),
        sa.Column("case_id", advanced_alchemy.types.guid.GUID(length=16), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reviewed_by_id", advanced_alchemy.types.guid.GUID(length=16), nullable=True),
        sa.Column("sa_orm_sentinel", sa.Integer(), nullable=True),
        sa.Column("created_at", advanced_alchemy.types.datetime.DateTimeUTC(timezone=True), nullable=False),
        sa.Column("updated_at", advanced_alchemy.types.datetime.DateTimeUTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["kundval_case.id"], name=op.f("fk_progression_review_case_id_kundval_case")
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by_id"], ["user_account.id"], name=op.f("fk_progression_review_reviewed_by_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progression_review")),
        sa.UniqueConstraint("case_id", "due", name=op.f("uq_progression_review_case_id")),
    )
    with op.batch_alter_table("progression_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_progression_review_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("progression_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_progression_review_case_id"))
    op.drop_table("progression_review")
    op.drop_table("absence_handled")
