"""Request and response shapes of the clients area."""

from __future__ import annotations

import uuid
from typing import Annotated

import msgspec

Name = Annotated[str, msgspec.Meta(min_length=1, max_length=100)]
Email = Annotated[str, msgspec.Meta(max_length=320, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
Phone = Annotated[str, msgspec.Meta(max_length=40, pattern=r"^[0-9+() -]{5,40}$")]
Short = Annotated[str, msgspec.Meta(max_length=100)]


class ClientCreate(msgspec.Struct):
    personal_number: Annotated[str, msgspec.Meta(min_length=10, max_length=20)]  # spaces are stripped
    first_name: Name
    last_name: Name
    email: Email | None = None
    phone: Phone | None = None
    language: Short | None = None
    district: Short | None = None
    protected_identity: bool = False
    social_assistance: bool = False
    establishment_programme: bool = False
    language_obstacle: bool = False


Reason = Annotated[str, msgspec.Meta(max_length=500)]


class ClientSearch(msgspec.Struct):
    """A search in the body, so that a personal number never lands in a URL (and so in no access log)."""

    q: Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
    limit: Annotated[int, msgspec.Meta(ge=1, le=500)] = 50
    offset: Annotated[int, msgspec.Meta(ge=0)] = 0


class ClientUpdate(msgspec.Struct, omit_defaults=True):
    """PATCH: only the fields sent change. The personal number never changes; register a new client instead.

    Only the owning counsellor changes a protected client or the ``protected_identity`` flag; lifting the
    protection (``true`` -> ``false``) needs ``reason``, which goes into the audit log."""

    first_name: Name | msgspec.UnsetType = msgspec.UNSET
    last_name: Name | msgspec.UnsetType = msgspec.UNSET
    email: Email | None | msgspec.UnsetType = msgspec.UNSET
    phone: Phone | None | msgspec.UnsetType = msgspec.UNSET
    language: Short | None | msgspec.UnsetType = msgspec.UNSET
    district: Short | None | msgspec.UnsetType = msgspec.UNSET
    protected_identity: bool | msgspec.UnsetType = msgspec.UNSET
    social_assistance: bool | msgspec.UnsetType = msgspec.UNSET
    establishment_programme: bool | msgspec.UnsetType = msgspec.UNSET
    language_obstacle: bool | msgspec.UnsetType = msgspec.UNSET
    reason: Reason | msgspec.UnsetType = msgspec.UNSET


class ClientOut(msgspec.Struct):
    """A client as the caller may see them. With protected identity, only the owning counsellor gets the personal
    number, name, contact details and district; everyone else gets ``null`` there and ``display_name`` is the
    reference."""

    id: uuid.UUID
    reference: str
    display_name: str
    personal_number: str | None
    first_name: str | None
    last_name: str | None
    email: str | None
    phone: str | None
    language: str | None
    district: str | None
    protected_identity: bool
    social_assistance: bool
    establishment_programme: bool
    language_obstacle: bool
    counsellor_id: uuid.UUID
