"""Bad input is a 4xx that says what to fix, never a 500 (issue 9, point 4), on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from kundval.app import create_app
from kundval.core.settings import Settings
from tests.factories import Caller, assert_problem, register_client, seed_demo, sign_in

JSON = {"content-type": "application/json"}


@pytest.fixture
async def client(settings: Settings, engine: Any, tmp_path: Path) -> Any:
    await seed_demo(engine)
    spa = tmp_path / "dist"
    (spa / "assets").mkdir(parents=True)
    (spa / "index.html").write_text("<!doctype html><title>Kundval SPA</title>")
    app: Litestar = create_app(replace(settings, spa_dir=spa))
    async with AsyncTestClient(app=app) as test_client:
        yield test_client


@pytest.mark.parametrize(
    "body", [b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 5_000 + b"1" + b"}" * 5_000, b"[" * 40 + b"]" * 40]
)
async def test_deeply_nested_json_on_login_is_a_400(client: AsyncTestClient[Litestar], body: bytes) -> None:
    answer = assert_problem(await client.post("/api/auth/login", content=body, headers=JSON), 400)
    assert "nästlat" in answer["detail"] and "32" in answer["detail"]


async def test_invalid_utf8_is_a_400(client: AsyncTestClient[Litestar]) -> None:
    body = b'{"username": "\xff\xfe", "password": "x"}'
    answer = assert_problem(await client.post("/api/auth/login", content=body, headers=JSON), 400)
    assert "UTF-8" in answer["detail"]


async def test_a_nul_byte_in_json_text_is_a_422_naming_the_field(client: AsyncTestClient[Litestar]) -> None:
    login = await client.post("/api/auth/login", json={"username": "a\u0000b", "password": "x"})
    answer = assert_problem(login, 422, "username")
    assert "Användarnamn" in answer["detail"]
    counsellor = await sign_in(client, "counsellor")
    created = await counsellor.post(
        "/api/clients", json={"personal_number": "199001011234", "first_name": "A\u0000", "last_name": "B"}
    )
    assert "Förnamn" in assert_problem(created, 422, "first_name")["detail"]
    coordinator = await sign_in(client, "coordinator")
    nested = await coordinator.post("/api/providers", json={"districts": ["ok", "x\u0000"]})
    assert_problem(nested, 422, "districts[1]")


async def test_a_nul_byte_in_a_query_parameter_is_a_422(client: AsyncTestClient[Litestar]) -> None:
    counsellor = await sign_in(client, "counsellor")
    assert_problem(await counsellor.get("/api/clients", params={"q": "a\u0000"}), 422, "q")


async def test_an_asset_path_with_a_nul_byte_is_a_404(client: AsyncTestClient[Litestar]) -> None:
    assert (await client.get("/assets/%00.js")).status_code == 404
    assert (await client.get("/%00")).status_code == 404


async def test_an_offset_past_any_row_is_a_422_stating_the_limit(client: AsyncTestClient[Litestar]) -> None:
    counsellor = await sign_in(client, "counsellor")
    answer = assert_problem(await counsellor.get("/api/clients", params={"offset": str(2**63)}), 422, "offset")
    assert "högst" in answer["detail"]
    assert (await counsellor.get("/api/clients", params={"offset": "1000000"})).json()["items"] == []


async def _case_id(counsellor: Caller) -> str:
    return (await counsellor.get("/api/cases")).json()["items"][0]["id"]


@pytest.mark.parametrize("month", ["2026-1", "2026-13", "2026-00", "26-01", "2026-01-01", "2026-1 "])
async def test_month_is_yyyy_mm_only(client: AsyncTestClient[Litestar], month: str) -> None:
    counsellor = await sign_in(client, "counsellor")
    case_id = await _case_id(counsellor)
    assert_problem(await counsellor.get(f"/api/cases/{case_id}/attendance", params={"month": month}), 422, "month")


async def test_a_well_formed_month_is_accepted(client: AsyncTestClient[Litestar]) -> None:
    counsellor = await sign_in(client, "counsellor")
    case_id = await _case_id(counsellor)
    assert (await counsellor.get(f"/api/cases/{case_id}/attendance", params={"month": "2026-01"})).status_code == 200


async def test_too_long_text_names_the_field_as_the_form_does_and_states_the_limit(
    client: AsyncTestClient[Litestar],
) -> None:
    counsellor = await sign_in(client, "counsellor")
    body = {"personal_number": "199001011234", "first_name": "A", "last_name": "B", "district": "x" * 101}
    swedish = assert_problem(await counsellor.post("/api/clients", json=body), 422, "district")
    assert swedish["detail"] == "Ogiltiga uppgifter. Kontrollera: Område (högst 100 tecken)."
    english = await counsellor.post("/api/clients", json=body, headers={"accept-language": "en"})
    assert english.json()["detail"] == "Invalid input. Check: District (at most 100 characters)."
    assert english.json()["extra"][0]["key"] == "district"


async def test_a_missing_and_an_empty_field_say_so(client: AsyncTestClient[Litestar]) -> None:
    counsellor = await sign_in(client, "counsellor")
    client_id = (await register_client(counsellor))["id"]
    empty = await counsellor.patch(f"/api/clients/{client_id}", json={"first_name": ""})
    assert assert_problem(empty, 422, "first_name")["detail"] == (
        "Ogiltiga uppgifter. Kontrollera: Förnamn (måste fyllas i)."
    )
    missing = await counsellor.post(
        "/api/clients", json={"first_name": "A", "last_name": "B"}, headers={"accept-language": "en"}
    )
    assert assert_problem(missing, 422, "personal_number")["detail"] == (
        "Invalid input. Check: Personal identity number (required)."
    )


async def test_a_nul_byte_in_a_header_that_is_stored_is_no_500(client: AsyncTestClient[Litestar]) -> None:
    # The sign-in keeps the User-Agent with the session: PostgreSQL refused the NUL, the login answered 500.
    login = await client.post(
        "/api/auth/login",
        json={"username": "counsellor", "password": "demo"},
        headers={"user-agent": "Mozilla\x00/5.0"},
    )
    assert login.status_code == 200, login.text


async def test_an_uploaded_monthly_report_takes_yyyy_mm_only(client: AsyncTestClient[Litestar]) -> None:
    coach = await sign_in(client, "provider1-coach")
    cases = (await coach.get("/api/cases", params={"status": "active"})).json()["items"]
    case_id = next(c for c in cases if c["coach_name"] == "Jonas Falk")["id"]
    pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    for month in ("2026-1", "8560-1"):
        response = await coach.post(
            f"/api/cases/{case_id}/documents",
            data={"kind": "monthly_report", "month": month},
            files={"file": ("rapport.pdf", pdf, "application/pdf")},
        )
        # The format is what is wrong, not whether the case was active in some month "2026-1" might mean.
        assert "ÅÅÅÅ-MM" in assert_problem(response, 422, "month")["detail"]
