"""Messages: the provider's inbox (and later counsellors'), replacing the shared mailbox (routine 002 §6.2)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from advanced_alchemy.types import DateTimeUTC
from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kundval.core.db import Base
from kundval.core.types import JsonDocument, str_enum
from kundval.domain.messages.notifications import Delivery, NotificationGroup

# The kind of the messages written before kinds existed: they show the text stored with them.
LEGACY = "legacy"


class Message(Base):
    """A message to a provider's inbox (``provider_id``) or to one user (``recipient_id``), about a case.

    A message is stored as a ``kind`` with ``params`` and rendered when read, in the reader's language and naming the
    client as far as the reader may see them (:mod:`kundval.domain.inbox.kinds`); only legacy messages carry a
    stored ``subject`` and ``body``.
    """

    __tablename__ = "message"

    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("kundval_case.id"), default=None, index=True)
    provider_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("provider.id"), default=None, index=True)
    recipient_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"), default=None, index=True)
    sender_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"), default=None)
    kind: Mapped[str] = mapped_column(String(40), default=LEGACY, server_default=LEGACY)
    params: Mapped[dict[str, str]] = mapped_column(JsonDocument, default=dict)
    subject: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    read_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None)


class NotificationChoice(Base):
    """How one person gets the mails of one group of notifications (:mod:`kundval.domain.messages.notifications`);
    no row means the group's default."""

    __tablename__ = "notification_choice"
    __table_args__ = (UniqueConstraint("user_id", "group"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    group: Mapped[NotificationGroup] = mapped_column(str_enum(NotificationGroup, 40))
    delivery: Mapped[Delivery] = mapped_column(str_enum(Delivery, 20))


class DigestSent(Base):
    """The digest of one person for one day was written to the outbox: the unique pair makes `kundval notify
    --digest` safe to run twice a day and on several machines at once (the row and the mail share a transaction)."""

    __tablename__ = "digest_sent"
    __table_args__ = (UniqueConstraint("user_id", "day"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(Date)
