"""Request and response shapes of the accounts area."""

from __future__ import annotations

import uuid
from datetime import date
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


class UserOut(msgspec.Struct):
    id: uuid.UUID
    username: str
    name: str
    roles: list[str]
    provider_id: uuid.UUID | None
    is_active: bool


class StandInCreate(msgspec.Struct):
    counsellor_id: uuid.UUID
    stand_in_id: uuid.UUID
    valid_from: date
    valid_to: date


class StandInOut(msgspec.Struct):
    id: uuid.UUID
    counsellor_id: uuid.UUID
    counsellor_name: str
    stand_in_id: uuid.UUID
    stand_in_name: str
    valid_from: date
    valid_to: date
