"""A case's conversation: the thread, posts (with an attachment), the read marker and attachment downloads."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from litestar import Controller, Request, get, post
from litestar.di import NamedDependency
from litestar.enums import MediaType
from litestar.openapi.spec import OpenAPIMediaType, Operation, RequestBody, Schema
from litestar.openapi.spec.enums import OpenAPIFormat, OpenAPIType
from litestar.params import FromPath
from litestar.response import Stream
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.errors import language_of
from kundval.core.security import PROVIDER_ROLES, Principal, Role, requires_role
from kundval.core.settings import Settings
from kundval.core.storage import ObjectStore, open_started
from kundval.domain.conversations import service
from kundval.domain.conversations.schemas import MAX_TEXT, Conversation, ConversationMarked, ThreadItem

readers = requires_role(Role.COUNSELLOR, Role.SUPERVISOR, *PROVIDER_ROLES)
# The supervisor reads the threads; the counsellor's side and the provider's write in them.
writers = requires_role(Role.COUNSELLOR, *PROVIDER_ROLES)


def _text_schema() -> Schema:
    return Schema(type=OpenAPIType.STRING, min_length=1, max_length=MAX_TEXT)


@dataclass
class _PostOperation(Operation):
    """The post's body is read by the handler (JSON, or multipart streamed to the store), so it is described here."""

    def __post_init__(self) -> None:
        if self.request_body is None:
            self.request_body = RequestBody(
                required=True,
                content={
                    "application/json": OpenAPIMediaType(
                        schema=Schema(type=OpenAPIType.OBJECT, properties={"text": _text_schema()}, required=["text"])
                    ),
                    "multipart/form-data": OpenAPIMediaType(
                        schema=Schema(
                            type=OpenAPIType.OBJECT,
                            properties={
                                "text": _text_schema(),
                                "file": Schema(
                                    type=OpenAPIType.STRING,
                                    format=OpenAPIFormat.BINARY,
                                    description="PDF, PNG, JPEG, DOCX or ODT",
                                ),
                            },
                            required=["text", "file"],
                        )
                    ),
                },
            )


def _attachment(filename: str) -> str:
    ascii_name = filename.encode("ascii", "replace").decode().replace('"', "").replace("?", "_")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"


class ConversationController(Controller):
    path = "/api/cases/{case_id:uuid}/conversation"
    tags = ["conversations"]

    @get("/", guards=[readers], operation_id="getConversation")
    async def get_conversation(
        self,
        request: Request[Any, Any, Any],
        case_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> Conversation:
        """The case's thread, oldest first: the posts and the system's events (steps of the case, review steps of
        its documents) in the caller's language; 404 as for the case itself, and for a provider before its claim."""
        return await service.thread(db_session, principal, case_id, language_of(request))

    @post("/", guards=[writers], operation_id="postToConversation", operation_class=_PostOperation)
    async def create_post(
        self,
        request: Request[Any, Any, Any],
        case_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
        store: NamedDependency[ObjectStore],
        settings: NamedDependency[Settings],
    ) -> ThreadItem:
        """A post: JSON ``{"text"}``, or multipart ``text`` and ``file`` (an attachment, checked as documents'
        files are). The other participants get a message about it."""
        created = await service.create_post(db_session, principal, case_id, request, store, settings.max_upload_bytes)
        conversation = await service.thread(db_session, principal, case_id, language_of(request))
        return next(item for item in conversation.items if item.id == created.id)

    @post("/read", guards=[readers], operation_id="markConversationRead")
    async def mark_read(
        self,
        case_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> ConversationMarked:
        """The caller has read the thread: their marker moves to now and their messages about the case are read."""
        return await service.mark_read(db_session, principal, case_id)

    @get("/posts/{post_id:uuid}/attachment", guards=[readers], operation_id="downloadConversationAttachment")
    async def download(
        self,
        case_id: FromPath[uuid.UUID],
        post_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
        store: NamedDependency[ObjectStore],
    ) -> Stream:
        """A post's attachment, always as an attachment with its stored type (audited)."""
        stored = await service.attachment_for_download(db_session, principal, case_id, post_id)
        return Stream(
            # Opened and first read before the headers go out: a store outage is a 503, not a cut-off 200.
            await open_started(store, stored.object_key),  # type: ignore[arg-type]
            media_type=stored.content_type or MediaType.TEXT,
            headers={
                "Content-Disposition": _attachment(stored.filename or "bilaga"),
                "X-Content-Type-Options": "nosniff",
                "Content-Length": str(stored.size),
                "Cache-Control": "private, no-store",
                "Content-Security-Policy": "default-src 'none'; sandbox",
            },
        )
