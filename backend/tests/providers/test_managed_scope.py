"""Which providers a caller manages (their staff accounts and their profile) is one statement,
``managed_providers``: the coordinator every provider, a provider administrator their own, nobody else any. Every
route on behalf of one provider answers 404 for a provider outside it, whether or not it exists."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.security import Principal, Role
from kundval.domain.profiles.models import ProviderProfile
from kundval.domain.profiles.service import readable_profiles
from kundval.domain.providers.models import Provider
from kundval.domain.providers.service import managed_providers
from tests.factories import World, open_world

NOBODY = "00000000-0000-0000-0000-000000000000"


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with open_world(migrated_database, tmp_path_factory.mktemp("world")) as world:
        yield world


# caller -> the answer to reading provider 1's staff and profile (403: the route's guard; 404: the scope).
READS = {"p1_admin": 200, "coordinator": 200, "p2_admin": 404, "p1_coach": 403, "owner": 403, "anon": 401}


@pytest.mark.parametrize(("caller", "status"), READS.items())
@pytest.mark.parametrize("what", ["staff", "profile"])
async def test_reading_a_providers_staff_and_profile(world: World, caller: str, status: int, what: str) -> None:
    response = await world.clients[caller].get(f"/api/providers/{world.demo.provider('provider1')}/{what}")
    assert response.status_code == status, response.text


@pytest.mark.parametrize("what", ["staff", "profile"])
async def test_a_provider_that_does_not_exist_is_not_found_even_by_the_coordinator(world: World, what: str) -> None:
    assert (await world.clients["coordinator"].get(f"/api/providers/{NOBODY}/{what}")).status_code == 404


async def test_another_providers_administrator_changes_nothing(world: World) -> None:
    p1, p2_admin = world.demo.provider("provider1"), world.clients["p2_admin"]
    account = {"username": "p2-sneaks-in", "name": "Ny", "password": "långt-lösenord"}
    assert (await p2_admin.post(f"/api/providers/{p1}/staff", json=account)).status_code == 404
    coach = world.demo.user("provider1-coach")
    assert (await p2_admin.post(f"/api/providers/{p1}/staff/{coach}/deactivate")).status_code == 404
    assert (await p2_admin.post(f"/api/providers/{p1}/profile", json={"description": "x"})).status_code == 404
    staff = (await world.clients["p1_admin"].get(f"/api/providers/{p1}/staff")).json()["items"]
    assert "p2-sneaks-in" not in {s["username"] for s in staff}
    assert next(s for s in staff if s["id"] == coach)["is_active"] is True


def _principal(world: World, roles: set[Role], provider: str | None) -> Principal:
    return Principal(
        id=uuid.uuid4(),
        username="x",
        name="X",
        roles=frozenset(roles),
        provider_id=world.demo.providers[provider] if provider else None,
        session_id=uuid.uuid4(),
    )


@pytest.mark.parametrize(
    ("roles", "provider", "sees"),
    [
        ({Role.COORDINATOR}, None, "all"),
        ({Role.PROVIDER_ADMIN}, "provider1", "provider1"),
        ({Role.PROVIDER_ADMIN}, "provider2", "provider2"),
        ({Role.PROVIDER_ADMIN}, None, "none"),  # an administrator without a provider manages none
        ({Role.PROVIDER_STAFF}, "provider1", "none"),
        ({Role.COUNSELLOR}, None, "none"),
        ({Role.SUPERVISOR}, None, "none"),
        ({Role.ADMIN}, None, "none"),
        (set(), None, "none"),
    ],
)
async def test_the_scope_in_sql(world: World, roles: set[Role], provider: str | None, sees: str) -> None:
    principal = _principal(world, roles, provider)
    for admin, key in (("p1_admin", "provider1"), ("p2_admin", "provider2")):  # a pending profile each
        response = await world.clients[admin].post(
            f"/api/providers/{world.demo.provider(key)}/profile",
            json={"description": "Vi hjälper dig", "languages": ["sv"]},
        )
        assert response.status_code == 201, response.text
    async with AsyncSession(world.engine) as session:
        every = set((await session.scalars(select(Provider.id))).all())
        managed = set((await session.scalars(managed_providers(principal).with_only_columns(Provider.id))).all())
        with_profiles = set((await session.scalars(select(ProviderProfile.provider_id))).all())
        profiles = set(
            (await session.scalars(readable_profiles(principal).with_only_columns(ProviderProfile.provider_id))).all()
        )
    expected = every if sees == "all" else set() if sees == "none" else {world.demo.providers[sees]}
    assert managed == expected
    assert profiles == expected & with_profiles
    assert len(every) > 1 and with_profiles  # the demo world has providers and profiles: the answers are the scope's
