"""Report templates and structured reports (the review cycle itself is the documents' routes)."""

from __future__ import annotations

import uuid

from litestar import Controller, get, post, put
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.pagination import Page
from kundval.core.security import PROVIDER_ROLES, Principal, authenticated, requires_role
from kundval.domain.documents.schemas import DocumentOut
from kundval.domain.documents.views import document_views
from kundval.domain.reports import service
from kundval.domain.reports.schemas import DraftUpdate, ReportCreate, SectionOut, TemplateOut
from kundval.domain.reports.templates import FULL_TIME_HOURS_PER_WEEK, TEMPLATES

providers = requires_role(*PROVIDER_ROLES)


class ReportController(Controller):
    path = "/api"
    tags = ["reports"]

    @get("/report-templates", guards=[authenticated], operation_id="listReportTemplates")
    async def templates(self) -> Page[TemplateOut]:
        """Every report template with its sections and help texts, in Swedish and English."""
        items = [
            TemplateOut(
                t.kind,
                t.title_sv,
                t.title_en,
                [
                    SectionOut(
                        s.key,
                        s.type.value,
                        s.title_sv,
                        s.title_en,
                        s.help_sv,
                        s.help_en,
                        sorted(i.value for i in s.only_for) if s.only_for else None,
                    )
                    for s in t.sections
                ],
                FULL_TIME_HOURS_PER_WEEK,
            )
            for t in TEMPLATES.values()
        ]
        return Page(items, len(items), len(items), 0)

    @post("/cases/{case_id:uuid}/reports", guards=[providers], operation_id="createReport")
    async def create_report(
        self,
        case_id: FromPath[uuid.UUID],
        data: JSONBody[ReportCreate],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> DocumentOut:
        """Start a structured report (a draft document); a monthly report names its month."""
        document = await service.create_report(db_session, principal, case_id, data)
        return (await document_views(db_session, [document], principal))[0]

    @put("/documents/{document_id:uuid}/draft", guards=[providers], operation_id="saveReportDraft")
    async def save_draft(
        self,
        document_id: FromPath[uuid.UUID],
        data: JSONBody[DraftUpdate],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> DocumentOut:
        """Autosave the working copy of a draft or returned report."""
        document = await service.save_draft(db_session, principal, document_id, data.content)
        return (await document_views(db_session, [document], principal))[0]
