"""Every route declares its access policy, and the policies answer as they say."""

from __future__ import annotations

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from kundval.core.security import policy_of
from tests.conftest import login


def _handlers(app: Litestar):  # type: ignore[no-untyped-def]
    for route in app.routes:
        for handler in getattr(route, "route_handlers", []):
            yield route.path, handler


def test_every_route_has_exactly_one_access_policy(app: Litestar) -> None:
    missing = []
    for path, handler in _handlers(app):
        if path.startswith("/api/schema"):
            continue  # Litestar's OpenAPI routes: public by design (the schema holds no data)
        if handler.http_methods == {"OPTIONS"}:
            continue  # Litestar's automatic CORS preflight answers, which return no data
        if len(policy_of(handler)) != 1:
            missing.append(f"{path} {sorted(handler.http_methods)} -> {policy_of(handler)}")
    assert missing == [], "routes without exactly one policy:\n" + "\n".join(missing)


def test_the_policy_check_notices_a_route_without_policy() -> None:
    from litestar import get

    @get("/api/unguarded", sync_to_thread=False)
    def unguarded() -> str:
        return "x"

    assert policy_of(unguarded) == []


@pytest.mark.usefixtures("demo_data")
async def test_signed_out_calls_to_protected_routes_are_401_with_detail(client: AsyncTestClient[Litestar]) -> None:
    for path in ("/api/me", "/api/intervention-types"):
        response = await client.get(path)
        assert response.status_code == 401, path
        assert response.json()["detail"] == "Du är inte inloggad."


@pytest.mark.usefixtures("demo_data")
async def test_unknown_api_path_is_the_api_404(client: AsyncTestClient[Litestar]) -> None:
    await login(client, "admin")
    response = await client.get("/api/no-such-thing", headers={"Accept-Language": "en"})
    assert response.status_code == 404
    assert response.json()["detail"] == "Not found."
