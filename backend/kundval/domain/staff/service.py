"""Provider staff accounts: the provider administrator's coaches and administrators, with the cases they work.

Every read and change is on behalf of one provider the caller manages
(:func:`kundval.domain.providers.service.get_managed_provider`: the coordinator any, a provider administrator their
own, 404 for any other).
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from kundval.core.errors import ApiError, register_messages
from kundval.core.security import Principal, Role
from kundval.domain.accounts.models import User, UserRole
from kundval.domain.accounts.service import AccountError, create_user, find_user
from kundval.domain.cases.staffing import worked_cases_of, worked_cases_per_coach
from kundval.domain.messages.service import notify_user
from kundval.domain.providers.models import Provider
from kundval.domain.providers.service import get_managed_provider
from kundval.domain.staff.schemas import StaffCreate, StaffOut

register_messages(
    {
        "provider.staff_has_cases": (
            "{name} har {cases}. Lämna över {them} till en annan jobbexpert först.",
            "{name} has {cases}. Hand {them} over to another coach first.",
        ),
        "provider.staff_not_found": ("Personen finns inte hos anordnaren.", "No such person at the provider."),
        "provider.username_taken": (
            "Användarnamnet {username} är upptaget. Välj ett annat.",
            "The username {username} is taken. Choose another.",
        ),
        "provider.staff_invalid": (
            "Kontot kunde inte skapas: {reason}.",
            "The account could not be created: {reason}.",
        ),
    }
)


async def list_staff(session: AsyncSession, principal: Principal, provider_id: uuid.UUID) -> list[StaffOut]:
    provider = await get_managed_provider(session, principal, provider_id)
    users = (
        await session.scalars(
            select(User)
            .where(User.provider_id == provider.id)
            .options(selectinload(User.role_rows))
            .order_by(User.name)
        )
    ).all()
    counts = await worked_cases_per_coach(session, provider.id)
    return [
        StaffOut(u.id, u.username, u.name, u.email, sorted(u.roles), u.is_active, counts.get(u.id, 0)) for u in users
    ]


def _username_taken(username: str) -> ApiError:
    return ApiError(
        "provider.username_taken", status_code=409, username=username, extra=[{"key": "username", "message": "taken"}]
    )


async def create_staff(
    session: AsyncSession, principal: Principal, provider_id: uuid.UUID, data: StaffCreate
) -> StaffOut:
    provider = await get_managed_provider(session, principal, provider_id)
    roles = [Role.PROVIDER_ADMIN] if data.admin else [Role.PROVIDER_STAFF]
    if await find_user(session, data.username) is not None:
        raise _username_taken(data.username)
    # Read before the account is written: on SQLite a write transaction held open longer makes concurrent
    # creations of the same username fail as "database is locked" instead of the 409 they should get.
    told = await _told_of_staff_changes(session)
    try:
        user = await create_user(
            session,
            username=data.username,
            name=data.name,
            roles=roles,
            password=data.password,
            provider_id=provider.id,
            email=data.email,
        )
    except AccountError as exc:
        raise ApiError("provider.staff_invalid", status_code=409, reason=str(exc)) from None
    except IntegrityError:  # a concurrent creation of the same username won the race
        raise _username_taken(data.username) from None
    await _tell(session, told, principal, provider, user, "staff_joined", admin=data.admin)
    return StaffOut(user.id, user.username, user.name, user.email, sorted(user.roles), True, 0)


async def deactivate_staff(
    session: AsyncSession, principal: Principal, provider_id: uuid.UUID, user_id: uuid.UUID
) -> None:
    """Deactivate a staff account; refused while the coach has claimed or active cases (hand them over first)."""
    provider = await get_managed_provider(session, principal, provider_id)
    # The account's row is locked before the cases are counted: a claim naming the coach holds it shared
    # (providers.service.coaches_of), so either the claim commits first and is counted here, or it waits and then
    # finds the coach inactive.
    user = await session.scalar(
        select(User).where(User.id == user_id, User.provider_id == provider.id).with_for_update(of=User)
    )
    if user is None:
        raise ApiError("provider.staff_not_found", status_code=404)
    open_cases = await worked_cases_of(session, user.id)
    if open_cases:
        # Singular or plural in each language: "1 pågående ärende", "2 open cases".
        one = open_cases == 1
        raise ApiError(
            "provider.staff_has_cases",
            status_code=409,
            name=user.name,
            cases=(
                f"{open_cases} pågående ärende{'' if one else 'n'}",
                f"{open_cases} open case{'' if one else 's'}",
            ),
            them=("det", "it") if one else ("dem", "them"),
        )
    was_active = user.is_active
    user.is_active = False
    await session.flush()
    if was_active:  # deactivating an inactive account again tells no one a second time
        admin = await session.scalar(
            select(UserRole.id).where(UserRole.user_id == user.id, UserRole.role == Role.PROVIDER_ADMIN)
        )
        await _tell(
            session,
            await _told_of_staff_changes(session),
            principal,
            provider,
            user,
            "staff_left",
            admin=admin is not None,
        )


# §8.1: staff who join or leave a provider are told to the coordinator and the supervisor.
TOLD_OF_STAFF_CHANGES = (Role.COORDINATOR, Role.SUPERVISOR)


async def _told_of_staff_changes(session: AsyncSession) -> list[uuid.UUID]:
    """Every active coordinator and supervisor."""
    return list(
        (
            await session.scalars(
                select(User.id)
                .join(UserRole, UserRole.user_id == User.id)
                .where(User.is_active.is_(True), User.provider_id.is_(None), UserRole.role.in_(TOLD_OF_STAFF_CHANGES))
                .distinct()
                .order_by(User.id)
            )
        ).all()
    )


async def _tell(
    session: AsyncSession,
    recipients: list[uuid.UUID],
    principal: Principal,
    provider: Provider,
    user: User,
    kind: str,
    *,
    admin: bool,
) -> None:
    """A message to each of ``recipients`` (each their own, to read and mark), naming the provider and the person:
    staff names are not client data."""
    role = "provider_admin" if admin else "provider_staff"
    for recipient in recipients:
        await notify_user(
            session,
            recipient,
            None,
            principal.id,
            kind=kind,
            params={"provider": provider.name, "person": user.name, "staff_role": role},
        )
