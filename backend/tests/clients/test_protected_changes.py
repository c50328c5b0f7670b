"""Protected identity beyond reading: only the owning counsellor changes a protected client or the flag, lifting the
protection is an audited step with a reason, only the owner finds a protected client by personal number, a taken
number tells nothing about whose it is, and a protected client's district is shown to nobody else."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kundval.domain.audit.models import AuditEvent
from kundval.domain.cases.models import CaseStatus
from kundval.domain.clients.models import Client
from tests.factories import World, assert_problem, make_case, make_client, open_world


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with open_world(migrated_database, tmp_path_factory.mktemp("world")) as world:
        yield world


async def _client(world: World, *, protected: bool, owner: str = "counsellor", **fields: object) -> Client:
    async with async_sessionmaker(world.engine, expire_on_commit=False).begin() as session:
        return await make_client(session, world.demo.users[owner], protected=protected, **fields)


async def _row(world: World, client_id: uuid.UUID) -> Client:
    async with AsyncSession(world.engine) as session:
        return await session.get_one(Client, client_id)


@pytest.mark.parametrize(
    "body", [{"phone": "070-999 88 77"}, {"protected_identity": False, "reason": "Utredd"}, {"district": "Norr"}]
)
async def test_a_stand_in_cannot_change_a_protected_client(world: World, body: dict) -> None:
    client = await _client(world, protected=True)
    response = await world.clients["stand_in"].patch(f"/api/clients/{client.id}", json=body)
    unknown = await world.clients["stand_in"].patch(f"/api/clients/{uuid.uuid4()}", json=body)
    assert (response.status_code, response.json()) == (404, unknown.json())
    row = await _row(world, client.id)
    assert (row.protected_identity, row.phone, row.district) == (True, client.phone, client.district)


async def test_a_stand_in_cannot_set_or_lift_the_flag_of_an_open_client(world: World) -> None:
    client = await _client(world, protected=False)
    response = await world.clients["stand_in"].patch(f"/api/clients/{client.id}", json={"protected_identity": True})
    assert response.status_code == 404, response.text
    assert (await _row(world, client.id)).protected_identity is False
    # The rest of an open client a stand-in may still change, and sending the flag unchanged is no change.
    response = await world.clients["stand_in"].patch(
        f"/api/clients/{client.id}", json={"phone": "070-123 45 67", "protected_identity": False}
    )
    assert response.status_code == 200, response.text


async def test_lifting_the_protection_needs_a_reason_and_is_audited(world: World) -> None:
    client = await _client(world, protected=True)
    owner = world.clients["owner"]
    refused = await owner.patch(f"/api/clients/{client.id}", json={"protected_identity": False})
    assert_problem(refused, 422, "reason")
    assert (await _row(world, client.id)).protected_identity is True
    blank = await owner.patch(f"/api/clients/{client.id}", json={"protected_identity": False, "reason": "  "})
    assert_problem(blank, 422, "reason")

    done = await owner.patch(
        f"/api/clients/{client.id}", json={"protected_identity": False, "reason": "Skyddet upphört enligt Skatteverket"}
    )
    assert done.status_code == 200, done.text
    assert done.json()["protected_identity"] is False
    async with AsyncSession(world.engine) as session:
        events = (
            await session.scalars(
                select(AuditEvent).where(AuditEvent.client_id == client.id, AuditEvent.action == "lift_protection")
            )
        ).all()
    assert [(e.user_id, e.detail) for e in events] == [
        (world.demo.users["counsellor"], "Skyddet upphört enligt Skatteverket")
    ]


async def test_the_owner_may_protect_and_change_a_protected_client(world: World) -> None:
    client = await _client(world, protected=False)
    owner = world.clients["owner"]
    assert (await owner.patch(f"/api/clients/{client.id}", json={"protected_identity": True})).status_code == 200
    response = await owner.patch(f"/api/clients/{client.id}", json={"phone": "070-222 33 44"})
    assert response.status_code == 200, response.text
    assert (await _row(world, client.id)).phone == "070-222 33 44"


@pytest.mark.parametrize(("role", "finds"), [("owner", True), ("stand_in", False), ("supervisor", False)])
async def test_only_the_owner_finds_a_protected_client_by_personal_number(world: World, role: str, finds: bool) -> None:
    client = await _client(world, protected=True, social_assistance=True)
    for q in (client.personal_number, client.personal_number[2:8] + "-" + client.personal_number[8:]):
        response = await world.clients[role].post("/api/clients/search", json={"q": q})
        assert response.status_code == 200, response.text
        assert [c["id"] for c in response.json()["items"]] == ([str(client.id)] if finds else []), q
        assert response.json()["total"] == (1 if finds else 0)


async def test_an_open_client_is_found_by_personal_number_in_scope(world: World) -> None:
    client = await _client(world, protected=False)
    for role in ("owner", "stand_in", "supervisor"):
        response = await world.clients[role].post("/api/clients/search", json={"q": client.personal_number})
        assert [c["id"] for c in response.json()["items"]] == [str(client.id)], role
    assert (await world.clients["other"].post("/api/clients/search", json={"q": client.personal_number})).json()[
        "items"
    ] == []


@pytest.mark.parametrize("protected", [True, False])
async def test_a_taken_number_tells_nothing_about_whose_it_is(world: World, protected: bool) -> None:
    client = await _client(world, protected=protected, first_name="Upptagen", district="Söder")
    response = await world.clients["other"].post(
        "/api/clients", json={"personal_number": client.personal_number, "first_name": "Ny", "last_name": "Kund"}
    )
    body = assert_problem(response, 409)
    for secret in (
        client.personal_number,
        client.personal_number[2:],
        "Upptagen",
        client.last_name,
        "Söder",
        str(client.id),
        str(client.counsellor_id),
        "Counsellor",
        "skydd",
        "protect",
    ):
        assert secret.lower() not in response.text.lower(), secret
    assert "arbetsledare" in body["detail"]  # whom to ask
    english = await world.clients["other"].post(
        "/api/clients",
        headers={"accept-language": "en"},
        json={"personal_number": client.personal_number, "first_name": "Ny", "last_name": "Kund"},
    )
    assert "supervisor" in english.json()["detail"]


async def test_a_protected_clients_district_is_shown_only_to_the_owner(world: World) -> None:
    client = await _client(world, protected=True, district="Hemligby")
    async with async_sessionmaker(world.engine, expire_on_commit=False).begin() as session:
        case = await make_case(session, client, CaseStatus.DECIDED)
    queued = await world.clients["owner"].post(
        f"/api/cases/{case.id}/queue", json={"provider_id": world.demo.provider("provider1")}
    )
    assert queued.status_code == 201, queued.text
    assert (await world.clients["owner"].get(f"/api/clients/{client.id}")).json()["district"] == "Hemligby"
    answers = [await world.clients[role].get(f"/api/clients/{client.id}") for role in ("stand_in", "supervisor")]
    answers += [await world.clients[role].get(f"/api/cases/{case.id}") for role in ("stand_in", "supervisor")]
    answers += [await world.clients[role].get("/api/clients?limit=500") for role in ("stand_in", "supervisor")]
    answers += [await world.clients["p1_coach"].get("/api/provider/queue")]
    for response in answers:
        assert response.status_code == 200, response.text
        assert "Hemligby" not in response.text, response.request.url


async def test_a_personal_number_in_the_url_is_refused(world: World) -> None:
    client = await _client(world, protected=False)
    response = await world.clients["owner"].get("/api/clients", params={"q": client.personal_number})
    body = assert_problem(response, 422, "q")
    assert client.personal_number not in response.text and "POST" in body["detail"]
