"""cases: each case's own assignment date (routine 002 §6.3.1)

A change of provider opens a new case that keeps the old decision date; the new provider's deadlines and statistics
must count from the day the case came to it. Existing cases get their decision date, which is what they counted
from until now.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("kundval_case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("assignment_date", sa.Date(), nullable=True))
    op.execute("UPDATE kundval_case SET assignment_date = decision_date")
    with op.batch_alter_table("kundval_case", schema=None) as batch_op:
        batch_op.alter_column("assignment_date", existing_type=sa.Date(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("kundval_case", schema=None) as batch_op:
        batch_op.drop_column("assignment_date")
