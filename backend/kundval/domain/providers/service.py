"""The provider register: providers, their authorizations and their staff accounts."""

from __future__ import annotations

import uuid
from datetime import date

import msgspec
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.se import orgnr

from kundval.core import clock
from kundval.core.errors import ApiError, register_messages
from kundval.core.security import Principal, Role
from kundval.domain.accounts.models import User, UserRole
from kundval.domain.accounts.service import AccountError, create_user, find_user
from kundval.domain.cases.models import Case, CaseStatus
from kundval.domain.interventions.catalogue import INTERVENTIONS, Intervention
from kundval.domain.providers.models import Provider, ProviderAuthorization, ProviderStatus
from kundval.domain.providers.schemas import (
    Address,
    Authorization,
    AuthorizationOut,
    ProviderCreate,
    ProviderOut,
    ProviderUpdate,
    StaffCreate,
    StaffOut,
)

register_messages(
    {
        "provider.invalid_org_number": (
            "Organisationsnumret {value} är inte giltigt: kontrollera siffrorna (NNNNNN-NNNN).",
            "The organisation number {value} is not valid: check the digits (NNNNNN-NNNN).",
        ),
        "provider.duplicate": (
            "Det finns redan en anordnare med organisationsnumret {value}.",
            "A provider with the organisation number {value} already exists.",
        ),
        "provider.not_found": ("Anordnaren finns inte.", "No such provider."),
        "provider.authorization_dates": (
            "Behörigheten för {intervention} slutar före sitt startdatum.",
            "The authorization for {intervention} ends before it starts.",
        ),
        "provider.authorization_overlap": (
            "Behörigheterna för {intervention} överlappar: en period måste sluta innan nästa börjar.",
            "The authorizations for {intervention} overlap: one period must end before the next starts.",
        ),
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

OPEN_CASE_STATUSES = (CaseStatus.CLAIMED, CaseStatus.ACTIVE)


def normalise_org_number(raw: str) -> str:
    try:
        return orgnr.format(orgnr.validate(raw))
    except StdnumError:
        raise ApiError(
            "provider.invalid_org_number",
            status_code=422,
            value=raw,
            extra=[{"key": "org_number", "message": "invalid"}],
        ) from None


def is_authorized(provider: Provider, intervention: Intervention, day: date) -> bool:
    """May ``provider`` take a client for ``intervention`` on ``day``? Only while authorized (not suspended)."""
    return provider.status == ProviderStatus.AUTHORIZED and any(
        a.covers(intervention, day) for a in provider.authorizations
    )


def provider_out(provider: Provider) -> ProviderOut:
    today = clock.today()
    return ProviderOut(
        id=provider.id,
        org_number=provider.org_number,
        name=provider.name,
        email=provider.email,
        phone=provider.phone,
        status=provider.status,
        addresses=[msgspec.convert(a, Address) for a in provider.addresses],
        districts=list(provider.districts),
        authorizations=[
            AuthorizationOut(a.id, a.intervention, a.valid_from, a.valid_to, a.covers(a.intervention, today))
            for a in provider.authorizations
        ],
    )


def _check_authorizations(items: list[Authorization]) -> None:
    """Each period ends on or after its start, and one intervention's periods do not overlap (one row per day)."""
    for item in items:
        if item.valid_to is not None and item.valid_to < item.valid_from:
            raise ApiError(
                "provider.authorization_dates",
                status_code=422,
                intervention=INTERVENTIONS[item.intervention].names,
                extra=[{"key": "authorizations", "message": "valid_to before valid_from"}],
            )
    by_intervention: dict[Intervention, list[Authorization]] = {}
    for item in items:
        by_intervention.setdefault(item.intervention, []).append(item)
    for intervention, periods in by_intervention.items():
        periods.sort(key=lambda a: a.valid_from)
        for earlier, later in zip(periods, periods[1:], strict=False):
            if earlier.valid_to is None or later.valid_from <= earlier.valid_to:
                raise ApiError(
                    "provider.authorization_overlap",
                    status_code=422,
                    intervention=INTERVENTIONS[intervention].names,
                    extra=[{"key": "authorizations", "message": "overlapping periods"}],
                )


def _authorizations(items: list[Authorization]) -> list[ProviderAuthorization]:
    _check_authorizations(items)
    return [
        ProviderAuthorization(intervention=i.intervention, valid_from=i.valid_from, valid_to=i.valid_to) for i in items
    ]


async def _replace_authorizations(session: AsyncSession, provider: Provider, items: list[Authorization]) -> None:
    """Make the provider's authorizations exactly ``items``, keeping the rows (and ids) of periods that stay.

    A period is known by its intervention and start day (the table's unique key): a kept period only gets its end
    day changed, a dropped one is deleted, a new one inserted. Deletes are flushed before inserts, because a plain
    list assignment inserts the new rows first and a re-sent period then collides with its old row on the key.
    """
    _check_authorizations(items)
    wanted = {(i.intervention, i.valid_from): i for i in items}
    for row in list(provider.authorizations):
        item = wanted.pop((row.intervention, row.valid_from), None)
        if item is None:
            provider.authorizations.remove(row)
        else:
            row.valid_to = item.valid_to
    await session.flush()
    for item in wanted.values():
        provider.authorizations.append(
            ProviderAuthorization(intervention=item.intervention, valid_from=item.valid_from, valid_to=item.valid_to)
        )


async def list_providers(session: AsyncSession) -> list[Provider]:
    return list((await session.scalars(select(Provider).order_by(Provider.name))).all())


async def get_provider(session: AsyncSession, provider_id: uuid.UUID) -> Provider:
    provider = await session.get(Provider, provider_id)
    if provider is None:
        raise ApiError("provider.not_found", status_code=404)
    return provider


async def create_provider(session: AsyncSession, data: ProviderCreate) -> Provider:
    org_number = normalise_org_number(data.org_number)
    if await session.scalar(select(Provider.id).where(Provider.org_number == org_number)):
        raise ApiError("provider.duplicate", status_code=409, value=org_number)
    provider = Provider(
        org_number=org_number,
        name=data.name.strip(),
        email=data.email,
        phone=data.phone,
        status=data.status,
        addresses=[msgspec.to_builtins(a) for a in data.addresses],
        districts=list(data.districts),
        authorizations=_authorizations(data.authorizations),
    )
    session.add(provider)
    await session.flush()
    return provider


async def update_provider(session: AsyncSession, provider_id: uuid.UUID, data: ProviderUpdate) -> Provider:
    provider = await get_provider(session, provider_id)
    for name in ("name", "email", "phone", "status", "districts"):
        value = getattr(data, name)
        if value is not msgspec.UNSET:
            setattr(provider, name, value)
    if data.addresses is not msgspec.UNSET:
        provider.addresses = [msgspec.to_builtins(a) for a in data.addresses]
    if data.authorizations is not msgspec.UNSET:
        await _replace_authorizations(session, provider, data.authorizations)
    await session.flush()
    await session.refresh(provider, ["authorizations"])
    return provider


def ensure_own_provider(principal: Principal, provider_id: uuid.UUID) -> None:
    """Provider administrators manage only their own provider's staff (404 for any other: not theirs to know)."""
    if Role.COORDINATOR in principal.roles:
        return
    if principal.provider_id != provider_id:
        raise ApiError("provider.not_found", status_code=404)


async def list_staff(session: AsyncSession, provider_id: uuid.UUID) -> list[StaffOut]:
    users = (
        await session.scalars(
            select(User)
            .where(User.provider_id == provider_id)
            .options(selectinload(User.role_rows))
            .order_by(User.name)
        )
    ).all()
    counts = dict(
        (
            await session.execute(
                select(Case.coach_id, func.count())
                .where(Case.provider_id == provider_id, Case.status.in_(OPEN_CASE_STATUSES))
                .group_by(Case.coach_id)
            )
        ).all()
    )
    return [
        StaffOut(u.id, u.username, u.name, u.email, sorted(u.roles), u.is_active, counts.get(u.id, 0)) for u in users
    ]


async def create_staff(session: AsyncSession, provider_id: uuid.UUID, data: StaffCreate) -> StaffOut:
    await get_provider(session, provider_id)
    roles = [Role.PROVIDER_ADMIN] if data.admin else [Role.PROVIDER_STAFF]
    if await find_user(session, data.username) is not None:
        raise ApiError(
            "provider.username_taken",
            status_code=409,
            username=data.username,
            extra=[{"key": "username", "message": "taken"}],
        )
    try:
        user = await create_user(
            session,
            username=data.username,
            name=data.name,
            roles=roles,
            password=data.password,
            provider_id=provider_id,
            email=data.email,
        )
    except AccountError as exc:
        raise ApiError("provider.staff_invalid", status_code=409, reason=str(exc)) from None
    return StaffOut(user.id, user.username, user.name, user.email, sorted(user.roles), True, 0)


async def deactivate_staff(session: AsyncSession, provider_id: uuid.UUID, user_id: uuid.UUID) -> None:
    """Deactivate a staff account; refused while the coach has claimed or active cases (hand them over first)."""
    user = await session.scalar(select(User).where(User.id == user_id, User.provider_id == provider_id))
    if user is None:
        raise ApiError("provider.staff_not_found", status_code=404)
    open_cases = (
        await session.scalar(
            select(func.count()).select_from(Case).where(Case.coach_id == user_id, Case.status.in_(OPEN_CASE_STATUSES))
        )
        or 0
    )
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
    user.is_active = False
    await session.flush()


async def coaches_of(session: AsyncSession, provider_id: uuid.UUID) -> set[uuid.UUID]:
    """Active users of the provider who can be named coach of a case."""
    rows = await session.scalars(
        select(User.id)
        .join(UserRole, UserRole.user_id == User.id)
        .where(
            User.provider_id == provider_id,
            User.is_active.is_(True),
            UserRole.role.in_((Role.PROVIDER_STAFF, Role.PROVIDER_ADMIN)),
        )
    )
    return set(rows)
