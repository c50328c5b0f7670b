"""Accounts: sign-in, sign-out and the signed-in user; the staff directory and stand-ins."""

from __future__ import annotations

import uuid
from typing import Any

from litestar import Controller, Request, Response, delete, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery, JSONBody
from litestar.status_codes import HTTP_200_OK, HTTP_204_NO_CONTENT
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kundval.core import clock
from kundval.core.errors import ApiError, register_messages
from kundval.core.openapi import ANSWERS_OPT
from kundval.core.pagination import Page
from kundval.core.security import Principal, Role, authenticated, principal_of, public, requires_role
from kundval.core.settings import Settings
from kundval.domain.accounts import service
from kundval.domain.accounts.schemas import LoginRequest, Me, StandInCreate, StandInOut, UserOut
from kundval.domain.accounts.sessions import cleared_cookies, end_session, session_cookies, start_session

register_messages(
    {
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

    @post(
        "/auth/login",
        guards=[public],
        operation_id="login",
        status_code=HTTP_200_OK,
        before_request=_json_only,
        opt={ANSWERS_OPT: (401, 429)},  # a wrong username or password; too many of them
    )
    async def login(
        self,
        request: Request[Any, Any, Any],
        data: JSONBody[LoginRequest],
        db_session: NamedDependency[AsyncSession],
        settings: NamedDependency[Settings],
        sessionmaker: NamedDependency[async_sessionmaker[AsyncSession]],
    ) -> Response[Me]:
        """Sign in with username and password; sets the session cookie and the ``csrftoken`` cookie."""
        client_ip = request.client.host if request.client else None
        user = await service.authenticate(
            db_session, sessionmaker, data.username, data.password, client_ip, clock.now()
        )
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


class StaffDirectoryController(Controller):
    """Municipal staff directory and stand-ins (supervisors name who covers a counsellor's caseload)."""

    path = "/api"
    tags = ["accounts"]

    @get("/users", guards=[requires_role(Role.ADMIN, Role.SUPERVISOR, Role.COUNSELLOR)], operation_id="listUsers")
    async def list_users(
        self, db_session: NamedDependency[AsyncSession], role: FromQuery[Role | None] = None
    ) -> Page[UserOut]:
        """Municipal and provider accounts (no personal data beyond names), optionally of one role."""
        items = await service.list_users(db_session, role)
        return Page(items, len(items), len(items), 0)

    @get("/stand-ins", guards=[requires_role(Role.SUPERVISOR, Role.COUNSELLOR)], operation_id="listStandIns")
    async def list_stand_ins(self, db_session: NamedDependency[AsyncSession]) -> Page[StandInOut]:
        """Every stand-in arrangement, latest first."""
        items = await service.list_stand_ins(db_session)
        return Page(items, len(items), len(items), 0)

    @post("/stand-ins", guards=[requires_role(Role.SUPERVISOR)], operation_id="createStandIn")
    async def create_stand_in(
        self,
        data: JSONBody[StandInCreate],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> StandInOut:
        """Name a counsellor to cover a colleague's caseload for a period (both days included)."""
        return await service.create_stand_in(db_session, principal, data)

    @delete(
        "/stand-ins/{stand_in_id:uuid}",
        guards=[requires_role(Role.SUPERVISOR)],
        operation_id="deleteStandIn",
        status_code=HTTP_204_NO_CONTENT,
    )
    async def delete_stand_in(
        self,
        stand_in_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> None:
        """End a stand-in arrangement."""
        await service.end_stand_in(db_session, principal, stand_in_id)
