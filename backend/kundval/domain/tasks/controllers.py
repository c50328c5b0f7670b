"""The to-do lists' routes."""

from __future__ import annotations

import uuid
from typing import Any

from litestar import Controller, Request, get
from litestar.di import NamedDependency
from litestar.params import FromQuery
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.errors import language_of
from kundval.core.pagination import MAX_LIMIT, Limit, Offset
from kundval.core.security import Principal, authenticated
from kundval.domain.tasks import service
from kundval.domain.tasks.schemas import Tasks


class TaskController(Controller):
    path = "/api/tasks"
    tags = ["tasks"]

    @get("/", guards=[authenticated], operation_id="listTasks")
    async def list_tasks(
        self,
        request: Request[Any, Any, Any],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
        owner: FromQuery[str | None] = None,
        overdue: FromQuery[bool | None] = None,
        case_id: FromQuery[uuid.UUID | None] = None,
        rule: FromQuery[str | None] = None,
        limit: Limit = MAX_LIMIT,
        offset: Offset = 0,
    ) -> Tasks:
        """The caller's open obligations by the deadline rules, soonest due first, each with ``due`` and
        ``overdue``, titled in the caller's language. A counsellor gets its own and what the providers owe on its
        cases; a coach the cases they coach and the provider's unclaimed queue; a provider administrator every case
        of the provider and its queue; a supervisor the whole unit; anyone else nothing. Filters: ``owner`` (mine:
        what the caller owes, theirs: what others owe on the caller's cases), ``overdue``, ``case_id``, ``rule``."""
        filters = service.Filters(owner=owner, overdue=overdue, case_id=case_id, rule=rule)
        return await service.list_tasks(db_session, principal, filters, language_of(request), limit, offset)
