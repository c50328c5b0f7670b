"""Reading the audit log: administrators and supervisors, filtered by client, person, event and period, in words,
and as CSV. A client is found by name, personal number or reference through a POST, so that a personal number never
travels in a URL; the log itself is then filtered by the client's id."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.di import NamedDependency
from litestar.params import FromQuery, JSONBody
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.clock import today
from kundval.core.errors import Language, language_of
from kundval.core.pagination import DEFAULT_LIMIT, Limit, Offset, Page
from kundval.core.security import Principal, Role, requires_role
from kundval.domain.accounts.models import User
from kundval.domain.audit.models import AuditEvent
from kundval.domain.auditlog import reading
from kundval.domain.auditlog.schemas import (
    AuditClient,
    AuditClientSearch,
    AuditEventKind,
    AuditEventOut,
    AuditFilter,
    AuditOptions,
    AuditPerson,
)
from kundval.domain.clients.service import reference_of

readers = requires_role(Role.ADMIN, Role.SUPERVISOR)
# The most rows one CSV export carries; a narrower filter gets the rest.
EXPORT_LIMIT = 10_000


def _language(request: Request[Any, Any, Any], lang: str | None) -> Language:
    """The UI's language when the SPA names it (a download link cannot set Accept-Language), else the header's."""
    return lang if lang in ("sv", "en") else language_of(request)


class AuditController(Controller):
    path = "/api/audit"
    tags = ["audit"]
    guards = [readers]

    @get("/", operation_id="listAuditEvents")
    async def list_events(
        self,
        request: Request[Any, Any, Any],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
        username: FromQuery[str | None] = None,
        user_id: FromQuery[uuid.UUID | None] = None,
        client_id: FromQuery[uuid.UUID | None] = None,
        action: FromQuery[str | None] = None,
        object_type: FromQuery[str | None] = None,
        date_from: FromQuery[date | None] = None,
        date_to: FromQuery[date | None] = None,
        limit: Limit = DEFAULT_LIMIT,
        offset: Offset = 0,
    ) -> Page[AuditEventOut]:
        """Newest first, in words. ``client_id`` finds the client's own events and every list view that showed
        them; ``date_from``/``date_to`` are Swedish calendar days, both included."""
        f = AuditFilter(
            client_id=client_id,
            user_id=user_id,
            username=username,
            action=action,
            object_type=object_type,
            date_from=date_from,
            date_to=date_to,
        )
        statement = reading.filtered(f)
        total = await db_session.scalar(select(func.count()).select_from(statement.subquery())) or 0
        rows = (await db_session.scalars(statement.order_by(AuditEvent.id.desc()).limit(limit).offset(offset))).all()
        items = await reading.event_views(db_session, principal, rows, language_of(request), client_id)
        return Page(items, total, limit, offset)

    @get("/export", operation_id="exportAuditEvents", media_type="text/csv")
    async def export_events(
        self,
        request: Request[Any, Any, Any],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
        user_id: FromQuery[uuid.UUID | None] = None,
        client_id: FromQuery[uuid.UUID | None] = None,
        action: FromQuery[str | None] = None,
        object_type: FromQuery[str | None] = None,
        date_from: FromQuery[date | None] = None,
        date_to: FromQuery[date | None] = None,
        lang: FromQuery[str | None] = None,
    ) -> Response[str]:
        """The filtered events as CSV (semicolon-separated), newest first, in words, at most 10 000 rows."""
        f = AuditFilter(
            client_id=client_id,
            user_id=user_id,
            action=action,
            object_type=object_type,
            date_from=date_from,
            date_to=date_to,
        )
        rows = (await db_session.scalars(reading.filtered(f).order_by(AuditEvent.id.desc()).limit(EXPORT_LIMIT))).all()
        language = _language(request, lang)
        views = await reading.event_views(db_session, principal, rows, language, client_id)
        name = "logg" if language == "sv" else "audit-log"
        return Response(
            reading.events_csv(views, language),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}-{today().isoformat()}.csv"'},
        )

    @post("/clients", operation_id="findAuditClients", status_code=200)
    async def find_clients(
        self,
        data: JSONBody[AuditClientSearch],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> list[AuditClient]:
        """The clients a name, personal number or reference (K-1A2B3C4D) finds, for the log's client filter; named
        as far as the caller may see them (a protected identity, or a client the caller may not read: the
        reference)."""
        found = await reading.find_clients(db_session, principal, data.q)
        names = await reading.client_display(db_session, principal, {client_id for _, client_id in found})
        return [AuditClient(client_id, reference_of(client_id), names[client_id]) for _, client_id in found]

    @get("/options", operation_id="getAuditOptions")
    async def options(self, request: Request[Any, Any, Any], db_session: NamedDependency[AsyncSession]) -> AuditOptions:
        """The events (in the caller's language) and the people the log's filters offer."""
        people = (await db_session.execute(select(User.id, User.name, User.username).order_by(User.name))).all()
        return AuditOptions(
            [AuditEventKind(a, o, label) for a, o, label in reading.known_events(language_of(request))],
            [AuditPerson(*person) for person in people],
        )
