"""GET /api/tasks per role: the right obligations, nothing of another provider or counsellor, names as allowed."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

import pytest
import time_machine
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.core import clock
from kundval.domain.cases.models import CaseStatus
from tests.factories import Caller, Demo, make_case, make_client, seed_demo, sign_in, today


async def _tasks(caller: Caller, **params: Any) -> dict[str, Any]:
    response = await caller.get("/api/tasks", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def _on(body: dict[str, Any], case_id: object) -> list[dict[str, Any]]:
    return [item for item in body["items"] if item["case_id"] == str(case_id)]


async def _world(engine: AsyncEngine) -> tuple[Demo, dict[str, Any]]:
    demo = await seed_demo(engine)
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        queued_client = await make_client(session, demo.users["counsellor"], first_name="Greta", last_name="Garbo")
        queued = await make_case(session, queued_client, CaseStatus.QUEUED, provider_id=demo.providers["provider1"])
        late_client = await make_client(session, demo.users["counsellor"], first_name="Sven", last_name="Late")
        late = await make_case(
            session,
            late_client,
            CaseStatus.ACTIVE,
            provider_id=demo.providers["provider1"],
            coach_id=demo.users["provider1-coach"],
            decision_date=today() - timedelta(days=40),
        )
        other_client = await make_client(session, demo.users["counsellor2"], first_name="Olle", last_name="Other")
        other = await make_case(
            session,
            other_client,
            CaseStatus.ACTIVE,
            provider_id=demo.providers["provider2"],
            coach_id=demo.users["provider2-coach"],
            decision_date=today() - timedelta(days=40),
        )
    return demo, {"queued": queued.id, "late": late.id, "other": other.id}


async def test_a_queued_client_is_the_providers_claim_named_by_first_name_and_initial(
    app: Litestar, engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    _demo, cases = await _world(engine)
    for username in ("provider1-admin", "provider1-coach"):
        body = await _tasks(await sign_in(client, username))
        (claim,) = _on(body, cases["queued"])
        assert claim["rule"] == "claim" and claim["owner"] == "provider" and claim["section"] == "§6.2.1"
        assert claim["client"] == "Greta G." and "Garbo" not in str(body)
        assert claim["link"] == "/ko"
    body = await _tasks(await sign_in(client, "provider2-admin"))
    assert _on(body, cases["queued"]) == [] and _on(body, cases["late"]) == []
    # The counsellor sees what the provider owes on its case, with the full name.
    body = await _tasks(await sign_in(client, "counsellor"), owner="theirs")
    (claim,) = _on(body, cases["queued"])
    assert claim["client"] == "Greta Garbo"


async def test_a_plan_40_days_late_is_overdue_for_the_coach_and_the_counsellor(
    app: Litestar, engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    _demo, cases = await _world(engine)
    for username in ("provider1-coach", "counsellor", "supervisor"):
        body = await _tasks(await sign_in(client, username), overdue="true", rule="first_plan")
        (plan,) = _on(body, cases["late"])
        assert plan["overdue"] is True and plan["owner"] == "coach"
        assert plan["client"] == "Sven Late"
        assert all(item["overdue"] and item["rule"] == "first_plan" for item in body["items"])
        assert body["overdue"] == body["total"]
    # counsellor2's case is not counsellor's, nor provider1's.
    for username in ("provider1-coach", "counsellor"):
        assert _on(await _tasks(await sign_in(client, username)), cases["other"]) == []
    assert _on(await _tasks(await sign_in(client, "counsellor2")), cases["other"])


async def test_the_owner_filter_splits_mine_from_theirs(
    app: Litestar, engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    await _world(engine)
    counsellor = await sign_in(client, "counsellor")
    mine, theirs = await _tasks(counsellor, owner="mine"), await _tasks(counsellor, owner="theirs")
    assert {i["owner"] for i in mine["items"]} <= {"counsellor"}
    assert {i["owner"] for i in theirs["items"]} <= {"coach", "provider"} and theirs["items"]
    assert mine["total"] + theirs["total"] == (await _tasks(counsellor))["total"]


@pytest.mark.parametrize("username", ["admin", "coordinator"])
async def test_roles_without_cases_get_an_empty_list(
    username: str, app: Litestar, engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    await _world(engine)
    assert await _tasks(await sign_in(client, username)) == {
        "items": [],
        "total": 0,
        "overdue": 0,
        "limit": 500,
        "offset": 0,
    }


@pytest.mark.parametrize(
    ("params", "field"),
    [({"owner": "everyone"}, "owner"), ({"rule": "nap"}, "rule"), ({"case_id": "x"}, "case_id")],
)
async def test_bad_filters_are_named(
    params: dict[str, str], field: str, app: Litestar, engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    await seed_demo(engine)
    response = await (await sign_in(client, "counsellor")).get("/api/tasks", params=params)
    assert response.status_code == 422, response.text
    assert field in response.text


async def test_signed_out_is_401(app: Litestar, client: AsyncTestClient[Litestar], database_url: str) -> None:
    assert (await client.get("/api/tasks")).status_code == 401


async def test_the_supervisors_overview_counts_what_is_late_per_counsellor_and_provider(
    app: Litestar, engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo, cases = await _world(engine)
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        kund = await make_client(session, demo.users["counsellor"])
        await make_case(
            session,
            kund,
            CaseStatus.CLAIMED,
            provider_id=demo.providers["provider1"],
            coach_id=demo.users["provider1-coach"],
        )
    later = datetime.combine(today() + timedelta(days=10), time(12), tzinfo=clock.MUNICIPALITY_TZ)
    with time_machine.travel(later, tick=True):
        for username in ("counsellor", "provider1-admin"):
            assert (await (await sign_in(client, username)).get("/api/tasks/overview")).status_code == 403
        supervisor = await sign_in(client, "supervisor")
        response = await supervisor.get("/api/tasks/overview")
        assert response.status_code == 200, response.text
        body = response.json()
        tasks = await _tasks(supervisor, overdue="true")
    assert body["overdue"] == tasks["total"] == sum(body["by_rule"].values())
    counsellors = {row["id"]: row for row in body["counsellors"]}
    providers = {row["id"]: row for row in body["providers"]}
    assert counsellors[demo.user("counsellor")]["by_rule"]["publish"] >= 1
    assert providers[demo.provider("provider1")]["by_rule"]["first_plan"] >= 1
    assert providers[demo.provider("provider1")]["by_rule"]["claim"] >= 1  # the queued case, 10 days on
    assert providers[demo.provider("provider2")]["by_rule"]["first_plan"] >= 1
    assert sum(r["overdue"] for r in body["counsellors"] + body["providers"]) == body["overdue"]
    assert "Sven" not in response.text and "Greta" not in response.text


async def test_a_provider_administrator_splits_its_own_cases_from_its_coaches(
    app: Litestar, engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    _demo, cases = await _world(engine)
    admin = await sign_in(client, "provider1-admin")
    mine, theirs = await _tasks(admin, owner="mine"), await _tasks(admin, owner="theirs")
    assert _on(mine, cases["queued"]) and not _on(theirs, cases["queued"])  # the queue is everyone's
    assert _on(theirs, cases["late"]) and not _on(mine, cases["late"])  # provider1-coach's case
    coach = await sign_in(client, "provider1-coach")
    assert _on(await _tasks(coach, owner="mine"), cases["late"])
    assert {i["owner"] for i in (await _tasks(admin))["items"]} <= {"coach", "provider"}
