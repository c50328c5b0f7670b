"""Server-side sign-in sessions and the CSRF check.

The session cookie holds a random token; the database holds its SHA-256 with the user and a per-session CSRF
token. The SPA reads the ``csrftoken`` cookie and echoes it in ``x-csrftoken`` on every unsafe request; the
middleware compares it with the session's own token (the synchroniser-token pattern), so a forged cross-site
request, which cannot read the cookie, fails. Sessions live in the database, so any number of workers share them.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta
from typing import Any

from litestar.connection import ASGIConnection
from litestar.datastructures import Cookie
from litestar.middleware.authentication import AbstractAuthenticationMiddleware, AuthenticationResult
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from kundval.core import clock
from kundval.core.errors import ApiError
from kundval.core.security import Principal
from kundval.core.settings import Settings
from kundval.domain.accounts.models import LoginSession, User

SESSION_COOKIE = "kundval_session"
CSRF_COOKIE = "csrftoken"
CSRF_HEADER = "x-csrftoken"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
FORM_CONTENT_TYPES = frozenset({"text/plain", "application/x-www-form-urlencoded"})


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def start_session(
    session: AsyncSession, user: User, settings: Settings, user_agent: str | None
) -> tuple[str, LoginSession]:
    """Create a session for ``user``; returns the cookie token (shown once, never stored) and the row."""
    token = secrets.token_urlsafe(32)
    row = LoginSession(
        token_hash=_hash(token),
        user_id=user.id,
        csrf_token=secrets.token_urlsafe(32),
        expires_at=clock.now() + timedelta(hours=settings.session_hours),
        # Only printable characters: PostgreSQL cannot store a NUL that a client put in its header.
        user_agent="".join(ch for ch in (user_agent or "") if ch.isprintable())[:300] or None,
    )
    session.add(row)
    await session.flush()
    return token, row


async def end_session(session: AsyncSession, session_id: Any) -> None:
    await session.execute(delete(LoginSession).where(LoginSession.id == session_id))


def session_cookies(settings: Settings, token: str, csrf_token: str) -> list[Cookie]:
    max_age = settings.session_hours * 3600
    return [
        Cookie(
            key=SESSION_COOKIE,
            value=token,
            httponly=True,
            samesite="lax",
            secure=settings.secure_cookies,
            path="/",
            max_age=max_age,
        ),
        # Readable by the SPA on purpose: it must echo the value in x-csrftoken.
        Cookie(
            key=CSRF_COOKIE,
            value=csrf_token,
            httponly=False,
            samesite="strict",
            secure=settings.secure_cookies,
            path="/",
            max_age=max_age,
        ),
    ]


def cleared_cookies(settings: Settings) -> list[Cookie]:
    return [
        Cookie(
            key=name,
            value="",
            max_age=0,
            path="/",
            secure=settings.secure_cookies,
            httponly=name == SESSION_COOKIE,
            samesite="lax",
        )
        for name in (SESSION_COOKIE, CSRF_COOKIE)
    ]


class SessionMiddleware(AbstractAuthenticationMiddleware):
    """Resolves the session cookie to a :class:`Principal` on /api paths and enforces CSRF on unsafe methods.

    A missing, unknown or expired session leaves the user empty; the route's policy then decides (401 or allowed).
    """

    async def authenticate_request(self, connection: ASGIConnection[Any, Any, Any, Any]) -> AuthenticationResult:
        method = connection.scope.get("method")
        if method in UNSAFE_METHODS:
            content_type = connection.headers.get("content-type", "").split(";")[0].strip().lower()
            # A cross-site HTML form can send these without a preflight; the API never takes them, so refusing
            # them closes login CSRF too (the one unsafe route that has no session to check against).
            if content_type in FORM_CONTENT_TYPES:
                raise ApiError("http.415", status_code=415)
        token = connection.cookies.get(SESSION_COOKIE)
        if not token:
            return AuthenticationResult(user=None, auth=None)
        app = connection.app
        db: AsyncSession = app.state.sqlalchemy_config.provide_session(app.state, connection.scope)
        row = await db.scalar(
            select(LoginSession).where(LoginSession.token_hash == _hash(token), LoginSession.expires_at > clock.now())
        )
        if row is None:
            return AuthenticationResult(user=None, auth=None)
        user = await db.scalar(
            select(User).where(User.id == row.user_id, User.is_active.is_(True)).options(selectinload(User.role_rows))
        )
        if user is None:
            return AuthenticationResult(user=None, auth=None)
        if method in UNSAFE_METHODS:
            sent = connection.headers.get(CSRF_HEADER, "")
            if not hmac.compare_digest(sent.encode(), row.csrf_token.encode()):
                raise ApiError("csrf.failed", status_code=403)
        principal = Principal(
            id=user.id,
            username=user.username,
            name=user.name,
            roles=user.roles,
            provider_id=user.provider_id,
            session_id=row.id,
        )
        return AuthenticationResult(user=principal, auth=row.id)
