"""Shapes of a case's conversation."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Annotated

import msgspec

# The longest post (characters); the multipart text field is allowed four bytes a character.
MAX_TEXT = 4000

PostText = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_TEXT)]


class ItemType(enum.StrEnum):
    """What a line of the thread is: a person's post, or an event the system recorded."""

    POST = "post"
    CASE_EVENT = "case_event"
    DOCUMENT_EVENT = "document_event"


class PostIn(msgspec.Struct, forbid_unknown_fields=True):
    """A post without an attachment (JSON); with a file, send multipart fields ``text`` and ``file``."""

    text: PostText


class AttachmentOut(msgspec.Struct):
    filename: str
    content_type: str
    size: int


class ThreadItem(msgspec.Struct):
    """A line of the thread. ``text`` is the post as written, or the event in the reader's language; ``action`` the
    event's code (``claim``, ``return``, ...); ``author_name`` who wrote or did it; ``unread`` a post by someone
    else after the reader's marker."""

    id: uuid.UUID
    type: ItemType
    at: datetime
    text: str
    author_id: uuid.UUID | None
    author_name: str | None
    mine: bool
    unread: bool
    action: str | None = None
    document_id: uuid.UUID | None = None
    attachment: AttachmentOut | None = None


class Conversation(msgspec.Struct):
    """A case's thread, oldest first, as the caller may see it; ``unread`` counts the posts of others after the
    caller's ``read_up_to``; ``can_post`` whether the caller takes part (the supervisor only reads)."""

    case_id: uuid.UUID
    items: list[ThreadItem]
    read_up_to: datetime | None
    unread: int
    can_post: bool


class ConversationMarked(msgspec.Struct):
    """The caller's marker after reading, and how many of their messages about the case were marked read."""

    read_up_to: datetime
    messages_marked: int
