"""The sign-in takes JSON only, and the per-address throttle counts the real peer: X-Forwarded-For is believed only
from the proxies named in KUNDVAL_TRUSTED_PROXIES (none by default), through a real uvicorn as `kundval serve` runs
it."""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import replace

import httpx
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from kundval import demo
from kundval.app import create_app
from kundval.cli import uvicorn_options
from kundval.core.settings import Settings, SettingsError, load_settings
from kundval.domain.accounts import throttle
from tests.factories import running_server

BODY = '{"username": "counsellor", "password": "demo"}'


@pytest.mark.usefixtures("demo_data")
@pytest.mark.parametrize(
    "content_type", [None, "multipart/form-data; boundary=x", "application/xml", "text/json", "application/jsonx"]
)
async def test_login_takes_only_json(client: AsyncTestClient[Litestar], content_type: str | None) -> None:
    headers = {"content-type": content_type} if content_type else {}
    if content_type is None:
        client.headers.pop("content-type", None)
    response = await client.post("/api/auth/login", content=BODY.encode(), headers=headers)
    assert response.status_code == 415, response.text
    assert "application/json" in response.json()["detail"]
    assert "kundval_session" not in client.cookies
    ok = await client.post(
        "/api/auth/login", content=BODY.encode(), headers={"content-type": "application/json; charset=utf-8"}
    )
    assert ok.status_code == 200, ok.text


def _spray(base_url: str) -> int:
    """Fail the sign-in from one peer under ever new forged addresses, spread over usernames so that no username
    locks; then sign in correctly under yet another forged address and return the status."""
    users = itertools.cycle(list(demo.ACCOUNTS))
    with httpx.Client(base_url=base_url) as http:
        for n in range(throttle.FREE_FAILURES["ip"] + 1):
            response = http.post(
                "/api/auth/login",
                json={"username": next(users), "password": "wrong"},
                headers={"x-forwarded-for": f"203.0.113.{n + 1}"},
            )
            assert response.status_code == 401, response.text
        return http.post(
            "/api/auth/login",
            json={"username": "counsellor", "password": "demo"},
            headers={"x-forwarded-for": "198.51.100.7"},
        ).status_code


@pytest.mark.usefixtures("demo_data")
async def test_a_forged_forwarded_for_does_not_escape_the_address_throttle(settings: Settings) -> None:
    assert 4 * len(demo.ACCOUNTS) > throttle.FREE_FAILURES["ip"] + 1  # no username reaches its own lock
    with running_server(create_app(settings), **uvicorn_options(settings)) as url:
        assert await asyncio.to_thread(_spray, url) == 429


@pytest.mark.usefixtures("demo_data")
async def test_a_trusted_proxys_forwarded_for_is_believed(settings: Settings) -> None:
    trusting = replace(settings, trusted_proxies=("127.0.0.0/8",))
    with running_server(create_app(trusting), **uvicorn_options(trusting)) as url:
        assert await asyncio.to_thread(_spray, url) == 200  # each forged address counted on its own


def test_trusted_proxies_are_checked_and_empty_by_default(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {"KUNDVAL_DATA_DIR": str(tmp_path)}
    assert load_settings(env).trusted_proxies == ()
    assert load_settings({**env, "KUNDVAL_TRUSTED_PROXIES": "10.0.0.5, 10.1.0.0/16"}).trusted_proxies == (
        "10.0.0.5",
        "10.1.0.0/16",
    )
    with pytest.raises(SettingsError, match="KUNDVAL_TRUSTED_PROXIES"):
        load_settings({**env, "KUNDVAL_TRUSTED_PROXIES": "*"})
