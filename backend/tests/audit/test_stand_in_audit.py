"""Naming a stand-in opens a colleague's caseload to a counsellor, and ending it closes it again: both are in the
audit log (who did it, which arrangement, whose caseload to whom and for which days), and a refused one is not."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest

from tests.factories import Caller, World, open_world, today


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with open_world(migrated_database, tmp_path_factory.mktemp("world")) as world:
        yield world


async def _stand_in_events(caller: Caller, object_id: str) -> list[dict[str, Any]]:
    response = await caller.get("/api/audit", params={"limit": 500, "object_type": "stand_in"})
    assert response.status_code == 200, response.text
    return [row for row in response.json()["items"][::-1] if row["object_id"] == object_id]


async def test_naming_and_ending_a_stand_in_are_audited(world: World) -> None:
    supervisor = world.clients["supervisor"]
    first, last = today(), today() + timedelta(days=3)
    created = await supervisor.post(
        "/api/stand-ins",
        json={
            "counsellor_id": world.demo.user("counsellor3"),
            "stand_in_id": world.demo.user("counsellor2"),
            "valid_from": str(first),
            "valid_to": str(last),
        },
    )
    assert created.status_code == 201, created.text
    stand_in_id = created.json()["id"]

    [named] = await _stand_in_events(supervisor, stand_in_id)
    assert (named["username"], named["action"], named["event"]) == ("supervisor", "create", "Utsåg en ställföreträdare")
    assert named["user_id"] == world.demo.user("supervisor")
    names = created.json()["stand_in_name"], created.json()["counsellor_name"]
    assert named["detail"] == f"{names[0]} för {names[1]}, {first.isoformat()}–{last.isoformat()}"

    ended = await supervisor.request("DELETE", f"/api/stand-ins/{stand_in_id}")
    assert ended.status_code == 204, ended.text
    events = await _stand_in_events(supervisor, stand_in_id)
    assert [e["action"] for e in events] == ["create", "delete"]
    assert events[1]["username"] == "supervisor"
    assert events[1]["detail"] == named["detail"]  # the row is gone; the log still says who covered whom


async def test_a_refused_stand_in_leaves_no_audit_event(world: World) -> None:
    supervisor = world.clients["supervisor"]
    before = (await supervisor.get("/api/audit", params={"object_type": "stand_in"})).json()["total"]
    refused = await supervisor.post(
        "/api/stand-ins",
        json={
            "counsellor_id": world.demo.user("counsellor3"),
            "stand_in_id": world.demo.user("counsellor3"),
            "valid_from": str(today()),
            "valid_to": str(today()),
        },
    )
    assert refused.status_code == 422
    missing = await supervisor.request("DELETE", "/api/stand-ins/00000000-0000-0000-0000-000000000000")
    assert missing.status_code == 404
    assert (await supervisor.get("/api/audit", params={"object_type": "stand_in"})).json()["total"] == before
