"""Provider profiles: the provider administrator proposes, the coordinator approves or rejects."""

from __future__ import annotations

import uuid

from litestar import Controller, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.pagination import Page
from kundval.core.security import Principal, Role, requires_role
from kundval.domain.profiles import service
from kundval.domain.profiles.schemas import Decision, ProfileFields, ProfileOut, ProviderProfiles

coordinators = requires_role(Role.COORDINATOR)


class ProfileController(Controller):
    path = "/api"
    tags = ["profiles"]

    @get(
        "/providers/{provider_id:uuid}/profile",
        guards=[requires_role(Role.PROVIDER_ADMIN, Role.COORDINATOR)],
        operation_id="getProviderProfiles",
    )
    async def get_profiles(
        self,
        provider_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> ProviderProfiles:
        """The published profile, the change waiting for approval, and the last rejected one."""
        return await service.profiles_of(db_session, principal, provider_id)

    @post(
        "/providers/{provider_id:uuid}/profile",
        guards=[requires_role(Role.PROVIDER_ADMIN)],
        operation_id="proposeProviderProfile",
    )
    async def propose(
        self,
        provider_id: FromPath[uuid.UUID],
        data: JSONBody[ProfileFields],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> ProfileOut:
        """Propose a new public profile; it is public once the coordinator approves it."""
        return await service.propose(db_session, principal, provider_id, data)

    @get("/profiles/pending", guards=[coordinators], operation_id="listPendingProfiles")
    async def list_pending(
        self, db_session: NamedDependency[AsyncSession], principal: NamedDependency[Principal]
    ) -> Page[ProfileOut]:
        """Profile changes waiting for the coordinator, oldest first."""
        items = await service.pending(db_session, principal)
        return Page(items, len(items), len(items), 0)

    @post("/profiles/{profile_id:uuid}/approve", guards=[coordinators], operation_id="approveProfile")
    async def approve(
        self,
        profile_id: FromPath[uuid.UUID],
        data: JSONBody[Decision],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> ProfileOut:
        """Publish the proposed profile."""
        return await service.decide(db_session, principal, profile_id, True, data.comment)

    @post("/profiles/{profile_id:uuid}/reject", guards=[coordinators], operation_id="rejectProfile")
    async def reject(
        self,
        profile_id: FromPath[uuid.UUID],
        data: JSONBody[Decision],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> ProfileOut:
        """Send the proposal back with a comment; the published profile stays as it was."""
        return await service.decide(db_session, principal, profile_id, False, data.comment)
