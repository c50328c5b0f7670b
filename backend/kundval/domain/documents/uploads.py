"""New documents and new versions, streamed from a multipart upload into the object store.

The object is written first and the row second, so an orphan object is possible (``kundval sweep-orphans``
removes it) but a row without its object is not.
"""

from __future__ import annotations

import uuid
from typing import Any

from litestar import Request
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.calendar import month_bounds
from kundval.core.errors import ApiError
from kundval.core.security import Principal
from kundval.core.storage import ObjectStore
from kundval.core.uploads import receive_upload
from kundval.domain.audit.service import record
from kundval.domain.cases.models import Case
from kundval.domain.cases.service import get_case
from kundval.domain.documents.access import check_side, get_document, is_provider, lock_document
from kundval.domain.documents.errors import status_error
from kundval.domain.documents.models import Document, DocumentKind, DocumentVersion
from kundval.domain.documents.report_rules import ReportRules
from kundval.domain.documents.review import CASE_OPEN_FOR_DOCUMENTS, VERSION_ALLOWED, initial_status, is_structured


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


async def _keep(
    session: AsyncSession, principal: Principal, document: Document, case: Case, version: DocumentVersion, number: int
) -> None:
    """Add a stored file as the document's version ``number``, audited as an upload.

    Flushed now: if the row cannot be written, the error surfaces here and the stored object becomes an orphan
    that ``kundval sweep-orphans`` removes."""
    version.number = number
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
        detail=f"{document.kind.value} v{number} {version.sha256}",
    )


async def create_document(
    session: AsyncSession,
    principal: Principal,
    case_id: uuid.UUID,
    request: Request[Any, Any, Any],
    store: ObjectStore,
    max_bytes: int,
    report_rules: ReportRules,
) -> Document:
    """A new document with its first version, from a multipart upload (fields ``kind``, ``month``, ``file``)."""
    case = await get_case(session, principal, case_id, audit=None)
    if is_provider(principal) and case.status not in CASE_OPEN_FOR_DOCUMENTS:
        raise ApiError("document.case_not_open", status_code=409, status=case.status.value)
    fields, version = await _store_version(request, store, max_bytes, case.id)
    try:
        kind = _parse_kind(fields.get("kind"))
        check_side(principal, kind)
        month = _parse_month(kind, fields.get("month"))
        if kind == DocumentKind.MONTHLY_REPORT and month:
            await report_rules.check_monthly(session, case, month)
        document = Document(
            case_id=case.id, kind=kind, month=month, status=initial_status(kind), created_by_id=principal.id
        )
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
            raise report_rules.month_taken(month or "") from None
    except ApiError:
        await store.delete(version.object_key)  # type: ignore[arg-type]
        raise
    await _keep(session, principal, document, case, version, 1)
    return document


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
    check_side(principal, document.kind)
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
    await _keep(session, principal, document, case, version, max(v.number for v in document.versions) + 1)
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
