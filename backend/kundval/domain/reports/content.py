"""Checking a structured report against its template, and the monthly report's own rules (routine 002 §6.4):
one report per case and month the case was active, handed in from the 1st of the following month."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import msgspec
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.core.calendar import month_bounds
from kundval.core.errors import ApiError, register_messages
from kundval.domain.absence import rules as absence_rules
from kundval.domain.absence.models import Absence
from kundval.domain.absence.service import case_period, registered_on
from kundval.domain.calendar.service import working_calendar
from kundval.domain.cases.models import Case
from kundval.domain.documents.models import Document, DocumentKind
from kundval.domain.documents.report_rules import ReportRules
from kundval.domain.reports.schemas import AbsenceLine, ReportContent, SectionAnswer
from kundval.domain.reports.templates import TEMPLATES, SectionType, Template

register_messages(
    {
        "report.unanswered": (
            "Besvara dessa avsnitt eller markera dem Ej aktuellt med en kort motivering: {sections}.",
            "Answer these sections or mark them not applicable with a short reason: {sections}.",
        ),
        "report.unknown_section": (
            "Okänt avsnitt i rapporten: {sections}.",
            "Unknown section in the report: {sections}.",
        ),
        "report.month_not_active": (
            "Insatsen var inte aktiv under {month}: månadsrapporter skrivs för månader mellan {first} och {last}.",
            "The intervention was not active in {month}: monthly reports cover months from {first} to {last}.",
        ),
        "report.month_duplicate": (
            "Det finns redan en månadsrapport för {month} i ärendet.",
            "The case already has a monthly report for {month}.",
        ),
        "report.too_early": (
            "Månadsrapporten för {month} kan lämnas in från och med {ready}.",
            "The monthly report for {month} can be handed in from {ready}.",
        ),
        "report.not_structured": ("{kind} har ingen rapportmall.", "{kind} has no report template."),
    }
)


def template_of(kind: DocumentKind) -> Template:
    template = TEMPLATES.get(kind)
    if template is None:
        raise ApiError(
            "report.not_structured", status_code=422, kind=kind.value, extra=[{"key": "kind", "message": "no template"}]
        )
    return template


def _answered(section_type: SectionType, answer: SectionAnswer | None) -> bool:
    if answer is None:
        return False
    if answer.not_applicable_reason and answer.not_applicable_reason.strip():
        return True
    if section_type == SectionType.ACTIVITIES:
        return bool(answer.activities)
    if section_type == SectionType.DATE:
        return answer.date is not None
    return bool(answer.text and answer.text.strip())


def check_sections(template: Template, case: Case, content: ReportContent) -> None:
    """Unknown section keys are refused at once, also in drafts."""
    known = {s.key for s in template.sections_for(case.intervention)}
    unknown = sorted(set(content.sections) - known)
    if unknown:
        raise ApiError(
            "report.unknown_section",
            status_code=422,
            sections=", ".join(unknown),
            extra=[{"key": f"sections.{k}", "message": "unknown"} for k in unknown],
        )


def check_complete(template: Template, case: Case, content: ReportContent) -> None:
    """Every section answered or marked not applicable."""
    check_sections(template, case, content)
    sections = template.sections_for(case.intervention)
    missing = [
        s for s in sections if s.type != SectionType.ABSENCE and not _answered(s.type, content.sections.get(s.key))
    ]
    if missing:
        raise ApiError(
            "report.unanswered",
            status_code=422,
            sections=", ".join(s.title_sv for s in missing),
            extra=[{"key": f"sections.{s.key}", "message": "unanswered"} for s in missing],
        )
    # The activities' weekly hours are not checked against the scope: routine 002 sets no such total, so the
    # form shows the difference to 40 h × scope as a reminder and the hand-in goes ahead.


def active_months(case: Case) -> tuple[str, str] | None:
    """The first and last month (YYYY-MM) the case was active, or None before it started."""
    period = case_period(case)
    return (period[0].strftime("%Y-%m"), period[1].strftime("%Y-%m")) if period else None


async def check_monthly(session: AsyncSession, case: Case, month: str) -> None:
    """A monthly report only for a month the case was active, and only one per month."""
    months = active_months(case)
    if months is None or not months[0] <= month <= months[1]:
        first, last = months or ("—", "—")
        raise ApiError(
            "report.month_not_active",
            status_code=422,
            month=month,
            first=first,
            last=last,
            extra=[{"key": "month", "message": "case not active"}],
        )
    duplicate = await session.scalar(
        select(Document.id).where(
            Document.case_id == case.id, Document.kind == DocumentKind.MONTHLY_REPORT, Document.month == month
        )
    )
    if duplicate:
        raise month_taken(month)


def month_taken(month: str) -> ApiError:
    """The answer when the case already has a monthly report for ``month`` (also when a concurrent request wrote
    it between the check and the insert, and the unique row refused the second)."""
    return ApiError("report.month_duplicate", status_code=409, month=month)


def check_ready(month: str, today: date) -> None:
    """Monthly reports are handed in from the 1st of the following month (§6.4: marked ready the 1st–7th)."""
    _first, last = month_bounds(month)
    ready = date.fromordinal(last.toordinal() + 1)
    if today < ready:
        raise ApiError("report.too_early", status_code=409, month=month, ready=ready.isoformat())


async def snapshot(session: AsyncSession, document: Document, case: Case) -> dict[str, Any]:
    """The content of the version that submitting creates: checked, with the month's absences filled in."""
    content = msgspec.convert(document.draft_content or {}, ReportContent)
    check_complete(template_of(document.kind), case, content)
    if document.kind == DocumentKind.MONTHLY_REPORT and document.month:
        check_ready(document.month, clock.today())
        content.absences = await absences_of_month(session, case, document.month)
    return msgspec.to_builtins(content)


async def absences_of_month(session: AsyncSession, case: Case, month: str) -> list[AbsenceLine]:
    first, last = month_bounds(month)
    absences = (
        await session.scalars(
            select(Absence)
            .where(Absence.case_id == case.id, Absence.date_from <= last, Absence.date_to >= first)
            .order_by(Absence.date_from)
        )
    ).all()
    calendar = await working_calendar(session)
    return [
        AbsenceLine(
            a.date_from,
            a.date_to,
            a.type.value,
            a.hours,
            a.note,
            absence_rules.is_late(a.type, a.date_from, registered_on(a), calendar),
        )
        for a in absences
    ]


def check_section_keys(kind: DocumentKind, case: Case, keys: Iterable[str]) -> None:
    """The sections a reviewer comments on exist in the kind's template (a returned structured report)."""
    check_sections(template_of(kind), case, ReportContent(sections={key: SectionAnswer() for key in keys}))


# The reports' rules as the documents' routes receive them (``kundval.app`` provides them as ``report_rules``).
REPORT_RULES = ReportRules(
    check_monthly=check_monthly,
    month_taken=month_taken,
    check_ready=check_ready,
    snapshot=snapshot,
    check_section_keys=check_section_keys,
)
