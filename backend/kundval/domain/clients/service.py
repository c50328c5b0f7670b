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
from kundval.domain.accounts.service import caseload_owner_ids
from kundval.domain.audit.service import record, record_many
from kundval.domain.clients.models import Client
from kundval.domain.clients.personal_number import InvalidPersonalNumber, looks_like_personal_number, normalise
from kundval.domain.clients.schemas import ClientCreate, ClientOut, ClientUpdate

register_messages(
    {
        # No message repeats the number: error answers end up in logs and screenshots.
        "client.invalid_personal_number": (
            "Personnumret är inte giltigt: kontrollera datum och kontrollsiffra (ÅÅÅÅMMDD-NNNN).",
            "The personal identity number is not valid: check the date and the check digit (YYYYMMDD-NNNN).",
        ),
        # The same words whoever holds the client and whether or not the identity is protected: a taken number
        # must not tell whose client it is or anything about them. The supervisor can find out and hand it over.
        "client.duplicate": (
            "Personnumret är redan registrerat som klient. Om du inte hittar klienten när du söker: fråga din "
            "arbetsledare, som kan se vem klienten tillhör.",
            "The personal identity number is already registered as a client. If your search does not find them, ask "
            "your supervisor, who can see whose client it is.",
        ),
        "client.not_found": ("Klienten finns inte.", "No such client."),
        "client.reason_required": (
            "Ange varför skyddet av identiteten hävs.",
            "Give the reason for lifting the protected identity.",
        ),
        "client.search_by_body": (
            "Sök på personnummer med POST /api/clients/search, så att numret inte hamnar i adressen.",
            "Search by personal identity number with POST /api/clients/search, so the number stays out of the URL.",
        ),
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
        # The district narrows a protected person down to where they live: the owner's only.
        district=client.district if visible else None,
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
    """The caller's clients, filtered by ``q``: a personal number (exact) or a part of the name.

    A protected client is found only by the owning counsellor, by name and by number alike: a hit for anyone else
    would tell them who the client is."""
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
            statement = statement.where(Client.search_name.like(pattern))
        statement = statement.where(or_(Client.protected_identity.is_(False), Client.counsellor_id == principal.id))
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
            extra=[{"key": "personal_number", "message": "invalid"}],
        ) from None
    if await session.scalar(select(Client.id).where(Client.personal_number == personal_number)):
        raise ApiError("client.duplicate", status_code=409)
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
        raise ApiError("client.duplicate", status_code=409) from None
    await record(session, principal, "create", "client", client.id, client.id)
    return client


async def update_client(
    session: AsyncSession, principal: Principal, client_id: uuid.UUID, data: ClientUpdate
) -> Client:
    """Change the fields sent. A protected client, and the protection flag of any client, only the owning counsellor
    changes: anyone else gets the 404 of a client that does not exist, as for reads. Lifting the protection needs a
    reason and is audited on its own."""
    client = await get_client(session, principal, client_id, audit=None)
    is_owner = client.counsellor_id == principal.id
    flag = data.protected_identity
    changes_flag = flag is not msgspec.UNSET and flag != client.protected_identity
    if not is_owner and (client.protected_identity or changes_flag):
        raise ApiError("client.not_found", status_code=404)
    lifting = changes_flag and flag is False
    reason = data.reason.strip() if isinstance(data.reason, str) else ""
    if lifting and not reason:
        raise ApiError("client.reason_required", status_code=422, extra=[{"key": "reason", "message": "required"}])
    changed = [name for name in data.__struct_fields__ if name != "reason" and getattr(data, name) is not msgspec.UNSET]
    for name in changed:
        setattr(client, name, getattr(data, name))
    client.search_name = _search_name(client.first_name, client.last_name)
    await session.flush()
    if lifting:
        await record(session, principal, "lift_protection", "client", client.id, client.id, detail=reason)
    await record(session, principal, "update", "client", client.id, client.id, detail=",".join(changed))
    return client
