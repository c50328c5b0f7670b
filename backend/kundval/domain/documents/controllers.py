"""Documents: upload, versions, download and the review cycle."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from litestar import Controller, Request, get, post
from litestar.di import NamedDependency
from litestar.enums import MediaType
from litestar.openapi.spec import OpenAPIMediaType, Operation, RequestBody, Schema
from litestar.openapi.spec.enums import OpenAPIType
from litestar.params import FromPath, FromQuery, JSONBody
from litestar.response import Stream
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.pagination import Page
from kundval.core.security import PROVIDER_ROLES, Principal, Role, requires_role
from kundval.core.settings import Settings
from kundval.core.storage import ObjectStore, open_started
from kundval.domain.documents import access, cycle, uploads
from kundval.domain.documents.models import DocumentKind
from kundval.domain.documents.schemas import DocumentOut, ReturnRequest, ReviewItem
from kundval.domain.documents.views import document_views

readers = requires_role(Role.COUNSELLOR, Role.SUPERVISOR, *PROVIDER_ROLES)
writers = requires_role(Role.COUNSELLOR, *PROVIDER_ROLES)
reviewers = requires_role(Role.COUNSELLOR)


def _multipart_body(*, with_kind: bool) -> RequestBody:
    properties: dict[str, Any] = {
        "file": Schema(type=OpenAPIType.STRING, format="binary", description="PDF, PNG, JPEG, DOCX or ODT")
    }
    if with_kind:
        properties["kind"] = Schema(type=OpenAPIType.STRING, enum=[k.value for k in DocumentKind])
        properties["month"] = Schema(
            type=OpenAPIType.STRING, pattern=r"^\d{4}-\d{2}$", description="YYYY-MM, for monthly reports"
        )
    return RequestBody(
        required=True,
        content={
            "multipart/form-data": OpenAPIMediaType(
                schema=Schema(
                    type=OpenAPIType.OBJECT, properties=properties, required=["file", "kind"] if with_kind else ["file"]
                )
            )
        },
    )


@dataclass
class _UploadOperation(Operation):
    """The upload's body is read as a stream by the handler, so its schema is described here by hand. Litestar
    passes ``request_body=None`` for handlers without ``data``, hence the fill-in after construction."""

    def __post_init__(self) -> None:
        if self.request_body is None:
            self.request_body = _multipart_body(with_kind=True)


@dataclass
class _VersionOperation(Operation):
    def __post_init__(self) -> None:
        if self.request_body is None:
            self.request_body = _multipart_body(with_kind=False)


class DocumentController(Controller):
    path = "/api"
    tags = ["documents"]

    @get("/cases/{case_id:uuid}/documents", guards=[readers], operation_id="listCaseDocuments")
    async def list_documents(
        self,
        case_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> Page[DocumentOut]:
        """The case's documents with their versions and review steps."""
        documents = await access.list_documents(db_session, principal, case_id)
        return Page(await document_views(db_session, documents, principal), len(documents), len(documents), 0)

    @post(
        "/cases/{case_id:uuid}/documents",
        guards=[writers],
        operation_id="uploadCaseDocument",
        operation_class=_UploadOperation,
    )
    async def upload(
        self,
        case_id: FromPath[uuid.UUID],
        request: Request[Any, Any, Any],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
        store: NamedDependency[ObjectStore],
        settings: NamedDependency[Settings],
    ) -> DocumentOut:
        """Upload a new document (multipart: ``kind``, optional ``month``, ``file``), streamed to the store."""
        document = await uploads.create_document(
            db_session, principal, case_id, request, store, settings.max_upload_bytes
        )
        return (await document_views(db_session, [document], principal))[0]

    @get("/documents/{document_id:uuid}", guards=[readers], operation_id="getDocument")
    async def get_document(
        self,
        document_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> DocumentOut:
        """A document with every version and review step."""
        document, _case = await access.get_document(db_session, principal, document_id)
        return (await document_views(db_session, [document], principal))[0]

    @post(
        "/documents/{document_id:uuid}/versions",
        guards=[writers],
        operation_id="uploadDocumentVersion",
        operation_class=_VersionOperation,
    )
    async def add_version(
        self,
        document_id: FromPath[uuid.UUID],
        request: Request[Any, Any, Any],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
        store: NamedDependency[ObjectStore],
        settings: NamedDependency[Settings],
    ) -> DocumentOut:
        """Upload a corrected version (multipart ``file``) of a draft or returned document."""
        document = await uploads.add_version(
            db_session, principal, document_id, request, store, settings.max_upload_bytes
        )
        return (await document_views(db_session, [document], principal))[0]

    @get("/documents/{document_id:uuid}/file", guards=[readers], operation_id="downloadDocument")
    async def download(
        self,
        document_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
        store: NamedDependency[ObjectStore],
        version: FromQuery[int | None] = None,
    ) -> Stream:
        """The file of a version (default the latest), always as an attachment with its stored type."""
        stored = await uploads.version_for_download(db_session, principal, document_id, version)
        filename = stored.filename or "dokument"
        return Stream(
            # Opened and first read before the headers go out: a store outage is a 503, not a cut-off 200.
            await open_started(store, stored.object_key),  # type: ignore[arg-type]
            media_type=stored.content_type or MediaType.TEXT,
            headers={
                "Content-Disposition": _attachment(filename),
                "X-Content-Type-Options": "nosniff",
                "Content-Length": str(stored.size),
                "Cache-Control": "private, no-store",
                "Content-Security-Policy": "default-src 'none'; sandbox",
            },
        )

    @post(
        "/documents/{document_id:uuid}/submit", guards=[requires_role(*PROVIDER_ROLES)], operation_id="submitDocument"
    )
    async def submit(
        self,
        document_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> DocumentOut:
        """Hand the latest version in for the counsellor's review."""
        document = await cycle.submit(db_session, principal, document_id)
        return (await document_views(db_session, [document], principal))[0]

    @post("/documents/{document_id:uuid}/approve", guards=[reviewers], operation_id="approveDocument")
    async def approve(
        self,
        document_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> DocumentOut:
        """Approve the submitted version; the document is locked."""
        document = await cycle.approve(db_session, principal, document_id)
        return (await document_views(db_session, [document], principal))[0]

    @post("/documents/{document_id:uuid}/return", guards=[reviewers], operation_id="returnDocument")
    async def return_document(
        self,
        document_id: FromPath[uuid.UUID],
        data: JSONBody[ReturnRequest],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> DocumentOut:
        """Return (återremittera) the submitted version with a comment."""
        document = await cycle.return_document(db_session, principal, document_id, data.comment, data.section_comments)
        return (await document_views(db_session, [document], principal))[0]

    @get("/reviews", guards=[reviewers], operation_id="listReviews")
    async def reviews(
        self, db_session: NamedDependency[AsyncSession], principal: NamedDependency[Principal]
    ) -> Page[ReviewItem]:
        """Submitted documents of the caller's cases waiting for review, oldest first."""
        items = await cycle.review_queue(db_session, principal)
        return Page(items, len(items), len(items), 0)


def _attachment(filename: str) -> str:
    """RFC 6266: an ASCII fallback and the UTF-8 name, so å, ä and ö survive."""
    ascii_name = filename.encode("ascii", "replace").decode().replace('"', "_").replace("?", "_")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
