"""Issuing choice codes (counsellor) and using them (the public, without signing in)."""

from __future__ import annotations

import uuid
from typing import Any

from litestar import Controller, Request, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kundval.core.openapi import ANSWERS_OPT
from kundval.core.security import Principal, Role, public, requires_role
from kundval.core.settings import Settings
from kundval.domain.choices import service
from kundval.domain.choices.service import IssuedCode
from kundval.domain.comparison.schemas import ChoiceMade, ChoiceRequest


class ChoiceController(Controller):
    path = "/api"
    tags = ["choices"]

    @post("/cases/{case_id:uuid}/choice-code", guards=[requires_role(Role.COUNSELLOR)], operation_id="issueChoiceCode")
    async def issue(
        self,
        case_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
        settings: NamedDependency[Settings],
    ) -> IssuedCode:
        """A one-time code for the client to choose a provider in the public comparison (shown once)."""
        return await service.issue(db_session, principal, case_id, settings.secret_key)

    @post("/public/choices", guards=[public], operation_id="makeChoice", opt={ANSWERS_OPT: (410, 429)})
    async def choose(
        self,
        request: Request[Any, Any, Any],
        data: JSONBody[ChoiceRequest],
        db_session: NamedDependency[AsyncSession],
        settings: NamedDependency[Settings],
        sessionmaker: NamedDependency[async_sessionmaker[AsyncSession]],
    ) -> ChoiceMade:
        """The client's choice of provider with the code from the counsellor; no personal data is asked or told."""
        client_ip = request.client.host if request.client else None
        case, provider = await service.choose(
            db_session, sessionmaker, settings.secret_key, client_ip, data.code, data.provider_id
        )
        return ChoiceMade(provider.name, case.intervention)
