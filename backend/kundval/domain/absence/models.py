"""The absence register of a case (routine 002 §3.6)."""

from __future__ import annotations

import enum
import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from kundval.core.db import Base
from kundval.core.types import JsonDocument, str_enum


class AbsenceType(enum.StrEnum):
    SICK = "sick"
    CHILD_CARE = "child_care"  # vård av barn
    OTHER_ACTOR = "other_actor"  # an appointment with another authority or actor
    INVALID = "invalid"  # ogiltig frånvaro
    HOLIDAY_LEAVE = "holiday_leave"
    OTHER = "other"


class InvalidGround(enum.StrEnum):
    """Why absence is invalid (routine 002 §3.6.4)."""

    UNREACHABLE = "unreachable"  # not reached after three contact attempts
    NO_SHOW = "no_show"  # missed a meeting or the workplace without notice
    UNACCEPTABLE_REASON = "unacceptable_reason"  # gave a reason that is not obviously acceptable


class Absence(Base):
    """Absence from ``date_from`` to ``date_to`` (both included), whole days unless ``hours`` says part of a day."""

    __tablename__ = "absence"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("kundval_case.id"), index=True)
    date_from: Mapped[date] = mapped_column(Date)
    date_to: Mapped[date] = mapped_column(Date)
    type: Mapped[AbsenceType] = mapped_column(str_enum(AbsenceType, 20))
    hours: Mapped[int | None] = mapped_column(Integer, default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    # Invalid absence: its ground, and the dates the provider tried to reach the client (ISO dates).
    contact_attempts: Mapped[list[str]] = mapped_column(JsonDocument, default=list)
    ground: Mapped[InvalidGround | None] = mapped_column(str_enum(InvalidGround, 30), default=None)
    registered_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"), default=None)
