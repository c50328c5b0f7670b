"""Reading the audit log: filters, events in words with people's names, the client named as the reader may see them,
client look-up by name, personal number or reference, and the CSV export."""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, Select, String, cast, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.clock import MUNICIPALITY_TZ
from kundval.core.errors import Language
from kundval.core.security import Principal, Role
from kundval.domain.accounts.models import User
from kundval.domain.audit.models import AuditEvent, AuditEventClient
from kundval.domain.auditlog.schemas import AuditEventOut, AuditFilter
from kundval.domain.auditlog.words import EVENTS, event_words
from kundval.domain.clients.models import Client
from kundval.domain.clients.service import identity_visible, readable_clients, reference_of, search_clients

REFERENCE = re.compile(r"^K-([0-9A-F]{8})$")
ROLE_WORDS = {
    Role.COUNSELLOR: ("karriärvägledare", "counsellor"),
    Role.COORDINATOR: ("kundkoordinator", "coordinator"),
    Role.SUPERVISOR: ("arbetsledare", "supervisor"),
    Role.ADMIN: ("systemspecialist", "administrator"),
    Role.PROVIDER_ADMIN: ("anordnare (admin)", "provider administrator"),
    Role.PROVIDER_STAFF: ("jobbexpert", "coach"),
}
CSV_HEADERS = {
    "sv": ["Tid", "Person", "Användarnamn", "Roller", "Händelse", "Klient", "Antal listade", "Detalj", "Händelse-id"],
    "en": ["Time", "Person", "Username", "Roles", "Event", "Client", "Number listed", "Detail", "Event id"],
}


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=MUNICIPALITY_TZ)


def concerns(client_id: uuid.UUID) -> ColumnElement[bool]:
    """The events about a client: their own reads and changes, and every list view that showed them."""
    listed = select(AuditEventClient.event_id).where(AuditEventClient.client_id == client_id)
    return or_(AuditEvent.client_id == client_id, AuditEvent.id.in_(listed))


def filtered(f: AuditFilter) -> Select[AuditEvent]:
    """The events matching the filter; ``date_from``/``date_to`` are Swedish calendar days, both included."""
    statement = select(AuditEvent)
    if f.username:
        statement = statement.where(AuditEvent.username == f.username.strip().lower())
    if f.user_id:
        statement = statement.where(AuditEvent.user_id == f.user_id)
    if f.client_id:
        statement = statement.where(concerns(f.client_id))
    if f.action:
        statement = statement.where(AuditEvent.action == f.action)
    if f.object_type:
        statement = statement.where(AuditEvent.object_type == f.object_type)
    if f.date_from:
        statement = statement.where(AuditEvent.at >= _start_of(f.date_from))
    if f.date_to:
        statement = statement.where(AuditEvent.at < _start_of(f.date_to + timedelta(days=1)))
    return statement


async def client_display(
    session: AsyncSession, principal: Principal, client_ids: set[uuid.UUID]
) -> dict[uuid.UUID, str]:
    """Each client's name if the reader may read the client and see who they are; otherwise the reference."""
    names = {client_id: reference_of(client_id) for client_id in client_ids}
    if client_ids:
        readable = (await readable_clients(session, principal)).where(Client.id.in_(client_ids))
        for client in (await session.scalars(readable)).all():
            if identity_visible(client, principal):
                names[client.id] = f"{client.first_name} {client.last_name}"
    return names


async def event_views(
    session: AsyncSession,
    principal: Principal,
    rows: Sequence[AuditEvent],
    language: Language,
    client_id: uuid.UUID | None = None,
) -> list[AuditEventOut]:
    """Events for people, in four queries whatever the page's length. With ``client_id`` (the filter), a list view
    that showed the client names that client."""
    user_ids = {e.user_id for e in rows if e.user_id}
    users = (
        dict((await session.execute(select(User.id, User.name).where(User.id.in_(user_ids)))).all()) if user_ids else {}
    )
    event_ids = [e.id for e in rows]
    listed = (
        dict(
            (
                await session.execute(
                    select(AuditEventClient.event_id, func.count())
                    .where(AuditEventClient.event_id.in_(event_ids))
                    .group_by(AuditEventClient.event_id)
                )
            ).all()
        )
        if event_ids
        else {}
    )
    names = await client_display(
        session, principal, {e.client_id for e in rows if e.client_id} | ({client_id} if client_id else set())
    )
    views = []
    for e in rows:
        shown = e.client_id or (client_id if e.id in listed else None)
        views.append(
            AuditEventOut(
                id=e.id,
                at=e.at,
                user_id=e.user_id,
                username=e.username,
                user_name=users.get(e.user_id, e.username) if e.user_id else e.username,
                roles=e.roles.split(",") if e.roles else [],
                provider_id=e.provider_id,
                action=e.action,
                object_type=e.object_type,
                event=event_words(e.action, e.object_type, language),
                object_id=e.object_id,
                client_id=e.client_id,
                client=names.get(shown) if shown else None,
                clients_listed=listed.get(e.id, 0) if e.client_id is None else 0,
                detail=e.detail,
            )
        )
    return views


def _id_as_hex(dialect: str) -> ColumnElement[str]:
    """A client's id in SQL as the upper-case hex digits that end a reference, on either database."""
    if dialect == "sqlite":
        return func.hex(Client.id, type_=String)  # SQLite keeps the id as 16 bytes
    return func.upper(func.replace(cast(Client.id, String), "-", "", type_=String), type_=String)


async def find_clients(session: AsyncSession, principal: Principal, text: str) -> list[tuple[Client | None, uuid.UUID]]:
    """The clients that ``text`` names, for the log's client filter: by reference (K-1A2B3C4D) any client, since a
    reference says nothing about who they are; by name or personal number those the reader may read, with the
    clients area's rules (a protected identity is not found by name). A search that shows names is itself logged."""
    text = text.strip()
    if not text:
        return []
    match = REFERENCE.match(text.upper())
    if match:
        hex_id = _id_as_hex(session.get_bind().dialect.name)
        ids = (await session.scalars(select(Client.id).where(hex_id.like(f"%{match.group(1)}")))).all()
        readable = {
            c.id: c
            for c in (await session.scalars((await readable_clients(session, principal)).where(Client.id.in_(ids))))
        }
        return [(readable.get(client_id), client_id) for client_id in ids]
    rows, _ = await search_clients(session, principal, text, 20, 0)
    return [(client, client.id) for client in rows]


def roles_words(roles: list[str], language: Language) -> str:
    index = 1 if language == "en" else 0
    return ", ".join(ROLE_WORDS[Role(r)][index] if r in ROLE_WORDS else r for r in roles)


def events_csv(views: Sequence[AuditEventOut], language: Language) -> str:
    """The events as CSV (semicolon-separated, as the indicators), in words, one column per header."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(CSV_HEADERS["en" if language == "en" else "sv"])
    for v in views:
        writer.writerow(
            [
                v.at.astimezone(MUNICIPALITY_TZ).strftime("%Y-%m-%d %H:%M:%S"),
                v.user_name,
                v.username,
                roles_words(v.roles, language),
                v.event,
                v.client or "",
                v.clients_listed or "",
                v.detail,
                v.id,
            ]
        )
    return out.getvalue()


def known_events(language: Language) -> list[tuple[str, str, str]]:
    return [(action, object_type, event_words(action, object_type, language)) for action, object_type in EVENTS]
