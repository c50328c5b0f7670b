"""messages: a message is a kind with parameters (old ones become "legacy"); one audit row per list view

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import advanced_alchemy.types
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Messages written before kinds keep their stored Swedish subject and body and show them as they are.
    with op.batch_alter_table("message", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=40), server_default="legacy", nullable=False))
        batch_op.add_column(
            sa.Column(
                "params",
                sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
                server_default=sa.text("'{}'"),
                nullable=False,
            )
        )

    op.create_table(
        "audit_event_client",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("event_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("object_id", advanced_alchemy.types.guid.GUID(length=16), nullable=False),
        sa.Column("client_id", advanced_alchemy.types.guid.GUID(length=16), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event_client")),
    )
    with op.batch_alter_table("audit_event_client", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_client_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_event_client_event_id"), ["event_id"], unique=False)
    _make_append_only("audit_event_client")


# The rows a list view showed are part of the log, so they are as unchangeable as the log itself (migration 0002).
def _make_append_only(table: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()"
        )
        op.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()"
        )
    else:
        for operation in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{operation.lower()} BEFORE {operation} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: {operation} refused'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_event_client_no_truncate ON audit_event_client")
        op.execute("DROP TRIGGER audit_event_client_append_only ON audit_event_client")
    op.drop_table("audit_event_client")  # SQLite drops the table's triggers with it
    with op.batch_alter_table("message", schema=None) as batch_op:
        batch_op.drop_column("params")
        batch_op.drop_column("kind")
