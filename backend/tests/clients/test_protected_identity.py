"""Protected identity (skyddad identitet): only the owning counsellor learns who the client is. Everyone else —
supervisor, stand-in, the provider after claiming — gets the reference as ``display_name`` and ``null`` for the
name, personal number and contact details, in every answer; and no one else finds the client by name."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy.ext.asyncio import async_sessionmaker

from kundval.domain.cases.models import CaseStatus
from kundval.domain.clients.models import Client
from kundval.domain.clients.service import reference_of
from tests.factories import World, inbox, make_case, make_client, open_world

HIDDEN = ("personal_number", "first_name", "last_name", "email", "phone")


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with open_world(migrated_database, tmp_path_factory.mktemp("world")) as world:
        yield world


async def _protected_queued_case(world: World) -> tuple[Client, str]:
    async with async_sessionmaker(world.engine, expire_on_commit=False).begin() as session:
        client = await make_client(
            session,
            world.demo.users["counsellor"],
            protected=True,
            first_name="Hemlig",
            email="hemlig@example.org",
            phone="070-555 12 34",
        )
        case = await make_case(session, client, CaseStatus.DECIDED)
    response = await world.clients["owner"].post(
        f"/api/cases/{case.id}/queue", json={"provider_id": world.demo.provider("provider1")}
    )
    assert response.status_code == 201, response.text
    return client, str(case.id)


def _secrets(client: Client) -> list[str]:
    return [
        client.personal_number,
        client.personal_number[2:],
        client.last_name,
        "Hemlig",
        "hemlig@example.org",
        "070-555 12 34",
    ]


def _assert_hidden(view: dict, client: Client) -> None:
    assert view["display_name"] == view["reference"] == reference_of(client.id)
    assert [view[field] for field in HIDDEN] == [None] * len(HIDDEN)
    assert view["protected_identity"] is True


async def test_only_the_owning_counsellor_sees_who_the_client_is(world: World) -> None:
    client, case_id = await _protected_queued_case(world)
    owner_view = (await world.clients["owner"].get(f"/api/clients/{client.id}")).json()
    assert (owner_view["display_name"], owner_view["personal_number"], owner_view["phone"]) == (
        f"Hemlig {client.last_name}",
        client.personal_number,
        "070-555 12 34",
    )

    # Before claiming, the provider sees no client at all; the queue shows the reference only.
    assert (await world.clients["p1_admin"].get(f"/api/cases/{case_id}")).json()["client"] is None
    queue = await world.clients["p1_coach"].get("/api/provider/queue")
    assert [i["client_name"] for i in queue.json()["items"] if i["id"] == case_id] == [reference_of(client.id)]
    claim = await world.clients["p1_coach"].post(
        f"/api/cases/{case_id}/claim", json={"coach_id": world.demo.user("provider1-coach")}
    )
    assert claim.status_code == 201, claim.text

    answers = {
        "supervisor client": await world.clients["supervisor"].get(f"/api/clients/{client.id}"),
        "stand-in client": await world.clients["stand_in"].get(f"/api/clients/{client.id}"),
        **{
            f"{role} case": await world.clients[role].get(f"/api/cases/{case_id}")
            for role in ("supervisor", "stand_in", "p1_admin", "p1_coach")
        },
    }
    for name, response in answers.items():
        assert response.status_code == 200, name
        body = response.json()
        _assert_hidden(body["client"] if "client" in body else body, client)
    # Nothing in any answer to anyone else gives the identity away: not the views, lists, queue, nor messages.
    answers |= {
        "claim": claim,
        "queue": queue,
        **{
            f"{role} list": await world.clients[role].get("/api/cases?limit=500")
            for role in ("supervisor", "stand_in", "p1_admin", "p1_coach")
        },
        **{
            f"{role} clients": await world.clients[role].get("/api/clients?limit=500")
            for role in ("supervisor", "stand_in")
        },
        **{
            f"{role} history": await world.clients[role].get(f"/api/cases/{case_id}/history")
            for role in ("supervisor", "p1_coach")
        },
    }
    for name, response in answers.items():
        assert not [secret for secret in _secrets(client) if secret in response.text], name
    assert not [s for s in _secrets(client) if s in str(await inbox(world.clients["p1_admin"]))]
    assert [
        c["display_name"]
        for c in (await world.clients["owner"].get("/api/clients?limit=500")).json()["items"]
        if c["id"] == str(client.id)
    ] == [f"Hemlig {client.last_name}"]


@pytest.mark.parametrize(("role", "finds"), [("owner", True), ("stand_in", False), ("supervisor", False)])
async def test_only_the_owner_finds_a_protected_client_by_name(world: World, role: str, finds: bool) -> None:
    async with async_sessionmaker(world.engine, expire_on_commit=False).begin() as session:
        protected = await make_client(
            session, world.demo.users["counsellor"], protected=True, first_name="Sökbar", last_name="Hemligsson"
        )
        open_ = await make_client(session, world.demo.users["counsellor"], first_name="Sökbar", last_name="Öppensson")
    for q in ("sökbar", "Hemligsson", "SÖKBAR HEMLIG"):
        found = {c["id"] for c in (await world.clients[role].get("/api/clients", params={"q": q})).json()["items"]}
        assert (str(protected.id) in found) is finds, q
    found = {c["id"] for c in (await world.clients[role].get("/api/clients", params={"q": "sökbar"})).json()["items"]}
    assert str(open_.id) in found  # the search itself works for everyone in scope
