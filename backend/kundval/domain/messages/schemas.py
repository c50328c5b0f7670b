"""Shapes of the messages area."""

from __future__ import annotations

import uuid
from datetime import datetime

import msgspec


class MessageOut(msgspec.Struct):
    id: uuid.UUID
    case_id: uuid.UUID | None
    subject: str
    body: str
    created_at: datetime
    read_at: datetime | None
    to_provider: bool


class Inbox(msgspec.Struct):
    items: list[MessageOut]
    total: int
    limit: int
    offset: int
    unread: int
