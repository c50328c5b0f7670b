"""The provider register: only the coordinator writes; organisation numbers are checked and stored as
NNNNNN-NNNN; bad input answers 4xx with a ``detail`` and registers nothing."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from kundval.domain.providers.models import Provider
from tests.factories import ROLES, World, assert_problem, open_world, org_number


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with open_world(migrated_database, tmp_path_factory.mktemp("world")) as world:
        yield world


def _provider(**fields: Any) -> dict[str, Any]:
    return {
        "org_number": org_number(),
        "name": "Nya Vägar AB",
        "email": "info@nyavagar.example",
        "authorizations": [{"intervention": "SAI", "valid_from": "2024-01-01"}],
        **fields,
    }


async def _providers(engine: AsyncEngine) -> int:
    async with AsyncSession(engine) as session:
        return await session.scalar(select(func.count()).select_from(Provider)) or 0


@pytest.mark.parametrize(
    ("role", "expected"), [(role, {"coordinator": 201, "anon": 401}.get(role, 403)) for role in ROLES]
)
async def test_only_the_coordinator_registers_providers(world: World, role: str, expected: int) -> None:
    before = await _providers(world.engine)
    response = await world.clients[role].post("/api/providers", json=_provider())
    assert response.status_code == expected, response.text
    assert await _providers(world.engine) == before + (expected == 201)
    if expected != 201:
        return
    provider = world.demo.provider("provider1")
    patched = await world.clients[role].patch(f"/api/providers/{response.json()['id']}", json={"status": "suspended"})
    assert patched.json()["status"] == "suspended"
    assert (await world.clients["p1_admin"].patch(f"/api/providers/{provider}", json={"name": "X"})).status_code == 403


@pytest.mark.parametrize("raw", ["556036-0794", "5560360794", "556036079", "55603607931", "ABCDEF-GHIJ"])
async def test_invalid_organisation_numbers_are_422(world: World, raw: str) -> None:
    before = await _providers(world.engine)
    response = await world.clients["coordinator"].post(
        "/api/providers", json=_provider(org_number=raw), headers={"Accept-Language": "en"}
    )
    assert_problem(response, 422, "org_number")
    assert await _providers(world.engine) == before


async def test_organisation_numbers_are_stored_with_a_hyphen_and_unique(world: World) -> None:
    number = org_number()
    created = await world.clients["coordinator"].post(
        "/api/providers", json=_provider(org_number=number.replace("-", ""))
    )
    assert (created.status_code, created.json()["org_number"]) == (201, number)
    before = await _providers(world.engine)
    assert_problem(await world.clients["coordinator"].post("/api/providers", json=_provider(org_number=number)), 409)
    assert await _providers(world.engine) == before


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        (
            {"authorizations": [{"intervention": "SAI", "valid_from": "2025-01-01", "valid_to": "2024-12-31"}]},
            "authorizations",
        ),
        ({"authorizations": [{"intervention": "YOGA", "valid_from": "2025-01-01"}]}, "authorizations[0].intervention"),
        ({"authorizations": [{"intervention": "SAI"}]}, "authorizations[0].valid_from"),
        ({"email": "no-at-sign"}, "email"),
        ({"status": "sleeping"}, "status"),
        (
            {"addresses": [{"street": "Storgatan 1", "postal_code": "1314", "city": "Nacka"}]},
            "addresses[0].postal_code",
        ),
    ],
)
async def test_other_bad_provider_input_is_422_naming_the_field(
    world: World, fields: dict[str, Any], field: str
) -> None:
    before = await _providers(world.engine)
    assert_problem(await world.clients["coordinator"].post("/api/providers", json=_provider(**fields)), 422, field)
    assert await _providers(world.engine) == before


def _sent(authorizations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{key: a[key] for key in ("intervention", "valid_from", "valid_to")} for a in authorizations]


async def test_saving_a_provider_unchanged_or_changed_keeps_its_authorizations_right(world: World) -> None:
    """The provider form sends the whole authorization list back on every save: unchanged, with one ended, one
    added and new contact details. Each save answers 200 and the register shows exactly what was sent."""
    coordinator = world.clients["coordinator"]
    created = await coordinator.post(
        "/api/providers",
        json=_provider(
            authorizations=[
                {"intervention": "SAI", "valid_from": "2024-01-01"},
                {"intervention": "JOBBPENG_GRUND", "valid_from": "2024-03-01"},
            ]
        ),
    )
    assert created.status_code == 201, created.text
    url = f"/api/providers/{created.json()['id']}"
    before = created.json()["authorizations"]

    unchanged = await coordinator.patch(
        url,
        json={
            **{k: created.json()[k] for k in ("name", "email", "phone", "status", "addresses", "districts")},
            "authorizations": _sent(before),
        },
    )
    assert unchanged.status_code == 200, unchanged.text
    assert unchanged.json()["authorizations"] == before  # same rows, same ids

    ended = [{**a, "valid_to": "2025-06-30"} if a["intervention"] == "SAI" else a for a in _sent(before)]
    added = {"intervention": "JOBBPENG_FORSTARKT", "valid_from": "2025-07-01", "valid_to": None}
    changed = await coordinator.patch(
        url, json={"email": "ny@nyavagar.example", "phone": "08-111 222 33", "authorizations": [*ended, added]}
    )
    assert changed.status_code == 200, changed.text
    assert (changed.json()["email"], changed.json()["phone"]) == ("ny@nyavagar.example", "08-111 222 33")
    assert sorted(_sent(changed.json()["authorizations"]), key=str) == sorted([*ended, added], key=str)
    again = await coordinator.get(url)
    assert _sent(again.json()["authorizations"]) == _sent(changed.json()["authorizations"])

    removed = await coordinator.patch(url, json={"authorizations": [added]})
    assert removed.status_code == 200, removed.text
    assert _sent(removed.json()["authorizations"]) == [added]


@pytest.mark.parametrize(
    "authorizations",
    [
        [{"intervention": "SAI", "valid_from": "2024-01-01"}, {"intervention": "SAI", "valid_from": "2024-01-01"}],
        [
            {"intervention": "SAI", "valid_from": "2024-01-01", "valid_to": "2024-12-31"},
            {"intervention": "SAI", "valid_from": "2024-06-01"},
        ],
    ],
)
async def test_a_duplicate_or_overlapping_authorization_is_422_not_500(
    world: World, authorizations: list[dict[str, Any]]
) -> None:
    coordinator = world.clients["coordinator"]
    created = await coordinator.post("/api/providers", json=_provider())
    url = f"/api/providers/{created.json()['id']}"
    assert_problem(await coordinator.patch(url, json={"authorizations": authorizations}), 422, "authorizations")
    assert_problem(
        await coordinator.post("/api/providers", json=_provider(authorizations=authorizations)), 422, "authorizations"
    )
    assert _sent((await coordinator.get(url)).json()["authorizations"]) == _sent(created.json()["authorizations"])
