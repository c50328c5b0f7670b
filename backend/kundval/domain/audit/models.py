"""The audit log: every read and change of a client's or case's data.

Append-only: on PostgreSQL a trigger refuses UPDATE and DELETE (migration 0002), and the application has no code
path that changes a row. Ids are a sequence, so the log's order is the order of writing.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from advanced_alchemy.base import BigIntBase
from advanced_alchemy.types import GUID, DateTimeUTC
from sqlalchemy import BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column


class AuditEvent(BigIntBase):
    """Who (user, roles, provider) did what (action) to which object, concerning which client, when.

    Plain columns without foreign keys: the log must outlive the rows it speaks of.
    """

    __tablename__ = "audit_event"

    at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True), index=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(GUID, index=True)
    username: Mapped[str] = mapped_column(String(100))
    roles: Mapped[str] = mapped_column(String(200))  # comma-separated, as held at the time
    provider_id: Mapped[uuid.UUID | None] = mapped_column(GUID, default=None)
    action: Mapped[str] = mapped_column(String(40))  # read, list, create, update, queue, claim, ...
    object_type: Mapped[str] = mapped_column(String(40))  # client, case, ...
    object_id: Mapped[uuid.UUID | None] = mapped_column(GUID, default=None)
    client_id: Mapped[uuid.UUID | None] = mapped_column(GUID, default=None, index=True)
    detail: Mapped[str] = mapped_column(String(500), default="")


class AuditEventClient(BigIntBase):
    """The objects (and their clients) that one list view showed: a list is one :class:`AuditEvent` however long
    it is, and "who read this client?" still finds it through this table. Append-only like the log (migration 0011).
    """

    __tablename__ = "audit_event_client"

    # No foreign key, as in the log itself; and one would make PostgreSQL refuse TRUNCATE of audit_event for the
    # key's sake before the append-only trigger could say why.
    event_id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"), index=True)
    object_id: Mapped[uuid.UUID] = mapped_column(GUID)
    client_id: Mapped[uuid.UUID | None] = mapped_column(GUID, default=None, index=True)
