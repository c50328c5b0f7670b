"""The inbox: queueing writes to the provider's shared inbox (its administrator and coaches), claiming and
handing back write to the counsellor; nobody reads or marks another's messages."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import async_sessionmaker

from kundval.domain.cases.models import CaseStatus
from kundval.domain.messages.models import Message
from tests.factories import Caller, World, decide_case, inbox, new_case, open_world, register_client, sign_in


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with open_world(migrated_database, tmp_path_factory.mktemp("world")) as world:
        yield world


async def _queued_case(world: World, **client: Any) -> str:
    owner = world.clients["owner"]
    case = await decide_case(owner, (await register_client(owner, **client))["id"])
    response = await owner.post(
        f"/api/cases/{case['id']}/queue", json={"provider_id": world.demo.provider("provider1")}
    )
    assert response.status_code == 201, response.text
    return case["id"]


async def test_each_step_writes_to_the_right_inbox(world: World) -> None:
    claimed, handed_back = await _queued_case(world), await _queued_case(world)
    coach, p1_admin = world.clients["p1_coach"], world.clients["p1_admin"]
    assert (
        await coach.post(f"/api/cases/{claimed}/claim", json={"coach_id": world.demo.user("provider1-coach")})
    ).status_code == 201
    assert (
        await p1_admin.post(f"/api/cases/{handed_back}/hand-back", json={"reason": "Fullt i höst."})
    ).status_code == 201

    def about(messages: list[dict], case_id: str) -> list[tuple[bool, str]]:
        return [(m["to_provider"], m["kind"]) for m in messages if m["case_id"] == case_id]

    for role in ("p1_admin", "p1_coach"):  # the shared inbox
        messages = await inbox(world.clients[role])
        assert about(messages, claimed) == about(messages, handed_back) == [(True, "case_queued")]
    owner_messages = await inbox(world.clients["owner"])
    assert about(owner_messages, claimed) == [(False, "case_claimed")]
    assert about(owner_messages, handed_back) == [(False, "case_handed_back")]
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


async def _about(caller: Caller, case_id: str, language: str = "sv") -> list[dict[str, Any]]:
    """The caller's messages about a case, oldest first, read in ``language``."""
    response = await caller.get("/api/messages", params={"limit": 500}, headers={"accept-language": language})
    assert response.status_code == 200, response.text
    return [m for m in response.json()["items"] if m["case_id"] == case_id][::-1]


async def test_messages_name_the_client_as_the_reader_may_see_them_in_the_readers_language(world: World) -> None:
    coach, colleague = world.clients["p1_coach"], await sign_in(world.clients["owner"].client, "provider1-coach2")
    case_id = await _queued_case(world, first_name="Vera", last_name="Vinter")
    # Waiting in the queue: the provider sees first name and initial, as the queue shows them.
    [queued] = await _about(coach, case_id, "en")
    assert (queued["kind"], queued["client"]) == ("case_queued", "Vera V.")
    assert queued["subject"] == "New client in the queue: Vera V., Job voucher, basic"
    assert queued["body"].startswith("Decided on ") and "Claim or hand back" in queued["body"]
    assert (await _about(coach, case_id))[0]["subject"] == "Ny kund i kö: Vera V., Jobbpeng grund"

    assert (
        await coach.post(f"/api/cases/{case_id}/claim", json={"coach_id": world.demo.user("provider1-coach")})
    ).status_code == 201
    [claimed] = await _about(world.clients["owner"], case_id, "en")
    assert claimed["subject"] == "The case has been claimed: Vera Vinter"
    assert claimed["body"] == "Coach: Jonas Falk. Publish the assignment within 2 days."
    assert (await _about(world.clients["owner"], case_id))[0]["subject"] == "Ärendet är bemannat: Vera Vinter"
    # The claiming coach now sees the full name; the colleague who did not claim only the reference.
    assert (await _about(coach, case_id))[0]["client"] == "Vera Vinter"
    reference = (await _about(colleague, case_id))[0]["client"]
    assert reference.startswith("K-") and "Vera" not in str(await _about(colleague, case_id))


async def test_a_protected_identity_is_a_reference_to_all_but_the_owner(world: World) -> None:
    case_id = await _queued_case(world, first_name="Dold", last_name="Hemlig", protected_identity=True)
    for role in ("p1_admin", "p1_coach"):
        [message] = await _about(world.clients[role], case_id, "en")
        assert message["client"].startswith("K-") and "Dold" not in message["subject"] + message["body"], role
    response = await world.clients["p1_admin"].post(f"/api/cases/{case_id}/hand-back", json={"reason": "Fullt."})
    assert response.status_code == 201
    assert (await _about(world.clients["owner"], case_id))[0]["client"] == "Dold Hemlig"


async def test_a_legacy_message_shows_its_stored_text_in_both_languages(world: World) -> None:
    case = await new_case(world.engine, world.demo.users["counsellor"], CaseStatus.DECIDED)
    async with async_sessionmaker(world.engine).begin() as session:
        session.add(
            Message(
                recipient_id=world.demo.users["counsellor"],
                case_id=case.id,
                subject="Gammalt ämne",
                body="Gammal text.",
            )
        )
    for language in ("sv", "en"):
        [message] = await _about(world.clients["owner"], str(case.id), language)
        assert (message["kind"], message["subject"], message["body"]) == ("legacy", "Gammalt ämne", "Gammal text.")


async def test_mark_all_read_clears_the_callers_inbox_only(world: World) -> None:
    await _queued_case(world)
    other_unread = (await world.clients["p2_admin"].get("/api/messages")).json()["unread"]
    owner_unread = (await world.clients["owner"].get("/api/messages")).json()["unread"]
    assert (await world.clients["p1_coach"].get("/api/messages")).json()["unread"] > 0
    response = await world.clients["p1_coach"].post("/api/messages/read-all")
    assert response.status_code == 201, response.text
    assert response.json()["marked"] > 0 and response.json()["unread"] == 0
    assert (await world.clients["p1_coach"].get("/api/messages")).json()["unread"] == 0
    assert all(m["read_at"] for m in await inbox(world.clients["p1_coach"]))
    assert (await world.clients["p2_admin"].get("/api/messages")).json()["unread"] == other_unread
    assert (await world.clients["owner"].get("/api/messages")).json()["unread"] == owner_unread
    assert (await world.clients["anon"].post("/api/messages/read-all")).status_code == 401


def test_a_claim_message_stored_without_the_publish_deadline_names_the_rule_as_it_stands() -> None:
    from kundval.domain.cases.deadlines import PUBLISH_WITHIN_DAYS
    from kundval.domain.inbox.kinds import render

    stored_before = render("case_claimed", {"coach": "Kim"}, "Anna A", "sv")
    stored_now = render("case_claimed", {"coach": "Kim", "publish_within_days": "5"}, "Anna A", "en")
    assert stored_before is not None and stored_now is not None
    assert f"inom {PUBLISH_WITHIN_DAYS} dagar" in stored_before[1]
    assert "within 5 days" in stored_now[1]  # what the message was stored with wins
