"""The provider register (coordinator writes, everyone signed in reads) and provider staff accounts."""

from __future__ import annotations

import uuid

from litestar import Controller, get, patch, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody
from litestar.status_codes import HTTP_204_NO_CONTENT
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.pagination import Page
from kundval.core.security import Principal, Role, authenticated, requires_role
from kundval.domain.providers import service
from kundval.domain.providers.schemas import ProviderCreate, ProviderOut, ProviderUpdate, StaffCreate, StaffOut

staff_managers = requires_role(Role.PROVIDER_ADMIN, Role.COORDINATOR)


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

    @get("/{provider_id:uuid}/staff", guards=[staff_managers], operation_id="listProviderStaff")
    async def list_staff(
        self,
        provider_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> Page[StaffOut]:
        """The provider's accounts with their number of open cases."""
        service.ensure_own_provider(principal, provider_id)
        await service.get_provider(db_session, provider_id)  # an unknown provider is 404, not an empty list
        staff = await service.list_staff(db_session, provider_id)
        return Page(staff, len(staff), len(staff), 0)

    @post("/{provider_id:uuid}/staff", guards=[requires_role(Role.PROVIDER_ADMIN)], operation_id="createProviderStaff")
    async def create_staff(
        self,
        provider_id: FromPath[uuid.UUID],
        data: JSONBody[StaffCreate],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> StaffOut:
        """Create a coach (or, with ``admin``, another administrator) at the caller's own provider."""
        service.ensure_own_provider(principal, provider_id)
        return await service.create_staff(db_session, provider_id, data)

    @post(
        "/{provider_id:uuid}/staff/{user_id:uuid}/deactivate",
        guards=[requires_role(Role.PROVIDER_ADMIN)],
        operation_id="deactivateProviderStaff",
        status_code=HTTP_204_NO_CONTENT,
    )
    async def deactivate_staff(
        self,
        provider_id: FromPath[uuid.UUID],
        user_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> None:
        """Deactivate an account; refused (409) while the coach has open cases."""
        service.ensure_own_provider(principal, provider_id)
        await service.deactivate_staff(db_session, provider_id, user_id)
