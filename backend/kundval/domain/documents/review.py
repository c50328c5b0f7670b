"""The review cycle's decisions, each once and free of I/O: which status allows which step, who hands in which
kind, when a returned document needs a new version, which return comments count, how long a document has waited.

The steps themselves (locking, the conditional status move, notifications) are in :mod:`.cycle` and
:mod:`.uploads`; they ask here.
"""

from __future__ import annotations

from datetime import date, datetime

from kundval.core import clock
from kundval.core.calendar import SWEDISH, WorkingCalendar
from kundval.domain.cases.models import CaseStatus
from kundval.domain.documents.models import COUNSELLOR_KINDS, Document, DocumentKind, DocumentStatus

# Documents are handed in once a provider has claimed the case, and still after it ended (the final report).
CASE_OPEN_FOR_DOCUMENTS = (CaseStatus.CLAIMED, CaseStatus.ACTIVE, CaseStatus.ENDED)
# A new file version, and a hand-in, only while the document is the provider's to change.
VERSION_ALLOWED = (DocumentStatus.DRAFT, DocumentStatus.RETURNED)
SUBMIT_ALLOWED = (DocumentStatus.DRAFT, DocumentStatus.RETURNED)
# Only a submitted document is reviewed: a draft, a returned or an approved one (the counsellor's own kinds are
# approved from the start) is refused.
REVIEW_ALLOWED = (DocumentStatus.SUBMITTED,)


def is_counsellor_side(kind: DocumentKind) -> bool:
    """The counsellor writes these kinds; the provider writes every other."""
    return kind in COUNSELLOR_KINDS


def initial_status(kind: DocumentKind) -> DocumentStatus:
    """Counsellor-side documents are published to the provider as they are: nothing for the provider to review."""
    return DocumentStatus.APPROVED if is_counsellor_side(kind) else DocumentStatus.DRAFT


def is_structured(document: Document) -> bool:
    """A report written in Kundval's form rather than an uploaded file."""
    return document.draft_content is not None or any(v.content is not None for v in document.versions)


def may_submit(document: Document) -> bool:
    return not is_counsellor_side(document.kind) and document.status in SUBMIT_ALLOWED


def needs_new_version(document: Document) -> bool:
    """After a return only a version newer than the returned one may be handed in again."""
    return document.status == DocumentStatus.RETURNED and document.versions[-1].number <= (
        document.returned_version or 0
    )


def last_return_comment(document: Document) -> str:
    return next((r.comment for r in reversed(document.reviews) if r.action == "return"), "")


def return_comments(comment: str, section_comments: dict[str, str] | None) -> tuple[str, dict[str, str]] | None:
    """The comment and the per-section comments that count (blank ones dropped); None when nothing is left,
    since a return must say what to correct."""
    sections = {k: v.strip() for k, v in (section_comments or {}).items() if v.strip()}
    if not comment.strip() and not sections:
        return None
    return comment.strip(), sections


def waiting_days(submitted_at: datetime, today: date, calendar: WorkingCalendar = SWEDISH) -> int:
    """Working days a submitted document has waited for review: none on the day it came in, and none of the
    municipality's non-working days."""
    return max(0, len(calendar.working_days(clock.day_of(submitted_at), today)) - 1)
