"""Who may do what with a case: one table row per (role, route, case, expected answer), on both databases.

Rows share one signed-in demo world per module (see ``factories.open_world``); each row builds its own case, so
rows never see each other's changes. A refused request must change nothing, and a 404 must read exactly like the
404 for an id that does not exist (never revealing that another provider's case is there).
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.domain.cases.models import Case, CaseStatus
from tests.factories import ROLES, Demo, World, case_state, new_case, open_world, today


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
    "list": lambda d, case: ("GET", "/api/cases", None),
    "provider_queue": lambda d, case: ("GET", "/api/provider/queue", None),
    "get": lambda d, case: ("GET", f"/api/cases/{case.id}", None),
    "history": lambda d, case: ("GET", f"/api/cases/{case.id}/history", None),
    "create": lambda d, case: ("POST", "/api/cases", {"client_id": str(case.client_id), "intervention": "SAI",
                                                      "decision_date": str(today())}),
    "queue": lambda d, case: ("POST", f"/api/cases/{case.id}/queue", {"provider_id": d.provider("provider1")}),
    "hand_back": lambda d, case: ("POST", f"/api/cases/{case.id}/hand-back", {"reason": "Vi har inte plats."}),
    "claim": lambda d, case: ("POST", f"/api/cases/{case.id}/claim", {"coach_id": d.user("provider1-coach")}),
    "publish": lambda d, case: ("POST", f"/api/cases/{case.id}/publish",
                                {"assignment": "Praktik inom vården.", "future_plan": "Arbete."}),
    "end": lambda d, case: ("POST", f"/api/cases/{case.id}/end", {"reason": "work", "end_date": str(today())}),
    "coach": lambda d, case: ("POST", f"/api/cases/{case.id}/coach", {"coach_id": d.user("provider1-coach2")}),
    "reassign": lambda d, case: ("POST", f"/api/cases/{case.id}/reassign", {"counsellor_id": d.user("counsellor2")}),
    "correct": lambda d, case: ("PATCH", f"/api/cases/{case.id}", {"reason": "Fel omfattning.", "scope_percent": 50}),
    "reopen": lambda d, case: ("POST", f"/api/cases/{case.id}/reopen", {"reason": "Avslutad av misstag."}),
    "withdraw": lambda d, case: ("POST", f"/api/cases/{case.id}/withdraw", {"reason": "Kunden valde om."}),
    "move": lambda d, case: ("POST", f"/api/cases/{case.id}/move", {"provider_id": d.provider("provider2")}),
}

# Actions answer 201 (Litestar's default for POST), a correction (PATCH) 200.
#                                   owner other stand  super coord admin p1adm p1coa p2adm p2coa anon
MATRIX: list[tuple[str, str, tuple[int, ...]]] = [
    ("list", "queued",             (200,  200,  200,  200,  403,  403,  200,  200,  200,  200,  401)),
    ("provider_queue", "queued",   (403,  403,  403,  403,  403,  403,  200,  200,  200,  200,  401)),
    ("get", "decided",             (200,  404,  200,  200,  403,  403,  404,  404,  404,  404,  401)),
    ("get", "queued",              (200,  404,  200,  200,  403,  403,  200,  404,  404,  404,  401)),
    ("get", "claimed",             (200,  404,  200,  200,  403,  403,  200,  200,  404,  404,  401)),
    ("get", "active",              (200,  404,  200,  200,  403,  403,  200,  200,  404,  404,  401)),
    ("get", "ended",               (200,  404,  200,  200,  403,  403,  200,  200,  404,  404,  401)),
    ("get", "other_coach",         (200,  404,  200,  200,  403,  403,  200,  404,  404,  404,  401)),
    ("history", "queued",          (200,  404,  200,  200,  403,  403,  200,  404,  404,  404,  401)),
    ("history", "active",          (200,  404,  200,  200,  403,  403,  200,  200,  404,  404,  401)),
    ("history", "other_coach",     (200,  404,  200,  200,  403,  403,  200,  404,  404,  404,  401)),
    ("create", "decided",          (201,  404,  201,  403,  403,  403,  403,  403,  403,  403,  401)),
    ("queue", "decided",           (201,  404,  201,  403,  403,  403,  403,  403,  403,  403,  401)),
    ("queue", "queued",            (409,  404,  409,  403,  403,  403,  403,  403,  403,  403,  401)),
    ("hand_back", "queued",        (403,  403,  403,  403,  403,  403,  201,  201,  404,  404,  401)),
    ("hand_back", "claimed",       (403,  403,  403,  403,  403,  403,  409,  409,  404,  404,  401)),
    ("claim", "queued",            (403,  403,  403,  403,  403,  403,  201,  201,  404,  404,  401)),
    ("claim", "claimed",           (403,  403,  403,  403,  403,  403,  409,  409,  404,  404,  401)),
    ("claim", "other_coach",       (403,  403,  403,  403,  403,  403,  409,  409,  404,  404,  401)),
    ("claim", "decided",           (403,  403,  403,  403,  403,  403,  404,  404,  404,  404,  401)),
    ("publish", "claimed",         (201,  404,  201,  403,  403,  403,  403,  403,  403,  403,  401)),
    ("publish", "queued",          (409,  404,  409,  403,  403,  403,  403,  403,  403,  403,  401)),
    ("end", "active",              (201,  404,  201,  403,  403,  403,  403,  403,  403,  403,  401)),
    ("end", "ended",               (409,  404,  409,  403,  403,  403,  403,  403,  403,  403,  401)),
    ("coach", "active",            (403,  403,  403,  403,  403,  403,  201,  403,  404,  403,  401)),
    ("coach", "queued",            (403,  403,  403,  403,  403,  403,  409,  403,  404,  403,  401)),
    ("reassign", "active",         (403,  403,  403,  201,  403,  403,  403,  403,  403,  403,  401)),
    ("correct", "decided",         (200,  404,  200,  403,  403,  403,  403,  403,  403,  403,  401)),
    ("correct", "active",          (200,  404,  200,  403,  403,  403,  403,  403,  403,  403,  401)),
    ("correct", "ended",           (200,  404,  200,  403,  403,  403,  403,  403,  403,  403,  401)),
    ("reopen", "ended",            (201,  404,  201,  403,  403,  403,  403,  403,  403,  403,  401)),
    ("reopen", "active",           (409,  404,  409,  403,  403,  403,  403,  403,  403,  403,  401)),
    ("withdraw", "queued",         (201,  404,  201,  403,  403,  403,  403,  403,  403,  403,  401)),
    ("withdraw", "claimed",        (409,  404,  409,  403,  403,  403,  403,  403,  403,  403,  401)),
    ("move", "queued",             (201,  404,  201,  403,  403,  403,  403,  403,  403,  403,  401)),
    ("move", "claimed",            (409,  404,  409,  403,  403,  403,  403,  403,  403,  403,  401)),
]
ROWS = [pytest.param(role, route, kind, expected, id=f"{route}-{kind}-{role}-{expected}")
        for route, kind, codes in MATRIX for role, expected in zip(ROLES, codes, strict=True)]


async def _case(world: World, kind: str) -> Case:
    status, provider, coach = CASES[kind]
    return await new_case(world.engine, world.demo.users["counsellor"], status,
                          provider_id=world.demo.providers[provider] if provider else None,
                          coach_id=world.demo.users[coach] if coach else None)


@pytest.mark.parametrize(("role", "route", "kind", "expected"), ROWS)
async def test_case_access(world: World, role: str, route: str, kind: str, expected: int) -> None:
    case = await _case(world, kind)
    before = await case_state(world.engine, case.id)
    method, path, body = REQUESTS[route](world.demo, case)
    client = world.clients[role]
    response = await client.request(method, path, json=body)
    assert response.status_code == expected, response.text
    if expected < 400:
        return
    assert response.json()["detail"]
    assert await case_state(world.engine, case.id) == before, "a refused request changed the case"
    if expected in (401, 403, 404) and str(case.id) in path:
        # Signed out, not allowed or not found: the same answer as for a case that does not exist.
        unknown = await client.request(method, path.replace(str(case.id), str(uuid.uuid4())), json=body)
        assert (unknown.status_code, unknown.json()) == (response.status_code, response.json())


VISIBLE = {kind: dict(zip(ROLES, codes, strict=True)) for route, kind, codes in MATRIX if route == "get"}


@pytest.mark.parametrize("role", [r for r in ROLES if VISIBLE["queued"][r] in (200, 404)])
async def test_case_list_shows_exactly_the_cases_the_role_may_open(world: World, role: str) -> None:
    cases = {kind: (await _case(world, kind)).id for kind in CASES}
    listed = {item["id"] for item in (await world.clients[role].get("/api/cases?limit=500")).json()["items"]}
    assert {kind for kind, case_id in cases.items() if str(case_id) in listed} == {
        kind for kind in CASES if VISIBLE[kind][role] == 200}


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
        provider1_cases = {str(i) for i in (await session.scalars(
            select(Case.id).where(Case.provider_id == world.demo.providers["provider1"]))).all()}
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
