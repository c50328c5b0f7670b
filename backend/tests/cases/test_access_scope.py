"""cases/access.py straight against the database: which cases each role reads, which a provider's users may work
from the queue, and what of a case a provider sees by its status (DOMAIN: a provider sees only its own cases;
within a provider, staff see the cases assigned to them, the administrator all of them)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from kundval.core.security import Principal, Role
from kundval.domain.cases.access import queue_name, readable_cases, sees_assignment, sees_client
from kundval.domain.cases.models import CaseStatus
from kundval.domain.clients.models import Client
from tests.scopes import ScopeWorld, scope_world

EVERY = {"a_active", "a_claimed", "a_queued", "a_decided", "a_protected", "b_active", "b_ended"}
AT_P1 = {"a_active", "a_claimed", "a_queued", "a_protected", "b_ended"}


@pytest.fixture
async def world(engine: AsyncEngine) -> ScopeWorld:
    return await scope_world(engine)


async def seen(
    engine: AsyncEngine, world: ScopeWorld, name: str, *, queue: bool = False, **override: object
) -> set[str]:
    names = {case_id: case_name for case_name, case_id in world.cases.items()}
    async with AsyncSession(engine) as session:
        principal = world.principal(name, **override)  # type: ignore[arg-type]
        # Without ``queue`` as the routes call it: the plain scope is the default.
        statement = await (
            readable_cases(session, principal, queue=True) if queue else readable_cases(session, principal)
        )
        return {names[case.id] for case in (await session.scalars(statement)).all()}


async def test_each_role_reads_its_own_cases(engine: AsyncEngine, world: ScopeWorld) -> None:
    expected = {
        "supervisor": EVERY,
        "counsellor_a": {"a_active", "a_claimed", "a_queued", "a_decided", "a_protected"},
        "counsellor_b": {"b_active", "b_ended"},
        "stand_in": {"b_active", "b_ended"},  # counsellor_b's caseload, covered today
        "p1_admin": AT_P1,
        "p2_admin": {"b_active"},
        "p1_coach": {"a_active", "a_protected", "b_ended"},  # assigned to them, ended ones included
        "p1_coach2": {"a_claimed"},
        "coordinator": set(),
        "admin": set(),
    }
    assert {name: await seen(engine, world, name) for name in expected} == expected


async def test_a_provider_role_without_a_provider_reads_nothing(engine: AsyncEngine, world: ScopeWorld) -> None:
    assert await seen(engine, world, "p1_admin", provider=None) == set()
    assert await seen(engine, world, "p1_coach", provider=None) == set()


async def test_a_coach_reads_only_their_cases_at_their_own_provider(engine: AsyncEngine, world: ScopeWorld) -> None:
    # The coach of cases at p1, signed in for p2 (moved to another provider): none of the p1 cases, whose coach they
    # still are on paper.
    assert await seen(engine, world, "p1_coach", provider="p2") == set()
    # Being named a case's coach is not enough without the provider staff role.
    assert await seen(engine, world, "p1_coach", roles={Role.ADMIN}) == set()


async def test_the_first_role_in_the_order_decides(engine: AsyncEngine, world: ScopeWorld) -> None:
    # A supervisor who is also a counsellor reads the unit; a counsellor who is also a provider administrator
    # reads the caseload, not the provider's cases.
    assert await seen(engine, world, "counsellor_a", roles={Role.COUNSELLOR, Role.SUPERVISOR}) == EVERY
    assert await seen(engine, world, "counsellor_a", roles={Role.COUNSELLOR, Role.PROVIDER_ADMIN}, provider="p2") == {
        "a_active",
        "a_claimed",
        "a_queued",
        "a_decided",
        "a_protected",
    }
    # An administrator who is also staff reads all the provider's cases, not only the assigned ones.
    assert await seen(engine, world, "p1_coach", roles={Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF}) == AT_P1


async def test_the_queue_scope_is_every_case_at_the_callers_provider(engine: AsyncEngine, world: ScopeWorld) -> None:
    # A coach works the provider's queue whatever the coach of each case (a lost race answers 409, not 404).
    assert await seen(engine, world, "p1_coach", queue=True) == AT_P1
    assert await seen(engine, world, "p1_coach2", queue=True) == AT_P1
    assert await seen(engine, world, "p1_admin", queue=True) == AT_P1
    assert await seen(engine, world, "p2_admin", queue=True) == {"b_active"}
    # Nobody outside a provider works a queue, the supervisor included; nor a provider role without a provider.
    for name in ("supervisor", "counsellor_a", "coordinator"):
        assert await seen(engine, world, name, queue=True) == set(), name
    assert await seen(engine, world, "p1_coach", queue=True, provider=None) == set()
    # A provider id without a provider role is not enough either.
    assert await seen(engine, world, "counsellor_a", queue=True, provider="p1") == set()


def principal(provider_id: uuid.UUID | None) -> Principal:
    roles = {Role.PROVIDER_ADMIN} if provider_id else {Role.COUNSELLOR}
    return Principal(
        id=uuid.uuid4(),
        username="x",
        name="X",
        roles=frozenset(roles),
        provider_id=provider_id,
        session_id=uuid.uuid4(),
    )


@pytest.mark.parametrize("status", list(CaseStatus))
def test_what_a_provider_sees_follows_the_status(status: CaseStatus) -> None:
    provider, municipality = principal(uuid.uuid4()), principal(None)
    # The client once claimed (and after the end); the assignment once published.
    assert sees_client(provider, status) is (status in {CaseStatus.CLAIMED, CaseStatus.ACTIVE, CaseStatus.ENDED})
    assert sees_assignment(provider, status) is (status in {CaseStatus.ACTIVE, CaseStatus.ENDED})
    assert sees_client(municipality, status) and sees_assignment(municipality, status)


# Mutants explained as equivalent (mutmut, issue 10): x_readable_cases__mutmut_9, x_readable_cases__mutmut_35 turn
# `where(false())` into `where(None)`; SQLAlchemy renders `WHERE NULL`, which selects no row either.


def test_a_queued_client_is_named_by_first_name_and_initial_unless_protected() -> None:
    client_id = uuid.UUID("01a23100-0000-7000-8000-00000000abcd")
    client = Client(id=client_id, first_name="Agnes", last_name="Brevsson", protected_identity=False)
    assert queue_name(client) == "Agnes B."
    client.protected_identity = True
    assert queue_name(client) == "K-0000ABCD"
