"""Provider profiles for the public comparison. The provider administrator proposes, the coordinator approves:
the municipality answers for what the comparison says (seed 002 §6.2)."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from advanced_alchemy.types import DateTimeUTC
from sqlalchemy import Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kundval.core.db import Base
from kundval.core.types import JsonDocument, str_enum


class ProfileStatus(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class ProviderProfile(Base):
    """One proposed version of a provider's public profile; the newest approved one is what the public sees."""

    __tablename__ = "provider_profile"

    provider_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("provider.id", ondelete="CASCADE"), index=True)
    status: Mapped[ProfileStatus] = mapped_column(
        str_enum(ProfileStatus, 20), default=ProfileStatus.PENDING, index=True
    )
    description: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[list[str]] = mapped_column(JsonDocument, default=list)  # languages staff speak, e.g. "ar"
    industries: Mapped[list[str]] = mapped_column(JsonDocument, default=list)
    specialisations: Mapped[list[str]] = mapped_column(JsonDocument, default=list)
    target_groups: Mapped[list[str]] = mapped_column(JsonDocument, default=list)
    group_activities: Mapped[bool] = mapped_column(Boolean, default=False)
    remote: Mapped[bool] = mapped_column(Boolean, default=False)
    on_site: Mapped[bool] = mapped_column(Boolean, default=True)
    website: Mapped[str | None] = mapped_column(String(300), default=None)
    submitted_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"), default=None)
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"), default=None)
    decided_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None)
    decision_comment: Mapped[str] = mapped_column(Text, default="")
