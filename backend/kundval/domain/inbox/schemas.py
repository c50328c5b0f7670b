"""Shapes of the messages area."""

from __future__ import annotations

import uuid
from datetime import datetime

import msgspec


class MessageOut(msgspec.Struct):
    """A message as the reader sees it: ``subject`` and ``body`` in the reader's language, ``client`` named as far
    as the reader may see them (a reference for a protected identity, first name and initial for a queued client at
    a provider); ``kind`` and ``params`` are what was stored."""

    id: uuid.UUID
    case_id: uuid.UUID | None
    subject: str
    body: str
    created_at: datetime
    read_at: datetime | None
    to_provider: bool
    kind: str
    params: dict[str, str]
    client: str | None
    group: str  # the filter group of its kind: conversation, case_events, documents or staff


class Inbox(msgspec.Struct):
    """A page of the inbox as the filters show it (``total`` counts the filtered view); ``unread`` counts the whole
    inbox's unread messages and ``unread_by_group`` the same per filter group (conversation, case_events, documents,
    staff), whatever the filters."""

    items: list[MessageOut]
    total: int
    limit: int
    offset: int
    unread: int
    unread_by_group: dict[str, int]


class MarkedRead(msgspec.Struct):
    """How many messages were marked read, and how many are left unread (none, unless new ones arrived)."""

    marked: int
    unread: int
