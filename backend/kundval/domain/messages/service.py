"""Messages into a provider's inbox or to one user. E-mail notification of the shared mailbox comes with the
deadline engine; the inbox is the record either way."""

from __future__ import annotations

import uuid

from sqlalchemy import Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.core.security import Principal, Role
from kundval.domain.messages.models import Message


async def notify_provider(
    session: AsyncSession,
    provider_id: uuid.UUID,
    case_id: uuid.UUID | None,
    sender_id: uuid.UUID | None,
    *,
    subject: str,
    body: str,
) -> None:
    session.add(Message(provider_id=provider_id, case_id=case_id, sender_id=sender_id, subject=subject, body=body))


async def notify_user(
    session: AsyncSession,
    recipient_id: uuid.UUID,
    case_id: uuid.UUID | None,
    sender_id: uuid.UUID | None,
    *,
    subject: str,
    body: str,
) -> None:
    session.add(Message(recipient_id=recipient_id, case_id=case_id, sender_id=sender_id, subject=subject, body=body))


def inbox(principal: Principal) -> Select[tuple[Message]]:
    """Messages to the caller, and for provider administrators and staff also to their provider's inbox."""
    conditions = [Message.recipient_id == principal.id]
    if principal.provider_id and principal.roles & {Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF}:
        conditions.append(Message.provider_id == principal.provider_id)
    return select(Message).where(or_(*conditions))


async def list_inbox(
    session: AsyncSession, principal: Principal, limit: int, offset: int
) -> tuple[list[Message], int, int]:
    statement = inbox(principal)
    total = await session.scalar(select(func.count()).select_from(statement.subquery())) or 0
    unread = (
        await session.scalar(select(func.count()).select_from(statement.where(Message.read_at.is_(None)).subquery()))
        or 0
    )
    rows = (await session.scalars(statement.order_by(Message.created_at.desc()).limit(limit).offset(offset))).all()
    return list(rows), total, unread


async def mark_read(session: AsyncSession, principal: Principal, message_id: uuid.UUID) -> Message | None:
    """Mark a message in the caller's inbox as read; None when it is not theirs."""
    message = await session.scalar(inbox(principal).where(Message.id == message_id))
    if message is not None and message.read_at is None:
        message.read_at = clock.now()
        await session.flush()
    return message
