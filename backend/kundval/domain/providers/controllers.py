"""The provider register: the coordinator writes, everyone signed in reads."""

from __future__ import annotations

import uuid

from litestar import Controller, get, patch, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.pagination import Page
from kundval.core.security import Role, authenticated, requires_role
from kundval.domain.providers import service
from kundval.domain.providers.schemas import ProviderCreate, ProviderOut, ProviderUpdate


class ProviderController(Controller):
    path = "/api/providers"
    tags = ["providers"]

    @get("/", guards=[authenticated], operation_id="listProviders")
    async def list_providers(self, db_session: NamedDependency[AsyncSession]) -> Page[ProviderOut]:
        """Every provider with its authorizations (the register is a few hundred rows at most)."""
        providers = await service.list_providers(db_session)
        return Page([service.provider_out(p) for p in providers], len(providers), len(providers), 0)

    @post("/", guards=[requires_role(Role.COORDINATOR)], operation_id="createProvider")
    async def create_provider(
        self, data: JSONBody[ProviderCreate], db_session: NamedDependency[AsyncSession]
    ) -> ProviderOut:
        """Register a provider; the organisation number is checked and stored as NNNNNN-NNNN."""
        return service.provider_out(await service.create_provider(db_session, data))

    @get("/{provider_id:uuid}", guards=[authenticated], operation_id="getProvider")
    async def get_provider(
        self, provider_id: FromPath[uuid.UUID], db_session: NamedDependency[AsyncSession]
    ) -> ProviderOut:
        """One provider with its authorizations."""
        return service.provider_out(await service.get_provider(db_session, provider_id))

    @patch("/{provider_id:uuid}", guards=[requires_role(Role.COORDINATOR)], operation_id="updateProvider")
    async def update_provider(
        self,
        provider_id: FromPath[uuid.UUID],
        data: JSONBody[ProviderUpdate],
        db_session: NamedDependency[AsyncSession],
    ) -> ProviderOut:
        """Change contact details, status or authorizations (sent authorizations replace the list)."""
        return service.provider_out(await service.update_provider(db_session, provider_id, data))
