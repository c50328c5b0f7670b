"""The row scopes' last line: a role the scope does not name reads no client and no case, even where a route's
guard would let it through by mistake (the guard and the scope are two layers; each must hold on its own)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from kundval.core.security import Principal, Role
from kundval.domain.cases.models import Case
from kundval.domain.cases.access import readable_cases
from kundval.domain.clients.models import Client
from kundval.domain.clients.service import readable_clients
from tests.factories import seed_demo


@pytest.mark.parametrize("roles", [{Role.COORDINATOR}, {Role.ADMIN}, {Role.PROVIDER_ADMIN}, {Role.PROVIDER_STAFF},
                                   set()])
async def test_roles_outside_the_scope_read_no_client(engine: AsyncEngine, roles: set[Role]) -> None:
    demo = await seed_demo(engine)
    provider_id = uuid.UUID(demo.provider("provider1")) if roles & {Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF} else None
    principal = Principal(id=demo.users["admin"], username="x", name="X", roles=frozenset(roles),
                          provider_id=provider_id, session_id=uuid.uuid4())
    async with AsyncSession(engine) as session:
        assert (await session.scalars(await readable_clients(session, principal))).all() == []
        if not roles & {Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF}:
            assert (await session.scalars(await readable_cases(session, principal))).all() == []
        # The demo world has clients and cases: the empty answers above are the scope's doing.
        assert (await session.scalars(select(Client))).first() is not None
        assert (await session.scalars(select(Case))).first() is not None
