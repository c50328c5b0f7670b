"""The inbox: queueing writes to the provider's shared inbox (its administrator and coaches), claiming and
handing back write to the counsellor; nobody reads or marks another's messages."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.factories import World, decide_case, inbox, open_world, register_client


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with open_world(migrated_database, tmp_path_factory.mktemp("world")) as world:
        yield world


async def _queued_case(world: World) -> str:
    owner = world.clients["owner"]
    case = await decide_case(owner, (await register_client(owner))["id"])
    response = await owner.post(f"/api/cases/{case['id']}/queue",
                                json={"provider_id": world.demo.provider("provider1")})
    assert response.status_code == 201, response.text
    return case["id"]


async def test_each_step_writes_to_the_right_inbox(world: World) -> None:
    claimed, handed_back = await _queued_case(world), await _queued_case(world)
    coach, p1_admin = world.clients["p1_coach"], world.clients["p1_admin"]
    assert (await coach.post(f"/api/cases/{claimed}/claim",
                             json={"coach_id": world.demo.user("provider1-coach")})).status_code == 201
    assert (await p1_admin.post(f"/api/cases/{handed_back}/hand-back",
                                json={"reason": "Fullt i höst."})).status_code == 201

    def about(messages: list[dict], case_id: str) -> list[tuple[bool, str]]:
        return [(m["to_provider"], m["subject"]) for m in messages if m["case_id"] == case_id]

    for role in ("p1_admin", "p1_coach"):  # the shared inbox
        messages = await inbox(world.clients[role])
        assert about(messages, claimed) == about(messages, handed_back) == [(True, "Ny kund i kö: Jobbpeng grund")]
    owner_messages = await inbox(world.clients["owner"])
    assert about(owner_messages, claimed) == [(False, "Ärendet är bemannat")]
    assert about(owner_messages, handed_back) == [(False, "Ärende lämnat tillbaka av anordnaren")]
    for role in ("other", "stand_in", "supervisor", "p2_admin", "p2_coach"):
        messages = await inbox(world.clients[role])
        assert about(messages, claimed) == about(messages, handed_back) == [], role


async def test_marking_read_is_for_the_inbox_owner_only(world: World) -> None:
    case_id = await _queued_case(world)
    message = next(m for m in await inbox(world.clients["p1_coach"]) if m["case_id"] == case_id)
    unread_before = (await world.clients["p1_admin"].get("/api/messages")).json()["unread"]
    for role in ("owner", "p2_admin", "p2_coach", "admin"):
        response = await world.clients[role].post(f"/api/messages/{message['id']}/read")
        assert response.status_code == 404 and response.json()["detail"], role
    assert (await world.clients["anon"].post(f"/api/messages/{message['id']}/read")).status_code == 401
    assert next(m for m in await inbox(world.clients["p1_admin"]) if m["id"] == message["id"])["read_at"] is None

    response = await world.clients["p1_coach"].post(f"/api/messages/{message['id']}/read")
    assert response.status_code == 201 and response.json()["read_at"] is not None
    # The inbox is shared: read for the administrator too.
    assert (await world.clients["p1_admin"].get("/api/messages")).json()["unread"] == unread_before - 1
