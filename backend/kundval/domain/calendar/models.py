"""The municipality's own non-working days (a bridge day, a closed office), on top of Sweden's holidays."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from kundval.core.db import Base

REASON_MAX_LENGTH = 200  # a short reason such as "klämdag"; the form says so too


class NonWorkingDay(Base):
    """A day the municipality does not work although it is neither a weekend nor a public holiday. Unique per day,
    so two administrators adding the same day at once give one row and one 409."""

    __tablename__ = "non_working_day"

    day: Mapped[date] = mapped_column(Date, unique=True)
    reason: Mapped[str] = mapped_column(String(REASON_MAX_LENGTH))
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"), default=None
    )
