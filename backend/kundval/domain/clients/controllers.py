"""Clients: the counsellor registers, searches and updates; supervisors read the whole unit."""

from __future__ import annotations

import uuid

from litestar import Controller, get, patch, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery, JSONBody
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.pagination import DEFAULT_LIMIT, Limit, Offset, Page
from kundval.core.security import Principal, Role, requires_role
from kundval.domain.clients import service
from kundval.domain.clients.schemas import ClientCreate, ClientOut, ClientUpdate


class ClientController(Controller):
    path = "/api/clients"
    tags = ["clients"]

    @get("/", guards=[requires_role(Role.COUNSELLOR, Role.SUPERVISOR)], operation_id="listClients")
    async def list_clients(
        self,
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
        q: FromQuery[str | None] = None,
        limit: Limit = DEFAULT_LIMIT,
        offset: Offset = 0,
    ) -> Page[ClientOut]:
        """The caller's clients; ``q`` searches a personal number (exact) or a name (part of it)."""
        rows, total = await service.search_clients(db_session, principal, q, limit, offset)
        return Page([service.client_out(c, principal) for c in rows], total, limit, offset)

    @post("/", guards=[requires_role(Role.COUNSELLOR)], operation_id="createClient")
    async def create_client(
        self,
        data: JSONBody[ClientCreate],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> ClientOut:
        """Register a client in the caller's caseload; the personal number is checked and stored as 12 digits."""
        return service.client_out(await service.create_client(db_session, principal, data), principal)

    @get("/{client_id:uuid}", guards=[requires_role(Role.COUNSELLOR, Role.SUPERVISOR)], operation_id="getClient")
    async def get_client(
        self,
        client_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> ClientOut:
        """One client (404 when not in the caller's scope)."""
        return service.client_out(await service.get_client(db_session, principal, client_id), principal)

    @patch("/{client_id:uuid}", guards=[requires_role(Role.COUNSELLOR)], operation_id="updateClient")
    async def update_client(
        self,
        client_id: FromPath[uuid.UUID],
        data: JSONBody[ClientUpdate],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> ClientOut:
        """Change contact details and target-group facts; only the fields sent change."""
        client = await service.update_client(db_session, principal, client_id, data)
        return service.client_out(client, principal)
