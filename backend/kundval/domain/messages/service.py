"""Messages into a provider's inbox or to one user. The inbox is the record; each message also decides, in the same
transaction, whether it mails anyone (:mod:`kundval.domain.messages.mailing`: the shared mailbox for a newly
queued client, a person as they chose), so a change that rolls back mails nothing.

Who gets what (issue 9): the provider's shared inbox, read by its administrator and every coach, carries only
clients waiting unclaimed in its queue; everything about a claimed case goes to that case's coach and the provider's
administrators (:func:`notify_case_team`), so a coach never reads about a colleague's clients.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, not_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.core.db import rows_changed
from kundval.core.security import Principal, Role
from kundval.domain.accounts.models import User, UserRole
from kundval.domain.messages.mailing import mail_shared_mailbox, mail_user
from kundval.domain.messages.models import LEGACY, Message


async def notify_provider(
    session: AsyncSession,
    provider_id: uuid.UUID,
    case_id: uuid.UUID | None,
    sender_id: uuid.UUID | None,
    *,
    kind: str = LEGACY,
    params: Mapping[str, object] | None = None,
    subject: str = "",
    body: str = "",
) -> None:
    """A message to the provider's shared inbox: only for a client waiting unclaimed in its queue.

    ``kind`` and ``params`` say what happened (:mod:`kundval.domain.inbox.kinds`); ``subject``/``body`` are for
    the legacy kind, the stored text shown as it is.
    """
    session.add(
        Message(
            provider_id=provider_id,
            case_id=case_id,
            sender_id=sender_id,
            kind=kind,
            params=_strings(params),
            subject=subject[:200],
            body=body,
        )
    )
    await mail_shared_mailbox(session, provider_id, kind)


async def notify_user(
    session: AsyncSession,
    recipient_id: uuid.UUID,
    case_id: uuid.UUID | None,
    sender_id: uuid.UUID | None,
    *,
    kind: str = LEGACY,
    params: Mapping[str, object] | None = None,
    subject: str = "",
    body: str = "",
) -> None:
    """A message to one user; see :func:`notify_provider` for ``kind``, ``params``, ``subject`` and ``body``."""
    session.add(
        Message(
            recipient_id=recipient_id,
            case_id=case_id,
            sender_id=sender_id,
            kind=kind,
            params=_strings(params),
            subject=subject[:200],
            body=body,
        )
    )
    await mail_user(session, recipient_id, case_id, kind)


async def notify_case_team(
    session: AsyncSession,
    provider_id: uuid.UUID | None,
    coach_id: uuid.UUID | None,
    case_id: uuid.UUID,
    sender_id: uuid.UUID | None,
    *,
    kind: str,
    params: Mapping[str, object] | None = None,
) -> None:
    """A message about a case at a provider to the case's coach and each active administrator of the provider
    (one message each, so each reads and marks their own), never to the shared inbox that every coach reads."""
    recipients: list[uuid.UUID] = [coach_id] if coach_id else []
    if provider_id is not None:
        admins = await session.scalars(
            select(User.id)
            .join(UserRole, UserRole.user_id == User.id)
            .where(User.provider_id == provider_id, User.is_active.is_(True), UserRole.role == Role.PROVIDER_ADMIN)
            .order_by(User.id)
        )
        recipients += [admin for admin in admins if admin not in recipients]
    for recipient in recipients:
        await notify_user(session, recipient, case_id, sender_id, kind=kind, params=params)


def _strings(params: Mapping[str, object] | None) -> dict[str, str]:
    """Parameters as strings (dates in ISO form), so that they round-trip through JSON unchanged."""
    return {
        key: value.isoformat() if hasattr(value, "isoformat") else str(value) for key, value in (params or {}).items()
    }


def inbox(principal: Principal) -> Select[Message]:
    """Messages to the caller, and for provider administrators and staff also to their provider's inbox."""
    conditions = [Message.recipient_id == principal.id]
    if principal.provider_id and principal.roles & {Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF}:
        conditions.append(Message.provider_id == principal.provider_id)
    return select(Message).where(or_(*conditions))


@dataclass(frozen=True)
class InboxFilter:
    """A view of the inbox: only unread messages, only one case's, only some kinds (``kinds``, and those whose kind
    starts with ``kind_prefix``) or, with ``exclude``, all but those."""

    unread_only: bool = False
    case_id: uuid.UUID | None = None
    kinds: frozenset[str] | None = None
    kind_prefix: str | None = None
    exclude: bool = False

    def apply(self, statement: Select[Message]) -> Select[Message]:
        if self.unread_only:
            statement = statement.where(Message.read_at.is_(None))
        if self.case_id is not None:
            statement = statement.where(Message.case_id == self.case_id)
        if self.kinds is not None or self.kind_prefix is not None:
            conditions: list[ColumnElement[bool]] = [Message.kind.in_(self.kinds or ())]
            if self.kind_prefix:
                conditions.append(Message.kind.startswith(self.kind_prefix, autoescape=True))
            chosen = or_(*conditions)
            statement = statement.where(not_(chosen) if self.exclude else chosen)
        return statement


EVERYTHING = InboxFilter()


async def list_inbox(
    session: AsyncSession,
    principal: Principal,
    limit: int,
    offset: int,
    view: InboxFilter = EVERYTHING,
) -> tuple[list[Message], int, dict[str, int]]:
    """A page of the caller's inbox as ``view`` shows it, the view's total, and the unread messages of the whole
    inbox per kind (so that every filter can show its count)."""
    statement = view.apply(inbox(principal))
    total = await session.scalar(select(func.count()).select_from(statement.subquery())) or 0
    unread = inbox(principal).where(Message.read_at.is_(None)).subquery()
    unread_by_kind: dict[str, int] = dict(
        (await session.execute(select(unread.c.kind, func.count()).group_by(unread.c.kind))).all()
    )
    rows = (
        await session.scalars(
            statement.order_by(Message.created_at.desc(), Message.id.desc()).limit(limit).offset(offset)
        )
    ).all()
    return list(rows), total, unread_by_kind


async def mark_read(session: AsyncSession, principal: Principal, message_id: uuid.UUID) -> Message | None:
    """Mark a message in the caller's inbox as read; None when it is not theirs."""
    message = await session.scalar(inbox(principal).where(Message.id == message_id))
    if message is not None and message.read_at is None:
        message.read_at = clock.now()
        await session.flush()
    return message


async def mark_all_read(session: AsyncSession, principal: Principal, view: InboxFilter = EVERYTHING) -> int:
    """Mark every unread message in the caller's inbox that ``view`` shows as read; the number marked."""
    unread = view.apply(inbox(principal)).where(Message.read_at.is_(None)).with_only_columns(Message.id)
    return await rows_changed(
        session,
        update(Message)
        .where(Message.id.in_(unread), Message.read_at.is_(None))
        .values(read_at=clock.now())
        .execution_options(synchronize_session=False),
    )
