"""The to-do lists' routes."""

from __future__ import annotations

import uuid
from typing import Any

from litestar import Controller, Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery, JSONBody
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.errors import language_of
from kundval.core.pagination import MAX_LIMIT, Limit, Offset
from kundval.core.security import Principal, Role, authenticated, requires_role
from kundval.domain.tasks import records, service
from kundval.domain.tasks.schemas import (
    AbsenceHandledOut,
    Overview,
    ProgressionReviewCreate,
    ProgressionReviewOut,
    Tasks,
)

counsellors = requires_role(Role.COUNSELLOR)


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

    @get("/overview", guards=[requires_role(Role.SUPERVISOR)], operation_id="getTaskOverview")
    async def overview(
        self,
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> Overview:
        """What is late in the unit: overdue obligations per counsellor (what they owe) and per provider (what the
        provider and its coaches owe), and per rule; the most late first. Names no client."""
        return await service.overview(db_session, principal)


class DeadlineRecordController(Controller):
    """The records that close an obligation no other event closes."""

    path = "/api"
    tags = ["tasks"]

    @post("/absences/{absence_id:uuid}/handled", guards=[counsellors], operation_id="markAbsenceHandled")
    async def mark_absence_handled(
        self,
        absence_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> AbsenceHandledOut:
        """Mark registered invalid absence as acted on (§3.6.4), which closes the counsellor's to-do item; 409 for
        absence of another type or absence already handled."""
        return await records.mark_absence_handled(db_session, principal, absence_id)

    @post("/cases/{case_id:uuid}/progression-reviews", guards=[counsellors], operation_id="recordProgressionReview")
    async def record_progression_review(
        self,
        case_id: FromPath[uuid.UUID],
        data: JSONBody[ProgressionReviewCreate],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> ProgressionReviewOut:
        """Record the yearly review of progression now due (§7, Förstärkt jobbpeng and SAI) with what it
        concluded; the next one falls due a year on. 409 for another intervention, a case not active, or a review
        of the same due date recorded a moment ago."""
        return await records.record_progression_review(db_session, principal, case_id, data)
