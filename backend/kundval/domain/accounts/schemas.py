"""Request and response shapes of the accounts area."""

from __future__ import annotations

import uuid
from typing import Annotated

import msgspec

from kundval.core.security import Role


class LoginRequest(msgspec.Struct):
    username: Annotated[str, msgspec.Meta(min_length=1, max_length=100)]
    password: Annotated[str, msgspec.Meta(min_length=1, max_length=1024)]


class Me(msgspec.Struct):
    """The signed-in user as the SPA needs it."""

    id: uuid.UUID
    username: str
    name: str
    roles: list[Role]
    provider_id: uuid.UUID | None
