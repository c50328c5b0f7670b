"""The audit log records every read and change of clients and cases (who, roles, provider, action, object, client),
and administrators and supervisors read it with filters. The log is never emptied between tests, so every test
looks only at its own rows (its own clients, or rows it wrote itself)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import insert

from kundval.core.clock import MUNICIPALITY_TZ
from kundval.domain.audit.models import AuditEvent
from tests.factories import ROLES, Caller, World, decide_case, open_world, register_client, today


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with open_world(migrated_database, tmp_path_factory.mktemp("world")) as world:
        yield world


async def _audit(caller: Caller, **filters: Any) -> list[dict[str, Any]]:
    """The matching rows, oldest first."""
    response = await caller.get("/api/audit", params={"limit": 500, **filters})
    assert response.status_code == 200, response.text
    assert response.json()["total"] == len(response.json()["items"])
    return response.json()["items"][::-1]


def _who_what(rows: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return [(row["username"], row["object_type"], row["action"]) for row in rows]


async def test_reads_and_changes_of_a_client_are_recorded(world: World) -> None:
    owner, supervisor = world.clients["owner"], world.clients["supervisor"]
    kund = await register_client(owner, last_name="Loggsson")
    await owner.get(f"/api/clients/{kund['id']}")
    await owner.patch(f"/api/clients/{kund['id']}", json={"phone": "070-000 11 22", "district": "Norr"})
    await owner.get("/api/clients", params={"q": "loggsson"})
    await supervisor.get(f"/api/clients/{kund['id']}")
    await world.clients["other"].get(f"/api/clients/{kund['id']}")  # 404: nothing was read

    rows = await _audit(world.clients["admin"], client_id=kund["id"])
    assert _who_what(rows) == [
        ("counsellor", "client", "create"),
        ("counsellor", "client", "read"),
        ("counsellor", "client", "update"),
        ("counsellor", "client", "list"),
        ("supervisor", "client", "read"),
    ]
    assert {(r["object_id"], r["client_id"], r["provider_id"]) for r in rows} == {(kund["id"], kund["id"], None)}
    assert rows[0]["roles"] == ["counsellor"] and rows[-1]["roles"] == ["supervisor"]
    assert rows[0]["user_id"] == world.demo.user("counsellor")
    assert rows[2]["detail"] == "phone,district"
    assert all(datetime.fromisoformat(r["at"]).date() >= today() - timedelta(days=1) for r in rows)


async def test_reads_and_changes_of_a_case_are_recorded_with_the_providers_roles(world: World) -> None:
    owner, coach, p1_admin = world.clients["owner"], world.clients["p1_coach"], world.clients["p1_admin"]
    kund = await register_client(owner)
    case = await decide_case(owner, kund["id"])
    url = f"/api/cases/{case['id']}"
    await owner.post(f"{url}/queue", json={"provider_id": world.demo.provider("provider1")})
    await coach.get("/api/provider/queue")
    await coach.post(f"{url}/claim", json={"coach_id": world.demo.user("provider1-coach")})
    await coach.get(url)
    await coach.get(f"{url}/history")
    await p1_admin.get("/api/cases", params={"client_id": kund["id"]})
    await world.clients["p2_admin"].get(url)  # 404: nothing was read

    rows = [r for r in await _audit(world.clients["supervisor"], client_id=kund["id"]) if r["object_type"] == "case"]
    assert _who_what(rows) == [
        ("counsellor", "case", "create"),
        ("counsellor", "case", "queue"),
        ("provider1-coach", "case", "list_queue"),
        ("provider1-coach", "case", "claim"),
        ("provider1-coach", "case", "read"),
        ("provider1-coach", "case", "read_history"),
        ("provider1-admin", "case", "list"),
    ]
    # The queue view is one row for all the cases it listed (the demo's queued case too), so it names none itself.
    assert {r["object_id"] for r in rows if r["action"] != "list_queue"} == {case["id"]}
    assert [(r["roles"], r["provider_id"]) for r in rows[2:]] == [
        (["provider_staff"], world.demo.provider("provider1"))
    ] * 4 + [(["provider_admin"], world.demo.provider("provider1"))]
    assert rows[1]["detail"] == "Framtidsvägen AB"


async def test_filters_by_user_client_and_swedish_calendar_days(world: World) -> None:
    admin = world.clients["admin"]
    kund = await register_client(world.clients["owner"])
    await world.clients["supervisor"].get(f"/api/clients/{kund['id']}")
    assert _who_what(await _audit(admin, client_id=kund["id"], username=" Supervisor ")) == [
        ("supervisor", "client", "read")
    ]
    assert _who_what(await _audit(admin, client_id=kund["id"], user_id=world.demo.user("counsellor"))) == [
        ("counsellor", "client", "create")
    ]
    newest = (
        await admin.get("/api/audit", params={"username": "supervisor", "date_from": str(today()), "limit": 5})
    ).json()
    assert {r["username"] for r in newest["items"]} == {"supervisor"} and newest["total"] >= 1
    assert newest["items"][0]["client_id"] == kund["id"]

    # Rows written three days ago at 00:30 and 23:45 Swedish time: UTC puts the first on the day before.
    day = today() - timedelta(days=3)
    marker = (await register_client(world.clients["owner"]))["id"]
    async with world.engine.begin() as conn:
        await conn.execute(
            insert(AuditEvent),
            [
                {
                    "at": datetime.combine(day, clock_time, tzinfo=MUNICIPALITY_TZ),
                    "user_id": None,
                    "username": "period-test",
                    "roles": "admin",
                    "provider_id": None,
                    "action": action,
                    "object_type": "client",
                    "object_id": None,
                    "client_id": marker,
                    "detail": "",
                }
                for clock_time, action in ((time(0, 30), "early"), (time(23, 45), "late"))
            ],
        )
    for period, expected in [
        ({"date_from": str(day), "date_to": str(day)}, ["early", "late"]),
        ({"date_to": str(day - timedelta(days=1))}, []),
        ({"date_from": str(day + timedelta(days=1))}, []),
        ({"date_from": str(day - timedelta(days=1)), "date_to": str(day + timedelta(days=1))}, ["early", "late"]),
    ]:
        rows = await _audit(admin, client_id=marker, **period)
        assert [r["action"] for r in rows if r["username"] == "period-test"] == expected, period
    assert [r["action"] for r in await _audit(admin, client_id=marker, date_from=str(today()))] == ["create"]


@pytest.mark.parametrize(
    ("role", "expected"), [(role, {"admin": 200, "supervisor": 200, "anon": 401}.get(role, 403)) for role in ROLES]
)
async def test_only_administrators_and_supervisors_read_the_log(world: World, role: str, expected: int) -> None:
    response = await world.clients[role].get("/api/audit", params={"limit": 1})
    assert response.status_code == expected, response.text
    if expected == 200:
        assert set(response.json()) == {"items", "total", "limit", "offset"}
    else:
        assert "items" not in response.json() and response.json()["detail"]
