"""Sign-in, sessions, CSRF and the login throttle, through the HTTP API on both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.domain.accounts import throttle
from kundval.domain.accounts.models import LoginSession, LoginThrottle, User
from tests.conftest import login

pytestmark = pytest.mark.usefixtures("demo_data")


async def test_login_sets_httponly_session_and_readable_csrf_cookie(client: AsyncTestClient[Litestar]) -> None:
    response = await client.post("/api/auth/login", json={"username": "provider1-coach", "password": "demo"})
    assert response.status_code == 200
    body = response.json()
    assert body["username"] == "provider1-coach"
    assert body["roles"] == ["provider_staff"]
    assert body["provider_id"] is not None
    cookies = response.headers.get_list("set-cookie")
    session_cookie = next(c for c in cookies if c.startswith("kundval_session="))
    csrf_cookie = next(c for c in cookies if c.startswith("csrftoken="))
    assert "HttpOnly" in session_cookie and "SameSite=lax" in session_cookie
    assert "HttpOnly" not in csrf_cookie


async def test_me_answers_401_until_signed_in(client: AsyncTestClient[Litestar]) -> None:
    assert (await client.get("/api/me")).status_code == 401
    await login(client, "counsellor")
    me = (await client.get("/api/me")).json()
    assert me["username"] == "counsellor" and me["roles"] == ["counsellor"] and me["provider_id"] is None


async def test_usernames_are_case_insensitive(client: AsyncTestClient[Litestar]) -> None:
    await login(client, "  Counsellor ")
    assert (await client.get("/api/me")).json()["username"] == "counsellor"


async def test_wrong_password_is_401_with_swedish_or_english_detail(client: AsyncTestClient[Litestar]) -> None:
    response = await client.post("/api/auth/login", json={"username": "counsellor", "password": "nope"})
    assert response.status_code == 401
    assert response.json()["detail"] == "Fel användarnamn eller lösenord."
    response = await client.post(
        "/api/auth/login",
        json={"username": "ghost", "password": "nope"},
        headers={"Accept-Language": "en-GB,en;q=0.9,sv;q=0.5"},
    )
    assert response.json()["detail"] == "Wrong username or password."


async def test_malformed_login_is_422_naming_the_field(client: AsyncTestClient[Litestar]) -> None:
    response = await client.post("/api/auth/login", json={"username": "counsellor"})
    assert response.status_code == 422
    assert any("password" in str(item) for item in response.json()["extra"])
    assert response.json()["detail"] == "Ogiltiga uppgifter. Kontrollera: Lösenord (måste anges)."


async def test_unsafe_request_without_csrf_header_is_refused(client: AsyncTestClient[Litestar]) -> None:
    await login(client, "counsellor")
    del client.headers["x-csrftoken"]
    response = await client.post("/api/auth/logout")
    assert response.status_code == 403
    assert "x-csrftoken" in response.json()["detail"]
    response = await client.post("/api/auth/logout", headers={"x-csrftoken": "forged"})
    assert response.status_code == 403
    assert (await client.get("/api/me")).status_code == 200  # still signed in: nothing happened


async def test_logout_ends_the_server_side_session(client: AsyncTestClient[Litestar], db: AsyncSession) -> None:
    await login(client, "counsellor")
    stolen = client.cookies["kundval_session"]
    assert (await client.post("/api/auth/logout")).status_code == 204
    assert (await client.get("/api/me")).status_code == 401
    # The old cookie is worthless now, even replayed.
    client.cookies.set("kundval_session", stolen)
    assert (await client.get("/api/me")).status_code == 401
    assert (await db.scalars(select(LoginSession))).all() == []


async def test_a_new_login_replaces_the_previous_session(client: AsyncTestClient[Litestar], db: AsyncSession) -> None:
    await login(client, "counsellor")
    await login(client, "counsellor")
    assert len((await db.scalars(select(LoginSession))).all()) == 1


async def test_expired_session_is_signed_out(client: AsyncTestClient[Litestar], db: AsyncSession) -> None:
    await login(client, "counsellor")
    await db.execute(update(LoginSession).values(expires_at=datetime.now(UTC) - timedelta(seconds=1)))
    await db.commit()
    assert (await client.get("/api/me")).status_code == 401


async def test_deactivated_user_cannot_sign_in_and_loses_sessions(
    client: AsyncTestClient[Litestar], db: AsyncSession
) -> None:
    await login(client, "counsellor")
    await db.execute(update(User).where(User.username == "counsellor").values(is_active=False))
    await db.commit()
    assert (await client.get("/api/me")).status_code == 401
    response = await client.post("/api/auth/login", json={"username": "counsellor", "password": "demo"})
    assert response.status_code == 401


async def test_repeated_failures_lock_the_username_with_retry_after(
    client: AsyncTestClient[Litestar], db: AsyncSession
) -> None:
    for _ in range(throttle.FREE_FAILURES["user"]):
        response = await client.post("/api/auth/login", json={"username": "counsellor", "password": "wrong"})
        assert response.status_code == 401
    response = await client.post("/api/auth/login", json={"username": "counsellor", "password": "wrong"})
    assert response.status_code == 401  # the failure that starts the lock
    # Locked now: even the right password is refused, with a clear message and when to come back.
    response = await client.post("/api/auth/login", json={"username": "counsellor", "password": "demo"})
    assert response.status_code == 429
    assert 0 < int(response.headers["retry-after"]) <= throttle.BASE_LOCK.total_seconds()
    assert "Försök igen om" in response.json()["detail"]
    # Another user (in another browser) is not locked out by it.
    client.cookies.clear()
    assert (
        await client.post("/api/auth/login", json={"username": "counsellor2", "password": "demo"})
    ).status_code == 200
    # When the lock has passed, the right password works and clears the count.
    await db.execute(update(LoginThrottle).values(locked_until=datetime.now(UTC) - timedelta(seconds=1)))
    await db.commit()
    client.cookies.clear()
    assert (
        await client.post("/api/auth/login", json={"username": "counsellor", "password": "demo"})
    ).status_code == 200
    assert await db.scalar(select(LoginThrottle).where(LoginThrottle.key == "user:counsellor")) is None


async def test_a_cross_site_form_cannot_sign_anyone_in(client: AsyncTestClient[Litestar]) -> None:
    body = '{"username": "counsellor", "password": "demo"}'
    for content_type in ("text/plain", "application/x-www-form-urlencoded"):
        response = await client.post("/api/auth/login", content=body, headers={"content-type": content_type})
        assert response.status_code == 415, content_type
    assert "kundval_session" not in client.cookies
