"""Registering clients: personal identity numbers are checked (date, check digit, form) and stored as 12 digits;
bad input answers 422 naming the field and registers no one. Every test builds its own numbers in one shared,
signed-in demo world."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from kundval.demo import luhn_digit
from kundval.domain.audit.models import AuditEvent
from kundval.domain.clients.models import Client
from tests.factories import World, assert_problem, open_world, personal_number, register_client


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with open_world(migrated_database, tmp_path_factory.mktemp("world")) as world:
        yield world


def _with_check_digit(eleven: str) -> str:
    return eleven + luhn_digit(eleven[2:])


def _wrong_check_digit(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda: _wrong_check_digit(personal_number()), id="wrong-check-digit"),
        pytest.param(lambda: _with_check_digit("19900230123"), id="30-february"),
        pytest.param(lambda: _with_check_digit("19901301123"), id="month-13"),
        pytest.param(lambda: _with_check_digit("19900192123"), id="day-92"),  # not even a samordningsnummer
        pytest.param(lambda: personal_number()[:-1], id="11-digits"),
        pytest.param(lambda: "123456", id="6-digits"),
        pytest.param(lambda: personal_number() + "0", id="13-digits"),
        pytest.param(lambda: personal_number()[:8] + "abcd", id="letters"),
        pytest.param(lambda: "", id="empty"),
    ],
)
async def test_invalid_personal_numbers_are_422_and_register_no_one(make: Callable[[], str], world: World) -> None:
    before = await _counts(world.engine)
    response = await world.as_user("counsellor").post(
        "/api/clients",
        json={"personal_number": make(), "first_name": "Nora", "last_name": "Nilsson"},
        headers={"Accept-Language": "en"},
    )
    assert_problem(response, 422, "personal_number")
    assert await _counts(world.engine) == before


async def test_the_detail_says_what_is_wrong_with_the_number(world: World) -> None:
    raw = _wrong_check_digit(personal_number())
    response = await world.as_user("counsellor").post(
        "/api/clients",
        json={"personal_number": raw, "first_name": "Nora", "last_name": "Nilsson"},
        headers={"Accept-Language": "en"},
    )
    detail = assert_problem(response, 422, "personal_number")["detail"]
    # It says what is wrong but does not repeat the number: error answers end up in logs and screenshots.
    assert raw not in detail and "check digit" in detail


@pytest.mark.parametrize(
    ("form", "coordination"),
    [
        pytest.param(lambda n: n, False, id="12-digits"),
        pytest.param(lambda n: f"{n[:8]}-{n[8:]}", False, id="12-digits-hyphen"),
        pytest.param(lambda n: n[2:], False, id="10-digits"),
        pytest.param(lambda n: f"{n[2:8]}-{n[8:]}", False, id="10-digits-hyphen"),
        pytest.param(lambda n: n, True, id="samordningsnummer"),
        pytest.param(lambda n: f"{n[2:8]}-{n[8:]}", True, id="samordningsnummer-10-digits-hyphen"),
    ],
)
async def test_accepted_forms_are_stored_as_12_digits(
    form: Callable[[str], str], coordination: bool, world: World
) -> None:
    counsellor = world.as_user("counsellor")
    number = personal_number(coordination=coordination)
    assert int(number[6:8]) > 60 if coordination else int(number[6:8]) <= 31
    created = await register_client(counsellor, personal_number=form(number))
    assert created["personal_number"] == number
    assert (await counsellor.get(f"/api/clients/{created['id']}")).json()["personal_number"] == number
    async with AsyncSession(world.engine) as session:
        assert await session.scalar(select(Client.personal_number).where(Client.id == created["id"])) == number
    found = (await counsellor.post("/api/clients/search", json={"q": form(number)})).json()["items"]
    assert [c["id"] for c in found] == [created["id"]]  # any form of the number finds the client


async def test_the_same_number_in_any_form_is_a_409(world: World) -> None:
    number = personal_number()
    await register_client(world.as_user("counsellor"), personal_number=number)
    before = await _counts(world.engine)
    for username, raw in (("counsellor", number), ("counsellor2", f"{number[2:8]}-{number[8:]}")):
        response = await world.as_user(username).post(
            "/api/clients",
            json={"personal_number": raw, "first_name": "Nora", "last_name": "Nilsson"},
            headers={"Accept-Language": "en"},
        )
        detail = assert_problem(response, 409)["detail"]
        assert "already registered" in detail and raw not in detail and number not in detail
    assert await _counts(world.engine) == before


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("first_name", ""),
        ("last_name", None),
        ("email", "not-an-address"),
        ("phone", "ring mig"),
        ("protected_identity", "yes"),
    ],
)
async def test_other_invalid_client_fields_are_422_naming_the_field(field: str, value: object, world: World) -> None:
    counsellor = world.as_user("counsellor")
    created = await register_client(counsellor)
    before = await _counts(world.engine)
    body = {"personal_number": personal_number(), "first_name": "Nora", "last_name": "Nilsson", field: value}
    assert_problem(await counsellor.post("/api/clients", json=body), 422, field)
    assert_problem(await counsellor.patch(f"/api/clients/{created['id']}", json={field: value}), 422, field)
    assert await _counts(world.engine) == before
    assert (await counsellor.get(f"/api/clients/{created['id']}")).json() == created


async def _counts(engine: AsyncEngine) -> tuple[int, int]:
    """Clients, and audit rows of client registrations and changes."""
    async with AsyncSession(engine) as session:
        return (
            await session.scalar(select(func.count()).select_from(Client)) or 0,
            await session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.object_type == "client", AuditEvent.action.in_(("create", "update")))
            )
            or 0,
        )
