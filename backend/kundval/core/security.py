"""Roles and route access policies.

Access control has two layers (docs/architecture.md): a guard per route for the role, declared here, and row scoping
in each area's repository for ownership. Every route handler must carry exactly one of the policies below; a test
walks the app's routes and fails on any route without one, so an unprotected route cannot slip in.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from typing import Any

import msgspec
from litestar import Request
from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler


class Role(enum.StrEnum):
    """The roles of docs/domain.md "Who uses it"."""

    COUNSELLOR = "counsellor"  # karriärvägledare
    COORDINATOR = "coordinator"  # kundkoordinator
    SUPERVISOR = "supervisor"  # arbetsledare
    ADMIN = "admin"  # systemspecialist
    PROVIDER_ADMIN = "provider_admin"  # anordnare (admin)
    PROVIDER_STAFF = "provider_staff"  # jobbexpert / coach


MUNICIPAL_ROLES = frozenset({Role.COUNSELLOR, Role.COORDINATOR, Role.SUPERVISOR, Role.ADMIN})
PROVIDER_ROLES = frozenset({Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF})


class Principal(msgspec.Struct, frozen=True):
    """The signed-in user as the request sees it: plain values, no ORM object to lazy-load from."""

    id: uuid.UUID
    username: str
    name: str
    roles: frozenset[Role]
    provider_id: uuid.UUID | None
    session_id: uuid.UUID

    def has_any(self, roles: frozenset[Role] | set[Role]) -> bool:
        return not self.roles.isdisjoint(roles)


Guard = Callable[[ASGIConnection[Any, Any, Any, Any], BaseRouteHandler], None]
POLICY_ATTRIBUTE = "__kundval_policy__"


def principal_of(connection: ASGIConnection[Any, Any, Any, Any]) -> Principal | None:
    """The signed-in user, or None; set by the session middleware on /api paths."""
    user = connection.scope.get("user")
    return user if isinstance(user, Principal) else None


def _policy(name: str, guard: Guard) -> Guard:
    setattr(guard, POLICY_ATTRIBUTE, name)
    guard.__name__ = f"policy_{name}"
    return guard


def _public(_connection: ASGIConnection[Any, Any, Any, Any], _handler: BaseRouteHandler) -> None:
    """Anyone, signed in or not: health, login, the public comparison, the SPA's files."""


def _authenticated(connection: ASGIConnection[Any, Any, Any, Any], _handler: BaseRouteHandler) -> None:
    if principal_of(connection) is None:
        raise NotAuthorizedException()


public = _policy("public", _public)
authenticated = _policy("authenticated", _authenticated)


def requires_role(*roles: Role) -> Guard:
    """Signed in and holding at least one of ``roles``; 401 when signed out, 403 otherwise."""
    allowed = frozenset(roles)

    def guard(connection: ASGIConnection[Any, Any, Any, Any], _handler: BaseRouteHandler) -> None:
        principal = principal_of(connection)
        if principal is None:
            raise NotAuthorizedException()
        if not principal.has_any(allowed):
            raise PermissionDeniedException()

    return _policy("role:" + ",".join(sorted(allowed)), guard)


def policy_of(handler: BaseRouteHandler) -> list[str]:
    """The policy names on a handler, from its own guards and those of its routers and controllers."""
    guards = [getattr(g, "func", g) for g in handler.resolve_guards()]  # Litestar wraps guards in AsyncCallable
    return [getattr(g, POLICY_ATTRIBUTE) for g in guards if hasattr(g, POLICY_ATTRIBUTE)]


async def provide_principal(request: Request[Any, Any, Any]) -> Principal:
    """Dependency for handlers behind an authenticated policy."""
    principal = principal_of(request)
    if principal is None:  # the policy should have stopped this; be safe regardless
        raise NotAuthorizedException()
    return principal
