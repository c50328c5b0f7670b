"""Who may read, change, list and register clients: one table row per (role, route, expected answer).

Rows share one signed-in demo world per module; each row builds its own client. A refused request changes nothing
and reads exactly like the answer for a client that does not exist.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kundval.domain.clients.models import Client
from tests.factories import ROLES, World, make_client, open_world, personal_number


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with open_world(migrated_database, tmp_path_factory.mktemp("world")) as world:
        yield world


#                     owner other stand  super coord admin p1adm p1coa p2adm p2coa anon
MATRIX: list[tuple[str, tuple[int, ...]]] = [
    ("get",          (200,  404,  200,  200,  403,  403,  403,  403,  403,  403,  401)),
    ("patch",        (200,  404,  200,  403,  403,  403,  403,  403,  403,  403,  401)),
    ("list",         (200,  200,  200,  200,  403,  403,  403,  403,  403,  403,  401)),
    ("create",       (201,  201,  201,  403,  403,  403,  403,  403,  403,  403,  401)),
]
ROWS = [pytest.param(role, route, expected, id=f"{route}-{role}-{expected}")
        for route, codes in MATRIX for role, expected in zip(ROLES, codes, strict=True)]
NEW_PHONE = "070-999 88 77"


async def _client(world: World, owner: str = "counsellor") -> Client:
    async with async_sessionmaker(world.engine, expire_on_commit=False).begin() as session:
        return await make_client(session, world.demo.users[owner])


async def _phone(world: World, client_id: uuid.UUID) -> str | None:
    async with AsyncSession(world.engine) as session:
        return (await session.get_one(Client, client_id)).phone


@pytest.mark.parametrize(("role", "route", "expected"), ROWS)
async def test_client_access(world: World, role: str, route: str, expected: int) -> None:
    client = await _client(world)
    method, path, body = {
        "get": ("GET", f"/api/clients/{client.id}", None),
        "patch": ("PATCH", f"/api/clients/{client.id}", {"phone": NEW_PHONE}),
        "list": ("GET", "/api/clients", None),
        "create": ("POST", "/api/clients", {"personal_number": personal_number(), "first_name": "Ny",
                                            "last_name": "Kund"}),
    }[route]
    caller = world.clients[role]
    response = await caller.request(method, path, json=body)
    assert response.status_code == expected, response.text
    if route == "patch":
        assert await _phone(world, client.id) == (NEW_PHONE if expected == 200 else client.phone)
    if expected < 400:
        return
    assert response.json()["detail"]
    if str(client.id) in path:
        unknown = await caller.request(method, path.replace(str(client.id), str(uuid.uuid4())), json=body)
        assert (unknown.status_code, unknown.json()) == (response.status_code, response.json())


@pytest.mark.parametrize(("role", "sees"), [
    ("owner", {"counsellor"}),
    ("other", {"counsellor2"}),
    ("stand_in", {"counsellor", "counsellor3"}),  # the covered caseload and their own
    ("supervisor", {"counsellor", "counsellor2", "counsellor3"}),
])
async def test_client_list_holds_the_callers_caseload(world: World, role: str, sees: set[str]) -> None:
    clients = {owner: (await _client(world, owner)).id for owner in ("counsellor", "counsellor2", "counsellor3")}
    listed = {item["id"] for item in (await world.clients[role].get("/api/clients?limit=500")).json()["items"]}
    assert {owner for owner, client_id in clients.items() if str(client_id) in listed} == sees
