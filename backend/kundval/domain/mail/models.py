"""The outbox: one row per e-mail, written in the transaction of the change that causes it (issue 12 point 5)."""

from __future__ import annotations

from datetime import datetime

from advanced_alchemy.types import DateTimeUTC
from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kundval.core.db import Base


class OutboxMail(Base):
    """One e-mail on its way: pending until ``sent_at`` or ``given_up_at`` is set.

    A worker claims a due row by writing its ``claimed_by`` token and a lease (``claimed_until``); a worker that dies
    mid-send leaves a lease that expires, and the row becomes due again. ``attempts`` counts the claims, so a row
    that kills its worker every time is given up all the same. The row's id is the mail's Message-ID, so a resend
    after a crash between sending and marking is recognisable as the same mail.
    """

    __tablename__ = "mail_outbox"
    __table_args__ = (
        # The worker's one query: pending rows by when they are due (sent and given-up rows are never looked at).
        Index("ix_mail_outbox_pending", "next_attempt_at", "sent_at", "given_up_at"),
    )

    kind: Mapped[str] = mapped_column(String(40))
    recipient: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    claimed_by: Mapped[str | None] = mapped_column(String(36), default=None)
    claimed_until: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None)
    sent_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None)
    given_up_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None)
    last_error: Mapped[str | None] = mapped_column(String(500), default=None)
