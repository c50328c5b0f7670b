"""Which reports a provider handed in late or still owes past their due (the facts §7.6 judges).

The due dates are the deadline rules' (:mod:`kundval.domain.tasks.rules`: §6.3.1 first plan, §6.4 monthly
report, §6.6 final report); this module only reads the facts in a fixed number of bulk queries (cases, documents,
first hand-ins), whatever the number of cases, and pairs each due date with the day the report was first handed in.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.domain.cases.models import Case, CaseStatus
from kundval.domain.documents.models import Document, DocumentKind, DocumentReview
from kundval.domain.oversight.rules import Lateness
from kundval.domain.tasks.rules import (
    FINAL_REPORT,
    FIRST_PLAN,
    MONTHLY_REPORT,
    final_report_due,
    first_plan_due,
    monthly_report_due,
)

KINDS = {
    DocumentKind.IMPLEMENTATION_PLAN: FIRST_PLAN.code,
    DocumentKind.MONTHLY_REPORT: MONTHLY_REPORT.code,
    DocumentKind.FINAL_REPORT: FINAL_REPORT.code,
}


@dataclass(frozen=True)
class OwedReport:
    """One report a provider owed on one case, with its due date and first hand-in."""

    provider_id: uuid.UUID
    case_id: uuid.UUID
    rule: str
    month: str | None
    lateness: Lateness


def _months(first: date, last: date) -> Iterable[tuple[int, int]]:
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def owed_by_case(case: Case, handed: dict[tuple[str, str | None], date], today: date) -> list[OwedReport]:
    """The reports ``case`` owed whose due date has passed or that were handed in, from the first hand-in of each
    (``handed``: (rule, month) → day)."""
    provider_id = case.provider_id
    assert provider_id is not None  # only cases at a provider are asked
    owed: list[OwedReport] = []

    def add(rule: str, due: date, month: str | None = None) -> None:
        handed_in = handed.get((rule, month))
        if handed_in is not None or due < today:
            owed.append(OwedReport(provider_id, case.id, rule, month, Lateness(due, handed_in)))

    add(FIRST_PLAN.code, first_plan_due(case.assignment_date))
    if case.start_date is not None:
        last = min(case.end_date or today, today)
        for year, month in _months(case.start_date, last):
            month_code = f"{year:04d}-{month:02d}"
            add(MONTHLY_REPORT.code, monthly_report_due(month_code), month_code)
    if case.status == CaseStatus.ENDED and case.end_date is not None:
        add(FINAL_REPORT.code, final_report_due(case.planned_end_date, case.end_date))
    return owed


async def owed_reports(session: AsyncSession, provider_id: uuid.UUID | None = None) -> list[OwedReport]:
    """Every report owed at ``provider_id`` (every provider when None): three queries, whatever the number of cases."""
    today = clock.today()
    at_provider = [
        Case.provider_id.is_not(None) if provider_id is None else Case.provider_id == provider_id,
        Case.status.in_([CaseStatus.CLAIMED, CaseStatus.ACTIVE, CaseStatus.ENDED]),
    ]
    cases = list(await session.scalars(select(Case).where(*at_provider)))
    if not cases:
        return []
    first_submit = (
        select(DocumentReview.document_id, func.min(DocumentReview.at).label("at"))
        .where(DocumentReview.action == "submit")
        .group_by(DocumentReview.document_id)
        .subquery()
    )
    rows = await session.execute(
        select(Document.case_id, Document.kind, Document.month, first_submit.c.at)
        .join(first_submit, first_submit.c.document_id == Document.id)
        .join(Case, Case.id == Document.case_id)
        .where(Document.kind.in_(list(KINDS)), *at_provider)
    )
    handed: dict[uuid.UUID, dict[tuple[str, str | None], date]] = defaultdict(dict)
    for case_id, kind, month, at in rows:
        rule = KINDS[kind]
        key = (rule, month if rule == MONTHLY_REPORT.code else None)
        day = clock.day_of(at)
        # The first plan is fulfilled by the first plan handed in, so the earliest counts.
        if key not in handed[case_id] or day < handed[case_id][key]:
            handed[case_id][key] = day
    return [report for case in cases for report in owed_by_case(case, handed[case.id], today)]
