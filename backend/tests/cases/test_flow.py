"""The case flow through the HTTP API: decided → queued → claimed → active → ended, hand-back, a change of
provider, and stand-ins; with the history rows and the messages each step leaves."""

from __future__ import annotations

from datetime import timedelta

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncEngine

from kundval.domain.cases.models import CaseStatus
from tests.factories import decide_case, inbox, new_case, register_client, seed_demo, sign_in, today


def _steps(history: dict) -> list[tuple]:
    return [(e["action"], e["from_status"], e["to_status"], e["actor_name"]) for e in history["items"]]


async def test_full_path_leaves_history_and_messages(engine: AsyncEngine, client: AsyncTestClient[Litestar]) -> None:
    demo = await seed_demo(engine)
    counsellor, p1_admin, coach, p2_admin = [
        await sign_in(client, name) for name in ("counsellor", "provider1-admin", "provider1-coach", "provider2-admin")
    ]
    case = await decide_case(counsellor, (await register_client(counsellor))["id"])
    assert (case["status"], case["provider_id"], case["coach_id"]) == ("decided", None, None)
    url = f"/api/cases/{case['id']}"

    response = await counsellor.post(f"{url}/queue", json={"provider_id": demo.provider("provider1")})
    assert response.status_code == 201, response.text
    assert (response.json()["status"], response.json()["provider_name"]) == ("queued", "Framtidsvägen AB")
    # Day 1: the provider's inbox (shared by its admin and coaches) gets the client; the other provider's does not.
    for caller in (p1_admin, coach):
        assert [m["to_provider"] for m in await inbox(caller) if m["case_id"] == case["id"]] == [True]
    assert [m for m in await inbox(p2_admin) if m["case_id"] == case["id"]] == []

    response = await coach.post(f"{url}/claim", json={"coach_id": demo.user("provider1-coach")})
    assert response.status_code == 201, response.text
    assert (response.json()["status"], response.json()["coach_name"]) == ("claimed", "Jonas Falk")
    told = [m for m in await inbox(counsellor) if m["case_id"] == case["id"]]
    assert len(told) == 1 and "Jonas Falk" in told[0]["body"]

    response = await counsellor.post(
        f"{url}/publish", json={"assignment": "Praktik inom vården.", "future_plan": "Undersköterska."}
    )
    assert response.status_code == 201, response.text
    assert (response.json()["status"], response.json()["start_date"]) == ("active", str(today()))
    assert (await coach.get(url)).json()["assignment"] == "Praktik inom vården."

    response = await counsellor.post(f"{url}/end", json={"reason": "work", "end_date": str(today())})
    assert response.status_code == 201, response.text
    assert (response.json()["status"], response.json()["end_reason"]) == ("ended", "work")
    assert len([m for m in await inbox(coach) if m["case_id"] == case["id"]]) == 3  # queued, published, ended

    history = (await counsellor.get(f"{url}/history")).json()
    assert _steps(history) == [
        ("decide", None, "decided", "Karin Lindqvist"),
        ("queue", "decided", "queued", "Karin Lindqvist"),
        ("claim", "queued", "claimed", "Jonas Falk"),
        ("publish", "claimed", "active", "Karin Lindqvist"),
        ("end", "active", "ended", "Karin Lindqvist"),
    ]
    assert history["items"][1]["note"] == "Framtidsvägen AB"
    assert (await coach.get(f"{url}/history")).json()["items"] == history["items"]


async def test_hand_back_returns_the_case_to_the_counsellor(
    engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine)
    counsellor, coach = [await sign_in(client, name) for name in ("counsellor", "provider1-coach")]
    case = await decide_case(counsellor, (await register_client(counsellor))["id"])
    url = f"/api/cases/{case['id']}"
    assert (await counsellor.post(f"{url}/queue", json={"provider_id": demo.provider("provider1")})).status_code == 201

    response = await coach.post(f"{url}/hand-back", json={"reason": "Ingen plats i Norr just nu."})
    assert response.status_code == 201, response.text
    assert (response.json()["status"], response.json()["provider_id"]) == ("decided", None)
    told = [m for m in await inbox(counsellor) if m["case_id"] == case["id"]]
    assert [m["body"] for m in told] == ["Ingen plats i Norr just nu."]
    last = (await counsellor.get(f"{url}/history")).json()["items"][-1]
    assert (last["action"], last["from_status"], last["to_status"], last["actor_name"], last["note"]) == (
        "hand_back",
        "queued",
        "decided",
        "Jonas Falk",
        "Ingen plats i Norr just nu.",
    )
    # No longer the provider's: gone from its queue, 404 to it; the counsellor may queue elsewhere.
    assert case["id"] not in {i["id"] for i in (await coach.get("/api/provider/queue")).json()["items"]}
    assert (await coach.post(f"{url}/claim", json={"coach_id": demo.user("provider1-coach")})).status_code == 404
    response = await counsellor.post(f"{url}/queue", json={"provider_id": demo.provider("provider2")})
    assert (response.status_code, response.json()["provider_name"]) == (201, "Steg Vidare Kompetens AB")


async def test_client_changes_provider_ends_the_case_and_queues_a_linked_one(
    engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine)
    counsellor, p1_admin, p2_admin = [
        await sign_in(client, name) for name in ("counsellor", "provider1-admin", "provider2-admin")
    ]
    old = await new_case(
        engine,
        demo.users["counsellor"],
        CaseStatus.ACTIVE,
        provider_id=demo.providers["provider1"],
        coach_id=demo.users["provider1-coach"],
    )

    response = await counsellor.post(
        f"/api/cases/{old.id}/end",
        json={"reason": "changed_provider", "end_date": str(today()), "new_provider_id": demo.provider("provider2")},
    )
    assert response.status_code == 201, response.text
    ended = response.json()
    assert (ended["status"], ended["end_reason"]) == ("ended", "changed_provider")
    new_id = ended["next_case_id"]
    successor = (await counsellor.get(f"/api/cases/{new_id}")).json()
    assert (successor["status"], successor["provider_id"], successor["previous_case_id"], successor["client_id"]) == (
        "queued",
        demo.provider("provider2"),
        str(old.id),
        str(old.client_id),
    )
    assert successor["intervention"] == old.intervention.value
    assert _steps((await counsellor.get(f"/api/cases/{new_id}/history")).json()) == [
        ("queue", None, "queued", "Karin Lindqvist")
    ]
    # The new provider gets the client in its queue and inbox; neither provider sees the other's case.
    assert new_id in {i["id"] for i in (await p2_admin.get("/api/provider/queue")).json()["items"]}
    assert [m["case_id"] for m in await inbox(p2_admin) if m["case_id"] == new_id] == [new_id]
    assert (await p2_admin.get(f"/api/cases/{old.id}")).status_code == 404
    assert (await p1_admin.get(f"/api/cases/{new_id}")).status_code == 404
    assert (await p1_admin.get(f"/api/cases/{old.id}")).json()["status"] == "ended"


async def test_a_stand_in_works_the_caseload_only_while_named(
    engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine)
    supervisor, counsellor2 = [await sign_in(client, name) for name in ("supervisor", "counsellor2")]
    case = await new_case(engine, demo.users["counsellor"])
    url = f"/api/cases/{case.id}"
    assert (await counsellor2.get(url)).status_code == 404

    def stand_in(start: int, end: int) -> dict:
        return {
            "counsellor_id": demo.user("counsellor"),
            "stand_in_id": demo.user("counsellor2"),
            "valid_from": str(today() + timedelta(days=start)),
            "valid_to": str(today() + timedelta(days=end)),
        }

    assert (await supervisor.post("/api/stand-ins", json=stand_in(-10, -1))).status_code == 201  # over
    assert (await supervisor.post("/api/stand-ins", json=stand_in(1, 10))).status_code == 201  # not yet
    assert (await counsellor2.get(url)).status_code == 404
    current = (await supervisor.post("/api/stand-ins", json=stand_in(0, 0))).json()
    assert (await counsellor2.get(url)).status_code == 200
    response = await counsellor2.post(f"{url}/queue", json={"provider_id": demo.provider("provider1")})
    assert response.status_code == 201, response.text
    assert _steps((await counsellor2.get(f"{url}/history")).json())[-1] == ("queue", "decided", "queued", "Omar Haddad")
    assert str(case.client_id) in {c["id"] for c in (await counsellor2.get("/api/clients?limit=500")).json()["items"]}

    assert (await supervisor.request("DELETE", f"/api/stand-ins/{current['id']}")).status_code == 204
    assert (await counsellor2.get(url)).status_code == 404
