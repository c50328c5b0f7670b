"""Which status each case action accepts, for the callers allowed to act, on both databases; and that lists hold
exactly the cases the caller may open.

Who may call which route on whose case (401/403/404, refused requests changing nothing, "not yours" reading like
"does not exist") is the generated access test's (tests/system/test_access_generated.py), which walks every route;
this module keeps what that test leaves open: that an allowed caller gets 201 in the right status and 409 in the
wrong one. Rows share one signed-in demo world per module (see ``factories.open_world``); each row builds its own
case, so rows never see each other's changes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.domain.cases.models import Case, CaseStatus
from tests.factories import ROLES, Demo, World, case_state, new_case, open_world, today
from tests.system.access_model import CALLERS, sees_case


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with open_world(migrated_database, tmp_path_factory.mktemp("world")) as world:
        yield world


# Each kind of case belongs to the counsellor "counsellor": (status, provider, coach).
CASES: dict[str, tuple[CaseStatus, str | None, str | None]] = {
    "decided": (CaseStatus.DECIDED, None, None),
    "queued": (CaseStatus.QUEUED, "provider1", None),
    "claimed": (CaseStatus.CLAIMED, "provider1", "provider1-coach"),
    "active": (CaseStatus.ACTIVE, "provider1", "provider1-coach"),
    "ended": (CaseStatus.ENDED, "provider1", "provider1-coach"),
    "other_coach": (CaseStatus.ACTIVE, "provider1", "provider1-coach2"),  # provider 1's, not provider1-coach's
}

Request = Callable[[Demo, Any], tuple[str, str, dict[str, Any] | None]]
REQUESTS: dict[str, Request] = {
    "create": lambda d, case: (
        "POST",
        "/api/cases",
        {"client_id": str(case.client_id), "intervention": "SAI", "decision_date": str(today())},
    ),
    "queue": lambda d, case: ("POST", f"/api/cases/{case.id}/queue", {"provider_id": d.provider("provider1")}),
    "hand_back": lambda d, case: ("POST", f"/api/cases/{case.id}/hand-back", {"reason": "Vi har inte plats."}),
    "claim": lambda d, case: ("POST", f"/api/cases/{case.id}/claim", {"coach_id": d.user("provider1-coach")}),
    "publish": lambda d, case: (
        "POST",
        f"/api/cases/{case.id}/publish",
        {"assignment": "Praktik inom vården.", "future_plan": "Arbete."},
    ),
    "end": lambda d, case: ("POST", f"/api/cases/{case.id}/end", {"reason": "work", "end_date": str(today())}),
    "coach": lambda d, case: ("POST", f"/api/cases/{case.id}/coach", {"coach_id": d.user("provider1-coach2")}),
    "reassign": lambda d, case: ("POST", f"/api/cases/{case.id}/reassign", {"counsellor_id": d.user("counsellor2")}),
    "correct": lambda d, case: ("PATCH", f"/api/cases/{case.id}", {"reason": "Fel omfattning.", "scope_percent": 50}),
    "reopen": lambda d, case: ("POST", f"/api/cases/{case.id}/reopen", {"reason": "Avslutad av misstag."}),
    "withdraw": lambda d, case: ("POST", f"/api/cases/{case.id}/withdraw", {"reason": "Kunden valde om."}),
    "move": lambda d, case: ("POST", f"/api/cases/{case.id}/move", {"provider_id": d.provider("provider2")}),
}

# Actions answer 201 (Litestar's default for POST), a correction (PATCH) 200. Only callers the access model allows.
STATES: list[tuple[str, str, dict[str, int]]] = [
    ("create", "decided", {"owner": 201, "stand_in": 201}),
    ("queue", "decided", {"owner": 201, "stand_in": 201}),
    ("queue", "queued", {"owner": 409, "stand_in": 409}),
    ("hand_back", "queued", {"p1_admin": 201, "p1_coach": 201}),
    ("hand_back", "claimed", {"p1_admin": 409, "p1_coach": 409}),
    ("claim", "queued", {"p1_admin": 201, "p1_coach": 201}),
    ("claim", "claimed", {"p1_admin": 409, "p1_coach": 409}),
    ("claim", "other_coach", {"p1_admin": 409, "p1_coach": 409}),
    ("publish", "claimed", {"owner": 201, "stand_in": 201}),
    ("publish", "queued", {"owner": 409, "stand_in": 409}),
    ("end", "active", {"owner": 201, "stand_in": 201}),
    ("end", "ended", {"owner": 409, "stand_in": 409}),
    ("coach", "active", {"p1_admin": 201}),
    ("coach", "queued", {"p1_admin": 409}),
    ("reassign", "active", {"supervisor": 201}),
    ("correct", "decided", {"owner": 200, "stand_in": 200}),
    ("correct", "active", {"owner": 200, "stand_in": 200}),
    ("correct", "ended", {"owner": 200, "stand_in": 200}),
    ("reopen", "ended", {"owner": 201, "stand_in": 201}),
    ("reopen", "active", {"owner": 409, "stand_in": 409}),
    ("withdraw", "queued", {"owner": 201, "stand_in": 201}),
    ("withdraw", "claimed", {"owner": 409, "stand_in": 409}),
    ("move", "queued", {"owner": 201, "stand_in": 201}),
    ("move", "claimed", {"owner": 409, "stand_in": 409}),
]
ROWS = [
    pytest.param(role, route, kind, expected, id=f"{route}-{kind}-{role}-{expected}")
    for route, kind, codes in STATES
    for role, expected in codes.items()
]


def _visible(kind: str, role: str) -> bool:
    """Whether ``role`` may open a case of ``kind``, as the generated access test's model says."""
    status, provider, coach = CASES[kind]
    who = next(w for w in CALLERS if w.username == ROLES[role])
    return sees_case(who, {"owner": "counsellor", "status": status.value, "provider": provider, "coach": coach})


async def _case(world: World, kind: str) -> Case:
    status, provider, coach = CASES[kind]
    return await new_case(
        world.engine,
        world.demo.users["counsellor"],
        status,
        provider_id=world.demo.providers[provider] if provider else None,
        coach_id=world.demo.users[coach] if coach else None,
    )


@pytest.mark.parametrize(("role", "route", "kind", "expected"), ROWS)
async def test_case_action_in_each_status(world: World, role: str, route: str, kind: str, expected: int) -> None:
    case = await _case(world, kind)
    before = await case_state(world.engine, case.id)
    method, path, body = REQUESTS[route](world.demo, case)
    response = await world.clients[role].request(method, path, json=body)
    assert response.status_code == expected, response.text
    if expected >= 400:
        assert response.json()["detail"]
        assert await case_state(world.engine, case.id) == before, "a refused request changed the case"


@pytest.mark.parametrize(
    "role", ["owner", "other", "stand_in", "supervisor", "p1_admin", "p1_coach", "p2_admin", "p2_coach"]
)
async def test_case_list_shows_exactly_the_cases_the_role_may_open(world: World, role: str) -> None:
    cases = {kind: (await _case(world, kind)).id for kind in CASES}
    listed = {item["id"] for item in (await world.clients[role].get("/api/cases?limit=500")).json()["items"]}
    assert {kind for kind, case_id in cases.items() if str(case_id) in listed} == {
        kind for kind in CASES if _visible(kind, role)
    }


@pytest.mark.parametrize("role", ["p1_admin", "p1_coach", "p2_admin", "p2_coach"])
async def test_provider_queue_holds_only_the_own_providers_queued_cases(world: World, role: str) -> None:
    cases = {kind: (await _case(world, kind)).id for kind in CASES}
    queue = (await world.clients[role].get("/api/provider/queue")).json()["items"]
    listed = {item["id"] for item in queue}
    expected = {"queued"} if role.startswith("p1") else set()
    assert {kind for kind, case_id in cases.items() if str(case_id) in listed} == expected


@pytest.mark.parametrize("role", ["p2_admin", "p2_coach"])
async def test_provider2_sees_nothing_of_provider1_in_any_list(world: World, role: str) -> None:
    """Cases list, queue and inbox: not one case of provider 1 (the demo has provider-1 cases in every status)."""
    for kind in ("queued", "claimed", "active"):
        await _case(world, kind)
    async with AsyncSession(world.engine) as session:
        provider1_cases = {
            str(i)
            for i in (
                await session.scalars(select(Case.id).where(Case.provider_id == world.demo.providers["provider1"]))
            ).all()
        }
    assert provider1_cases
    client = world.clients[role]
    seen = {item["id"] for item in (await client.get("/api/cases?limit=500")).json()["items"]}
    seen |= {item["id"] for item in (await client.get("/api/provider/queue")).json()["items"]}
    seen |= {item["case_id"] for item in (await client.get("/api/messages?limit=500")).json()["items"]}
    assert seen, "provider 2 should see its own cases"
    assert seen & provider1_cases == set()
    # The same lists for provider 1 do show them, so the check above can fail.
    p1 = world.clients["p1_admin"]
    assert {item["case_id"] for item in (await p1.get("/api/messages?limit=500")).json()["items"]} & provider1_cases
