"""Messages as their reader sees them: rendered in the reader's language, the client named by the clients and
cases areas' visibility rules."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.errors import Language
from kundval.core.security import Principal
from kundval.domain.cases.access import queue_name, readable_cases, sees_client
from kundval.domain.cases.models import Case, CaseStatus
from kundval.domain.clients.models import Client
from kundval.domain.clients.service import identity_visible, reference_of
from kundval.domain.inbox.kinds import group_of, render
from kundval.domain.inbox.schemas import MessageOut
from kundval.domain.messages.models import Message


async def client_names(session: AsyncSession, principal: Principal, case_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    """How the caller may name the client of each case, in two queries.

    Whoever may read the case and its client sees the name, unless the identity is protected (then only the owning
    counsellor does); a provider sees a client waiting in its queue as the queue shows them, first name and initial;
    anyone else (a coach after a colleague claimed the case, a counsellor after a reassignment) sees the reference.
    """
    if not case_ids:
        return {}
    rows = (
        await session.execute(
            select(Case, Client).join(Client, Client.id == Case.client_id).where(Case.id.in_(case_ids))
        )
    ).all()
    readable_statement = (await readable_cases(session, principal)).where(Case.id.in_(case_ids))
    readable = set((await session.scalars(readable_statement.with_only_columns(Case.id))).all())
    is_provider = principal.provider_id is not None
    names = {}
    for case, client in rows:
        reference = reference_of(client.id)
        if client.protected_identity and not identity_visible(client, principal):
            names[case.id] = reference
        elif case.id in readable and sees_client(principal, case.status):
            names[case.id] = (
                f"{client.first_name} {client.last_name}" if identity_visible(client, principal) else reference
            )
        elif is_provider and case.status == CaseStatus.QUEUED and case.provider_id == principal.provider_id:
            names[case.id] = queue_name(client)
        else:
            names[case.id] = reference
    return names


async def message_views(
    session: AsyncSession, principal: Principal, messages: Sequence[Message], language: Language
) -> list[MessageOut]:
    names = await client_names(session, principal, {m.case_id for m in messages if m.case_id})
    views = []
    for message in messages:
        client = names.get(message.case_id) if message.case_id else None
        rendered = render(message.kind, message.params or {}, client, language)
        subject, body = rendered if rendered is not None else (message.subject, message.body)
        views.append(
            MessageOut(
                id=message.id,
                case_id=message.case_id,
                subject=subject,
                body=body,
                created_at=message.created_at,
                read_at=message.read_at,
                to_provider=message.provider_id is not None,
                kind=message.kind,
                params=dict(message.params or {}),
                client=client,
                group=group_of(message.kind).value,
            )
        )
    return views
