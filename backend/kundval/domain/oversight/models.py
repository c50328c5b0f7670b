"""The record that a provider was told of its shortcomings (routine 002 §7.6)."""

from __future__ import annotations

import enum
import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from kundval.core.db import Base
from kundval.core.types import str_enum


class NoticeSubject(enum.StrEnum):
    """What the provider was told about: the three shortcomings §7.6 names."""

    LATE_REPORTS = "late_reports"  # försenad rapportering, mer än en månad eller upprepat
    POOR_REPORTING = "poor_reporting"  # bristande rapportering
    PLAN_NOT_FOLLOWED = "plan_not_followed"  # brister i åtagande enligt uppdrag eller genomförandeplan


class ProviderNotice(Base):
    """The municipality told the provider of a shortcoming on ``told_on``. §7.6 lets assignments end only once the
    provider has been told and the shortcoming remains, so the telling is a fact of its own, never overwritten."""

    __tablename__ = "provider_notice"

    provider_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("provider.id"), index=True)
    told_on: Mapped[date] = mapped_column(Date)
    subject: Mapped[NoticeSubject] = mapped_column(str_enum(NoticeSubject, 30))
    note: Mapped[str] = mapped_column(Text)
    told_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"), default=None)
