"""What the documents need from the reports area, passed in rather than imported.

Structured reports and monthly reports are documents with rules of their own (routine 002 §6.4, the report
templates), and those rules live in ``kundval.domain.reports``, which sits above the documents and uses them. So
that the documents import nothing from the area above, the documents' routes receive the rules as the
``report_rules`` dependency (wired in ``kundval.app``) and hand them to the steps that need them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.errors import ApiError
from kundval.domain.cases.models import Case
from kundval.domain.documents.models import Document, DocumentKind


@dataclass(frozen=True)
class ReportRules:
    # A monthly report only for a month the case was active, and only one per case and month.
    check_monthly: Callable[[AsyncSession, Case, str], Awaitable[None]]
    # The answer when the one-per-month unique row refused a concurrent second report.
    month_taken: Callable[[str], ApiError]
    # A monthly report is handed in from the 1st of the following month.
    check_ready: Callable[[str, date], None]
    # The content of the version that submitting a structured report creates (checked, absences filled in).
    snapshot: Callable[[AsyncSession, Document, Case], Awaitable[dict[str, Any]]]
    # The section keys a reviewer comments on exist in the kind's template for the case's intervention.
    check_section_keys: Callable[[DocumentKind, Case, Iterable[str]], None]
