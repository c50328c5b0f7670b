"""Documents: upload into the object store, versions, and the review cycle submit → return | approve.

Reviews are the basis for payment, so every change of a document locks its row first (:func:`lock_document`) and
moves its status with one conditional UPDATE (``WHERE status IN (allowed)``, :func:`_move`), as the case
transitions do: of many people acting at once exactly one wins and the others answer 409.

Who may do what is decided here and only here: provider staff write provider-side documents of cases they can
see; the case's counsellor reviews them. Drafts are the provider's own until submitted. Medical and child-care
certificates are health data and are shown to the case's counsellor and the provider only.
"""

from __future__ import annotations

import uuid
from typing import Any

from litestar import Request
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.core.calendar import month_bounds, working_days
from kundval.core.errors import ApiError, register_messages
from kundval.core.security import PROVIDER_ROLES, Principal, Role
from kundval.core.storage import ObjectStore
from kundval.core.uploads import receive_upload
from kundval.domain.accounts.models import User
from kundval.domain.audit.service import record, record_many
from kundval.domain.cases.models import Case, CaseEvent, CaseStatus
from kundval.domain.cases.service import get_case, readable_cases
from kundval.domain.clients.models import Client
from kundval.domain.clients.service import client_out
from kundval.domain.documents.models import (
    COUNSELLOR_KINDS,
    KIND_NAMES_SV,
    SENSITIVE_KINDS,
    Document,
    DocumentKind,
    DocumentReview,
    DocumentStatus,
    DocumentVersion,
)
from kundval.domain.documents.schemas import DocumentOut, ReviewItem, ReviewOut, VersionOut
from kundval.domain.messages.service import notify_case_team, notify_user
from kundval.domain.reports.content import (
    check_monthly,
    check_ready,
    check_sections,
    month_taken,
    snapshot,
    template_of,
)
from kundval.domain.reports.schemas import ReportContent, SectionAnswer

register_messages(
    {
        "document.not_found": ("Dokumentet finns inte.", "No such document."),
        "document.unknown_kind": (
            "Okänd dokumenttyp {kind}. Välj en av: {kinds}.",
            "Unknown document kind {kind}. Choose one of: {kinds}.",
        ),
        "document.month_format": (
            "Månaden ska skrivas ÅÅÅÅ-MM, till exempel 2026-11.",
            "Write the month as YYYY-MM, for example 2026-11.",
        ),
        "document.month_required": (
            "En månadsrapport behöver en månad (ÅÅÅÅ-MM).",
            "A monthly report needs a month (YYYY-MM).",
        ),
        "document.case_not_open": (
            "Ärendet har status {status}: dokument kan lämnas först när det är bemannat.",
            "The case is {status}: documents can be handed in once it has been claimed.",
        ),
        "document.not_your_side": (
            "Den här dokumenttypen lämnas av {side}.",
            "This kind of document is handed in by {side}.",
        ),
        "document.wrong_status": (
            "Dokumentet har status {status} och kan inte {action} nu.",
            "The document is {status} and cannot be {action} now.",
        ),
        "document.needs_new_version": (
            "Ladda upp en rättad version innan du skickar in igen; granskarens kommentar: {comment}",
            "Upload a corrected version before submitting again; the reviewer's comment: {comment}",
        ),
        "document.no_version": ("Dokumentet saknar fil.", "The document has no file."),
        "document.version_not_found": ("Versionen finns inte.", "No such version."),
        "document.structured_no_file": (
            "Rapporten skrivs i formuläret i Kundval: ändra svaren där i stället för att ladda upp en fil.",
            "This report is written in Kundval's form: change the answers there instead of uploading a file.",
        ),
        "document.return_needs_comment": (
            "Skriv en kommentar om vad som ska rättas.",
            "Write a comment saying what to correct.",
        ),
    }
)

ACTIONS = {
    "add_version": ("få en ny version", "given a new version"),
    "submit": ("skickas in", "submitted"),
    "approve": ("godkännas", "approved"),
    "return": ("återremitteras", "returned"),
}
CASE_OPEN_FOR_DOCUMENTS = (CaseStatus.CLAIMED, CaseStatus.ACTIVE, CaseStatus.ENDED)


def is_structured(document: Document) -> bool:
    """A report written in Kundval's form rather than an uploaded file."""
    return document.draft_content is not None or any(v.content is not None for v in document.versions)


def _is_provider(principal: Principal) -> bool:
    return principal.has_any(PROVIDER_ROLES)


def _may_see(principal: Principal, document: Document) -> bool:
    """Drafts belong to their author's side; health certificates skip the supervisor."""
    provider_side = document.kind not in COUNSELLOR_KINDS
    if document.status == DocumentStatus.DRAFT and provider_side != _is_provider(principal):
        return False
    if document.kind in SENSITIVE_KINDS and not (_is_provider(principal) or Role.COUNSELLOR in principal.roles):
        return False
    return True


STATUS_WORDS = {
    DocumentStatus.DRAFT: ("utkast", "a draft"),
    DocumentStatus.SUBMITTED: ("inskickad", "submitted"),
    DocumentStatus.RETURNED: ("återremitterad", "returned"),
    DocumentStatus.APPROVED: ("godkänd", "approved"),
}


def status_error(document: Document, action: str) -> ApiError:
    return ApiError(
        "document.wrong_status", status_code=409, status=STATUS_WORDS[document.status], action=ACTIONS[action]
    )


async def lock_document(session: AsyncSession, document: Document) -> None:
    """Lock the document's row until the request's transaction ends (PostgreSQL; SQLite serialises writers) and
    reload it, so that what is checked next is the state as it really is, not as it was first read."""
    await session.execute(
        select(Document).where(Document.id == document.id).with_for_update().execution_options(populate_existing=True)
    )


async def _move(
    session: AsyncSession,
    document: Document,
    action: str,
    allowed: tuple[DocumentStatus, ...],
    to_status: DocumentStatus,
    **values: Any,
) -> None:
    """Move ``document`` to ``to_status`` if it is still in one of ``allowed``; 409 otherwise (lost race included)."""
    result = await session.execute(
        update(Document)
        .where(Document.id == document.id, Document.status.in_(allowed))
        .values(status=to_status, updated_at=clock.now(), **values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        await session.refresh(document, ["status"])
        raise status_error(document, action)
    await session.refresh(document, ["status", "updated_at", *values])


async def get_document(
    session: AsyncSession, principal: Principal, document_id: uuid.UUID, audit: str | None = "read"
) -> tuple[Document, Case]:
    """A document the caller may see, with its case; 404 otherwise, whether or not it exists."""
    document = await session.get(Document, document_id)
    if document is None:
        raise ApiError("document.not_found", status_code=404)
    try:
        case = await get_case(session, principal, document.case_id, audit=None)
    except ApiError:
        raise ApiError("document.not_found", status_code=404) from None
    if not _may_see(principal, document):
        raise ApiError("document.not_found", status_code=404)
    if audit:
        await record(session, principal, audit, "document", document.id, case.client_id, detail=document.kind.value)
    return document, case


async def document_views(session: AsyncSession, documents: list[Document], principal: Principal) -> list[DocumentOut]:
    """Documents as the caller sees them; a structured report's working copy only on the provider's side."""
    user_ids = {v.uploaded_by_id for d in documents for v in d.versions} | {
        r.actor_id for d in documents for r in d.reviews
    }
    names = (
        dict((await session.execute(select(User.id, User.name).where(User.id.in_(user_ids - {None})))).all())
        if user_ids - {None}
        else {}
    )
    views = []
    for d in documents:
        returns = [r for r in d.reviews if r.action == "return"]
        views.append(
            DocumentOut(
                id=d.id,
                case_id=d.case_id,
                kind=d.kind,
                month=d.month,
                status=d.status,
                submitted_at=d.submitted_at,
                latest_comment=returns[-1].comment if returns else None,
                structured=is_structured(d),
                content=d.versions[-1].content if d.versions else None,
                draft_content=d.draft_content if _is_provider(principal) else None,
                versions=[
                    VersionOut(
                        v.number,
                        v.filename,
                        v.content_type,
                        v.size,
                        v.sha256,
                        v.content is not None,
                        names.get(v.uploaded_by_id),
                        v.created_at,
                    )
                    for v in d.versions
                ],
                reviews=[
                    ReviewOut(
                        r.version_number,
                        r.action,
                        r.comment,
                        dict(r.section_comments or {}),
                        names.get(r.actor_id),
                        r.at,
                    )
                    for r in d.reviews
                ],
                created_at=d.created_at,
            )
        )
    return views


async def list_documents(session: AsyncSession, principal: Principal, case_id: uuid.UUID) -> list[Document]:
    case = await get_case(session, principal, case_id, audit=None)
    documents = (
        await session.scalars(select(Document).where(Document.case_id == case.id).order_by(Document.created_at))
    ).all()
    visible = [d for d in documents if _may_see(principal, d)]
    await record_many(session, principal, "list", "document", [(d.id, case.client_id) for d in visible])
    return visible


def _check_side(principal: Principal, kind: DocumentKind) -> None:
    counsellor_side = kind in COUNSELLOR_KINDS
    if counsellor_side and Role.COUNSELLOR not in principal.roles:
        raise ApiError("document.not_your_side", status_code=403, side="karriärvägledaren / the counsellor")
    if not counsellor_side and not _is_provider(principal):
        raise ApiError("document.not_your_side", status_code=403, side="anordnaren / the provider")


def _parse_kind(raw: str | None) -> DocumentKind:
    try:
        return DocumentKind(raw or "")
    except ValueError:
        raise ApiError(
            "document.unknown_kind",
            status_code=422,
            kind=raw or "—",
            kinds=", ".join(k.value for k in DocumentKind),
            extra=[{"key": "kind", "message": "unknown"}],
        ) from None


def _parse_month(kind: DocumentKind, raw: str | None) -> str | None:
    if not raw:
        if kind == DocumentKind.MONTHLY_REPORT:
            raise ApiError("document.month_required", status_code=422, extra=[{"key": "month", "message": "required"}])
        return None
    try:
        month_bounds(raw)  # YYYY-MM only: strptime also took "2026-1", which later checks refused with a 500
    except ValueError:
        raise ApiError(
            "document.month_format", status_code=422, extra=[{"key": "month", "message": "YYYY-MM"}]
        ) from None
    return raw


def _new_key(case_id: uuid.UUID) -> str:
    # Server-made, never from user input: the case and a random id.
    return f"documents/{case_id}/{uuid.uuid4().hex}"


async def _store_version(
    request: Request[Any, Any, Any], store: ObjectStore, max_bytes: int, case_id: uuid.UUID
) -> tuple[dict[str, str], DocumentVersion]:
    upload = await receive_upload(request, store, _new_key(case_id), max_bytes)
    version = DocumentVersion(
        number=0,
        object_key=upload.stored.key,
        filename=upload.filename,
        content_type=upload.file_type.mime,
        size=upload.stored.size,
        sha256=upload.stored.sha256,
    )
    return upload.fields, version


async def create_document(
    session: AsyncSession,
    principal: Principal,
    case_id: uuid.UUID,
    request: Request[Any, Any, Any],
    store: ObjectStore,
    max_bytes: int,
) -> Document:
    """A new document with its first version, from a multipart upload (fields ``kind``, ``month``, ``file``)."""
    case = await get_case(session, principal, case_id, audit=None)
    if _is_provider(principal) and case.status not in CASE_OPEN_FOR_DOCUMENTS:
        raise ApiError("document.case_not_open", status_code=409, status=case.status.value)
    fields, version = await _store_version(request, store, max_bytes, case.id)
    try:
        kind = _parse_kind(fields.get("kind"))
        _check_side(principal, kind)
        month = _parse_month(kind, fields.get("month"))
        if kind == DocumentKind.MONTHLY_REPORT and month:
            await check_monthly(session, case, month)
        # Counsellor-side documents are published to the provider as they are: nothing for the provider to review.
        status = DocumentStatus.APPROVED if kind in COUNSELLOR_KINDS else DocumentStatus.DRAFT
        document = Document(case_id=case.id, kind=kind, month=month, status=status, created_by_id=principal.id)
        document.versions = []
        document.reviews = []
        session.add(document)
        # The document row alone first: the only thing it can collide with is the one monthly report per month
        # that a concurrent upload wrote after ``check_monthly`` looked.
        try:
            await session.flush()
        except IntegrityError:
            if kind != DocumentKind.MONTHLY_REPORT:
                raise
            raise month_taken(month or "") from None
    except ApiError:
        await store.delete(version.object_key)  # type: ignore[arg-type]
        raise
    version.number = 1
    version.uploaded_by_id = principal.id
    document.versions.append(version)
    # Flush now: if the row cannot be written, the error surfaces here and the stored object becomes an orphan
    # that ``kundval sweep-orphans`` removes.
    await session.flush()
    await record(
        session,
        principal,
        "upload",
        "document",
        document.id,
        case.client_id,
        detail=f"{kind.value} v1 {version.sha256}",
    )
    return document


VERSION_ALLOWED = (DocumentStatus.DRAFT, DocumentStatus.RETURNED)


async def add_version(
    session: AsyncSession,
    principal: Principal,
    document_id: uuid.UUID,
    request: Request[Any, Any, Any],
    store: ObjectStore,
    max_bytes: int,
) -> Document:
    """A corrected version of a draft or returned document; earlier versions stay as they were."""
    document, case = await get_document(session, principal, document_id, audit=None)
    _check_side(principal, document.kind)
    if is_structured(document):
        raise ApiError(
            "document.structured_no_file", status_code=422, extra=[{"key": "file", "message": "structured report"}]
        )
    # Checked before the file streams in (no upload for nothing), and again under the lock once it is stored:
    # the row is not held locked while a large file arrives.
    if document.status not in VERSION_ALLOWED:
        raise status_error(document, "add_version")
    _fields, version = await _store_version(request, store, max_bytes, case.id)
    try:
        await lock_document(session, document)
        if document.status not in VERSION_ALLOWED:
            raise status_error(document, "add_version")
    except ApiError:
        await store.delete(version.object_key)  # type: ignore[arg-type]
        raise
    version.number = max(v.number for v in document.versions) + 1
    version.uploaded_by_id = principal.id
    document.versions.append(version)
    await session.flush()
    await record(
        session,
        principal,
        "upload",
        "document",
        document.id,
        case.client_id,
        detail=f"{document.kind.value} v{version.number} {version.sha256}",
    )
    return document


async def _review_step(
    session: AsyncSession,
    principal: Principal,
    document: Document,
    case: Case,
    action: str,
    allowed: tuple[DocumentStatus, ...],
    to_status: DocumentStatus,
    comment: str = "",
    section_comments: dict[str, str] | None = None,
    **values: Any,
) -> None:
    """One step of the review cycle: the conditional status move, the review row, the case event, the audit."""
    await _move(session, document, action, allowed, to_status, **values)
    latest = document.versions[-1].number
    document.reviews.append(
        DocumentReview(
            version_number=latest,
            action=action,
            comment=comment,
            section_comments=section_comments or {},
            actor_id=principal.id,
            at=clock.now(),
        )
    )
    session.add(
        CaseEvent(
            case_id=case.id,
            at=clock.now(),
            actor_id=principal.id,
            action=f"document_{action}",
            from_status=case.status,
            to_status=case.status,
            note=f"{KIND_NAMES_SV[document.kind]} v{latest}" + (f": {comment}" if comment else ""),
        )
    )
    await session.flush()
    await record(
        session, principal, action, "document", document.id, case.client_id, detail=f"{document.kind.value} v{latest}"
    )


SUBMIT_ALLOWED = (DocumentStatus.DRAFT, DocumentStatus.RETURNED)


async def submit(session: AsyncSession, principal: Principal, document_id: uuid.UUID) -> Document:
    """Provider: hand the latest version in for review. After a return, only a newer version may be submitted."""
    document, case = await get_document(session, principal, document_id, audit=None)
    _check_side(principal, document.kind)
    await lock_document(session, document)
    if document.kind in COUNSELLOR_KINDS or document.status not in SUBMIT_ALLOWED:
        raise status_error(document, "submit")
    if document.draft_content is not None:
        # A structured report: the checked working copy becomes the new version that is handed in.
        content = await snapshot(session, document, case)
        number = max((v.number for v in document.versions), default=0) + 1
        document.versions.append(DocumentVersion(number=number, content=content, uploaded_by_id=principal.id))
        await session.flush()
    elif document.kind == DocumentKind.MONTHLY_REPORT and document.month:
        # §6.4 holds for a monthly report uploaded as a file just as for one written in the form.
        check_ready(document.month, clock.today())
    if not document.versions:
        raise ApiError("document.no_version", status_code=409)
    if document.status == DocumentStatus.RETURNED and document.versions[-1].number <= (document.returned_version or 0):
        comment = next((r.comment for r in reversed(document.reviews) if r.action == "return"), "")
        raise ApiError("document.needs_new_version", status_code=409, comment=comment)
    await _review_step(
        session,
        principal,
        document,
        case,
        "submit",
        SUBMIT_ALLOWED,
        DocumentStatus.SUBMITTED,
        submitted_at=clock.now(),
    )
    await notify_user(
        session,
        case.counsellor_id,
        case.id,
        principal.id,
        kind="document_submitted",
        params={"document_kind": document.kind, "version": document.versions[-1].number},
    )
    return document


# Only a submitted document is reviewed: a draft, a returned or an approved one (the counsellor's own kinds are
# approved from the start) is refused.
REVIEW_ALLOWED = (DocumentStatus.SUBMITTED,)


async def _reviewable(
    session: AsyncSession, principal: Principal, document_id: uuid.UUID, action: str
) -> tuple[Document, Case]:
    document, case = await get_document(session, principal, document_id, audit=None)
    await lock_document(session, document)
    if document.status not in REVIEW_ALLOWED:
        raise status_error(document, action)
    return document, case


async def approve(session: AsyncSession, principal: Principal, document_id: uuid.UUID) -> Document:
    """Counsellor: approve the submitted version; the document is locked from then on."""
    document, case = await _reviewable(session, principal, document_id, "approve")
    await _review_step(session, principal, document, case, "approve", REVIEW_ALLOWED, DocumentStatus.APPROVED)
    # To the case's coach and the provider's administrators, not the inbox every coach reads.
    await notify_case_team(
        session,
        case.provider_id,
        case.coach_id,
        case.id,
        principal.id,
        kind="document_approved",
        params={"document_kind": document.kind, "version": document.versions[-1].number},
    )
    return document


async def return_document(
    session: AsyncSession,
    principal: Principal,
    document_id: uuid.UUID,
    comment: str,
    section_comments: dict[str, str] | None = None,
) -> Document:
    """Counsellor: return (återremittera) with a comment, and for structured reports comments per section; the
    provider answers with a corrected version."""
    document, case = await _reviewable(session, principal, document_id, "return")
    section_comments = {k: v.strip() for k, v in (section_comments or {}).items() if v.strip()}
    if not comment.strip() and not section_comments:
        raise ApiError(
            "document.return_needs_comment", status_code=422, extra=[{"key": "comment", "message": "required"}]
        )
    if section_comments:
        keys = ReportContent(sections={key: SectionAnswer() for key in section_comments})
        check_sections(template_of(document.kind), case, keys)
    await _review_step(
        session,
        principal,
        document,
        case,
        "return",
        REVIEW_ALLOWED,
        DocumentStatus.RETURNED,
        comment.strip(),
        section_comments,
        returned_version=document.versions[-1].number,
    )
    await notify_case_team(
        session,
        case.provider_id,
        case.coach_id,
        case.id,
        principal.id,
        kind="document_returned",
        params={"document_kind": document.kind, "comment": comment},
    )
    return document


async def version_for_download(
    session: AsyncSession, principal: Principal, document_id: uuid.UUID, number: int | None
) -> DocumentVersion:
    document, case = await get_document(session, principal, document_id, audit=None)
    # A structured report's draft has no version yet: 404 like a version that does not exist, not an IndexError.
    latest = document.versions[-1] if document.versions else None
    version = latest if number is None else next((v for v in document.versions if v.number == number), None)
    if version is None or version.object_key is None:
        raise ApiError("document.version_not_found", status_code=404)
    await record(
        session,
        principal,
        "download",
        "document",
        document.id,
        case.client_id,
        detail=f"{document.kind.value} v{version.number}",
    )
    return version


async def review_queue(session: AsyncSession, principal: Principal) -> list[ReviewItem]:
    """Submitted documents of the caller's cases, oldest first."""
    cases = (await readable_cases(session, principal)).subquery()
    rows = (
        await session.execute(
            select(Document, Client)
            .join(cases, cases.c.id == Document.case_id)
            .join(Client, Client.id == cases.c.client_id)
            .where(Document.status == DocumentStatus.SUBMITTED)
            .order_by(Document.submitted_at, Document.id)
        )
    ).all()
    visible = [(d, c) for d, c in rows if _may_see(principal, d)]
    await record_many(session, principal, "list_reviews", "document", [(d.id, c.id) for d, c in visible])
    return [
        ReviewItem(
            document_id=d.id,
            case_id=d.case_id,
            client_display_name=client_out(c, principal).display_name,
            kind=d.kind,
            month=d.month,
            version_number=d.versions[-1].number,
            submitted_at=d.submitted_at or d.created_at,
            structured=is_structured(d),
            waiting_days=max(0, len(working_days(clock.day_of(d.submitted_at or d.created_at), clock.today())) - 1),
        )
        for d, c in visible
    ]
