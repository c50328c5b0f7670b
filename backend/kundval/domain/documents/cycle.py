"""The review cycle's steps: submit → return | approve.

Reviews are the basis for payment, so every step locks the document's row first (:func:`.access.lock_document`)
and moves its status with one conditional UPDATE (``WHERE status IN (allowed)``, :func:`_move`), as the case
transitions do: of many people acting at once exactly one wins and the others answer 409. What each step allows
is decided in :mod:`.review`.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.core.db import rows_changed
from kundval.core.errors import ApiError
from kundval.core.security import Principal
from kundval.domain.audit.service import record, record_many
from kundval.domain.calendar.service import working_calendar
from kundval.domain.cases.models import Case, CaseEvent
from kundval.domain.clients.models import Client
from kundval.domain.clients.service import client_out
from kundval.domain.documents import review
from kundval.domain.documents.access import check_side, get_document, lock_document, readable_documents
from kundval.domain.documents.errors import status_error
from kundval.domain.documents.models import (
    KIND_NAMES_SV,
    Document,
    DocumentKind,
    DocumentReview,
    DocumentStatus,
    DocumentVersion,
)
from kundval.domain.documents.report_rules import ReportRules
from kundval.domain.documents.schemas import ReviewItem
from kundval.domain.messages.service import notify_case_team, notify_user


async def _move(
    session: AsyncSession,
    document: Document,
    action: str,
    allowed: tuple[DocumentStatus, ...],
    to_status: DocumentStatus,
    **values: Any,
) -> None:
    """Move ``document`` to ``to_status`` if it is still in one of ``allowed``; 409 otherwise (lost race included)."""
    changed = await rows_changed(
        session,
        update(Document)
        .where(Document.id == document.id, Document.status.in_(allowed))
        .values(status=to_status, updated_at=clock.now(), **values)
        .execution_options(synchronize_session=False),
    )
    if changed != 1:
        await session.refresh(document, ["status"])
        raise status_error(document, action)
    await session.refresh(document, ["status", "updated_at", *values])


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


async def submit(
    session: AsyncSession, principal: Principal, document_id: uuid.UUID, report_rules: ReportRules
) -> Document:
    """Provider: hand the latest version in for review. After a return, only a newer version may be submitted."""
    document, case = await get_document(session, principal, document_id, audit=None)
    check_side(principal, document.kind)
    await lock_document(session, document)
    if not review.may_submit(document):
        raise status_error(document, "submit")
    if document.draft_content is not None:
        # A structured report: the checked working copy becomes the new version that is handed in.
        content = await report_rules.snapshot(session, document, case)
        number = max((v.number for v in document.versions), default=0) + 1
        document.versions.append(DocumentVersion(number=number, content=content, uploaded_by_id=principal.id))
        await session.flush()
    elif document.kind == DocumentKind.MONTHLY_REPORT and document.month:
        # §6.4 holds for a monthly report uploaded as a file just as for one written in the form.
        report_rules.check_ready(document.month, clock.today())
    if not document.versions:
        raise ApiError("document.no_version", status_code=409)
    if review.needs_new_version(document):
        raise ApiError("document.needs_new_version", status_code=409, comment=review.last_return_comment(document))
    await _review_step(
        session,
        principal,
        document,
        case,
        "submit",
        review.SUBMIT_ALLOWED,
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


async def _reviewable(
    session: AsyncSession, principal: Principal, document_id: uuid.UUID, action: str
) -> tuple[Document, Case]:
    document, case = await get_document(session, principal, document_id, audit=None)
    await lock_document(session, document)
    if document.status not in review.REVIEW_ALLOWED:
        raise status_error(document, action)
    return document, case


async def approve(session: AsyncSession, principal: Principal, document_id: uuid.UUID) -> Document:
    """Counsellor: approve the submitted version; the document is locked from then on."""
    document, case = await _reviewable(session, principal, document_id, "approve")
    await _review_step(session, principal, document, case, "approve", review.REVIEW_ALLOWED, DocumentStatus.APPROVED)
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
    section_comments: dict[str, str] | None,
    report_rules: ReportRules,
) -> Document:
    """Counsellor: return (återremittera) with a comment, and for structured reports comments per section; the
    provider answers with a corrected version."""
    document, case = await _reviewable(session, principal, document_id, "return")
    comments = review.return_comments(comment, section_comments)
    if comments is None:
        raise ApiError(
            "document.return_needs_comment", status_code=422, extra=[{"key": "comment", "message": "required"}]
        )
    cleaned, sections = comments
    if sections:
        report_rules.check_section_keys(document.kind, case, sections)
    await _review_step(
        session,
        principal,
        document,
        case,
        "return",
        review.REVIEW_ALLOWED,
        DocumentStatus.RETURNED,
        cleaned,
        sections,
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


async def review_queue(
    session: AsyncSession, principal: Principal, *, limit: int, offset: int
) -> tuple[list[ReviewItem], int]:
    """One page of the submitted documents of the caller's cases, oldest first, and how many there are."""
    statement = (await readable_documents(session, principal)).where(Document.status == DocumentStatus.SUBMITTED)
    total = await session.scalar(select(func.count()).select_from(statement.subquery())) or 0
    rows = (
        await session.execute(
            statement.add_columns(Client)
            .join(Client, Client.id == Case.client_id)
            .order_by(Document.submitted_at, Document.id)
            .limit(limit)
            .offset(offset)
        )
    ).all()
    await record_many(session, principal, "list_reviews", "document", [(d.id, c.id) for d, _case, c in rows])
    calendar, today = await working_calendar(session), clock.today()
    items = [
        ReviewItem(
            document_id=d.id,
            case_id=d.case_id,
            client_display_name=client_out(c, principal).display_name,
            kind=d.kind,
            month=d.month,
            version_number=d.versions[-1].number,
            submitted_at=d.submitted_at or d.created_at,
            structured=review.is_structured(d),
            waiting_days=review.waiting_days(d.submitted_at or d.created_at, today, calendar),
        )
        for d, _case, c in rows
    ]
    return items, total
