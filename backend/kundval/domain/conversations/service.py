"""A case's conversation: who takes part, the thread (posts and the system's events), posts with attachments,
read markers, and which cases changed since a person last looked.

Who takes part is the case's own access (:func:`kundval.domain.cases.access.readable_cases`): the case's counsellor
and whoever stands in for them, the case's coach and the administrators of the case's provider; the supervisor
reads. A provider takes part from the claim on (:data:`PROVIDER_SEES_CLIENT`): before it, the queue entry is all
it sees of the case, so the thread answers 404 as for a case that is not its own.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import msgspec
from litestar import Request
from sqlalchemy import Select, and_, func, or_, select, union_all, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.core.db import rows_changed
from kundval.core.errors import ApiError, Language, register_messages
from kundval.core.security import PROVIDER_ROLES, Principal, Role
from kundval.core.storage import ObjectStore
from kundval.core.uploads import receive_upload
from kundval.domain.accounts.models import User, UserRole
from kundval.domain.audit.service import record
from kundval.domain.cases.access import PROVIDER_SEES_CLIENT
from kundval.domain.cases.models import Case, CaseEvent
from kundval.domain.cases.service import get_case
from kundval.domain.conversations.models import ConversationPost, ConversationRead
from kundval.domain.conversations.schemas import (
    MAX_TEXT,
    AttachmentOut,
    Conversation,
    ConversationMarked,
    ItemType,
    ThreadItem,
)
from kundval.domain.conversations.words import case_event_text, document_event_text
from kundval.domain.documents.access import readable_documents
from kundval.domain.documents.models import Document, DocumentReview
from kundval.domain.messages.models import Message
from kundval.domain.messages.service import notify_user

# The kind of the message each other participant gets about a new post (rendered in domain/inbox/kinds.py).
POST_MESSAGE_KIND = "case_post"
# The text field of a multipart post: four bytes a character at most in UTF-8.
MAX_TEXT_BYTES = MAX_TEXT * 4

register_messages(
    {
        "conversation.text_required": ("Skriv ett meddelande.", "Write a message."),
        "conversation.text_too_long": (
            "Meddelandet är för långt (högst {limit} tecken).",
            "The message is too long (at most {limit} characters).",
        ),
        "conversation.not_json": (
            'Skicka inlägget som JSON ({{"text": …}}) eller som multipart/form-data med text och file.',
            'Send the post as JSON ({{"text": …}}) or as multipart/form-data with text and file.',
        ),
        "conversation.attachment_not_found": ("Bilagan finns inte.", "No such attachment."),
    }
)


def is_provider(principal: Principal) -> bool:
    return principal.has_any(PROVIDER_ROLES)


def takes_part(principal: Principal) -> bool:
    """Whether the caller writes in the threads they can read: the counsellor's and the provider's side; the
    supervisor only reads."""
    return Role.COUNSELLOR in principal.roles or is_provider(principal)


async def conversation_case(
    session: AsyncSession, principal: Principal, case_id: uuid.UUID, *, audit: str | None = None
) -> Case:
    """The case whose thread the caller may read, or 404 as for the case itself; a provider's from the claim on."""
    case = await get_case(session, principal, case_id, audit=None)
    if principal.provider_id is not None and case.status not in PROVIDER_SEES_CLIENT:
        raise ApiError("case.not_found", status_code=404)
    if audit:
        await record(session, principal, audit, "case", case.id, case.client_id)
    return case


async def _marker(session: AsyncSession, principal: Principal, case_id: uuid.UUID) -> datetime | None:
    return await session.scalar(
        select(ConversationRead.read_up_to).where(
            ConversationRead.case_id == case_id, ConversationRead.user_id == principal.id
        )
    )


async def thread(session: AsyncSession, principal: Principal, case_id: uuid.UUID, language: Language) -> Conversation:
    """The case's posts and the system's events in one list, oldest first, the events in ``language``.

    Constant statements whatever the thread's length: the case, the audit row, the posts, the case's steps, its
    documents' review steps, the names and the marker."""
    case = await conversation_case(session, principal, case_id, audit="read_conversation")
    posts = (
        await session.scalars(
            select(ConversationPost)
            .where(ConversationPost.case_id == case.id)
            .order_by(ConversationPost.created_at, ConversationPost.id)
        )
    ).all()
    steps = (
        await session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.at, CaseEvent.id)
        )
    ).all()
    documents = (
        (await readable_documents(session, principal))
        .where(Document.case_id == case.id)
        .with_only_columns(Document.id, Document.kind)
        .subquery()
    )
    reviews = (
        await session.execute(
            select(DocumentReview, documents.c.kind)
            .join(documents, documents.c.id == DocumentReview.document_id)
            .order_by(DocumentReview.at, DocumentReview.id)
        )
    ).all()
    people = {p.author_id for p in posts} | {s.actor_id for s in steps if s.actor_id}
    people |= {r.actor_id for r, _ in reviews if r.actor_id}
    names: dict[uuid.UUID, str] = (
        dict((await session.execute(select(User.id, User.name).where(User.id.in_(people)))).all()) if people else {}
    )
    read_up_to = await _marker(session, principal, case.id)

    def unread(author: uuid.UUID | None, at: datetime) -> bool:
        return author != principal.id and (read_up_to is None or at > read_up_to)

    items = [
        ThreadItem(
            id=post.id,
            type=ItemType.POST,
            at=post.created_at,
            text=post.text,
            author_id=post.author_id,
            author_name=names.get(post.author_id),
            mine=post.author_id == principal.id,
            unread=unread(post.author_id, post.created_at),
            attachment=AttachmentOut(post.filename or "bilaga", post.content_type or "", post.size or 0)
            if post.object_key
            else None,
        )
        for post in posts
    ]
    items += [
        ThreadItem(
            id=step.id,
            type=ItemType.CASE_EVENT,
            at=step.at,
            text=case_event_text(step.action, step.note, case.end_reason.value if case.end_reason else None, language),
            author_id=step.actor_id,
            author_name=names.get(step.actor_id) if step.actor_id else None,
            mine=step.actor_id == principal.id,
            unread=False,
            action=step.action,
        )
        for step in steps
    ]
    items += [
        ThreadItem(
            id=review.id,
            type=ItemType.DOCUMENT_EVENT,
            at=review.at,
            text=document_event_text(review.action, kind, review.version_number, review.comment, language),
            author_id=review.actor_id,
            author_name=names.get(review.actor_id) if review.actor_id else None,
            mine=review.actor_id == principal.id,
            unread=False,
            action=review.action,
            document_id=review.document_id,
        )
        for review, kind in reviews
    ]
    items.sort(key=lambda item: (item.at, item.id))
    return Conversation(
        case_id=case.id,
        items=items,
        read_up_to=read_up_to,
        unread=sum(1 for item in items if item.unread),
        can_post=takes_part(principal),
    )


def _new_key(case_id: uuid.UUID) -> str:
    # Server-made, never from user input; not under documents/, whose orphan sweep knows only document versions.
    return f"conversations/{case_id}/{uuid.uuid4().hex}"


def _checked_text(raw: str) -> str:
    text = raw.strip()
    if not text:
        raise ApiError("conversation.text_required", status_code=422, extra=[{"key": "text", "message": "required"}])
    if len(text) > MAX_TEXT:
        raise ApiError(
            "conversation.text_too_long",
            status_code=422,
            limit=MAX_TEXT,
            extra=[{"key": "text", "message": f"at most {MAX_TEXT} characters"}],
        )
    return text


class _JsonPost(msgspec.Struct):
    # Decoded without the length limits of :class:`PostIn`, so that JSON and multipart posts get the same words.
    text: str


async def _json_text(request: Request[Any, Any, Any]) -> str:
    try:
        body = msgspec.json.decode(await request.body(), type=_JsonPost)
    except msgspec.ValidationError as exc:
        raise ApiError(
            "http.422", status_code=422, fields="text", extra=[{"key": "text", "message": str(exc)}]
        ) from None
    except msgspec.DecodeError:
        raise ApiError("conversation.not_json", status_code=400) from None
    return _checked_text(body.text)


async def create_post(
    session: AsyncSession,
    principal: Principal,
    case_id: uuid.UUID,
    request: Request[Any, Any, Any],
    store: ObjectStore,
    max_bytes: int,
) -> ConversationPost:
    """A post from JSON ``{"text"}``, or from multipart ``text`` and ``file`` with the file streamed to the store
    under the upload checks of documents (size, type from the content). The object is written before the row; a
    store that is down answers 503 and leaves no post. Each other participant gets a message about it."""
    case = await conversation_case(session, principal, case_id)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    post = ConversationPost(case_id=case.id, author_id=principal.id, text="")
    if content_type == "multipart/form-data":
        upload = await receive_upload(request, store, _new_key(case.id), max_bytes, max_field_bytes=MAX_TEXT_BYTES)
        try:
            post.text = _checked_text(upload.fields.get("text", ""))
        except ApiError:
            await store.delete(upload.stored.key)
            raise
        post.object_key = upload.stored.key
        post.filename = upload.filename
        post.content_type = upload.file_type.mime
        post.size = upload.stored.size
        post.sha256 = upload.stored.sha256
    else:
        post.text = await _json_text(request)
    session.add(post)
    await session.flush()
    await record(
        session,
        principal,
        "post",
        "conversation_post",
        post.id,
        case.client_id,
        detail=f"attachment {post.sha256}" if post.object_key else "",
    )
    for recipient in await participants(session, case):
        if recipient != principal.id:
            await notify_user(
                session, recipient, case.id, principal.id, kind=POST_MESSAGE_KIND, params={"author": principal.name}
            )
    return post


async def participants(session: AsyncSession, case: Case) -> list[uuid.UUID]:
    """Who a post is told to: the case's counsellor and, from the claim on, its coach and the provider's active
    administrators (stand-ins read the thread, but the counsellor's inbox stays the counsellor's)."""
    people = [case.counsellor_id]
    if case.provider_id is not None and case.status in PROVIDER_SEES_CLIENT:
        if case.coach_id:
            people.append(case.coach_id)
        admins = await session.scalars(
            select(User.id)
            .join(UserRole, UserRole.user_id == User.id)
            .where(User.provider_id == case.provider_id, User.is_active.is_(True), UserRole.role == Role.PROVIDER_ADMIN)
            .order_by(User.id)
        )
        people += [admin for admin in admins if admin not in people]
    return people


async def mark_read(session: AsyncSession, principal: Principal, case_id: uuid.UUID) -> ConversationMarked:
    """Move the caller's marker to now (never back) and mark their messages about the case read, so their
    unread counts fall; harmless when done twice at once (an upsert, and a conditional UPDATE)."""
    case = await conversation_case(session, principal, case_id)
    now = clock.now()
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(ConversationRead).values(
        id=uuid.uuid4(), case_id=case.id, user_id=principal.id, read_up_to=now, created_at=now, updated_at=now
    )
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[ConversationRead.case_id, ConversationRead.user_id],
            set_={"read_up_to": statement.excluded.read_up_to, "updated_at": statement.excluded.updated_at},
            where=ConversationRead.read_up_to < statement.excluded.read_up_to,
        )
    )
    marked = await rows_changed(
        session,
        update(Message)
        .where(
            Message.recipient_id == principal.id,
            Message.case_id == case.id,
            Message.read_at.is_(None),
            Message.created_at <= now,
        )
        .values(read_at=now)
        .execution_options(synchronize_session=False),
    )
    read_up_to = await _marker(session, principal, case.id)
    return ConversationMarked(read_up_to=read_up_to or now, messages_marked=marked)


async def attachment_for_download(
    session: AsyncSession, principal: Principal, case_id: uuid.UUID, post_id: uuid.UUID
) -> ConversationPost:
    """A post's attachment, for a caller who may read the thread; audited, since it may hold personal data."""
    case = await conversation_case(session, principal, case_id)
    post = await session.scalar(
        select(ConversationPost).where(ConversationPost.id == post_id, ConversationPost.case_id == case.id)
    )
    if post is None or post.object_key is None:
        raise ApiError("conversation.attachment_not_found", status_code=404)
    await record(session, principal, "download", "conversation_post", post.id, case.client_id, detail=post.sha256 or "")
    return post


def _activity(principal: Principal, case_ids: list[uuid.UUID], documents: Select[Any]) -> Any:
    """Every dated thing others did on the cases: their steps, their posts, their documents' review steps."""
    others = principal.id
    return union_all(
        select(CaseEvent.case_id.label("case_id"), CaseEvent.at.label("at")).where(
            CaseEvent.case_id.in_(case_ids), or_(CaseEvent.actor_id.is_(None), CaseEvent.actor_id != others)
        ),
        select(ConversationPost.case_id.label("case_id"), ConversationPost.created_at.label("at")).where(
            ConversationPost.case_id.in_(case_ids), ConversationPost.author_id != others
        ),
        select(Document.case_id.label("case_id"), DocumentReview.at.label("at"))
        .join(Document, Document.id == DocumentReview.document_id)
        .where(
            Document.id.in_(documents),
            or_(DocumentReview.actor_id.is_(None), DocumentReview.actor_id != others),
        ),
    ).subquery()


async def changed_cases(session: AsyncSession, principal: Principal, case_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """The cases among ``case_ids`` that changed since the caller last read their thread: someone else did
    something dated (a step, a post, a review step the caller may see) after the caller's marker (or there is no
    marker yet), or the caller has an unread message about the case. Two statements for any number of cases
    (three for a counsellor, whose stand-ins the documents' scope looks up)."""
    if not case_ids:
        return set()
    documents = (
        (await readable_documents(session, principal))
        .where(Document.case_id.in_(case_ids))
        .with_only_columns(Document.id)
    )
    activity = _activity(principal, case_ids, documents)
    latest = select(activity.c.case_id, func.max(activity.c.at).label("at")).group_by(activity.c.case_id).subquery()
    changed = (
        select(latest.c.case_id)
        .outerjoin(
            ConversationRead,
            and_(ConversationRead.case_id == latest.c.case_id, ConversationRead.user_id == principal.id),
        )
        .where(or_(ConversationRead.read_up_to.is_(None), latest.c.at > ConversationRead.read_up_to))
    )
    # The caller's own messages (the shared queue inbox speaks of unclaimed clients, not of the cases in a list).
    unread = select(Message.case_id).where(
        Message.recipient_id == principal.id, Message.case_id.in_(case_ids), Message.read_at.is_(None)
    )
    rows = await session.scalars(union_all(changed, unread))
    return {case_id for case_id in rows if case_id is not None}
