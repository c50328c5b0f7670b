"""The row scopes' last line: a role the scope does not name reads no client and no case, even where a route's
guard would let it through by mistake (the guard and the scope are two layers; each must hold on its own)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from kundval.core.security import Principal, Role
from kundval.domain.cases.access import readable_cases
from kundval.domain.cases.models import Case
from kundval.domain.clients.models import Client
from kundval.domain.clients.service import readable_clients
from tests.factories import seed_demo


@pytest.mark.parametrize(
    "roles", [{Role.COORDINATOR}, {Role.ADMIN}, {Role.PROVIDER_ADMIN}, {Role.PROVIDER_STAFF}, set()]
)
async def test_roles_outside_the_scope_read_no_client(engine: AsyncEngine, roles: set[Role]) -> None:
    demo = await seed_demo(engine)
    provider_id = uuid.UUID(demo.provider("provider1")) if roles & {Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF} else None
    principal = Principal(
        id=demo.users["admin"],
        username="x",
        name="X",
        roles=frozenset(roles),
        provider_id=provider_id,
        session_id=uuid.uuid4(),
    )
    async with AsyncSession(engine) as session:
        assert (await session.scalars(await readable_clients(session, principal))).all() == []
        if not roles & {Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF}:
            assert (await session.scalars(await readable_cases(session, principal))).all() == []
        # The demo world has clients and cases: the empty answers above are the scope's doing.
        assert (await session.scalars(select(Client))).first() is not None
        assert (await session.scalars(select(Case))).first() is not None


@pytest.mark.parametrize(
    ("roles", "at_provider", "sees"),
    [
        ({Role.PROVIDER_ADMIN}, True, True),
        ({Role.PROVIDER_STAFF}, True, True),
        ({Role.PROVIDER_ADMIN}, False, False),
        ({Role.PROVIDER_STAFF}, False, False),
        # A provider id without a provider role (a principal the accounts rules never make) works no queue.
        ({Role.COUNSELLOR}, True, False),
        ({Role.SUPERVISOR}, True, False),
        ({Role.COORDINATOR}, True, False),
        ({Role.ADMIN}, True, False),
        (set(), True, False),
    ],
)
async def test_the_queue_scope_is_the_callers_providers_staff_only(
    engine: AsyncEngine, roles: set[Role], at_provider: bool, sees: bool
) -> None:
    demo = await seed_demo(engine)
    provider_id = uuid.UUID(demo.provider("provider1"))
    principal = Principal(
        id=uuid.uuid4(),
        username="x",
        name="X",
        roles=frozenset(roles),
        provider_id=provider_id if at_provider else None,
        session_id=uuid.uuid4(),
    )
    async with AsyncSession(engine) as session:
        at_p1 = set((await session.scalars(select(Case.id).where(Case.provider_id == provider_id))).all())
        queue = set(
            (
                await session.scalars((await readable_cases(session, principal, queue=True)).with_only_columns(Case.id))
            ).all()
        )
    assert at_p1  # the demo world has cases at provider 1, whoever their coach: the answer is the scope's
    assert queue == (at_p1 if sees else set())
