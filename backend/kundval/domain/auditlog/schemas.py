"""Shapes of the audit log's reading side."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import msgspec


class AuditEventOut(msgspec.Struct):
    """One event. ``event`` and ``user_name`` are words for people; ``client`` names the client as far as the
    reader may see them; ``clients_listed`` is how many objects a list view showed (0 for a single read or change)."""

    id: int
    at: datetime
    user_id: uuid.UUID | None
    username: str
    user_name: str
    roles: list[str]
    provider_id: uuid.UUID | None
    action: str
    object_type: str
    event: str
    object_id: uuid.UUID | None
    client_id: uuid.UUID | None
    client: str | None
    clients_listed: int
    detail: str


class AuditClientSearch(msgspec.Struct):
    """A client to look up by name, personal identity number or reference (K-1A2B3C4D); in the body, so that a
    personal number never travels in a URL or a server log."""

    q: str = msgspec.field(default="")


class AuditClient(msgspec.Struct):
    id: uuid.UUID
    reference: str
    name: str


class AuditEventKind(msgspec.Struct):
    action: str
    object_type: str
    label: str


class AuditPerson(msgspec.Struct):
    id: uuid.UUID
    name: str
    username: str


class AuditOptions(msgspec.Struct):
    """What the log's filters offer: the events in words and the people who can appear in it."""

    events: list[AuditEventKind]
    people: list[AuditPerson]


class AuditFilter(msgspec.Struct, kw_only=True):
    client_id: uuid.UUID | None = None
    user_id: uuid.UUID | None = None
    username: str | None = None
    action: str | None = None
    object_type: str | None = None
    date_from: date | None = None
    date_to: date | None = None
