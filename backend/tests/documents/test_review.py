"""The review cycle's decisions (documents/review.py) without a database: which status allows which step, who writes
which kind, when a returned document needs a new version, which return comments count, and how long a document has
waited in working days (routine 002 §6.3.1: reviewed within 5 working days, a return included)."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from kundval.core.calendar import WorkingCalendar
from kundval.domain.cases.models import CaseStatus
from kundval.domain.documents.models import (
    COUNSELLOR_KINDS,
    Document,
    DocumentKind,
    DocumentReview,
    DocumentStatus,
    DocumentVersion,
)
from kundval.domain.documents.review import (
    CASE_OPEN_FOR_DOCUMENTS,
    REVIEW_ALLOWED,
    SUBMIT_ALLOWED,
    VERSION_ALLOWED,
    initial_status,
    is_counsellor_side,
    is_structured,
    last_return_comment,
    may_submit,
    needs_new_version,
    return_comments,
    waiting_days,
)

STOCKHOLM = ZoneInfo("Europe/Stockholm")
PROVIDER_KINDS = [kind for kind in DocumentKind if kind not in COUNSELLOR_KINDS]


def document(
    kind: DocumentKind = DocumentKind.MONTHLY_REPORT,
    status: DocumentStatus = DocumentStatus.DRAFT,
    *,
    versions: tuple[int, ...] = (1,),
    returned_version: int | None = None,
    draft: object = None,
    contents: tuple[object, ...] = (),
) -> Document:
    return Document(
        kind=kind,
        status=status,
        returned_version=returned_version,
        draft_content=draft,
        versions=[
            DocumentVersion(number=n, content=contents[i] if i < len(contents) else None)
            for i, n in enumerate(versions)
        ],
        reviews=[],
    )


def test_the_steps_and_the_statuses_that_allow_them() -> None:
    # Documents from the claim on, and the final report after the end (§6.6); never before a provider has the case.
    assert set(CASE_OPEN_FOR_DOCUMENTS) == {CaseStatus.CLAIMED, CaseStatus.ACTIVE, CaseStatus.ENDED}
    assert set(VERSION_ALLOWED) == set(SUBMIT_ALLOWED) == {DocumentStatus.DRAFT, DocumentStatus.RETURNED}
    assert set(REVIEW_ALLOWED) == {DocumentStatus.SUBMITTED}


def test_the_counsellor_writes_the_assignment_basis_and_the_interruption_notice_only() -> None:
    assert is_counsellor_side(DocumentKind.ASSIGNMENT_BASIS) and is_counsellor_side(DocumentKind.INTERRUPTION_NOTICE)
    assert not any(is_counsellor_side(kind) for kind in PROVIDER_KINDS)
    # The counsellor's own documents need no review; the provider's start as drafts.
    assert initial_status(DocumentKind.INTERRUPTION_NOTICE) == DocumentStatus.APPROVED
    assert {initial_status(kind) for kind in PROVIDER_KINDS} == {DocumentStatus.DRAFT}


@pytest.mark.parametrize(
    "status, allowed",
    [
        (DocumentStatus.DRAFT, True),
        (DocumentStatus.RETURNED, True),
        (DocumentStatus.SUBMITTED, False),
        (DocumentStatus.APPROVED, False),
    ],
)
def test_a_provider_document_is_handed_in_from_draft_or_returned(status: DocumentStatus, allowed: bool) -> None:
    assert may_submit(document(DocumentKind.MONTHLY_REPORT, status)) is allowed
    # A counsellor-side document is never handed in, whatever its status.
    assert may_submit(document(DocumentKind.ASSIGNMENT_BASIS, status)) is False


def test_after_a_return_only_a_newer_version_may_be_handed_in() -> None:
    assert needs_new_version(document(status=DocumentStatus.RETURNED, versions=(1,), returned_version=1))
    assert needs_new_version(document(status=DocumentStatus.RETURNED, versions=(1, 2), returned_version=2))
    assert not needs_new_version(document(status=DocumentStatus.RETURNED, versions=(1, 2), returned_version=1))
    # A draft is handed in for the first time: no returned version to be newer than.
    assert not needs_new_version(document(status=DocumentStatus.DRAFT, versions=(1,), returned_version=None))
    # A returned document with no remembered version (older data) still may be handed in once it has a version.
    assert not needs_new_version(document(status=DocumentStatus.RETURNED, versions=(1,), returned_version=None))
    # The status decides as well: a submitted document is not held back by an old return.
    assert not needs_new_version(document(status=DocumentStatus.SUBMITTED, versions=(1,), returned_version=1))


def test_the_last_return_comment_is_the_newest_return() -> None:
    doc = document(status=DocumentStatus.RETURNED)
    at = datetime(2026, 3, 2, 10, tzinfo=STOCKHOLM)
    doc.reviews = [
        DocumentReview(action="submit", comment="", version_number=1, at=at),
        DocumentReview(action="return", comment="Först", version_number=1, at=at),
        DocumentReview(action="submit", comment="skickad", version_number=2, at=at),
        DocumentReview(action="return", comment="Sedan", version_number=2, at=at),
        DocumentReview(action="approve", comment="ok", version_number=3, at=at),
    ]
    assert last_return_comment(doc) == "Sedan"
    assert last_return_comment(document()) == ""


def test_a_return_must_say_what_to_correct() -> None:
    assert return_comments("  Fyll i målen. ", None) == ("Fyll i målen.", {})
    assert return_comments("", {"goals": " Saknas ", "blank": "   "}) == ("", {"goals": "Saknas"})
    assert return_comments("   ", {"goals": "  "}) is None
    assert return_comments("", None) is None


def test_a_structured_report_is_one_written_in_the_form() -> None:
    assert is_structured(document(draft={"sections": {}}))
    assert is_structured(document(versions=(1, 2), contents=(None, {"sections": {}})))
    assert not is_structured(document(versions=(1, 2)))  # uploaded files only
    assert not is_structured(document(versions=()))


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=STOCKHOLM)


def test_waiting_days_count_working_days_after_the_day_it_came_in() -> None:
    monday = date(2026, 3, 2)
    assert waiting_days(at(monday), monday) == 0
    assert waiting_days(at(monday), date(2026, 3, 3)) == 1
    assert waiting_days(at(monday), date(2026, 3, 9)) == 5  # the week's five working days
    # Handed in on a Saturday: the weekend is no waiting, Monday is the first day to count from.
    assert waiting_days(at(date(2026, 3, 7)), date(2026, 3, 9)) == 0
    assert waiting_days(at(date(2026, 3, 7)), date(2026, 3, 10)) == 1
    # Over Christmas: 23 December (Wednesday) to 28 December (Monday) is one working day, not five.
    assert waiting_days(at(date(2026, 12, 23)), date(2026, 12, 28)) == 1
    # The day is the Swedish day: 23:30 UTC on 1 March is 2 March in Stockholm.
    late = datetime(2026, 3, 1, 23, 30, tzinfo=ZoneInfo("UTC"))
    assert waiting_days(late, date(2026, 3, 3)) == 1
    # Never negative, even if the clock says it came in later than today.
    assert waiting_days(at(date(2026, 3, 10)), monday) == 0


def test_waiting_days_skip_the_municipalitys_non_working_days() -> None:
    # Handed in on Wednesday 5 May 2027; Ascension Day is Thursday, the municipality's bridge day Friday.
    wednesday, monday = date(2027, 5, 5), date(2027, 5, 10)
    assert waiting_days(at(wednesday), monday) == 2  # Friday and Monday in Sweden's calendar
    bridge = WorkingCalendar(frozenset({date(2027, 5, 7)}))
    assert waiting_days(at(wednesday), monday, bridge) == 1
    assert waiting_days(at(wednesday), date(2027, 5, 7), bridge) == 0
