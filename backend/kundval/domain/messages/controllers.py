"""The caller's inbox."""

from __future__ import annotations

import uuid

from litestar import Controller, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.errors import ApiError, register_messages
from kundval.core.pagination import DEFAULT_LIMIT, Limit, Offset
from kundval.core.security import Principal, authenticated
from kundval.domain.messages import service
from kundval.domain.messages.models import Message
from kundval.domain.messages.schemas import Inbox, MessageOut

register_messages({"message.not_found": ("Meddelandet finns inte.", "No such message.")})


def _out(message: Message) -> MessageOut:
    return MessageOut(
        message.id,
        message.case_id,
        message.subject,
        message.body,
        message.created_at,
        message.read_at,
        message.provider_id is not None,
    )


class MessageController(Controller):
    path = "/api/messages"
    tags = ["messages"]
    guards = [authenticated]

    @get("/", operation_id="listMessages")
    async def list_messages(
        self,
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
        limit: Limit = DEFAULT_LIMIT,
        offset: Offset = 0,
    ) -> Inbox:
        """Messages to the caller and, for provider accounts, to their provider's inbox; newest first."""
        rows, total, unread = await service.list_inbox(db_session, principal, limit, offset)
        return Inbox([_out(m) for m in rows], total, limit, offset, unread)

    @post("/{message_id:uuid}/read", operation_id="markMessageRead")
    async def mark_read(
        self,
        message_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> MessageOut:
        """Mark one message as read."""
        message = await service.mark_read(db_session, principal, message_id)
        if message is None:
            raise ApiError("message.not_found", status_code=404)
        return _out(message)
