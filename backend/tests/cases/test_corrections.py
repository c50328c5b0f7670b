"""Putting a case right (issue 9): dates that make sense, a correction of the decision, reopening a mistaken
ending, withdrawing or moving a queued client before the claim, and a change of provider's own assignment date.

Every refused request changes nothing; every accepted one leaves a row in the history."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import time_machine
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncEngine

from kundval.domain.cases.models import CaseStatus
from tests.factories import (
    Caller,
    Demo,
    assert_problem,
    case_state,
    decide_case,
    inbox,
    new_case,
    register_client,
    seed_demo,
    sign_in,
    today,
)

# A fixed Wednesday in the middle of the second quarter: the tests that count days travel there.
A_DAY = datetime(2026, 5, 20, 10, 0, tzinfo=UTC)


def _day(offset: int) -> str:
    return str(today() + timedelta(days=offset))


async def _history(caller: Caller, case_id: str) -> list[dict]:
    response = await caller.get(f"/api/cases/{case_id}/history")
    assert response.status_code == 200, response.text
    return response.json()["items"]


async def _queue_ids(caller: Caller) -> set[str]:
    return {item["id"] for item in (await caller.get("/api/provider/queue")).json()["items"]}


# --- Dates of a decision ---------------------------------------------------------------------------------------


async def test_a_decision_starting_after_its_planned_end_is_refused(
    engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    await seed_demo(engine)
    counsellor = await sign_in(client, "counsellor")
    person = await register_client(counsellor)
    response = await counsellor.post(
        "/api/cases",
        json={
            "client_id": person["id"],
            "intervention": "SAI",
            "decision_date": _day(-10),
            "start_date": _day(5),
            "planned_end_date": _day(1),
        },
        headers={"Accept-Language": "en"},
    )
    body = assert_problem(response, 422, "planned_end_date")
    assert "after the planned end date" in body["detail"]
    assert (await counsellor.get(f"/api/cases?client_id={person['id']}")).json()["total"] == 0


async def test_an_end_date_lies_within_the_cases_period_and_not_in_the_future(
    engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine)
    counsellor = await sign_in(client, "counsellor")
    case = await new_case(
        engine,
        demo.users["counsellor"],
        CaseStatus.ACTIVE,
        provider_id=demo.providers["provider1"],
        coach_id=demo.users["provider1-coach"],
    )
    before = await case_state(engine, case.id)
    assert case.start_date == today() - timedelta(days=8)  # decided ten days ago, started two days later
    url = f"/api/cases/{case.id}/end"
    before_start = str(case.start_date - timedelta(days=1))  # after the decision, before the start
    assert_problem(await counsellor.post(url, json={"reason": "work", "end_date": before_start}), 422, "end_date")
    assert_problem(await counsellor.post(url, json={"reason": "work", "end_date": _day(1)}), 422, "end_date")
    assert await case_state(engine, case.id) == before
    response = await counsellor.post(url, json={"reason": "work", "end_date": str(case.start_date)})
    assert response.status_code == 201, response.text


async def test_publishing_with_the_start_left_empty_starts_today(
    engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    """The form says "empty means today"; the decided start is what the form fills in, not a hidden default."""
    demo = await seed_demo(engine)
    counsellor, coach = await sign_in(client, "counsellor"), await sign_in(client, "provider1-coach")
    case = await decide_case(counsellor, (await register_client(counsellor))["id"], start_date=_day(-5))
    url = f"/api/cases/{case['id']}"
    assert (await counsellor.post(f"{url}/queue", json={"provider_id": demo.provider("provider1")})).status_code == 201
    assert (await coach.post(f"{url}/claim", json={"coach_id": demo.user("provider1-coach")})).status_code == 201
    response = await counsellor.post(f"{url}/publish", json={"assignment": "A.", "future_plan": "B."})
    assert response.status_code == 201, response.text
    assert response.json()["start_date"] == str(today())


# --- Correcting a decision -------------------------------------------------------------------------------------


async def test_the_counsellor_corrects_dates_scope_and_texts_each_change_in_the_history(
    engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine)
    counsellor, coach = await sign_in(client, "counsellor"), await sign_in(client, "provider1-coach")
    case = await new_case(
        engine,
        demo.users["counsellor"],
        CaseStatus.ACTIVE,
        provider_id=demo.providers["provider1"],
        coach_id=demo.users["provider1-coach"],
    )
    url = f"/api/cases/{case.id}"
    response = await counsellor.patch(
        url,
        json={
            "reason": "Fel i beslutet.",
            "start_date": _day(-6),
            "planned_end_date": _day(80),
            "scope_percent": 50,
            "assignment": "Rättat uppdrag.",
        },
    )
    assert response.status_code == 200, response.text
    out = response.json()
    assert (out["start_date"], out["planned_end_date"], out["scope_percent"], out["assignment"]) == (
        _day(-6),
        _day(80),
        50,
        "Rättat uppdrag.",
    )
    last = (await _history(counsellor, str(case.id)))[-1]
    assert (last["action"], last["from_status"], last["to_status"], last["actor_name"]) == (
        "correct",
        "active",
        "active",
        "Karin Lindqvist",
    )
    assert f"Startdatum: {_day(-8)} → {_day(-6)}" in last["note"]
    assert f"Planerat slutdatum: – → {_day(80)}" in last["note"]
    assert "Omfattning (%): 100 → 50" in last["note"]
    assert "Uppdraget ändrat. Tidigare: Uppdraget." in last["note"]
    assert "Orsak: Fel i beslutet." in last["note"]
    # The provider works from the decision: it is told, and sees the corrected text.
    [told] = [m for m in await inbox(coach) if m["case_id"] == str(case.id)]
    assert told["subject"].startswith("Beslutet är korrigerat: ") and "omfattning" in told["body"]
    assert (await coach.get(url)).json()["assignment"] == "Rättat uppdrag."


async def test_a_correction_is_checked_like_a_decision_and_bad_input_changes_nothing(
    engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine)
    counsellor = await sign_in(client, "counsellor")
    active = await new_case(
        engine,
        demo.users["counsellor"],
        CaseStatus.ACTIVE,
        provider_id=demo.providers["provider1"],
        coach_id=demo.users["provider1-coach"],
    )
    ended = await new_case(
        engine,
        demo.users["counsellor"],
        CaseStatus.ENDED,
        provider_id=demo.providers["provider1"],
        coach_id=demo.users["provider1-coach"],
    )
    for case, body, field in [
        (active, {"reason": "x", "start_date": _day(10), "planned_end_date": _day(5)}, "planned_end_date"),
        (active, {"reason": "x", "planned_end_date": _day(-9)}, "planned_end_date"),  # before the start
        (active, {"reason": "x", "decision_date": _day(-7)}, "start_date"),  # the start would precede it
        (active, {"reason": "x", "decision_date": _day(1)}, "decision_date"),
        (active, {"reason": "x", "end_date": _day(0)}, "end_date"),  # not ended
        (active, {"reason": "x", "scope_percent": 0}, "scope_percent"),
        (active, {"reason": "", "scope_percent": 50}, "reason"),
        (active, {"reason": "x", "scope_percent": 100}, "reason"),  # nothing changes
        (ended, {"reason": "x", "end_date": _day(1)}, "end_date"),
        (ended, {"reason": "x", "end_date": _day(-9)}, "end_date"),  # before the start
    ]:
        before = await case_state(engine, case.id)
        assert_problem(await counsellor.patch(f"/api/cases/{case.id}", json=body), 422, field)
        assert await case_state(engine, case.id) == before, body
    response = await counsellor.patch(f"/api/cases/{ended.id}", json={"reason": "Fel dag.", "end_date": _day(-1)})
    assert (response.status_code, response.json()["end_date"]) == (200, _day(-1)), response.text


# --- Reopening a mistaken ending -------------------------------------------------------------------------------


async def test_a_mistaken_ending_is_reopened_with_a_reason(
    engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine)
    counsellor, coach = await sign_in(client, "counsellor"), await sign_in(client, "provider1-coach")
    case = await new_case(
        engine,
        demo.users["counsellor"],
        CaseStatus.ACTIVE,
        provider_id=demo.providers["provider1"],
        coach_id=demo.users["provider1-coach"],
    )
    url = f"/api/cases/{case.id}"
    assert (await counsellor.post(f"{url}/end", json={"reason": "work", "end_date": _day(0)})).status_code == 201
    response = await counsellor.post(f"{url}/reopen", json={"reason": "Fel kund avslutad."})
    assert response.status_code == 201, response.text
    out = response.json()
    assert (out["status"], out["end_reason"], out["end_date"], out["coach_id"]) == (
        "active",
        None,
        None,
        demo.user("provider1-coach"),
    )
    last = (await _history(counsellor, str(case.id)))[-1]
    assert (last["action"], last["from_status"], last["to_status"], last["note"]) == (
        "reopen",
        "ended",
        "active",
        "Fel kund avslutad.",
    )
    assert (await coach.get(url)).json()["status"] == "active"
    # A reason is required, and only an ended case reopens.
    assert_problem(await counsellor.post(f"{url}/reopen", json={"reason": ""}), 422, "reason")
    assert_problem(await counsellor.post(f"{url}/reopen", json={"reason": "Igen."}), 409)


async def test_an_ending_with_a_successor_case_cannot_be_reopened(
    engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine)
    counsellor = await sign_in(client, "counsellor")
    case = await new_case(
        engine,
        demo.users["counsellor"],
        CaseStatus.ACTIVE,
        provider_id=demo.providers["provider1"],
        coach_id=demo.users["provider1-coach"],
    )
    response = await counsellor.post(
        f"/api/cases/{case.id}/end",
        json={"reason": "changed_provider", "end_date": _day(0), "new_provider_id": demo.provider("provider2")},
    )
    assert response.status_code == 201, response.text
    before = await case_state(engine, case.id)
    body = assert_problem(
        await counsellor.post(
            f"/api/cases/{case.id}/reopen", json={"reason": "Ångrar."}, headers={"Accept-Language": "en"}
        ),
        409,
    )
    assert "already has a new case" in body["detail"]
    assert await case_state(engine, case.id) == before


# --- A queued client: withdraw, move --------------------------------------------------------------------------


async def test_the_counsellor_withdraws_a_queued_client_before_the_claim(
    engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine)
    counsellor, p1_admin = await sign_in(client, "counsellor"), await sign_in(client, "provider1-admin")
    case = await new_case(engine, demo.users["counsellor"], CaseStatus.QUEUED, provider_id=demo.providers["provider1"])
    assert str(case.id) in await _queue_ids(p1_admin)
    response = await counsellor.post(f"/api/cases/{case.id}/withdraw", json={"reason": "Kunden valde om."})
    assert response.status_code == 201, response.text
    assert (response.json()["status"], response.json()["provider_id"]) == ("decided", None)
    assert str(case.id) not in await _queue_ids(p1_admin)
    assert (await p1_admin.get(f"/api/cases/{case.id}")).status_code == 404
    last = (await _history(counsellor, str(case.id)))[-1]
    assert (last["action"], last["from_status"], last["to_status"], last["note"]) == (
        "withdraw",
        "queued",
        "decided",
        "Kunden valde om.",
    )
    assert_problem(await counsellor.post(f"/api/cases/{case.id}/withdraw", json={"reason": "Igen."}), 409)


async def test_the_counsellor_moves_a_queued_client_to_another_authorized_provider(
    engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine)
    counsellor, p1_admin, p2_admin, p1_coach = [
        await sign_in(client, name) for name in ("counsellor", "provider1-admin", "provider2-admin", "provider1-coach")
    ]
    case = await new_case(engine, demo.users["counsellor"], CaseStatus.QUEUED, provider_id=demo.providers["provider1"])
    url = f"/api/cases/{case.id}"
    before = await case_state(engine, case.id)
    assert_problem(
        await counsellor.post(f"{url}/move", json={"provider_id": demo.provider("provider1")}), 422, "provider_id"
    )
    assert await case_state(engine, case.id) == before
    response = await counsellor.post(
        f"{url}/move", json={"provider_id": demo.provider("provider2"), "reason": "Kunden valde om."}
    )
    assert response.status_code == 201, response.text
    assert (response.json()["status"], response.json()["provider_id"]) == ("queued", demo.provider("provider2"))
    assert str(case.id) not in await _queue_ids(p1_admin)
    assert str(case.id) in await _queue_ids(p2_admin)
    assert (await p1_coach.post(f"{url}/claim", json={"coach_id": demo.user("provider1-coach")})).status_code == 404
    last = (await _history(counsellor, str(case.id)))[-1]
    assert (last["action"], last["from_status"], last["to_status"]) == ("move", "queued", "queued")
    assert last["note"] == "Framtidsvägen AB → " + response.json()["provider_name"] + ": Kunden valde om."
    assert [m["case_id"] for m in await inbox(p2_admin)].count(str(case.id)) == 1
    # A second counsellor's form still showing provider 1: 409 (moved meanwhile), not "the same provider" nor a move.
    stale = {"provider_id": demo.provider("provider2"), "from_provider_id": demo.provider("provider1")}
    assert_problem(await counsellor.post(f"{url}/move", json=stale), 409)
    assert [e["action"] for e in await _history(counsellor, str(case.id))].count("move") == 1


# --- §6.3.1: a change of provider's own assignment date --------------------------------------------------------


async def test_a_change_of_provider_gives_the_new_case_its_own_assignment_date(
    engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    """The new provider's first plan is due a month after the client came to it, not after the old decision; the
    quarter's "plans within 30 days" does not count the new provider late on day one."""
    with time_machine.travel(A_DAY, tick=True):
        demo = await seed_demo(engine)
        counsellor, supervisor = await sign_in(client, "counsellor"), await sign_in(client, "supervisor")
        decided = date(2026, 4, 6)  # 44 days before A_DAY: the old provider's plan deadline has passed
        case = await new_case(
            engine,
            demo.users["counsellor"],
            CaseStatus.ACTIVE,
            decision_date=decided,
            provider_id=demo.providers["provider1"],
            coach_id=demo.users["provider1-coach"],
        )
        assert case.assignment_date == decided
        plans_before = await _plans_counted(supervisor, demo)
        response = await counsellor.post(
            f"/api/cases/{case.id}/end",
            json={
                "reason": "changed_provider",
                "end_date": str(today()),
                "new_provider_id": demo.provider("provider2"),
            },
        )
        assert response.status_code == 201, response.text
        successor = (await counsellor.get(f"/api/cases/{response.json()['next_case_id']}")).json()
        assert (successor["decision_date"], successor["assignment_date"]) == (str(decided), str(today()))

        # The successor's plan is not yet due (30 days after today), so the new provider is not counted late.
        assert await _plans_counted(supervisor, demo) == plans_before


async def _plans_counted(supervisor: Caller, demo: Demo) -> dict[str, int]:
    """Provider 2's "plans within 30 days" for SAI in the second quarter of 2026."""
    response = await supervisor.get("/api/stats/indicators?quarter=2026Q2")
    assert response.status_code == 200, response.text
    rows = [
        r
        for r in response.json()["rows"]
        if r["provider_id"] == demo.provider("provider2") and r["intervention"] == "SAI"
    ]
    return rows[0]["plans_within_30_days"] if rows else {"part": 0, "of": 0}
