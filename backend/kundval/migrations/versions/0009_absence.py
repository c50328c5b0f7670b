"""absence: the ground of invalid absence (routine 002 §3.6.4)

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("absence", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "ground",
                sa.Enum(
                    "unreachable",
                    "no_show",
                    "unacceptable_reason",
                    name="invalidground",
                    native_enum=False,
                    length=30,
                ),
                nullable=True,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("absence", schema=None) as batch_op:
        batch_op.drop_column("ground")
