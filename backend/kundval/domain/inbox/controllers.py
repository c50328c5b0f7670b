"""The caller's inbox."""

from __future__ import annotations

import uuid
from typing import Any

from litestar import Controller, Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.errors import ApiError, language_of, register_messages
from kundval.core.pagination import DEFAULT_LIMIT, Limit, Offset
from kundval.core.security import Principal, authenticated
from kundval.domain.inbox.schemas import Inbox, MarkedRead, MessageOut
from kundval.domain.inbox.views import message_views
from kundval.domain.messages import service

register_messages({"message.not_found": ("Meddelandet finns inte.", "No such message.")})


class MessageController(Controller):
    path = "/api/messages"
    tags = ["messages"]
    guards = [authenticated]

    @get("/", operation_id="listMessages")
    async def list_messages(
        self,
        request: Request[Any, Any, Any],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
        limit: Limit = DEFAULT_LIMIT,
        offset: Offset = 0,
    ) -> Inbox:
        """Messages to the caller and, for provider accounts, to their provider's inbox; newest first, in the
        caller's language (Accept-Language), each naming its client as far as the caller may see them."""
        rows, total, unread = await service.list_inbox(db_session, principal, limit, offset)
        items = await message_views(db_session, principal, rows, language_of(request))
        return Inbox(items, total, limit, offset, unread)

    @post("/{message_id:uuid}/read", operation_id="markMessageRead")
    async def mark_read(
        self,
        request: Request[Any, Any, Any],
        message_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> MessageOut:
        """Mark one message as read."""
        message = await service.mark_read(db_session, principal, message_id)
        if message is None:
            raise ApiError("message.not_found", status_code=404)
        return (await message_views(db_session, principal, [message], language_of(request)))[0]

    @post("/read-all", operation_id="markAllMessagesRead")
    async def mark_all_read(
        self,
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> MarkedRead:
        """Mark every unread message in the caller's inbox (and their provider's) as read."""
        marked = await service.mark_all_read(db_session, principal)
        _, _, unread = await service.list_inbox(db_session, principal, 1, 0)
        return MarkedRead(marked, unread)
