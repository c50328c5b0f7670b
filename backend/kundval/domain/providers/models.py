"""The provider register (anordnare) and its authorizations per intervention (docs/domain.md, routine 002 §1)."""

from __future__ import annotations

import enum
import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kundval.core.db import Base
from kundval.core.types import JsonDocument, str_enum
from kundval.domain.interventions.catalogue import Intervention


class ProviderStatus(enum.StrEnum):
    AUTHORIZED = "authorized"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"


class Provider(Base):
    """An authorized provider of interventions; its staff accounts carry its id."""

    __tablename__ = "provider"

    org_number: Mapped[str] = mapped_column(String(11), unique=True)  # NNNNNN-NNNN
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320))  # the shared mailbox that receives queue messages
    phone: Mapped[str | None] = mapped_column(String(40), default=None)
    status: Mapped[ProviderStatus] = mapped_column(str_enum(ProviderStatus, 20), default=ProviderStatus.AUTHORIZED)
    # [{"street", "postal_code", "city"}]; a provider may work from several offices.
    addresses: Mapped[list[dict[str, str]]] = mapped_column(JsonDocument, default=list)
    districts: Mapped[list[str]] = mapped_column(JsonDocument, default=list)

    authorizations: Mapped[list[ProviderAuthorization]] = relationship(
        back_populates="provider",
        cascade="all, delete-orphan",
        lazy="selectin",
        order_by="ProviderAuthorization.valid_from",
    )


class ProviderAuthorization(Base):
    """The provider may take clients for ``intervention`` from ``valid_from`` up to and including ``valid_to``."""

    __tablename__ = "provider_authorization"
    __table_args__ = (UniqueConstraint("provider_id", "intervention", "valid_from"),)

    provider_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("provider.id", ondelete="CASCADE"), index=True)
    intervention: Mapped[Intervention] = mapped_column(str_enum(Intervention, 30))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date, default=None)
    provider: Mapped[Provider] = relationship(back_populates="authorizations")

    def covers(self, intervention: Intervention, day: date) -> bool:
        return (
            self.intervention == intervention
            and self.valid_from <= day
            and (self.valid_to is None or day <= self.valid_to)
        )
