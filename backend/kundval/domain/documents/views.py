"""Documents as the caller sees them (the API's shapes)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.security import Principal
from kundval.domain.accounts.models import User
from kundval.domain.documents.access import is_provider
from kundval.domain.documents.models import Document
from kundval.domain.documents.review import is_structured
from kundval.domain.documents.schemas import DocumentOut, ReviewOut, VersionOut


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
                draft_content=d.draft_content if is_provider(principal) else None,
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
