"""The to-do list costs a fixed number of SQL statements, however many cases the caller has (no N+1), per role."""

from __future__ import annotations

from datetime import timedelta

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.core import clock
from kundval.domain.absence.models import Absence, AbsenceType, InvalidGround
from kundval.domain.cases.models import CaseStatus
from kundval.domain.documents.models import Document, DocumentKind, DocumentReview, DocumentStatus
from tests.cases.test_query_count import counting_statements
from tests.factories import Demo, make_case, make_client, seed_demo, sign_in, today

# session and user (2), caseload, cases, moves, documents, returns, absences, absences handled, reviews recorded,
# clients' social assistance, the calendar (once the municipality's days are in the database), and for the page:
# clients, users, providers, the audit event and its objects.
MAX_STATEMENTS = 18


async def _add_cases(engine: AsyncEngine, demo: Demo, count: int) -> None:
    """``count`` cases with something for every query to find: queued and claimed ones, and active ones with a plan
    handed in, a monthly report returned and invalid absence."""
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        for number in range(count):
            kund = await make_client(session, demo.users["counsellor"])
            status = (CaseStatus.QUEUED, CaseStatus.CLAIMED, CaseStatus.ACTIVE, CaseStatus.ACTIVE)[number % 4]
            case = await make_case(
                session,
                kund,
                status,
                provider_id=demo.providers["provider1"],
                coach_id=demo.users["provider1-coach"] if status != CaseStatus.QUEUED else None,
                decision_date=today() - timedelta(days=70),
            )
            if status != CaseStatus.ACTIVE:
                continue
            plan = Document(
                case_id=case.id,
                kind=DocumentKind.IMPLEMENTATION_PLAN,
                status=DocumentStatus.SUBMITTED,
                submitted_at=clock.now() - timedelta(days=3),
            )
            start = case.start_date or today()
            report = Document(
                case_id=case.id,
                kind=DocumentKind.MONTHLY_REPORT,
                month=f"{start:%Y-%m}",
                status=DocumentStatus.RETURNED,
            )
            session.add_all([plan, report])
            await session.flush()
            session.add(DocumentReview(document_id=report.id, version_number=1, action="return", at=clock.now()))
            session.add(
                Absence(
                    case_id=case.id,
                    date_from=today() - timedelta(days=2),
                    date_to=today() - timedelta(days=2),
                    type=AbsenceType.INVALID,
                    ground=InvalidGround.NO_SHOW,
                )
            )


@pytest.mark.parametrize("username", ["counsellor", "provider1-admin", "provider1-coach", "supervisor"])
async def test_the_task_list_costs_the_same_for_1_and_30_cases(
    username: str, app: Litestar, engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine)
    caller = await sign_in(client, username)
    counts, totals = [], []
    for new in (1, 29):
        await _add_cases(engine, demo, new)
        with counting_statements(app) as statements:
            response = await caller.get("/api/tasks")
        assert response.status_code == 200, response.text
        totals.append(response.json()["total"])
        counts.append(len(statements))
    assert totals[0] < totals[1]
    assert counts[0] == counts[1] <= MAX_STATEMENTS, counts
