"""The caller's inbox."""

from __future__ import annotations

import uuid
from typing import Any

from litestar import Controller, Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.errors import ApiError, language_of, register_messages
from kundval.core.pagination import DEFAULT_LIMIT, Limit, Offset
from kundval.core.security import Principal, authenticated
from kundval.domain.inbox.kinds import GROUP_KINDS, STAFF_PREFIX, KindGroup, group_of
from kundval.domain.inbox.schemas import Inbox, MarkedRead, MessageOut
from kundval.domain.inbox.views import message_views
from kundval.domain.messages import service

register_messages({"message.not_found": ("Meddelandet finns inte.", "No such message.")})


def _view(unread: bool, case_id: uuid.UUID | None, group: KindGroup | None) -> service.InboxFilter:
    """The filters of the query as a view of the inbox; an unknown ``group`` is refused (422) before this."""
    if group is None:
        return service.InboxFilter(unread_only=unread, case_id=case_id)
    if group == KindGroup.CASE_EVENTS:  # every kind that no other group names
        named = frozenset().union(*GROUP_KINDS.values())
        return service.InboxFilter(unread, case_id, named, STAFF_PREFIX, exclude=True)
    prefix = STAFF_PREFIX if group == KindGroup.STAFF else None
    return service.InboxFilter(unread, case_id, GROUP_KINDS[group], prefix)


def _by_group(unread_by_kind: dict[str, int]) -> dict[str, int]:
    counts = dict.fromkeys((g.value for g in KindGroup), 0)
    for kind, count in unread_by_kind.items():
        counts[group_of(kind).value] += count
    return counts


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
        unread: FromQuery[bool] = False,
        case_id: FromQuery[uuid.UUID | None] = None,
        group: FromQuery[KindGroup | None] = None,
    ) -> Inbox:
        """Messages to the caller and, for provider accounts, to their provider's inbox; newest first, in the
        caller's language (Accept-Language), each naming its client as far as the caller may see them. Filters:
        ``unread`` (only unread), ``case_id`` (one case), ``group`` (conversation, case_events, documents, staff)."""
        view = _view(unread, case_id, group)
        rows, total, unread_by_kind = await service.list_inbox(db_session, principal, limit, offset, view)
        items = await message_views(db_session, principal, rows, language_of(request))
        return Inbox(items, total, limit, offset, sum(unread_by_kind.values()), _by_group(unread_by_kind))

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
        case_id: FromQuery[uuid.UUID | None] = None,
        group: FromQuery[KindGroup | None] = None,
    ) -> MarkedRead:
        """Mark every unread message in the caller's inbox (and their provider's) as read; with ``case_id`` or
        ``group``, only those the same filters of the list show."""
        marked = await service.mark_all_read(db_session, principal, _view(True, case_id, group))
        _, _, unread_by_kind = await service.list_inbox(db_session, principal, 1, 0)
        return MarkedRead(marked, sum(unread_by_kind.values()))
