"""Clients: the counsellor registers, searches and updates; supervisors read the whole unit."""

from __future__ import annotations

import uuid

from litestar import Controller, get, patch, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery, JSONBody
from litestar.status_codes import HTTP_200_OK
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.errors import ApiError
from kundval.core.pagination import DEFAULT_LIMIT, Limit, Offset, Page
from kundval.core.security import Principal, Role, requires_role
from kundval.domain.clients import service
from kundval.domain.clients.personal_number import looks_like_personal_number
from kundval.domain.clients.schemas import ClientCreate, ClientOut, ClientSearch, ClientUpdate


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
        """The caller's clients; ``q`` searches a name (part of it). A personal number is refused here (422): it would
        be in the URL and so in access logs; search for it with ``POST /api/clients/search``."""
        if q and looks_like_personal_number(q):
            raise ApiError("client.search_by_body", status_code=422, extra=[{"key": "q", "message": "use POST"}])
        rows, total = await service.search_clients(db_session, principal, q, limit, offset)
        return Page([service.client_out(c, principal) for c in rows], total, limit, offset)

    @post(
        "/search",
        guards=[requires_role(Role.COUNSELLOR, Role.SUPERVISOR)],
        operation_id="searchClients",
        status_code=HTTP_200_OK,
    )
    async def search_clients(
        self,
        data: JSONBody[ClientSearch],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> Page[ClientOut]:
        """The caller's clients matching ``q``: a personal number (exact) or a name (part of it), sent in the body
        so that the number never appears in a URL. A protected client is found only by its owner."""
        rows, total = await service.search_clients(db_session, principal, data.q, data.limit, data.offset)
        return Page([service.client_out(c, principal) for c in rows], total, data.limit, data.offset)

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
        """Change contact details and target-group facts; only the fields sent change. A protected client and the
        protection flag only the owning counsellor changes (404 for others); lifting protection needs ``reason``."""
        client = await service.update_client(db_session, principal, client_id, data)
        return service.client_out(client, principal)
