"""Bad input to the case routes answers 4xx with a ``detail`` saying what is wrong (and ``extra`` naming the field),
and changes nothing: the case, its history, the client's cases and the messages stay as they were."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.domain.cases.models import CaseStatus
from kundval.domain.messages.models import Message
from tests.factories import Demo, World, assert_problem, case_state, new_case, open_world, org_number, today


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    """One signed-in demo world for the module; every test builds its own case in it."""
    async with open_world(migrated_database, tmp_path_factory.mktemp("world")) as world:
        yield world


BEFORE_DECISION = str(today() - timedelta(days=11))  # factory cases are decided ten days ago
YESTERDAY, TOMORROW = str(today() - timedelta(days=1)), str(today() + timedelta(days=1))


def _queued(demo: Demo) -> dict[str, Any]:
    return {"provider_id": demo.providers["provider1"]}


def _active(demo: Demo) -> dict[str, Any]:
    return {"provider_id": demo.providers["provider1"], "coach_id": demo.users["provider1-coach"]}


# (status of the case, its placement, who asks, route, body, expected status, field named in the answer)
CASES = [
    pytest.param(
        CaseStatus.DECIDED,
        None,
        "counsellor",
        "queue",
        {"provider_id": "not-a-uuid"},
        422,
        "provider_id",
        id="queue-provider-id-not-a-uuid",
    ),
    pytest.param(CaseStatus.DECIDED, None, "counsellor", "queue", {}, 422, "provider_id", id="queue-without-provider"),
    pytest.param(
        CaseStatus.DECIDED,
        None,
        "counsellor",
        "queue",
        {"provider_id": "00000000-0000-7000-8000-000000000000"},
        422,
        "provider_id",
        id="queue-unknown-provider",
    ),
    pytest.param(
        CaseStatus.ACTIVE,
        _active,
        "provider1-admin",
        "claim",
        "coach:provider1-coach",
        409,
        None,
        id="claim-active-case",
    ),
    pytest.param(
        CaseStatus.CLAIMED,
        _active,
        "provider1-coach",
        "claim",
        "coach:provider1-coach",
        409,
        None,
        id="claim-claimed-case",
    ),
    pytest.param(
        CaseStatus.QUEUED,
        _queued,
        "provider1-admin",
        "claim",
        "coach:provider2-coach",
        422,
        "coach_id",
        id="claim-naming-another-providers-coach",
    ),
    pytest.param(
        CaseStatus.QUEUED,
        _queued,
        "provider1-admin",
        "claim",
        "coach:counsellor",
        422,
        "coach_id",
        id="claim-naming-a-counsellor",
    ),
    pytest.param(
        CaseStatus.QUEUED,
        _queued,
        "provider1-admin",
        "hand-back",
        {"reason": ""},
        422,
        "reason",
        id="hand-back-without-reason",
    ),
    pytest.param(
        CaseStatus.DECIDED,
        None,
        "counsellor",
        "publish",
        {"assignment": "A", "future_plan": "B"},
        409,
        None,
        id="publish-before-claim",
    ),
    pytest.param(
        CaseStatus.CLAIMED,
        _active,
        "counsellor",
        "publish",
        {"assignment": "", "future_plan": "B"},
        422,
        "assignment",
        id="publish-empty-assignment",
    ),
    pytest.param(
        CaseStatus.CLAIMED,
        _active,
        "counsellor",
        "publish",
        {"assignment": "A", "future_plan": "B", "start_date": BEFORE_DECISION},
        422,
        "start_date",
        id="publish-start-before-decision",
    ),
    pytest.param(
        CaseStatus.ACTIVE,
        _active,
        "counsellor",
        "end",
        {"end_date": str(today())},
        422,
        "reason",
        id="end-without-reason",
    ),
    pytest.param(
        CaseStatus.ACTIVE,
        _active,
        "counsellor",
        "end",
        {"reason": "bored", "end_date": str(today())},
        422,
        "reason",
        id="end-unknown-reason",
    ),
    pytest.param(
        CaseStatus.ACTIVE, _active, "counsellor", "end", {"reason": "work"}, 422, "end_date", id="end-without-date"
    ),
    pytest.param(
        CaseStatus.ACTIVE,
        _active,
        "counsellor",
        "end",
        {"reason": "changed_provider", "end_date": str(today())},
        422,
        "new_provider_id",
        id="changed-provider-without-new-provider",
    ),
    pytest.param(
        CaseStatus.ACTIVE,
        _active,
        "counsellor",
        "end",
        "work-with-new-provider",
        422,
        "new_provider_id",
        id="new-provider-without-changed-provider",
    ),
    pytest.param(
        CaseStatus.ACTIVE,
        _active,
        "counsellor",
        "end",
        {"reason": "work", "end_date": BEFORE_DECISION},
        422,
        "end_date",
        id="end-before-decision",
    ),
    pytest.param(
        CaseStatus.ENDED,
        _active,
        "counsellor",
        "end",
        {"reason": "work", "end_date": str(today())},
        409,
        None,
        id="end-ended-case",
    ),
    pytest.param(
        CaseStatus.ACTIVE,
        _active,
        "supervisor",
        "reassign",
        "counsellor:provider1-coach",
        422,
        "counsellor_id",
        id="reassign-to-a-coach",
    ),
    pytest.param(
        CaseStatus.ACTIVE,
        _active,
        "provider1-admin",
        "coach",
        "coach:provider2-coach",
        422,
        "coach_id",
        id="coach-from-another-provider",
    ),
]


@pytest.mark.parametrize(("status", "placement", "username", "route", "body", "expected", "field"), CASES)
async def test_bad_case_input_changes_nothing(
    status: CaseStatus,
    placement: Any,
    username: str,
    route: str,
    body: Any,
    expected: int,
    field: str | None,
    world: World,
) -> None:
    demo, engine, caller = world.demo, world.engine, world.as_user(username)
    case = await new_case(engine, demo.users["counsellor"], status, **(placement(demo) if placement else {}))
    if isinstance(body, str):  # bodies that need the demo's ids
        body = _body_with_ids(body, demo)
    before = await case_state(engine, case.id)
    response = await caller.post(f"/api/cases/{case.id}/{route}", json=body)
    assert_problem(response, expected, field)
    assert await case_state(engine, case.id) == before


def _body_with_ids(spec: str, demo: Demo) -> dict[str, Any]:
    if spec == "work-with-new-provider":
        return {"reason": "work", "end_date": str(today()), "new_provider_id": demo.provider("provider2")}
    field, _, username = spec.partition(":")
    return {f"{field}_id": demo.user(username)}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"intervention": "JOBBPENG_DELUXE"}, "intervention"),
        ({"intervention": None}, "intervention"),
        ({"decision_date": "2026-02-30"}, "decision_date"),
        ({"start_date": BEFORE_DECISION}, "start_date"),
        ({"planned_end_date": BEFORE_DECISION}, "planned_end_date"),
        ({"scope_percent": 0}, "scope_percent"),
        ({"scope_percent": 101}, "scope_percent"),
        ({"client_id": "not-a-uuid"}, "client_id"),
    ],
)
async def test_bad_new_case_is_422_and_creates_nothing(changes: dict[str, Any], field: str, world: World) -> None:
    counsellor = world.as_user("counsellor")
    existing = await new_case(world.engine, world.demo.users["counsellor"])
    before = await case_state(world.engine, existing.id)
    body = {
        "client_id": str(existing.client_id),
        "intervention": "SAI",
        "decision_date": str(today() - timedelta(days=10)),
        **changes,
    }
    assert_problem(await counsellor.post("/api/cases", json=body), 422, field)
    assert await case_state(world.engine, existing.id) == before


@pytest.mark.parametrize(
    "provider",
    [
        pytest.param(
            {"authorizations": [{"intervention": "SAI", "valid_from": "2023-01-01", "valid_to": YESTERDAY}]},
            id="authorization-ended-yesterday",
        ),
        pytest.param(
            {"authorizations": [{"intervention": "SAI", "valid_from": TOMORROW}]}, id="authorization-starts-tomorrow"
        ),
        pytest.param(
            {"authorizations": [{"intervention": "JOBBPENG_GRUND", "valid_from": "2023-01-01"}]},
            id="authorized-for-another-intervention",
        ),
        pytest.param(
            {"status": "suspended", "authorizations": [{"intervention": "SAI", "valid_from": "2023-01-01"}]},
            id="suspended",
        ),
    ],
)
async def test_queue_to_a_provider_not_authorized_today_is_refused(provider: dict[str, Any], world: World) -> None:
    demo, engine = world.demo, world.engine
    coordinator, counsellor = world.as_user("coordinator"), world.as_user("counsellor")
    response = await coordinator.post(
        "/api/providers",
        json={"org_number": org_number(), "name": "Nya Vägar AB", "email": "info@nyavagar.example", **provider},
    )
    assert response.status_code == 201, response.text
    case = await new_case(engine, demo.users["counsellor"])  # an SAI case
    before = await case_state(engine, case.id)
    body = assert_problem(
        await counsellor.post(
            f"/api/cases/{case.id}/queue",
            json={"provider_id": response.json()["id"]},
            headers={"Accept-Language": "en"},
        ),
        422,
        "provider_id",
    )
    assert "Nya Vägar AB is not authorized" in body["detail"]
    assert await case_state(engine, case.id) == before
    async with AsyncSession(engine) as session:
        assert (
            await session.scalar(
                select(func.count()).select_from(Message).where(Message.provider_id == response.json()["id"])
            )
            == 0
        )
