"""Writing the audit log. Every area calls :func:`record` (or :func:`record_many` for lists) in the same
transaction as the read or change it records, so an action and its audit row commit or fail together."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.core.security import Principal
from kundval.domain.audit.models import AuditEvent, AuditEventClient


def _row(
    principal: Principal,
    action: str,
    object_type: str,
    object_id: uuid.UUID | None,
    client_id: uuid.UUID | None,
    detail: str,
) -> dict[str, object]:
    return {
        "at": clock.now(),
        "user_id": principal.id,
        "username": principal.username,
        "roles": ",".join(sorted(principal.roles)),
        "provider_id": principal.provider_id,
        "action": action,
        "object_type": object_type,
        "object_id": object_id,
        "client_id": client_id,
        "detail": detail[:500],
    }


async def record(
    session: AsyncSession,
    principal: Principal,
    action: str,
    object_type: str,
    object_id: uuid.UUID | None,
    client_id: uuid.UUID | None,
    detail: str = "",
) -> None:
    """Append one audit event."""
    await session.execute(insert(AuditEvent), [_row(principal, action, object_type, object_id, client_id, detail)])


async def record_many(
    session: AsyncSession,
    principal: Principal,
    action: str,
    object_type: str,
    objects: Iterable[tuple[uuid.UUID, uuid.UUID | None]],
    detail: str = "",
) -> None:
    """Append one event for a list view that showed ``objects`` (object id, client id), and the objects it listed.

    A list that shows client data is a read of each client; one row per list view keeps the log readable (a page of
    twenty cases is one event, not twenty) while the listed objects keep "who read this client?" answerable. A list
    of one object, or of one client's objects, also names them on the event itself.
    """
    listed = list(dict.fromkeys(objects))
    if not listed:
        return
    clients = {client_id for _, client_id in listed}
    object_id = listed[0][0] if len(listed) == 1 else None
    client_id = next(iter(clients)) if len(clients) == 1 else None
    event_id = await session.scalar(
        insert(AuditEvent)
        .values(_row(principal, action, object_type, object_id, client_id, detail))
        .returning(AuditEvent.id)
    )
    await session.execute(
        insert(AuditEventClient),
        [{"event_id": event_id, "object_id": o, "client_id": c} for o, c in listed],
    )
