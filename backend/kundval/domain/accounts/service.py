"""Accounts: users and their roles (shared by the API, the CLI and the demo seed), signing in, the staff directory,
and stand-ins: whose caseload a counsellor works today. Naming or ending a stand-in opens or closes a caseload to
someone, so both are audited."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import selectinload

from kundval.core.db import rows_changed
from kundval.core.errors import ApiError, register_messages
from kundval.core.security import PROVIDER_ROLES, Principal, Role
from kundval.domain.accounts import throttle
from kundval.domain.accounts.models import StandIn, User, UserRole
from kundval.domain.accounts.passwords import MIN_PASSWORD_LENGTH, hash_password, verify_password
from kundval.domain.accounts.schemas import StandInCreate, StandInOut, UserOut
from kundval.domain.audit.service import record

register_messages(
    {
        "auth.invalid_credentials": ("Fel användarnamn eller lösenord.", "Wrong username or password."),
        "auth.throttled": (
            "För många misslyckade inloggningar. Försök igen om {seconds} sekunder.",
            "Too many failed sign-ins. Try again in {seconds} seconds.",
        ),
        "stand_in.invalid": ("Ställföreträdare: {reason}.", "Stand-in: {reason}."),
        "stand_in.not_found": ("Ställföreträdarskapet finns inte.", "No such stand-in."),
    }
)


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


async def authenticate(
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    username: str,
    password: str,
    client_ip: str | None,
    now: datetime,
) -> User:
    """The active user with this username and password, or 401; 429 while the throttle holds the name or address.

    A failure is recorded through ``sessionmaker`` in its own transaction, so that it stays when the request's
    transaction rolls back with the 401.
    """
    lock = await throttle.current_lock(session, username, client_ip, now)
    if lock is not None:
        raise ApiError(
            "auth.throttled",
            status_code=429,
            seconds=lock.retry_after_seconds,
            headers={"Retry-After": str(lock.retry_after_seconds)},
        )
    user = await find_user(session, username)
    # Always one argon2 verification, so timing does not tell which usernames exist.
    valid = verify_password(user.password_hash if user else None, password)
    if user is None or not valid or not user.is_active:
        await throttle.record_failure(sessionmaker, username, client_ip, now)
        raise ApiError("auth.invalid_credentials", status_code=401)
    await throttle.record_success(session, username)
    return user


async def list_users(session: AsyncSession, role: Role | None) -> list[UserOut]:
    """Municipal and provider accounts (no personal data beyond names), optionally of one role."""
    statement = select(User).options(selectinload(User.role_rows)).order_by(User.name)
    if role is not None:
        statement = statement.join(UserRole, UserRole.user_id == User.id).where(UserRole.role == role)
    users = (await session.scalars(statement)).unique().all()
    return [UserOut(u.id, u.username, u.name, sorted(u.roles), u.provider_id, u.is_active) for u in users]


async def _counsellor(session: AsyncSession, user_id: uuid.UUID) -> User | None:
    return await session.scalar(
        select(User)
        .join(UserRole, UserRole.user_id == User.id)
        .where(User.id == user_id, User.is_active.is_(True), UserRole.role == Role.COUNSELLOR)
    )


async def list_stand_ins(session: AsyncSession) -> list[StandInOut]:
    """Every stand-in arrangement, latest first."""
    rows = (await session.scalars(select(StandIn).order_by(StandIn.valid_from.desc()))).all()
    names = dict((await session.execute(select(User.id, User.name))).all())
    return [
        StandInOut(
            s.id,
            s.counsellor_id,
            names.get(s.counsellor_id, ""),
            s.stand_in_id,
            names.get(s.stand_in_id, ""),
            s.valid_from,
            s.valid_to,
        )
        for s in rows
    ]


def _stand_in_detail(counsellor_name: str, stand_in_name: str, row: StandIn) -> str:
    """What the audit log says of a stand-in: whose caseload opens to whom, and for which days."""
    return f"{stand_in_name} för {counsellor_name}, {row.valid_from.isoformat()}–{row.valid_to.isoformat()}"


async def create_stand_in(session: AsyncSession, principal: Principal, data: StandInCreate) -> StandInOut:
    """Name a counsellor to cover a colleague's caseload for a period (both days included); audited."""
    if data.valid_to < data.valid_from:
        raise ApiError(
            "stand_in.invalid", status_code=422, reason=("slutdatum före startdatum", "valid_to before valid_from")
        )
    if data.counsellor_id == data.stand_in_id:
        raise ApiError(
            "stand_in.invalid",
            status_code=422,
            reason=("ingen kan vara ställföreträdare för sig själv", "a counsellor cannot stand in for themselves"),
        )
    counsellor = await _counsellor(session, data.counsellor_id)
    stand_in = await _counsellor(session, data.stand_in_id)
    if counsellor is None or stand_in is None:
        raise ApiError(
            "stand_in.invalid",
            status_code=422,
            reason=("båda måste vara aktiva karriärvägledare", "both must be active counsellors"),
        )
    row = StandIn(
        counsellor_id=counsellor.id,
        stand_in_id=stand_in.id,
        valid_from=data.valid_from,
        valid_to=data.valid_to,
        created_by_id=principal.id,
    )
    session.add(row)
    await session.flush()
    await record(
        session,
        principal,
        "create",
        "stand_in",
        row.id,
        None,
        detail=_stand_in_detail(counsellor.name, stand_in.name, row),
    )
    return StandInOut(row.id, counsellor.id, counsellor.name, stand_in.id, stand_in.name, row.valid_from, row.valid_to)


async def end_stand_in(session: AsyncSession, principal: Principal, stand_in_id: uuid.UUID) -> None:
    """End a stand-in arrangement (the row goes; the audit log keeps who covered whom, and when); audited."""
    row = await session.get(StandIn, stand_in_id)
    if row is None:
        raise ApiError("stand_in.not_found", status_code=404)
    names = dict(
        (
            await session.execute(select(User.id, User.name).where(User.id.in_((row.counsellor_id, row.stand_in_id))))
        ).all()
    )
    detail = _stand_in_detail(names.get(row.counsellor_id, ""), names.get(row.stand_in_id, ""), row)
    # A conditional DELETE: of concurrent removals exactly one succeeds (and is audited), the others find nothing.
    removed = await rows_changed(
        session, delete(StandIn).where(StandIn.id == stand_in_id).execution_options(synchronize_session=False)
    )
    if removed != 1:
        raise ApiError("stand_in.not_found", status_code=404)
    await record(session, principal, "delete", "stand_in", stand_in_id, None, detail=detail)
