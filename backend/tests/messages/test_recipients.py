"""Who reads what about a claimed case (issue 9, point 2): publication, returns, approvals and endings go to the
case's coach and the provider's administrator, never to the shared inbox that every coach of the provider reads;
that inbox carries only clients waiting unclaimed in the queue."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.factories import World, decide_case, inbox, open_world, register_client, sign_in, today

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with open_world(migrated_database, tmp_path_factory.mktemp("world")) as world:
        yield world


async def test_news_of_a_claimed_case_reach_its_coach_and_the_administrator_not_a_colleague(world: World) -> None:
    owner, coach, p1_admin = world.clients["owner"], world.clients["p1_coach"], world.clients["p1_admin"]
    colleague = await sign_in(owner.client, "provider1-coach2")  # a second coach at the same provider
    case = await decide_case(owner, (await register_client(owner))["id"])
    url = f"/api/cases/{case['id']}"
    assert (await owner.post(f"{url}/queue", json={"provider_id": world.demo.provider("provider1")})).status_code == 201
    assert (await coach.post(f"{url}/claim", json={"coach_id": world.demo.user("provider1-coach")})).status_code == 201
    assert (
        await owner.post(f"{url}/publish", json={"assignment": "Praktik.", "future_plan": "Arbete."})
    ).status_code == 201
    document = (
        await coach.post(
            f"{url}/documents",
            data={"kind": "implementation_plan"},
            files={"file": ("plan.pdf", PDF, "application/pdf")},
        )
    ).json()
    assert (await coach.post(f"/api/documents/{document['id']}/submit")).status_code == 201
    assert (
        await owner.post(f"/api/documents/{document['id']}/return", json={"comment": "Mål saknas."})
    ).status_code == 201
    assert (
        await coach.post(
            f"/api/documents/{document['id']}/versions", files={"file": ("plan2.pdf", PDF + b" ", "application/pdf")}
        )
    ).status_code == 201
    assert (await coach.post(f"/api/documents/{document['id']}/submit")).status_code == 201
    assert (await owner.post(f"/api/documents/{document['id']}/approve")).status_code == 201
    assert (await owner.post(f"{url}/end", json={"reason": "work", "end_date": str(today())})).status_code == 201

    def about(messages: list[dict]) -> list[bool]:
        return [m["to_provider"] for m in messages if m["case_id"] == case["id"]]

    # The colleague saw the client only while they waited in the queue.
    assert about(await inbox(colleague)) == [True]
    # The coach and the administrator: the queue item, then publication, return, approval and ending, each their own.
    for caller in (coach, p1_admin):
        assert sorted(about(await inbox(caller))) == [False] * 4 + [True]
    for role in ("p2_admin", "p2_coach", "other"):
        assert about(await inbox(world.clients[role])) == [], role
