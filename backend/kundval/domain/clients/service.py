"""Clients: registration, search and the view each caller may see. Row scoping for clients lives here only."""

from __future__ import annotations

import uuid

import msgspec
from sqlalchemy import Select, false, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.core.errors import ApiError, register_messages
from kundval.core.security import Principal, Role
from kundval.domain.accounts.stand_ins import caseload_owner_ids
from kundval.domain.audit.service import record, record_many
from kundval.domain.clients.models import Client
from kundval.domain.clients.personal_number import InvalidPersonalNumber, looks_like_personal_number, normalise
from kundval.domain.clients.schemas import ClientCreate, ClientOut, ClientUpdate

register_messages(
    {
        "client.invalid_personal_number": (
            "Personnumret {value} är inte giltigt: kontrollera datum och kontrollsiffra (ÅÅÅÅMMDD-NNNN).",
            "The personal identity number {value} is not valid: check the date and the check digit (YYYYMMDD-NNNN).",
        ),
        "client.duplicate": (
            "Det finns redan en klient med personnumret {value}. Sök fram klienten i stället.",
            "A client with the personal identity number {value} already exists. Search for them instead.",
        ),
        "client.not_found": ("Klienten finns inte.", "No such client."),
    }
)


def reference_of(client_id: uuid.UUID) -> str:
    """A stable reference that identifies a client without personal data, e.g. ``K-1A2B3C4D``."""
    return "K-" + client_id.hex[-8:].upper()


def identity_visible(client: Client, principal: Principal) -> bool:
    """Protected identity (skyddad identitet): only the owning counsellor sees who the client is."""
    return not client.protected_identity or client.counsellor_id == principal.id


def client_out(client: Client, principal: Principal) -> ClientOut:
    visible = identity_visible(client, principal)
    reference = reference_of(client.id)
    return ClientOut(
        id=client.id,
        reference=reference,
        display_name=f"{client.first_name} {client.last_name}" if visible else reference,
        personal_number=client.personal_number if visible else None,
        first_name=client.first_name if visible else None,
        last_name=client.last_name if visible else None,
        email=client.email if visible else None,
        phone=client.phone if visible else None,
        language=client.language,
        district=client.district,
        protected_identity=client.protected_identity,
        social_assistance=client.social_assistance,
        establishment_programme=client.establishment_programme,
        language_obstacle=client.language_obstacle,
        counsellor_id=client.counsellor_id,
    )


async def readable_clients(session: AsyncSession, principal: Principal) -> Select[tuple[Client]]:
    """The clients the caller may read: supervisors all of the unit, counsellors their caseload and stand-ins."""
    statement = select(Client)
    if Role.SUPERVISOR in principal.roles:
        return statement
    if Role.COUNSELLOR in principal.roles:
        owners = await caseload_owner_ids(session, principal, clock.today())
        return statement.where(Client.counsellor_id.in_(owners))
    return statement.where(false())


def _search_name(first_name: str, last_name: str) -> str:
    return f"{first_name} {last_name}".strip().lower()


async def search_clients(
    session: AsyncSession, principal: Principal, q: str | None, limit: int, offset: int
) -> tuple[list[Client], int]:
    statement = await readable_clients(session, principal)
    if q and q.strip():
        text = q.strip()
        if looks_like_personal_number(text):
            try:
                statement = statement.where(Client.personal_number == normalise(text))
            except InvalidPersonalNumber:
                statement = statement.where(false())
        else:
            pattern = "%" + text.lower().replace("\\", "").replace("%", "").replace("_", "") + "%"
            # A protected client's name is not searchable by anyone but the owner: a hit would reveal it.
            statement = statement.where(
                Client.search_name.like(pattern),
                or_(Client.protected_identity.is_(False), Client.counsellor_id == principal.id),
            )
    total = await session.scalar(select(func.count()).select_from(statement.subquery())) or 0
    rows = (await session.scalars(statement.order_by(Client.search_name, Client.id).limit(limit).offset(offset))).all()
    await record_many(session, principal, "list", "client", [(c.id, c.id) for c in rows])
    return list(rows), total


async def get_client(
    session: AsyncSession, principal: Principal, client_id: uuid.UUID, *, audit: str | None = "read"
) -> Client:
    """A client the caller may read, or 404 (never telling whether it exists)."""
    statement = (await readable_clients(session, principal)).where(Client.id == client_id)
    client = await session.scalar(statement)
    if client is None:
        raise ApiError("client.not_found", status_code=404)
    if audit:
        await record(session, principal, audit, "client", client.id, client.id)
    return client


async def create_client(session: AsyncSession, principal: Principal, data: ClientCreate) -> Client:
    try:
        personal_number = normalise(data.personal_number)
    except InvalidPersonalNumber:
        raise ApiError(
            "client.invalid_personal_number",
            status_code=422,
            value=data.personal_number,
            extra=[{"key": "personal_number", "message": "invalid"}],
        ) from None
    if await session.scalar(select(Client.id).where(Client.personal_number == personal_number)):
        raise ApiError("client.duplicate", status_code=409, value=data.personal_number)
    client = Client(
        personal_number=personal_number,
        first_name=data.first_name.strip(),
        last_name=data.last_name.strip(),
        email=data.email,
        phone=data.phone,
        language=data.language,
        district=data.district,
        protected_identity=data.protected_identity,
        social_assistance=data.social_assistance,
        establishment_programme=data.establishment_programme,
        language_obstacle=data.language_obstacle,
        counsellor_id=principal.id,
        search_name=_search_name(data.first_name, data.last_name),
    )
    session.add(client)
    try:
        await session.flush()
    except IntegrityError:  # a concurrent registration of the same number won the race
        raise ApiError("client.duplicate", status_code=409, value=data.personal_number) from None
    await record(session, principal, "create", "client", client.id, client.id)
    return client


async def update_client(
    session: AsyncSession, principal: Principal, client_id: uuid.UUID, data: ClientUpdate
) -> Client:
    client = await get_client(session, principal, client_id, audit=None)
    changed = [name for name in data.__struct_fields__ if getattr(data, name) is not msgspec.UNSET]
    for name in changed:
        setattr(client, name, getattr(data, name))
    client.search_name = _search_name(client.first_name, client.last_name)
    await session.flush()
    await record(session, principal, "update", "client", client.id, client.id, detail=",".join(changed))
    return client
