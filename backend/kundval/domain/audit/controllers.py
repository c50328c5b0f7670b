"""Reading the audit log: administrators and supervisors, filtered by user, client and period."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

import msgspec
from litestar import Controller, get
from litestar.di import NamedDependency
from litestar.params import FromQuery
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.clock import MUNICIPALITY_TZ
from kundval.core.pagination import DEFAULT_LIMIT, Limit, Offset, Page
from kundval.core.security import Role, requires_role
from kundval.domain.audit.models import AuditEvent


class AuditEventOut(msgspec.Struct):
    id: int
    at: datetime
    user_id: uuid.UUID | None
    username: str
    roles: list[str]
    provider_id: uuid.UUID | None
    action: str
    object_type: str
    object_id: uuid.UUID | None
    client_id: uuid.UUID | None
    detail: str


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=MUNICIPALITY_TZ)


class AuditController(Controller):
    path = "/api/audit"
    tags = ["audit"]

    @get("/", guards=[requires_role(Role.ADMIN, Role.SUPERVISOR)], operation_id="listAuditEvents")
    async def list_events(
        self,
        db_session: NamedDependency[AsyncSession],
        username: FromQuery[str | None] = None,
        user_id: FromQuery[uuid.UUID | None] = None,
        client_id: FromQuery[uuid.UUID | None] = None,
        date_from: FromQuery[date | None] = None,
        date_to: FromQuery[date | None] = None,
        limit: Limit = DEFAULT_LIMIT,
        offset: Offset = 0,
    ) -> Page[AuditEventOut]:
        """Newest first. ``date_from``/``date_to`` are Swedish calendar days, both included."""
        statement = select(AuditEvent)
        if username:
            statement = statement.where(AuditEvent.username == username.strip().lower())
        if user_id:
            statement = statement.where(AuditEvent.user_id == user_id)
        if client_id:
            statement = statement.where(AuditEvent.client_id == client_id)
        if date_from:
            statement = statement.where(AuditEvent.at >= _start_of(date_from))
        if date_to:
            statement = statement.where(AuditEvent.at < _start_of(date_to + timedelta(days=1)))
        total = await db_session.scalar(select(func.count()).select_from(statement.subquery())) or 0
        rows = (await db_session.scalars(statement.order_by(AuditEvent.id.desc()).limit(limit).offset(offset))).all()
        items = [
            AuditEventOut(
                e.id,
                e.at,
                e.user_id,
                e.username,
                e.roles.split(",") if e.roles else [],
                e.provider_id,
                e.action,
                e.object_type,
                e.object_id,
                e.client_id,
                e.detail,
            )
            for e in rows
        ]
        return Page(items, total, limit, offset)
