"""Overlapping absences registered at the same moment on PostgreSQL: exactly one is stored, the rest answer 409, so
no day is counted twice. The requests race through :mod:`tests.concurrency`. SQLite
serialises writers, so there is nothing to race there."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
import time_machine
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.app import create_app
from kundval.core.clock import MUNICIPALITY_TZ
from kundval.core.settings import Settings
from kundval.domain.absence.models import Absence, AbsenceType
from kundval.domain.audit.models import AuditEvent
from kundval.domain.cases.models import CaseStatus
from tests.concurrency import Shot, one_winner, race
from tests.factories import new_case, seed_demo


@pytest.fixture(autouse=True)
def fixed_today(settings: Settings) -> Iterator[None]:
    if settings.is_sqlite:
        pytest.skip("SQLite serialises writers: concurrent registrations cannot race there")
    with time_machine.travel(datetime(2026, 11, 20, 10, tzinfo=MUNICIPALITY_TZ), tick=True):
        yield


async def test_of_6_overlapping_registrations_at_once_one_is_stored(settings: Settings, engine: AsyncEngine) -> None:
    demo = await seed_demo(engine)
    case = await new_case(
        engine,
        demo.users["counsellor"],
        CaseStatus.ACTIVE,
        provider_id=demo.providers["provider1"],
        coach_id=demo.users["provider1-coach"],
        decision_date=date(2026, 9, 1),
    )
    bodies = [
        {"date_from": f"2026-11-{day:02d}", "date_to": "2026-11-12", "type": kind}
        for day, kind in [(2, "sick"), (3, "other"), (4, "child_care"), (5, "sick"), (6, "other"), (9, "sick")]
    ]
    responses = await race(
        create_app(settings), [Shot("provider1-coach", f"/api/cases/{case.id}/absences", json=body) for body in bodies]
    )
    one_winner(responses)
    async with async_sessionmaker(engine)() as session:
        assert await session.scalar(select(func.count()).select_from(Absence).where(Absence.case_id == case.id)) == 1


async def test_of_concurrent_deletions_of_one_absence_exactly_one_is_recorded(
    settings: Settings, engine: AsyncEngine
) -> None:
    """The audit log keeps a removed registration: one removal, one audit row; the others find nothing (404)."""
    demo = await seed_demo(engine)
    case = await new_case(
        engine,
        demo.users["counsellor"],
        CaseStatus.ACTIVE,
        provider_id=demo.providers["provider1"],
        coach_id=demo.users["provider1-coach"],
        decision_date=date(2026, 9, 1),
    )
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        absence = Absence(
            case_id=case.id,
            date_from=date(2026, 11, 2),
            date_to=date(2026, 11, 3),
            type=AbsenceType.SICK,
            registered_by_id=demo.users["provider1-coach"],
        )
        session.add(absence)
    responses = await race(
        create_app(settings), [Shot("provider1-coach", f"/api/absences/{absence.id}", method="DELETE")] * 8
    )
    one_winner(responses, success=204, loser=404)
    async with async_sessionmaker(engine)() as session:
        assert await session.scalar(select(func.count()).select_from(Absence).where(Absence.id == absence.id)) == 0
        assert (
            await session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.object_id == absence.id, AuditEvent.action == "delete")
            )
            == 1
        )
