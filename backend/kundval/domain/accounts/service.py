"""Accounts: users and their roles (shared by the API, the CLI and the demo seed), and stand-ins, whose caseload a
counsellor works today."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from kundval.core.security import PROVIDER_ROLES, Principal, Role
from kundval.domain.accounts.models import StandIn, User, UserRole
from kundval.domain.accounts.passwords import MIN_PASSWORD_LENGTH, hash_password


class AccountError(ValueError):
    """An account cannot be created as asked; the message says what to fix."""


def normalise_username(username: str) -> str:
    """Usernames are case-insensitive: stored and looked up in lower case."""
    return username.strip().lower()


async def find_user(session: AsyncSession, username: str) -> User | None:
    return await session.scalar(
        select(User).where(User.username == normalise_username(username)).options(selectinload(User.role_rows))
    )


async def create_user(
    session: AsyncSession,
    *,
    username: str,
    name: str,
    roles: list[Role],
    password: str | None,
    provider_id: uuid.UUID | None = None,
    email: str | None = None,
    enforce_password_length: bool = True,
) -> User:
    """Create a user with its roles. Provider roles require a provider, municipal roles forbid one.

    ``enforce_password_length`` is switched off only by the demo seed, whose accounts share the password ``demo``.
    """
    username = normalise_username(username)
    if not username:
        raise AccountError("username must not be empty")
    if not roles:
        raise AccountError("a user needs at least one role")
    is_provider_user = any(role in PROVIDER_ROLES for role in roles)
    if is_provider_user and any(role not in PROVIDER_ROLES for role in roles):
        raise AccountError("provider roles cannot be combined with municipal roles")
    if is_provider_user and provider_id is None:
        raise AccountError("provider roles need a provider")
    if not is_provider_user and provider_id is not None:
        raise AccountError("only provider_admin and provider_staff belong to a provider")
    if password is not None and enforce_password_length and len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"the password must be at least {MIN_PASSWORD_LENGTH} characters")
    if await find_user(session, username) is not None:
        raise AccountError(f"the username {username!r} is taken")
    user = User(
        username=username,
        name=name,
        email=email,
        password_hash=hash_password(password) if password else None,
        provider_id=provider_id,
        role_rows=[UserRole(role=role) for role in dict.fromkeys(roles)],
    )
    session.add(user)
    await session.flush()
    return user


async def caseload_owner_ids(session: AsyncSession, principal: Principal, today: date) -> list[uuid.UUID]:
    """The counsellor's own id and those of colleagues they stand in for today."""
    covered = await session.scalars(
        select(StandIn.counsellor_id).where(
            StandIn.stand_in_id == principal.id, StandIn.valid_from <= today, StandIn.valid_to >= today
        )
    )
    return [principal.id, *covered]
