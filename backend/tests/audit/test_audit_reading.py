"""Answering "who read this client?" (issue 9, point 7): one row per list view that still names every client it
showed, a client found by name, personal number or reference without the number in a URL, events in words with
people's names, filters by event and person, and a CSV export in words with unique headers."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import func, select

from kundval.domain.audit.models import AuditEvent, AuditEventClient
from tests.factories import ROLES, Caller, World, decide_case, open_world, personal_number, register_client, today


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with open_world(migrated_database, tmp_path_factory.mktemp("world")) as world:
        yield world


async def _audit(caller: Caller, language: str = "sv", **filters: Any) -> list[dict[str, Any]]:
    response = await caller.get("/api/audit", params={"limit": 500, **filters}, headers={"accept-language": language})
    assert response.status_code == 200, response.text
    return response.json()["items"][::-1]


async def test_one_list_view_is_one_row_that_still_answers_who_read_each_client(world: World) -> None:
    owner = world.clients["owner"]
    clients = [await register_client(owner, last_name="Gruppsson") for _ in range(3)]
    assert (await owner.get("/api/clients", params={"q": "gruppsson"})).json()["total"] == 3
    lists = [
        [r for r in await _audit(world.clients["supervisor"], client_id=c["id"]) if r["action"] == "list"]
        for c in clients
    ]
    assert [len(rows) for rows in lists] == [1, 1, 1]
    assert len({rows[0]["id"] for rows in lists}) == 1  # the same, single row
    row = lists[0][0]
    assert row["clients_listed"] == 3 and row["user_name"] == "Karin Lindqvist"
    # Filtered by a client, the list's row names that client.
    assert [rows[0]["client"] for rows in lists] == ["Nora Gruppsson"] * 3


async def test_a_page_of_cases_writes_one_row_whatever_its_length(world: World) -> None:
    owner = world.clients["owner"]
    for _ in range(4):
        await decide_case(owner, (await register_client(owner))["id"])
    async with world.engine.connect() as conn:
        before = await conn.scalar(select(func.max(AuditEvent.id)))
    page = (await owner.get("/api/cases", params={"limit": 100})).json()
    assert page["total"] >= 4
    async with world.engine.connect() as conn:
        written = (
            await conn.execute(select(AuditEvent.action, AuditEvent.username).where(AuditEvent.id > before))
        ).all()
        listed = await conn.scalar(
            select(func.count()).select_from(AuditEventClient).where(AuditEventClient.event_id > before)
        )
    assert [tuple(row) for row in written] == [("list", "counsellor")]
    assert listed == len(page["items"])


async def test_a_client_is_found_by_name_personal_number_or_reference_in_a_post(world: World) -> None:
    owner, supervisor = world.clients["owner"], world.clients["supervisor"]
    number = personal_number()
    found_one = await register_client(owner, first_name="Sökbar", last_name="Sökdahl", personal_number=number)
    hidden = await register_client(owner, first_name="Skyddad", last_name="Sökdahl", protected_identity=True)

    async def find(caller: Caller, q: str) -> list[dict[str, Any]]:
        response = await caller.post("/api/audit/clients", json={"q": q})
        assert response.status_code == 200, response.text
        return response.json()

    # By name: the protected client is not found (a hit would reveal who they are).
    assert [(c["id"], c["name"]) for c in await find(supervisor, "sökdahl")] == [(found_one["id"], "Sökbar Sökdahl")]
    assert [c["id"] for c in await find(supervisor, f"{number[:8]}-{number[8:]}")] == [found_one["id"]]
    # By reference anyone is found, named by the reference when protected.
    assert [(c["id"], c["name"]) for c in await find(supervisor, hidden["reference"].lower())] == [
        (hidden["id"], hidden["reference"])
    ]
    assert [c["name"] for c in await find(world.clients["admin"], found_one["reference"])] == [found_one["reference"]]
    assert await find(supervisor, "") == []
    for role in ("owner", "p1_admin", "coordinator"):
        assert (await world.clients[role].post("/api/audit/clients", json={"q": "x"})).status_code == 403, role


async def test_events_read_in_words_with_names_and_filter_by_event_and_person(world: World) -> None:
    owner, supervisor = world.clients["owner"], world.clients["supervisor"]
    kund = await register_client(owner, first_name="Ord", last_name="Ordsson")
    case = await decide_case(owner, kund["id"])
    await supervisor.get(f"/api/clients/{kund['id']}")
    await owner.get(f"/api/cases/{case['id']}")
    rows = await _audit(supervisor, "en", client_id=kund["id"])
    assert [(r["user_name"], r["event"], r["client"]) for r in rows] == [
        ("Karin Lindqvist", "Registered the client", "Ord Ordsson"),
        ("Karin Lindqvist", "Decided an intervention", "Ord Ordsson"),
        ("Lars Berg", "Read the client's details", "Ord Ordsson"),
        ("Karin Lindqvist", "Opened the case", "Ord Ordsson"),
    ]
    assert [
        r["event"] for r in await _audit(supervisor, client_id=kund["id"], action="read", object_type="client")
    ] == ["Läste klientens uppgifter"]
    assert [
        r["username"] for r in await _audit(supervisor, client_id=kund["id"], user_id=world.demo.user("supervisor"))
    ] == ["supervisor"]
    options = (await supervisor.get("/api/audit/options", headers={"accept-language": "en"})).json()
    assert {"action": "read", "object_type": "client", "label": "Read the client's details"} in options["events"]
    assert {p["username"] for p in options["people"]} >= {"counsellor", "provider1-coach"}


async def test_the_csv_export_is_in_words_with_unique_headers(world: World) -> None:
    owner = world.clients["owner"]
    kund = await register_client(owner, first_name="Csv", last_name="Csvsson")
    await owner.get(f"/api/clients/{kund['id']}")
    for language, first_header, event in (
        ("sv", "Tid", "Läste klientens uppgifter"),
        ("en", "Time", "Read the client's details"),
    ):
        response = await world.clients["supervisor"].get(
            "/api/audit/export", params={"client_id": kund["id"], "date_from": str(today()), "lang": language}
        )
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("text/csv")
        assert "attachment" in response.headers["content-disposition"]
        header, *rows = list(csv.reader(io.StringIO(response.text), delimiter=";"))
        assert header[0] == first_header and len(set(header)) == len(header)
        assert [(r[1], r[4], r[5]) for r in rows] == [
            ("Karin Lindqvist", event, "Csv Csvsson"),
            ("Karin Lindqvist", rows[1][4], "Csv Csvsson"),
        ]
        assert rows[1][4] in ("Registrerade klienten", "Registered the client")


@pytest.mark.parametrize(
    ("role", "expected"), [(role, {"admin": 200, "supervisor": 200, "anon": 401}.get(role, 403)) for role in ROLES]
)
async def test_only_administrators_and_supervisors_read_options_and_export(
    world: World, role: str, expected: int
) -> None:
    for url in ("/api/audit/options", "/api/audit/export"):
        assert (await world.clients[role].get(url, params={"date_from": str(today())})).status_code == expected, url
