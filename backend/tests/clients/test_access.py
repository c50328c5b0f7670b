"""Which clients each caller's list holds.

Who may read, change, list and register a client (401/403/404, refused requests changing nothing, "not yours" reading
like "does not exist") is the generated access test's (tests/system/test_access_generated.py), which walks every route
as every caller; this module keeps what that test does not look at: the contents of the list. Rows share one
signed-in demo world per module; each row builds its own clients.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy.ext.asyncio import async_sessionmaker

from kundval.domain.clients.models import Client
from tests.factories import World, make_client, open_world


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with open_world(migrated_database, tmp_path_factory.mktemp("world")) as world:
        yield world


async def _client(world: World, owner: str = "counsellor") -> Client:
    async with async_sessionmaker(world.engine, expire_on_commit=False).begin() as session:
        return await make_client(session, world.demo.users[owner])


@pytest.mark.parametrize(
    ("role", "sees"),
    [
        ("owner", {"counsellor"}),
        ("other", {"counsellor2"}),
        ("stand_in", {"counsellor", "counsellor3"}),  # the covered caseload and their own
        ("supervisor", {"counsellor", "counsellor2", "counsellor3"}),
    ],
)
async def test_client_list_holds_the_callers_caseload(world: World, role: str, sees: set[str]) -> None:
    clients = {owner: (await _client(world, owner)).id for owner in ("counsellor", "counsellor2", "counsellor3")}
    listed = {item["id"] for item in (await world.clients[role].get("/api/clients?limit=500")).json()["items"]}
    assert {owner for owner, client_id in clients.items() if str(client_id) in listed} == sees
