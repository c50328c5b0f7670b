"""One winner, always (issue 9 point 3): reviews are the basis for payment, so every state change of a document has
exactly one winner when many people act at once, and the rest answer 409. Row-lock races run on PostgreSQL; the
monthly report's "one per month" is raced on both databases (SQLite answered 500 there)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
import time_machine
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.app import create_app
from kundval.core import clock
from kundval.core.settings import Settings
from kundval.domain.cases.models import Case, CaseEvent, CaseStatus
from kundval.domain.documents.models import Document, DocumentKind, DocumentReview, DocumentStatus, DocumentVersion
from kundval.domain.messages.models import Message
from tests.concurrency import Shot, one_winner, race, skip_unless_postgresql
from tests.factories import Demo, new_case, seed_demo

# A fixed day, so that "last month" is always reportable and never depends on when the tests run.
DAY = date(2026, 3, 18)
LAST_MONTH = "2026-02"
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def fixed_day() -> object:
    with time_machine.travel(f"{DAY.isoformat()} 10:00 +01:00", tick=True):
        yield


async def _world(engine: AsyncEngine) -> tuple[Demo, Case]:
    demo = await seed_demo(engine)
    case = await new_case(
        engine,
        demo.users["counsellor"],
        CaseStatus.ACTIVE,
        provider_id=demo.providers["provider1"],
        coach_id=demo.users["provider1-coach"],
        decision_date=DAY - timedelta(days=62),
    )
    return demo, case


async def _document(engine: AsyncEngine, case: Case, status: DocumentStatus, coach: uuid.UUID) -> uuid.UUID:
    """An uploaded implementation plan in ``status`` with one version (the object itself is not needed here)."""
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        document = Document(
            case_id=case.id,
            kind=DocumentKind.IMPLEMENTATION_PLAN,
            status=status,
            created_by_id=coach,
            submitted_at=clock.now() if status == DocumentStatus.SUBMITTED else None,
            reviews=[],
            versions=[
                DocumentVersion(
                    number=1,
                    object_key=f"documents/{case.id}/{uuid.uuid4().hex}",
                    filename="plan.pdf",
                    content_type="application/pdf",
                    size=10,
                    sha256="0" * 64,
                    uploaded_by_id=coach,
                )
            ],
        )
        session.add(document)
    return document.id


async def _steps(engine: AsyncEngine, document_id: uuid.UUID) -> tuple[DocumentStatus, list[str], list[str], int]:
    """The document's status, its review steps, its case's document events and the most messages one recipient got."""
    async with async_sessionmaker(engine)() as session:
        document = await session.get_one(Document, document_id)
        reviews = list(
            (
                await session.scalars(select(DocumentReview.action).where(DocumentReview.document_id == document_id))
            ).all()
        )
        events = list(
            (
                await session.scalars(
                    select(CaseEvent.action).where(
                        CaseEvent.case_id == document.case_id, CaseEvent.action.like("document_%")
                    )
                )
            ).all()
        )
        # One step tells each of its recipients once (a review goes to the coach and each administrator).
        per_recipient = (
            select(func.count().label("n"))
            .where(Message.case_id == document.case_id)
            .group_by(Message.recipient_id, Message.provider_id)
            .subquery()
        )
        messages = await session.scalar(select(func.max(per_recipient.c.n))) or 0
        return document.status, reviews, events, messages


async def test_of_20_concurrent_approvals_exactly_one_is_recorded(settings: Settings, engine: AsyncEngine) -> None:
    skip_unless_postgresql(settings)
    demo, case = await _world(engine)
    doc = await _document(engine, case, DocumentStatus.SUBMITTED, demo.users["provider1-coach"])
    responses = await race(create_app(settings), [Shot("counsellor", f"/api/documents/{doc}/approve")] * 20)
    assert one_winner(responses).json()["status"] == "approved"
    assert all("approved" in r.json()["detail"] for r in responses if r.status_code == 409)
    assert await _steps(engine, doc) == (DocumentStatus.APPROVED, ["approve"], ["document_approve"], 1)


async def test_of_20_concurrent_returns_exactly_one_is_recorded(settings: Settings, engine: AsyncEngine) -> None:
    skip_unless_postgresql(settings)
    demo, case = await _world(engine)
    doc = await _document(engine, case, DocumentStatus.SUBMITTED, demo.users["provider1-coach"])
    shots = [
        Shot("counsellor", f"/api/documents/{doc}/return", json={"comment": f"Rätta punkt {n}."}) for n in range(20)
    ]
    winner = one_winner(await race(create_app(settings), shots)).json()
    assert winner["status"] == "returned"
    assert await _steps(engine, doc) == (DocumentStatus.RETURNED, ["return"], ["document_return"], 1)


async def test_of_20_concurrent_submits_exactly_one_is_recorded(settings: Settings, engine: AsyncEngine) -> None:
    skip_unless_postgresql(settings)
    demo, case = await _world(engine)
    doc = await _document(engine, case, DocumentStatus.DRAFT, demo.users["provider1-coach"])
    responses = await race(create_app(settings), [Shot("provider1-coach", f"/api/documents/{doc}/submit")] * 20)
    assert one_winner(responses).json()["status"] == "submitted"
    assert await _steps(engine, doc) == (DocumentStatus.SUBMITTED, ["submit"], ["document_submit"], 1)


async def test_approve_racing_return_records_only_one_of_them(settings: Settings, engine: AsyncEngine) -> None:
    skip_unless_postgresql(settings)
    demo, case = await _world(engine)
    doc = await _document(engine, case, DocumentStatus.SUBMITTED, demo.users["provider1-coach"])
    shots = [Shot("counsellor", f"/api/documents/{doc}/approve") for _ in range(10)] + [
        Shot("counsellor", f"/api/documents/{doc}/return", json={"comment": "Delmålen saknar datum."})
        for _ in range(10)
    ]
    winner = one_winner(await race(create_app(settings), shots)).json()
    status, reviews, events, messages = await _steps(engine, doc)
    assert status == winner["status"] and len(reviews) == 1 and len(events) == 1 and messages == 1
    assert reviews == ["approve" if status == DocumentStatus.APPROVED else "return"]


@pytest.mark.parametrize("form", ["structured", "file"])
async def test_concurrent_monthly_reports_for_one_month_leave_one_and_answer_409(
    settings: Settings, engine: AsyncEngine, form: str
) -> None:
    """On both databases: the unique (case, kind, month) row decides, and the losers are told why."""
    _demo, case = await _world(engine)
    if form == "structured":
        shot = Shot(
            "provider1-coach", f"/api/cases/{case.id}/reports", json={"kind": "monthly_report", "month": LAST_MONTH}
        )
    else:
        shot = Shot(
            "provider1-coach",
            f"/api/cases/{case.id}/documents",
            data={"kind": "monthly_report", "month": LAST_MONTH},
            files={"file": ("manad.pdf", PDF, "application/pdf")},
        )
    responses = await race(create_app(settings), [shot] * 6)
    one_winner(responses)
    assert all("2026-02" in r.json()["detail"] for r in responses if r.status_code == 409)
    async with async_sessionmaker(engine)() as session:
        months = (await session.scalars(select(Document.month).where(Document.case_id == case.id))).all()
    assert months == [LAST_MONTH]


async def test_concurrent_new_versions_each_get_a_number_of_their_own(settings: Settings, engine: AsyncEngine) -> None:
    """Each new version is a real upload, so all may succeed (or lose with a 409), but never two with one number
    and never a server error: the row lock numbers them one after the other."""
    skip_unless_postgresql(settings)
    demo, case = await _world(engine)
    doc = await _document(engine, case, DocumentStatus.DRAFT, demo.users["provider1-coach"])
    shots = [
        Shot(
            "provider1-coach",
            f"/api/documents/{doc}/versions",
            files={"file": (f"plan{n}.pdf", PDF, "application/pdf")},
        )
        for n in range(8)
    ]
    responses = await race(create_app(settings), shots)
    assert {r.status_code for r in responses} <= {201, 409}, [(r.status_code, r.text) for r in responses]
    async with async_sessionmaker(engine)() as session:
        numbers = sorted(
            (await session.scalars(select(DocumentVersion.number).where(DocumentVersion.document_id == doc))).all()
        )
    assert numbers == list(range(1, 2 + [r.status_code for r in responses].count(201)))
