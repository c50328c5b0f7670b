"""A case's conversation: posts between the counsellor and the provider, and each participant's read marker.

The system's own events (queued, claimed, published, returned, approved, ...) are not copied here: the thread
derives them from ``case_event`` and ``document_review``, so each fact has one record.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from advanced_alchemy.types import DateTimeUTC
from sqlalchemy import BigInteger, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kundval.core.db import Base


class ConversationPost(Base):
    """A post in a case's thread: its author, its text and optionally one attached file in the object store.

    The attachment's object is written before the row (as a document version's is), under a key the server makes
    (``conversations/<case id>/<random>``); its name, type, size and SHA-256 are kept here. Never updated.
    """

    __tablename__ = "conversation_post"
    __table_args__ = (Index("ix_conversation_post_case_id_created_at", "case_id", "created_at"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("kundval_case.id"))
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id"))
    text: Mapped[str] = mapped_column(Text)
    object_key: Mapped[str | None] = mapped_column(String(300), default=None)
    filename: Mapped[str | None] = mapped_column(String(255), default=None)
    content_type: Mapped[str | None] = mapped_column(String(100), default=None)
    size: Mapped[int | None] = mapped_column(BigInteger, default=None)
    sha256: Mapped[str | None] = mapped_column(String(64), default=None)


class ConversationRead(Base):
    """How far one person has read one case's thread: what came after ``read_up_to`` from others is unread, and
    a case with something newer from others than this marker is "changed" in that person's lists."""

    __tablename__ = "conversation_read"
    __table_args__ = (UniqueConstraint("case_id", "user_id"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("kundval_case.id"))
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id"), index=True)
    read_up_to: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
