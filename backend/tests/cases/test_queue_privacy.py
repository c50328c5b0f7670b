"""The provider's queue and a queued case tell the provider only what it needs to decide: no personal number, no
full name, no contact details, until it has claimed the case; then the coach sees the client."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.factories import World, decide_case, open_world, register_client


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with open_world(migrated_database, tmp_path_factory.mktemp("world")) as world:
        yield world


async def test_queue_and_queued_case_hide_the_client_until_claimed(world: World) -> None:
    owner, p1_admin, coach = world.clients["owner"], world.clients["p1_admin"], world.clients["p1_coach"]
    kund = await register_client(
        owner,
        first_name="Nora",
        last_name="Privatsson",
        email="nora@example.org",
        phone="070-444 55 66",
        district="Norr",
        language="fa",
    )
    case = await decide_case(owner, kund["id"], scope_percent=50, assignment="Uppdrag som väntar på publicering.")
    url = f"/api/cases/{case['id']}"
    assert (await owner.post(f"{url}/queue", json={"provider_id": world.demo.provider("provider1")})).status_code == 201
    secrets = [
        kund["personal_number"],
        kund["personal_number"][2:],
        kund["personal_number"][:8],
        "Privatsson",
        "nora@example.org",
        "070-444 55 66",
    ]

    for caller in (p1_admin, coach):
        queue = await caller.get("/api/provider/queue")
        assert not [s for s in secrets if s in queue.text]
        item = next(i for i in queue.json()["items"] if i["id"] == case["id"])
        assert item == item | {
            "client_name": "Nora P.",
            "district": "Norr",
            "language": "fa",
            "scope_percent": 50,
            "intervention": "JOBBPENG_GRUND",
        }
        assert "personal_number" not in item
    before = await p1_admin.get(url)
    assert (before.json()["client"], before.json()["assignment"]) == (None, None)
    assert not [s for s in secrets if s in before.text]
    listed = await p1_admin.get("/api/cases?status=queued&limit=500")
    assert [c["client"] for c in listed.json()["items"] if c["id"] == case["id"]] == [None]
    assert not [s for s in secrets if s in listed.text]
    assert (await coach.get(url)).status_code == 404  # not assigned to the coach yet

    claim = await coach.post(f"{url}/claim", json={"coach_id": world.demo.user("provider1-coach")})
    assert claim.status_code == 201, claim.text
    seen = (await coach.get(url)).json()["client"]
    assert (seen["personal_number"], seen["display_name"], seen["phone"]) == (
        kund["personal_number"],
        "Nora Privatsson",
        "070-444 55 66",
    )
    assert (await p1_admin.get(url)).json()["client"]["personal_number"] == kund["personal_number"]
    assert (await coach.get(url)).json()["assignment"] is None  # the assignment comes with publishing
    assert (await p1_admin.get(url)).json()["assignment"] is None
    assert (await owner.get(url)).json()["assignment"] == "Uppdrag som väntar på publicering."
