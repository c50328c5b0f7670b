"""Request and response shapes of the provider register."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

import msgspec

from kundval.domain.interventions.catalogue import Intervention
from kundval.domain.providers.models import ProviderStatus

Email = Annotated[str, msgspec.Meta(max_length=320, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]


class Address(msgspec.Struct):
    street: Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
    postal_code: Annotated[str, msgspec.Meta(pattern=r"^\d{3} ?\d{2}$")]
    city: Annotated[str, msgspec.Meta(min_length=1, max_length=100)]


class Authorization(msgspec.Struct):
    intervention: Intervention
    valid_from: date
    valid_to: date | None = None


class ProviderCreate(msgspec.Struct):
    org_number: Annotated[str, msgspec.Meta(min_length=10, max_length=11)]
    name: Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
    email: Email
    phone: Annotated[str, msgspec.Meta(max_length=40)] | None = None
    status: ProviderStatus = ProviderStatus.AUTHORIZED
    addresses: list[Address] = []
    districts: list[Annotated[str, msgspec.Meta(min_length=1, max_length=100)]] = []
    authorizations: list[Authorization] = []


class ProviderUpdate(msgspec.Struct, omit_defaults=True):
    """PATCH: only the fields sent change; ``authorizations`` sent replaces the whole list."""

    name: Annotated[str, msgspec.Meta(min_length=1, max_length=200)] | msgspec.UnsetType = msgspec.UNSET
    email: Email | msgspec.UnsetType = msgspec.UNSET
    phone: Annotated[str, msgspec.Meta(max_length=40)] | None | msgspec.UnsetType = msgspec.UNSET
    status: ProviderStatus | msgspec.UnsetType = msgspec.UNSET
    addresses: list[Address] | msgspec.UnsetType = msgspec.UNSET
    districts: list[str] | msgspec.UnsetType = msgspec.UNSET
    authorizations: list[Authorization] | msgspec.UnsetType = msgspec.UNSET


class AuthorizationOut(msgspec.Struct):
    id: uuid.UUID
    intervention: Intervention
    valid_from: date
    valid_to: date | None
    active_today: bool


class ProviderOut(msgspec.Struct):
    id: uuid.UUID
    org_number: str
    name: str
    email: str
    phone: str | None
    status: ProviderStatus
    addresses: list[Address]
    districts: list[str]
    authorizations: list[AuthorizationOut]
