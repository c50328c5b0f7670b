"""Structured reports: created as a draft document, autosaved, and submitted through the documents' review cycle
(submitting snapshots the draft into a new version; see ``content.snapshot``)."""

from __future__ import annotations

import uuid

import msgspec
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.errors import ApiError
from kundval.core.security import PROVIDER_ROLES, Principal
from kundval.domain.audit.service import record
from kundval.domain.cases.service import get_case
from kundval.domain.documents.access import get_document, lock_document
from kundval.domain.documents.errors import status_error
from kundval.domain.documents.models import Document, DocumentKind, DocumentStatus
from kundval.domain.documents.review import CASE_OPEN_FOR_DOCUMENTS
from kundval.domain.reports.content import check_monthly, check_sections, month_taken, template_of
from kundval.domain.reports.schemas import ReportContent, ReportCreate


def _stored(content: ReportContent) -> dict[str, object]:
    content.absences = []  # the server fills these when submitting
    return msgspec.to_builtins(content)


async def create_report(
    session: AsyncSession, principal: Principal, case_id: uuid.UUID, data: ReportCreate
) -> Document:
    case = await get_case(session, principal, case_id, audit=None)
    template = template_of(data.kind)
    if case.status not in CASE_OPEN_FOR_DOCUMENTS:
        raise ApiError("document.case_not_open", status_code=409, status=case.status.value)
    if data.kind == DocumentKind.MONTHLY_REPORT:
        if not data.month:
            raise ApiError("document.month_required", status_code=422, extra=[{"key": "month", "message": "required"}])
        await check_monthly(session, case, data.month)
    check_sections(template, case, data.content)
    document = Document(
        case_id=case.id,
        kind=data.kind,
        month=data.month if data.kind == DocumentKind.MONTHLY_REPORT else None,
        status=DocumentStatus.DRAFT,
        created_by_id=principal.id,
        draft_content=_stored(data.content),
        versions=[],
        reviews=[],
    )
    session.add(document)
    try:
        await session.flush()
    except IntegrityError:  # a concurrent request wrote this month's report after check_monthly looked
        if data.kind != DocumentKind.MONTHLY_REPORT:
            raise
        raise month_taken(data.month or "") from None
    await record(session, principal, "create", "document", document.id, case.client_id, detail=data.kind.value)
    return document


async def save_draft(
    session: AsyncSession, principal: Principal, document_id: uuid.UUID, content: ReportContent
) -> Document:
    """Autosave: the working copy of a draft or returned report; partial answers are fine until submitting."""
    document, case = await get_document(session, principal, document_id, audit=None)
    if not principal.has_any(PROVIDER_ROLES) or document.draft_content is None:
        raise ApiError("report.not_structured", status_code=422, kind=document.kind.value)
    await lock_document(session, document)  # not while it is being submitted or reviewed
    if document.status not in (DocumentStatus.DRAFT, DocumentStatus.RETURNED):
        raise status_error(document, "add_version")
    check_sections(template_of(document.kind), case, content)
    document.draft_content = _stored(content)
    await session.flush()
    await record(session, principal, "update", "document", document.id, case.client_id, detail="draft")
    return document
