"""Sign-in, sign-out and the signed-in user."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.di import NamedDependency
from litestar.params import JSONBody
from litestar.status_codes import HTTP_200_OK, HTTP_204_NO_CONTENT
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kundval.core import clock
from kundval.core.errors import ApiError, register_messages
from kundval.core.security import Principal, authenticated, principal_of, public
from kundval.core.settings import Settings
from kundval.domain.accounts import throttle
from kundval.domain.accounts.passwords import verify_password
from kundval.domain.accounts.schemas import LoginRequest, Me
from kundval.domain.accounts.service import find_user
from kundval.domain.accounts.sessions import cleared_cookies, end_session, session_cookies, start_session

register_messages(
    {
        "auth.invalid_credentials": ("Fel användarnamn eller lösenord.", "Wrong username or password."),
        "auth.throttled": (
            "För många misslyckade inloggningar. Försök igen om {seconds} sekunder.",
            "Too many failed sign-ins. Try again in {seconds} seconds.",
        ),
        "auth.json_only": (
            "Inloggningen tar bara emot JSON: skicka Content-Type: application/json och "
            '{{"username": ..., "password": ...}}.',
            'Sign-in takes JSON only: send Content-Type: application/json and {{"username": ..., "password": ...}}.',
        ),
    }
)


async def _json_only(request: Request[Any, Any, Any]) -> None:
    """Before the body is read: a sign-in is JSON or nothing. Any other type (a missing one, multipart, a form)
    could come from a cross-site form without a preflight, which would be login CSRF."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/json":
        raise ApiError("auth.json_only", status_code=415)


def _me(principal: Principal) -> Me:
    return Me(
        id=principal.id,
        username=principal.username,
        name=principal.name,
        roles=sorted(principal.roles),
        provider_id=principal.provider_id,
    )


class AuthController(Controller):
    path = "/api"
    tags = ["accounts"]

    @post("/auth/login", guards=[public], operation_id="login", status_code=HTTP_200_OK, before_request=_json_only)
    async def login(
        self,
        request: Request[Any, Any, Any],
        data: JSONBody[LoginRequest],
        db_session: NamedDependency[AsyncSession],
        settings: NamedDependency[Settings],
        sessionmaker: NamedDependency[async_sessionmaker[AsyncSession]],
    ) -> Response[Me]:
        """Sign in with username and password; sets the session cookie and the ``csrftoken`` cookie."""
        now = clock.now()
        client_ip = request.client.host if request.client else None
        lock = await throttle.current_lock(db_session, data.username, client_ip, now)
        if lock is not None:
            raise ApiError(
                "auth.throttled",
                status_code=429,
                seconds=lock.retry_after_seconds,
                headers={"Retry-After": str(lock.retry_after_seconds)},
            )
        user = await find_user(db_session, data.username)
        # Always one argon2 verification, so timing does not tell which usernames exist.
        valid = verify_password(user.password_hash if user else None, data.password)
        if user is None or not valid or not user.is_active:
            await throttle.record_failure(sessionmaker, data.username, client_ip, now)
            raise ApiError("auth.invalid_credentials", status_code=401)
        await throttle.record_success(db_session, data.username)
        previous = principal_of(request)
        if previous is not None:  # a new sign-in always gets a new session (no fixation)
            await end_session(db_session, previous.session_id)
        token, row = await start_session(db_session, user, settings, request.headers.get("user-agent"))
        me = Me(
            id=user.id, username=user.username, name=user.name, roles=sorted(user.roles), provider_id=user.provider_id
        )
        return Response(me, cookies=session_cookies(settings, token, row.csrf_token))

    @post("/auth/logout", guards=[public], operation_id="logout", status_code=HTTP_204_NO_CONTENT)
    async def logout(
        self,
        request: Request[Any, Any, Any],
        db_session: NamedDependency[AsyncSession],
        settings: NamedDependency[Settings],
    ) -> Response[None]:
        """Sign out: ends the server-side session and clears both cookies. Harmless when not signed in."""
        principal = principal_of(request)
        if principal is not None:
            await end_session(db_session, principal.session_id)
        return Response(None, status_code=HTTP_204_NO_CONTENT, cookies=cleared_cookies(settings))

    @get("/me", guards=[authenticated], operation_id="getMe")
    async def me(self, principal: NamedDependency[Principal]) -> Me:
        """The signed-in user with roles and provider."""
        return _me(principal)
