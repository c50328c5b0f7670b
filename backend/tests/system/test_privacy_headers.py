"""Answers that may carry personal data are never cached: every /api answer but the public comparison's is
``Cache-Control: no-store``, errors included. And the database layer keeps SQL parameters (personal numbers) out
of its exceptions, so no traceback in a log carries them."""

from __future__ import annotations

import re
import uuid

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from kundval.domain.clients.models import Client
from tests.conftest import login
from tests.factories import personal_number


def _get_paths(app: Litestar) -> list[str]:
    paths = []
    for route in app.routes:
        if not route.path.startswith("/api/") or route.path.startswith(("/api/schema", "/api/public")):
            continue
        if any("GET" in handler.http_methods for handler in getattr(route, "route_handlers", [])):
            paths.append(re.sub(r"\{[^}]+\}", str(uuid.uuid4()), route.path))
    return paths


@pytest.mark.usefixtures("demo_data")
@pytest.mark.parametrize("username", [None, "counsellor", "supervisor", "provider1-coach", "admin"])
async def test_every_api_answer_is_no_store(
    app: Litestar, client: AsyncTestClient[Litestar], username: str | None
) -> None:
    if username:
        await login(client, username)
    paths = _get_paths(app)
    assert "/api/me" in paths and len(paths) > 20
    cached = {}
    for path in paths:
        response = await client.get(path)
        if "no-store" not in response.headers.get("cache-control", ""):
            cached[path] = (response.status_code, response.headers.get("cache-control"))
    assert cached == {}
    for response in (
        await client.post("/api/auth/login", json={"username": "counsellor", "password": "x"}),
        await client.get("/api/no-such-route"),
    ):
        assert "no-store" in response.headers["cache-control"], response.request.url


@pytest.mark.usefixtures("demo_data")
async def test_the_public_comparison_keeps_its_public_caching(client: AsyncTestClient[Litestar]) -> None:
    response = await client.get("/api/public/providers")
    assert response.status_code == 200
    assert response.headers["cache-control"] == "public, max-age=300"


async def test_database_errors_carry_no_parameters(engine: AsyncEngine) -> None:
    number = personal_number()
    row = {
        "id": uuid.uuid4(),
        "personal_number": number,
        "first_name": "A",
        "last_name": "B",
        "counsellor_id": uuid.uuid4(),
        "search_name": "a b",
        "protected_identity": False,
        "social_assistance": False,
        "establishment_programme": False,
        "language_obstacle": False,
    }
    async with engine.connect() as conn:
        with pytest.raises(IntegrityError) as caught:  # the counsellor does not exist: a foreign-key error
            await conn.execute(insert(Client), [row])
            await conn.commit()
    assert number not in str(caught.value) and number not in repr(caught.value)
