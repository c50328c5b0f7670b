"""Which documents a principal may see and write, and fetching them.

Who may do what is decided here and only here: provider staff write provider-side documents of cases they can
see; the case's counsellor reviews them. Drafts are the provider's own until submitted. Medical and child-care
certificates are health data and are shown to the case's counsellor and the provider only.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.errors import ApiError
from kundval.core.security import PROVIDER_ROLES, Principal, Role
from kundval.domain.audit.service import record, record_many
from kundval.domain.cases.models import Case
from kundval.domain.cases.service import get_case, readable_cases
from kundval.domain.documents import errors as _errors  # noqa: F401  (registers the messages)
from kundval.domain.documents.models import COUNSELLOR_KINDS, SENSITIVE_KINDS, Document, DocumentKind, DocumentStatus
from kundval.domain.documents.review import is_counsellor_side


def is_provider(principal: Principal) -> bool:
    return principal.has_any(PROVIDER_ROLES)


async def readable_documents(session: AsyncSession, principal: Principal) -> Select[Document, Case]:
    """Every read of documents starts here: each document the caller may see, with its case, in SQL.

    The documents of the cases the caller may see (``readable_cases``), less two kinds of row: a draft belongs to
    the side that writes its kind until it is handed in (the provider's drafts are hidden from the municipality's
    staff, the counsellor's from the provider), and health certificates are shown to the provider and the
    counsellor only, never to the supervisor."""
    cases = (await readable_cases(session, principal)).with_only_columns(Case.id)
    provider = is_provider(principal)
    own_side = Document.kind.not_in(COUNSELLOR_KINDS) if provider else Document.kind.in_(COUNSELLOR_KINDS)
    statement = (
        select(Document, Case)
        .join(Case, Case.id == Document.case_id)
        .where(Case.id.in_(cases), or_(Document.status != DocumentStatus.DRAFT, own_side))
    )
    if not (provider or Role.COUNSELLOR in principal.roles):
        statement = statement.where(Document.kind.not_in(SENSITIVE_KINDS))
    return statement


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
    row = (
        await session.execute((await readable_documents(session, principal)).where(Document.id == document_id))
    ).one_or_none()
    if row is None:
        raise ApiError("document.not_found", status_code=404)
    document, case = row.tuple()
    if audit:
        await record(session, principal, audit, "document", document.id, case.client_id, detail=document.kind.value)
    return document, case


async def list_documents(session: AsyncSession, principal: Principal, case_id: uuid.UUID) -> list[Document]:
    """The case's documents the caller may see, oldest first; 404 for a case the caller may not see."""
    case = await get_case(session, principal, case_id, audit=None)
    statement = (await readable_documents(session, principal)).where(Document.case_id == case.id)
    visible = list((await session.scalars(statement.order_by(Document.created_at, Document.id))).all())
    await record_many(session, principal, "list", "document", [(d.id, case.client_id) for d in visible])
    return visible
