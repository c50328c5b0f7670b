"""The provider register: providers and their authorizations; which providers a caller manages; their coaches."""

from __future__ import annotations

import uuid
from datetime import date

import msgspec
from sqlalchemy import Select, false, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.se import orgnr

from kundval.core import clock
from kundval.core.errors import ApiError, register_messages
from kundval.core.security import Principal, Role
from kundval.domain.accounts.models import User, UserRole
from kundval.domain.interventions.catalogue import INTERVENTIONS, Intervention
from kundval.domain.providers.models import Provider, ProviderAuthorization, ProviderStatus
from kundval.domain.providers.schemas import (
    Address,
    Authorization,
    AuthorizationOut,
    ProviderCreate,
    ProviderOut,
    ProviderUpdate,
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
    }
)


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
    try:
        await session.flush()
    except IntegrityError:  # a concurrent registration of the same number won the race
        raise ApiError("provider.duplicate", status_code=409, value=org_number) from None
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


def managed_providers(principal: Principal) -> Select[Provider]:
    """The providers whose staff and profile the caller manages: the coordinator every provider, a provider
    administrator their own, nobody else any. Every provider read on behalf of one provider starts here."""
    statement = select(Provider)
    if Role.COORDINATOR in principal.roles:
        return statement
    if Role.PROVIDER_ADMIN in principal.roles and principal.provider_id is not None:
        return statement.where(Provider.id == principal.provider_id)
    return statement.where(false())


async def get_managed_provider(session: AsyncSession, principal: Principal, provider_id: uuid.UUID) -> Provider:
    """A provider the caller manages, or 404 whether or not it exists (another provider is not theirs to know)."""
    provider = await session.scalar(managed_providers(principal).where(Provider.id == provider_id))
    if provider is None:
        raise ApiError("provider.not_found", status_code=404)
    return provider


async def coaches_of(session: AsyncSession, provider_id: uuid.UUID) -> set[uuid.UUID]:
    """Active users of the provider who can be named coach of a case.

    Their rows stay locked shared until the transaction ends (PostgreSQL; SQLite serialises writers), so that a
    concurrent deactivation (:func:`kundval.domain.staff.service.deactivate_staff`) cannot slip between this check
    and the claim or change of coach that relies on it."""
    rows = await session.scalars(
        select(User.id)
        .join(UserRole, UserRole.user_id == User.id)
        .where(
            User.provider_id == provider_id,
            User.is_active.is_(True),
            UserRole.role.in_((Role.PROVIDER_STAFF, Role.PROVIDER_ADMIN)),
        )
        .with_for_update(read=True, of=User)
    )
    return set(rows)
