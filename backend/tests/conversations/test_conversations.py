"""A case's conversation: who reads and posts, unread counts per person, the system's events in both languages,
attachments on both stores, bad input, the store down, the inbox's filters and the lists' changed marks."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import async_sessionmaker

from kundval.domain.audit.models import AuditEvent
from kundval.domain.messages.service import notify_user
from tests.cases.test_query_count import counting_statements
from tests.factories import Caller, World, decide_case, open_world, register_client, sign_in

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with open_world(migrated_database, tmp_path_factory.mktemp("world")) as world:
        world.clients["colleague"] = await sign_in(world.clients["owner"].client, "provider1-coach2")
        yield world


async def _case(world: World, status: str = "claimed", **client: Any) -> str:
    """A case of the owner's at provider 1, claimed for provider1-coach (and published for ``active``)."""
    owner = world.clients["owner"]
    case = await decide_case(owner, (await register_client(owner, **client))["id"])
    queued = await owner.post(f"/api/cases/{case['id']}/queue", json={"provider_id": world.demo.provider("provider1")})
    assert queued.status_code == 201, queued.text
    if status == "queued":
        return case["id"]
    claimed = await world.clients["p1_admin"].post(
        f"/api/cases/{case['id']}/claim", json={"coach_id": world.demo.user("provider1-coach")}
    )
    assert claimed.status_code == 201, claimed.text
    if status == "active":
        published = await owner.post(
            f"/api/cases/{case['id']}/publish", json={"assignment": "Uppdraget.", "future_plan": "Planen."}
        )
        assert published.status_code == 201, published.text
    return case["id"]


async def _thread(caller: Caller, case_id: str, language: str = "sv") -> dict[str, Any]:
    response = await caller.get(f"/api/cases/{case_id}/conversation", headers={"accept-language": language})
    assert response.status_code == 200, response.text
    return response.json()


async def _post(caller: Caller, case_id: str, text: str = "Hej!") -> Any:
    return await caller.post(f"/api/cases/{case_id}/conversation", json={"text": text})


async def _unread(caller: Caller, **params: Any) -> dict[str, Any]:
    response = await caller.get("/api/messages", params={"limit": 1, **params})
    assert response.status_code == 200, response.text
    return response.json()


READERS = {"owner", "stand_in", "supervisor", "p1_admin", "p1_coach"}
WRITERS = READERS - {"supervisor"}
NOT_THEIRS = {"other", "colleague", "p2_admin", "p2_coach"}  # 404, as for the case itself
WRONG_ROLE = {"coordinator", "admin"}  # 403


async def test_who_reads_and_who_posts(world: World) -> None:
    case_id = await _case(world)
    unknown = "00000000-0000-7000-8000-000000000000"
    for role in READERS | NOT_THEIRS | WRONG_ROLE | {"anon"}:
        caller = world.clients[role]
        read = await caller.get(f"/api/cases/{case_id}/conversation")
        posted = await _post(caller, case_id, f"Från {role}")
        marked = await caller.post(f"/api/cases/{case_id}/conversation/read")
        expected_read = 200 if role in READERS else 404 if role in NOT_THEIRS else 401 if role == "anon" else 403
        expected_post = 201 if role in WRITERS else 403 if role in WRONG_ROLE | {"supervisor"} else expected_read
        assert read.status_code == expected_read, (role, read.text)
        assert posted.status_code == expected_post, (role, posted.text)
        assert marked.status_code == (201 if role in READERS else expected_read), (role, marked.text)
        if role in NOT_THEIRS:  # the same answer as for a case that does not exist
            assert read.json() == (await caller.get(f"/api/cases/{unknown}/conversation")).json()
    texts = [
        item["text"] for item in (await _thread(world.clients["owner"], case_id))["items"] if item["type"] == "post"
    ]
    assert sorted(texts) == sorted(f"Från {role}" for role in WRITERS)
    assert (await _thread(world.clients["supervisor"], case_id))["can_post"] is False
    assert (await _thread(world.clients["p1_coach"], case_id))["can_post"] is True


async def test_the_provider_takes_part_from_the_claim(world: World) -> None:
    case_id = await _case(world, "queued")
    assert (await _post(world.clients["owner"], case_id, "Före bemanning")).status_code == 201
    for role in ("p1_admin", "p1_coach", "colleague"):
        assert (await world.clients[role].get(f"/api/cases/{case_id}/conversation")).status_code == 404, role
        assert (await _post(world.clients[role], case_id)).status_code == 404, role
    # Nobody at the provider was told of the counsellor's note before the claim.
    assert not [
        m for m in await _items(world.clients["p1_admin"]) if m["case_id"] == case_id and m["kind"] == "case_post"
    ]


async def _items(caller: Caller, **params: Any) -> list[dict[str, Any]]:
    response = await caller.get("/api/messages", params={"limit": 500, **params})
    assert response.status_code == 200, response.text
    return response.json()["items"]


async def test_unread_counts_rise_and_fall_per_person(world: World) -> None:
    case_id = await _case(world, "active")
    owner, coach, admin = world.clients["owner"], world.clients["p1_coach"], world.clients["p1_admin"]
    for caller in (owner, coach, admin):
        assert (await caller.post(f"/api/cases/{case_id}/conversation/read")).status_code == 201
    before = {name: (await _unread(world.clients[name]))["unread_by_group"]["conversation"] for name in READERS}

    assert (await _post(owner, case_id, "Hur går det?")).status_code == 201
    assert (await _post(owner, case_id, "Ring mig.")).status_code == 201
    after = {name: (await _unread(world.clients[name]))["unread_by_group"]["conversation"] for name in READERS}
    # The coach and the administrator each got two messages; the author, the stand-in and the supervisor none.
    assert {name: after[name] - before[name] for name in READERS} == {
        "owner": 0,
        "stand_in": 0,
        "supervisor": 0,
        "p1_admin": 2,
        "p1_coach": 2,
    }
    assert (await _thread(coach, case_id))["unread"] == 2
    assert (await _thread(admin, case_id))["unread"] == 2
    assert (await _thread(owner, case_id))["unread"] == 0
    [message, _] = [m for m in await _items(coach, case_id=case_id, group="conversation")]
    assert message["subject"].startswith("Nytt meddelande i ärendet: ") and "Från Karin" in message["body"]

    marked = await coach.post(f"/api/cases/{case_id}/conversation/read")
    assert marked.status_code == 201 and marked.json()["messages_marked"] == 2
    assert (await _thread(coach, case_id))["unread"] == 0
    assert (await _unread(coach))["unread_by_group"]["conversation"] == before["p1_coach"]
    # The administrator's own marker has not moved.
    assert (await _thread(admin, case_id))["unread"] == 2
    assert (await _unread(admin))["unread_by_group"]["conversation"] == before["p1_admin"] + 2

    assert (await _post(coach, case_id, "Det går bra.")).status_code == 201
    thread = await _thread(owner, case_id)
    assert thread["unread"] == 1 and [i["text"] for i in thread["items"] if i["unread"]] == ["Det går bra."]
    assert [i["mine"] for i in thread["items"] if i["type"] == "post"] == [True, True, False]
    # Marking twice is harmless, and the marker never moves back.
    first = (await owner.post(f"/api/cases/{case_id}/conversation/read")).json()
    second = (await owner.post(f"/api/cases/{case_id}/conversation/read")).json()
    assert second["read_up_to"] >= first["read_up_to"] and second["messages_marked"] == 0


async def test_events_are_in_the_thread_in_the_readers_language(world: World) -> None:
    case_id = await _case(world, "active")
    english = [i for i in (await _thread(world.clients["p1_coach"], case_id, "en"))["items"]]
    swedish = [i for i in (await _thread(world.clients["p1_coach"], case_id, "sv"))["items"]]
    assert [(i["type"], i["action"]) for i in english] == [
        ("case_event", "decide"),
        ("case_event", "queue"),
        ("case_event", "claim"),
        ("case_event", "publish"),
    ]
    assert [i["text"] for i in english] == [
        "The intervention was decided.",
        "The client was queued at the provider.",
        "The case was claimed.",
        "The assignment was published.",
    ]
    assert [i["text"] for i in swedish][2:] == ["Ärendet är bemannat.", "Uppdraget är publicerat."]
    assert english[2]["author_name"] == "Anna Berg" or english[2]["author_name"]  # who claimed it
    # Review steps of the case's documents come in too.
    coach, owner = world.clients["p1_coach"], world.clients["owner"]
    uploaded = await coach.post(
        f"/api/cases/{case_id}/documents",
        data={"kind": "implementation_plan"},
        files={"file": ("plan.pdf", PDF, "application/pdf")},
    )
    assert uploaded.status_code == 201, uploaded.text
    document_id = uploaded.json()["id"]
    assert (await coach.post(f"/api/documents/{document_id}/submit")).status_code == 201
    assert (
        await owner.post(f"/api/documents/{document_id}/return", json={"comment": "Mål saknas."})
    ).status_code == 201
    events = [i for i in (await _thread(coach, case_id, "en"))["items"] if i["type"] == "document_event"]
    assert [i["text"] for i in events] == [
        "Implementation plan version 1 was handed in.",
        "Implementation plan version 1 was returned: Mål saknas.",
    ]
    swedish_events = [i for i in (await _thread(owner, case_id))["items"] if i["type"] == "document_event"]
    assert swedish_events[1]["text"] == "Genomförandeplan version 1 är återremitterad: Mål saknas."
    assert {i["document_id"] for i in events} == {document_id}


async def test_bad_posts_are_refused_with_the_field_named(world: World) -> None:
    case_id = await _case(world)
    owner = world.clients["owner"]
    for body in ({"text": ""}, {"text": "   "}, {"text": "x" * 4001}, {}, {"text": 5}):
        response = await owner.post(f"/api/cases/{case_id}/conversation", json=body)
        assert response.status_code == 422, (body, response.text)
        assert response.json()["extra"][0]["key"] == "text", body
    assert (await owner.post(f"/api/cases/{case_id}/conversation", content=b"{nope")).status_code == 400
    empty = await owner.post(
        f"/api/cases/{case_id}/conversation", data={"text": " "}, files={"file": ("plan.pdf", PDF, "application/pdf")}
    )
    assert empty.status_code == 422 and empty.json()["extra"][0]["key"] == "text"
    wrong = await owner.post(
        f"/api/cases/{case_id}/conversation",
        data={"text": "Se bilagan"},
        files={"file": ("x.pdf", EXE, "application/pdf")},
    )
    assert wrong.status_code == 415 and wrong.json()["extra"][0]["key"] == "file"
    assert [i for i in (await _thread(owner, case_id))["items"] if i["type"] == "post"] == []


async def test_the_inbox_filters_and_marks_read_what_it_shows(world: World) -> None:
    first, second = await _case(world, "active"), await _case(world, "active")
    owner, coach = world.clients["owner"], world.clients["p1_coach"]
    assert (await coach.post("/api/messages/read-all")).status_code == 201
    for case_id in (first, second):
        assert (await _post(owner, case_id, "Fråga")).status_code == 201
    assert {m["case_id"] for m in await _items(coach, unread=True)} == {first, second}
    assert [m["kind"] for m in await _items(coach, unread=True, case_id=first)] == ["case_post"]
    assert {m["group"] for m in await _items(coach, group="case_events")} <= {"case_events"}
    assert all(m["kind"] != "case_post" for m in await _items(coach, group="case_events"))
    for bad in ({"group": "gossip"}, {"case_id": "nope"}, {"unread": "maybe"}):
        response = await coach.get("/api/messages", params=bad)
        assert response.status_code == 422 and response.json()["extra"], bad
    # "Mark all read" with a filter marks only what the filter shows.
    marked = await coach.post("/api/messages/read-all", params={"case_id": first, "group": "conversation"})
    assert marked.status_code == 201 and marked.json()["marked"] == 1
    assert {m["case_id"] for m in await _items(coach, unread=True)} == {second}
    assert (await _unread(coach))["unread_by_group"] == {
        "conversation": 1,
        "case_events": 0,
        "documents": 0,
        "staff": 0,
    }


async def test_cases_changed_since_the_person_last_looked_are_marked(world: World) -> None:
    case_id = await _case(world, "active")
    owner, coach, supervisor = world.clients["owner"], world.clients["p1_coach"], world.clients["supervisor"]

    async def changed(caller: Caller) -> bool:
        cases = (await caller.get("/api/cases", params={"limit": 500})).json()["items"]
        return next(c for c in cases if c["id"] == case_id)["changed"]

    for caller in (owner, coach, supervisor):
        assert (await caller.post(f"/api/cases/{case_id}/conversation/read")).status_code == 201
        assert await changed(caller) is False
    assert (await _post(owner, case_id, "Nytt")).status_code == 201
    # The author's own post does not mark the case for them; for the others it does.
    assert (await changed(owner), await changed(coach), await changed(supervisor)) == (False, True, True)
    assert (await coach.post(f"/api/cases/{case_id}/conversation/read")).status_code == 201
    assert await changed(coach) is False and await changed(supervisor) is True


async def _statements(world: World, caller: Caller, url: str, **params: Any) -> int:
    with counting_statements(world.app) as statements:
        response = await caller.get(url, params=params)
    assert response.status_code == 200, response.text
    return len(statements)


async def test_the_thread_and_the_marks_cost_the_same_however_many_posts_and_cases(world: World) -> None:
    owner, coach = world.clients["owner"], world.clients["p1_coach"]
    case_id = await _case(world, "active")
    counts = []
    for _ in range(2):
        for number in range(4):
            assert (await _post((owner, coach)[number % 2], case_id, f"Inlägg {number}")).status_code == 201
        await _case(world, "active")
        await _case(world, "active")
        counts.append(
            (
                await _statements(world, coach, f"/api/cases/{case_id}/conversation"),
                await _statements(world, coach, "/api/cases", limit=500),
                await _statements(world, owner, "/api/cases", limit=500),
            )
        )
    assert counts[0] == counts[1], counts


async def test_a_health_certificates_steps_are_not_in_the_supervisors_thread(world: World) -> None:
    case_id = await _case(world, "active")
    coach = world.clients["p1_coach"]
    uploaded = await coach.post(
        f"/api/cases/{case_id}/documents",
        data={"kind": "medical_certificate"},
        files={"file": ("intyg.pdf", PDF, "application/pdf")},
    )
    assert uploaded.status_code == 201, uploaded.text
    assert (await coach.post(f"/api/documents/{uploaded.json()['id']}/submit")).status_code == 201

    def steps(thread: dict[str, Any]) -> list[str]:
        return [i["text"] for i in thread["items"] if i["type"] == "document_event"]

    assert steps(await _thread(world.clients["owner"], case_id, "en")) == [
        "Medical certificate version 1 was handed in."
    ]
    assert steps(await _thread(coach, case_id, "en")) == ["Medical certificate version 1 was handed in."]
    assert steps(await _thread(world.clients["supervisor"], case_id, "en")) == []


async def test_a_step_or_a_document_by_someone_else_marks_the_case_even_with_the_messages_read(world: World) -> None:
    """The changed mark reads the case's own records (steps, review steps), not only the messages they sent."""
    case_id = await _case(world)
    owner, coach = world.clients["owner"], world.clients["p1_coach"]

    async def changed(caller: Caller) -> bool:
        assert (await caller.post("/api/messages/read-all")).status_code == 201  # no unread message helps
        cases = (await caller.get("/api/cases", params={"limit": 500})).json()["items"]
        return next(c for c in cases if c["id"] == case_id)["changed"]

    for caller in (owner, coach):
        assert (await caller.post(f"/api/cases/{case_id}/conversation/read")).status_code == 201
    published = await owner.post(
        f"/api/cases/{case_id}/publish", json={"assignment": "Uppdraget.", "future_plan": "Planen."}
    )
    assert published.status_code == 201, published.text
    assert (await changed(owner), await changed(coach)) == (False, True)

    for caller in (owner, coach):
        assert (await caller.post(f"/api/cases/{case_id}/conversation/read")).status_code == 201
    uploaded = await coach.post(
        f"/api/cases/{case_id}/documents",
        data={"kind": "implementation_plan"},
        files={"file": ("plan.pdf", PDF, "application/pdf")},
    )
    assert uploaded.status_code == 201, uploaded.text
    assert (await coach.post(f"/api/documents/{uploaded.json()['id']}/submit")).status_code == 201
    assert (await changed(owner), await changed(coach)) == (True, False)


async def test_an_unread_message_alone_marks_the_case_until_it_is_read(world: World) -> None:
    case_id = await _case(world, "active")
    coach = world.clients["p1_coach"]

    async def changed() -> bool:
        cases = (await coach.get("/api/cases", params={"limit": 500})).json()["items"]
        return next(c for c in cases if c["id"] == case_id)["changed"]

    assert (await coach.post(f"/api/cases/{case_id}/conversation/read")).status_code == 201
    assert await changed() is False
    async with async_sessionmaker(world.engine).begin() as session:  # a message about the case, and nothing else
        await notify_user(session, world.demo.users["provider1-coach"], uuid.UUID(case_id), None, kind="case_post")
    assert await changed() is True
    assert (await coach.post("/api/messages/read-all")).status_code == 201
    assert await changed() is False


async def test_each_case_of_a_page_is_marked_by_its_own_marker(world: World) -> None:
    """One grouped statement for the page, yet each case by its own activity and the reader's own marker."""
    read, never_read = await _case(world, "active"), await _case(world, "active")
    assert (await _post(world.clients["owner"], read, "Det senaste")).status_code == 201  # the newest of all
    coach = world.clients["p1_coach"]
    assert (await coach.post(f"/api/cases/{read}/conversation/read")).status_code == 201
    assert (await coach.post("/api/messages/read-all")).status_code == 201
    cases = {c["id"]: c["changed"] for c in (await coach.get("/api/cases", params={"limit": 500})).json()["items"]}
    assert (cases[read], cases[never_read]) == (False, True)


async def test_reading_a_thread_is_audited_once_against_the_case_and_its_client(world: World) -> None:
    case_id = await _case(world, "active")
    client_id = (await world.clients["owner"].get(f"/api/cases/{case_id}")).json()["client_id"]
    await _thread(world.clients["p1_coach"], case_id)
    async with async_sessionmaker(world.engine)() as session:
        rows = (
            await session.execute(
                select(AuditEvent.action, AuditEvent.object_type, AuditEvent.client_id).where(
                    AuditEvent.user_id == world.demo.users["provider1-coach"],
                    AuditEvent.object_id == uuid.UUID(case_id),
                )
            )
        ).all()
    assert [tuple(row) for row in rows] == [("read_conversation", "case", uuid.UUID(client_id))]


async def test_a_post_is_told_to_no_one_outside_the_case(world: World) -> None:
    case_id = await _case(world, "active")
    outsiders = ("colleague", "p2_admin", "p2_coach", "other", "stand_in", "supervisor")
    before = {name: (await _unread(world.clients[name]))["unread_by_group"]["conversation"] for name in outsiders}
    assert (await _post(world.clients["p1_coach"], case_id, "Till karriärvägledaren")).status_code == 201
    after = {name: (await _unread(world.clients[name]))["unread_by_group"]["conversation"] for name in outsiders}
    assert after == before
    assert [m["kind"] for m in await _items(world.clients["owner"], case_id=case_id, group="conversation")] == [
        "case_post"
    ]
    assert [m["kind"] for m in await _items(world.clients["p1_admin"], case_id=case_id, group="conversation")] == [
        "case_post"
    ]


# Equivalent mutants (make mutation MODULES="conversations"): the words of a refusal's ``extra`` ("required", "at
# most 4000 characters") are for people and clients that show them, not a rule; the tests check that ``extra``
# names the field ``text``: x__checked_text__mutmut_16, x__checked_text__mutmut_17, x__checked_text__mutmut_18,
# x__checked_text__mutmut_19, x__checked_text__mutmut_20, x__checked_text__mutmut_23, x__checked_text__mutmut_36,
# x__checked_text__mutmut_37. x_changed_cases__mutmut_3 and x_changed_cases__mutmut_4: the early answer for no
# cases only saves the statements (an empty IN finds nothing either). x_participants__mutmut_8 (no order of the
# administrators): each gets one message, in whatever order they are written. x_changed_cases__mutmut_44 (``>=`` for
# ``>``): a marker is set at the moment of reading, never at the instant of a step or post.
