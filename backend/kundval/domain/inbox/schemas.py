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


class Inbox(msgspec.Struct):
    items: list[MessageOut]
    total: int
    limit: int
    offset: int
    unread: int


class MarkedRead(msgspec.Struct):
    """How many messages were marked read, and how many are left unread (none, unless new ones arrived)."""

    marked: int
    unread: int
