"""Provider staff: the provider administrator hands cases to another coach, and may deactivate a coach only once
the coach's open cases are handed over; a deactivated coach can no longer sign in."""

from __future__ import annotations

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncEngine

from kundval.domain.cases.models import CaseStatus
from tests.factories import assert_problem, case_state, history, new_case, seed_demo, sign_in


async def test_coach_change_and_deactivation(engine: AsyncEngine, client: AsyncTestClient[Litestar]) -> None:
    demo = await seed_demo(engine)
    p1_admin, p2_admin, coach = [
        await sign_in(client, name) for name in ("provider1-admin", "provider2-admin", "provider1-coach")
    ]
    staff_url = f"/api/providers/{demo.provider('provider1')}/staff"
    response = await p1_admin.post(
        staff_url, json={"username": "coach-two", "name": "Coach Två", "password": "långt-lösenord"}
    )
    assert response.status_code == 201, response.text
    coach_two_id = response.json()["id"]
    coach_two = await sign_in(client, "coach-two", "långt-lösenord")
    case = await new_case(
        engine,
        demo.users["counsellor"],
        CaseStatus.ACTIVE,
        provider_id=demo.providers["provider1"],
        coach_id=demo.users["provider1-coach"],
    )
    url = f"/api/cases/{case.id}"

    # Only the provider's own administrator changes the coach.
    assert (await coach.post(f"{url}/coach", json={"coach_id": coach_two_id})).status_code == 403
    assert (await p2_admin.post(f"{url}/coach", json={"coach_id": coach_two_id})).status_code == 404
    response = await p1_admin.post(f"{url}/coach", json={"coach_id": coach_two_id})
    assert response.status_code == 201, response.text
    assert (response.json()["coach_id"], response.json()["coach_name"]) == (coach_two_id, "Coach Två")
    last = (await history(engine, case.id))[-1]
    assert (last.action, last.from_status, last.to_status, str(last.actor_id), last.note) == (
        "change_coach",
        CaseStatus.ACTIVE,
        CaseStatus.ACTIVE,
        demo.user("provider1-admin"),
        "Coach Två",
    )
    assert (await coach.get(url)).status_code == 404  # coaches see only their own cases
    assert (await coach_two.get(url)).status_code == 200

    # Deactivation waits until the open case is handed over.
    deactivate = f"{staff_url}/{coach_two_id}/deactivate"
    assert (
        await p2_admin.post(f"/api/providers/{demo.provider('provider1')}/staff/{coach_two_id}/deactivate")
    ).status_code == 404
    assert (await coach.post(deactivate)).status_code == 403
    body = assert_problem(await p1_admin.post(deactivate, headers={"Accept-Language": "en"}), 409)
    # Who, and how many cases to hand over, in the singular for one.
    assert body["detail"].startswith("Coach Två has 1 open case. Hand it over"), body
    swedish = assert_problem(await p1_admin.post(deactivate), 409)["detail"]
    assert swedish.startswith("Coach Två har 1 pågående ärende. Lämna över det"), swedish
    assert (await coach_two.get("/api/me")).status_code == 200
    assert (await p1_admin.post(f"{url}/coach", json={"coach_id": demo.user("provider1-coach")})).status_code == 201
    assert (await p1_admin.post(deactivate)).status_code == 204

    assert (await coach_two.get("/api/me")).status_code == 401  # the open session ends with the account
    response = await client.post("/api/auth/login", json={"username": "coach-two", "password": "långt-lösenord"})
    assert response.status_code == 401
    staff = {s["id"]: s for s in (await p1_admin.get(staff_url)).json()["items"]}
    assert staff[coach_two_id]["is_active"] is False
    # A deactivated coach cannot be given a case.
    before = await case_state(engine, case.id)
    assert_problem(await p1_admin.post(f"{url}/coach", json={"coach_id": coach_two_id}), 422, "coach_id")
    assert await case_state(engine, case.id) == before
