"""Which documents a principal may see and write, and fetching them.

Who may do what is decided here and only here: provider staff write provider-side documents of cases they can
see; the case's counsellor reviews them. Drafts are the provider's own until submitted. Medical and child-care
certificates are health data and are shown to the case's counsellor and the provider only.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.errors import ApiError
from kundval.core.security import PROVIDER_ROLES, Principal, Role
from kundval.domain.audit.service import record, record_many
from kundval.domain.cases.models import Case
from kundval.domain.cases.service import get_case
from kundval.domain.documents import errors as _errors  # noqa: F401  (registers the messages)
from kundval.domain.documents.models import COUNSELLOR_KINDS, SENSITIVE_KINDS, Document, DocumentKind, DocumentStatus
from kundval.domain.documents.review import is_counsellor_side


def is_provider(principal: Principal) -> bool:
    return principal.has_any(PROVIDER_ROLES)


def _may_see(principal: Principal, document: Document) -> bool:
    """Drafts belong to their author's side; health certificates skip the supervisor."""
    provider_side = document.kind not in COUNSELLOR_KINDS
    if document.status == DocumentStatus.DRAFT and provider_side != is_provider(principal):
        return False
    if document.kind in SENSITIVE_KINDS and not (is_provider(principal) or Role.COUNSELLOR in principal.roles):
        return False
    return True


def check_side(principal: Principal, kind: DocumentKind) -> None:
    """403 unless the caller is on the side that writes ``kind``."""
    if is_counsellor_side(kind) and Role.COUNSELLOR not in principal.roles:
        raise ApiError("document.not_your_side", status_code=403, side="karriärvägledaren / the counsellor")
    if not is_counsellor_side(kind) and not is_provider(principal):
        raise ApiError("document.not_your_side", status_code=403, side="anordnaren / the provider")


async def lock_document(session: AsyncSession, document: Document) -> None:
    """Lock the document's row until the request's transaction ends (PostgreSQL; SQLite serialises writers) and
    reload it, so that what is checked next is the state as it really is, not as it was first read."""
    await session.execute(
        select(Document).where(Document.id == document.id).with_for_update().execution_options(populate_existing=True)
    )


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


async def list_documents(session: AsyncSession, principal: Principal, case_id: uuid.UUID) -> list[Document]:
    case = await get_case(session, principal, case_id, audit=None)
    documents = (
        await session.scalars(select(Document).where(Document.case_id == case.id).order_by(Document.created_at))
    ).all()
    visible = [d for d in documents if _may_see(principal, d)]
    await record_many(session, principal, "list", "document", [(d.id, case.client_id) for d in visible])
    return visible
