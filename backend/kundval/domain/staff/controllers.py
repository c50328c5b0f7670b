"""Provider staff accounts: the provider administrator manages their own provider's, the coordinator reads any."""

from __future__ import annotations

import uuid

from litestar import Controller, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody
from litestar.status_codes import HTTP_204_NO_CONTENT
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.pagination import Page
from kundval.core.security import Principal, Role, requires_role
from kundval.domain.staff import service
from kundval.domain.staff.schemas import StaffCreate, StaffOut

staff_managers = requires_role(Role.PROVIDER_ADMIN, Role.COORDINATOR)


class ProviderStaffController(Controller):
    # The routes stay under the provider they belong to.
    path = "/api/providers"
    tags = ["providers"]

    @get("/{provider_id:uuid}/staff", guards=[staff_managers], operation_id="listProviderStaff")
    async def list_staff(
        self,
        provider_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> Page[StaffOut]:
        """The provider's accounts with their number of open cases."""
        staff = await service.list_staff(db_session, principal, provider_id)
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
        return await service.create_staff(db_session, principal, provider_id, data)

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
        await service.deactivate_staff(db_session, principal, provider_id, user_id)
