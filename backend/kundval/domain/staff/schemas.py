"""Request and response shapes of provider staff accounts."""

from __future__ import annotations

import uuid
from typing import Annotated

import msgspec

from kundval.domain.accounts.passwords import MIN_PASSWORD_LENGTH
from kundval.domain.providers.schemas import Email


class StaffCreate(msgspec.Struct):
    username: Annotated[str, msgspec.Meta(min_length=2, max_length=100, pattern=r"^[A-Za-z0-9._@-]+$")]
    name: Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
    password: Annotated[str, msgspec.Meta(min_length=MIN_PASSWORD_LENGTH, max_length=1024)]
    email: Email | None = None
    admin: bool = False


class StaffOut(msgspec.Struct):
    id: uuid.UUID
    username: str
    name: str
    email: str | None
    roles: list[str]
    is_active: bool
    active_cases: int
