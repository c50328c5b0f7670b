"""The provider register (anordnare). Issue 3 fills in addresses, districts and authorizations."""

from __future__ import annotations

import enum

from sqlalchemy import Enum, String
from sqlalchemy.orm import Mapped, mapped_column

from kundval.core.db import Base


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
    status: Mapped[ProviderStatus] = mapped_column(
        Enum(ProviderStatus, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e]),
        default=ProviderStatus.AUTHORIZED,
    )
