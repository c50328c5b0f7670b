"""Cases as the API shows them: names resolved in bulk, client and texts only where the caller may see them."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.security import Principal
from kundval.domain.accounts.models import User
from kundval.domain.cases.access import sees_assignment, sees_client
from kundval.domain.cases.models import Case
from kundval.domain.cases.schemas import CaseOut
from kundval.domain.clients.models import Client
from kundval.domain.clients.service import client_out
from kundval.domain.providers.models import Provider

# Which of a page's cases changed since the caller last looked (one grouped query for the page), passed in by the
# app as the ``case_marks`` dependency: it reads the conversations, an area above the cases.
CaseMarks = Callable[[AsyncSession, Principal, list[uuid.UUID]], Awaitable[set[uuid.UUID]]]


async def case_views(
    session: AsyncSession, principal: Principal, cases: Sequence[Case], marks: CaseMarks | None = None
) -> list[CaseOut]:
    """Cases as the caller may see them, with names resolved in three queries whatever the list's length;
    with ``marks``, each marked ``changed`` or not."""
    if not cases:
        return []
    changed = await marks(session, principal, [c.id for c in cases]) if marks else set()
    user_ids = {c.counsellor_id for c in cases} | {c.coach_id for c in cases if c.coach_id}
    users = dict((await session.execute(select(User.id, User.name).where(User.id.in_(user_ids)))).all())
    provider_ids = {c.provider_id for c in cases if c.provider_id} | {
        c.chosen_provider_id for c in cases if c.chosen_provider_id
    }
    providers = (
        dict((await session.execute(select(Provider.id, Provider.name).where(Provider.id.in_(provider_ids)))).all())
        if provider_ids
        else {}
    )
    clients = {
        c.id: c
        for c in (await session.scalars(select(Client).where(Client.id.in_({c.client_id for c in cases})))).all()
    }
    successors = dict(
        (
            await session.execute(
                select(Case.previous_case_id, Case.id).where(Case.previous_case_id.in_([c.id for c in cases]))
            )
        ).all()
    )
    views = []
    for case in cases:
        client_seen = sees_client(principal, case.status)
        assignment_seen = sees_assignment(principal, case.status)
        views.append(
            CaseOut(
                id=case.id,
                client_id=case.client_id,
                client=client_out(clients[case.client_id], principal) if client_seen else None,
                intervention=case.intervention,
                decision_date=case.decision_date,
                assignment_date=case.assignment_date,
                start_date=case.start_date,
                planned_end_date=case.planned_end_date,
                scope_percent=case.scope_percent,
                assignment=case.assignment if assignment_seen else None,
                future_plan=case.future_plan if assignment_seen else None,
                status=case.status,
                provider_id=case.provider_id,
                provider_name=providers.get(case.provider_id) if case.provider_id else None,
                coach_id=case.coach_id,
                coach_name=users.get(case.coach_id) if case.coach_id else None,
                counsellor_id=case.counsellor_id,
                counsellor_name=users.get(case.counsellor_id, ""),
                end_reason=case.end_reason,
                end_date=case.end_date,
                previous_case_id=case.previous_case_id,
                next_case_id=successors.get(case.id),
                chosen_provider_id=case.chosen_provider_id,
                chosen_provider_name=providers.get(case.chosen_provider_id) if case.chosen_provider_id else None,
                chosen_at=case.chosen_at,
                created_at=case.created_at,
                changed=case.id in changed,
            )
        )
    return views
