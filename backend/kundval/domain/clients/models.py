"""Clients (kunder): residents with a decided or coming intervention, in a counsellor's caseload."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from kundval.core.db import Base


class Client(Base):
    """A resident. ``personal_number`` is normalised to 12 digits (YYYYMMDDNNNN); samordningsnummer allowed.

    With ``protected_identity`` (skyddad identitet) the name and contact details are shown only to the owning
    counsellor; everyone else sees a reference.
    """

    __tablename__ = "client"

    personal_number: Mapped[str] = mapped_column(String(12), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(320), default=None)
    phone: Mapped[str | None] = mapped_column(String(40), default=None)
    language: Mapped[str | None] = mapped_column(String(40), default=None)  # preferred language, e.g. "sv", "ar"
    district: Mapped[str | None] = mapped_column(String(100), default=None)
    protected_identity: Mapped[bool] = mapped_column(Boolean, default=False)
    # Target-group facts (routine 002 §1.1); age comes from the personal number.
    social_assistance: Mapped[bool] = mapped_column(Boolean, default=False)
    establishment_programme: Mapped[bool] = mapped_column(Boolean, default=False)
    language_obstacle: Mapped[bool] = mapped_column(Boolean, default=False)
    counsellor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id"), index=True)
    # Lower-cased "first last" for search without a function index; kept in step by the service.
    search_name: Mapped[str] = mapped_column(String(201), index=True)
