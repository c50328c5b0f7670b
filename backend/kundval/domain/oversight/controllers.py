"""A provider's shortcomings (§7.6) and the record that it was told: the coordinator's and the supervisor's."""

from __future__ import annotations

import uuid

from litestar import Controller, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.security import Principal, Role, requires_role
from kundval.domain.oversight import service
from kundval.domain.oversight.schemas import NoticeCreate, NoticeOut, ProviderGrounds, Shortcomings

overseers = requires_role(Role.COORDINATOR, Role.SUPERVISOR)


class OversightController(Controller):
    path = "/api"
    tags = ["oversight"]

    @get("/oversight/providers", guards=[overseers], operation_id="listProviderGrounds")
    async def list_grounds(self, db_session: NamedDependency[AsyncSession]) -> ProviderGrounds:
        """Every provider with a late report or a telling, with its §7.6 ground; those with a ground first."""
        return await service.grounds(db_session)

    @get("/providers/{provider_id:uuid}/shortcomings", guards=[overseers], operation_id="getProviderShortcomings")
    async def get_shortcomings(
        self, provider_id: FromPath[uuid.UUID], db_session: NamedDependency[AsyncSession]
    ) -> Shortcomings:
        """The provider's late reports (days late, no client named), the tellings and the §7.6 ground."""
        return await service.shortcomings(db_session, provider_id)

    @post("/providers/{provider_id:uuid}/notices", guards=[overseers], operation_id="createProviderNotice")
    async def create_notice(
        self,
        provider_id: FromPath[uuid.UUID],
        data: JSONBody[NoticeCreate],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> NoticeOut:
        """Record that the provider was told of a shortcoming (on a day not after today, with a note)."""
        return await service.record_notice(db_session, principal, provider_id, data)
