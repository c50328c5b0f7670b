"""Reading cases: one case, a page of them, a case's history, the provider's queue.

Every read starts from :func:`kundval.domain.cases.access.readable_cases`, the one place that decides which cases a
caller sees. The status changes are in ``flow`` (the case's way from decision to end), ``staffing`` (claim, coach
and counsellor changes) and ``corrections``; ``views`` shapes cases for the API.
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.errors import ApiError, register_messages
from kundval.core.security import Principal
from kundval.domain.accounts.models import User
from kundval.domain.audit.service import record, record_many
from kundval.domain.cases.access import queue_name
from kundval.domain.cases.access import readable_cases as readable_cases
from kundval.domain.cases.models import Case, CaseEvent, CaseStatus
from kundval.domain.cases.schemas import CaseEventOut, QueueItem
from kundval.domain.clients.models import Client

register_messages(
    {
        "case.not_found": ("Ärendet finns inte.", "No such case."),
    }
)


async def get_case(
    session: AsyncSession, principal: Principal, case_id: uuid.UUID, *, audit: str | None = "read"
) -> Case:
    """A case the caller may see, or 404 whether or not it exists."""
    case = await session.scalar((await readable_cases(session, principal)).where(Case.id == case_id))
    if case is None:
        raise ApiError("case.not_found", status_code=404)
    if audit:
        await record(session, principal, audit, "case", case.id, case.client_id)
    return case


async def get_case_at_own_provider(session: AsyncSession, principal: Principal, case_id: uuid.UUID) -> Case:
    """A case in the caller's provider's queue scope, for the queue actions (claim, hand back); 404 for any other."""
    case = await session.scalar((await readable_cases(session, principal, queue=True)).where(Case.id == case_id))
    if case is None:
        raise ApiError("case.not_found", status_code=404)
    return case


async def list_cases(
    session: AsyncSession,
    principal: Principal,
    *,
    status: CaseStatus | None,
    client_id: uuid.UUID | None,
    limit: int,
    offset: int,
) -> tuple[list[Case], int]:
    statement = await readable_cases(session, principal)
    if status is not None:
        statement = statement.where(Case.status == status)
    if client_id is not None:
        statement = statement.where(Case.client_id == client_id)
    total = await session.scalar(select(func.count()).select_from(statement.subquery())) or 0
    rows = list(
        (
            await session.scalars(
                statement.order_by(Case.decision_date.desc(), Case.id.desc()).limit(limit).offset(offset)
            )
        ).all()
    )
    await record_many(session, principal, "list", "case", [(c.id, c.client_id) for c in rows])
    return rows, total


async def history(session: AsyncSession, principal: Principal, case_id: uuid.UUID) -> list[CaseEventOut]:
    case = await get_case(session, principal, case_id, audit="read_history")
    rows = (
        await session.execute(
            select(CaseEvent, User.name)
            .outerjoin(User, User.id == CaseEvent.actor_id)
            .where(CaseEvent.case_id == case.id)
            .order_by(CaseEvent.at, CaseEvent.id)
        )
    ).all()
    return [
        CaseEventOut(e.id, e.at, e.action, e.from_status, e.to_status, e.actor_id, name, e.note) for e, name in rows
    ]


async def provider_queue(session: AsyncSession, principal: Principal) -> list[QueueItem]:
    """The caller's provider's queued cases, with only what is needed to decide (no personal number)."""
    queued_at = (
        select(CaseEvent.case_id, func.max(CaseEvent.at).label("at"))
        .where(CaseEvent.action.in_(("queue", "move")))  # a moved client counts from the day it came here
        .group_by(CaseEvent.case_id)
        .subquery()
    )
    rows = (
        await session.execute(
            (await readable_cases(session, principal, queue=True))
            .add_columns(Client, queued_at.c.at)
            .join(Client, Client.id == Case.client_id)
            .outerjoin(queued_at, queued_at.c.case_id == Case.id)
            .where(Case.status == CaseStatus.QUEUED)
            .order_by(queued_at.c.at, Case.id)
        )
    ).all()
    await record_many(session, principal, "list_queue", "case", [(case.id, case.client_id) for case, _, _ in rows])
    return [
        QueueItem(
            id=case.id,
            intervention=case.intervention,
            decision_date=case.decision_date,
            queued_at=at,
            district=client.district if not client.protected_identity else None,  # where they live: owner only
            language=client.language,
            scope_percent=case.scope_percent,
            client_name=queue_name(client),
        )
        for case, client, at in rows
    ]
