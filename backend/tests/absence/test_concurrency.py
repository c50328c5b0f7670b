"""Overlapping absences registered at the same moment on PostgreSQL: exactly one is stored, the rest answer 409, so
no day is counted twice. The app runs under uvicorn in a thread, each request from its own HTTP client. SQLite
serialises writers, so there is nothing to race there."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from datetime import date, datetime

import httpx
import pytest
import time_machine
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.app import create_app
from kundval.core.clock import MUNICIPALITY_TZ
from kundval.core.settings import Settings
from kundval.domain.absence.models import Absence
from kundval.domain.cases.models import CaseStatus
from tests.factories import new_case, running_server, seed_demo


@pytest.fixture(autouse=True)
def fixed_today(settings: Settings) -> Iterator[None]:
    if settings.is_sqlite:
        pytest.skip("SQLite serialises writers: concurrent registrations cannot race there")
    with time_machine.travel(datetime(2026, 11, 20, 10, tzinfo=MUNICIPALITY_TZ), tick=True):
        yield


async def test_of_6_overlapping_registrations_at_once_one_is_stored(settings: Settings, engine: AsyncEngine
                                                                     ) -> None:
    demo = await seed_demo(engine)
    case = await new_case(engine, demo.users["counsellor"], CaseStatus.ACTIVE, provider_id=demo.providers["provider1"],
                          coach_id=demo.users["provider1-coach"], decision_date=date(2026, 9, 1))
    bodies = [{"date_from": f"2026-11-{day:02d}", "date_to": "2026-11-12", "type": kind}
              for day, kind in [(2, "sick"), (3, "other"), (4, "child_care"), (5, "sick"), (6, "other"), (9, "sick")]]
    with running_server(create_app(settings)) as base_url:
        clients = []
        for _ in bodies:
            client = httpx.AsyncClient(base_url=base_url, timeout=30)
            response = await client.post("/api/auth/login", json={"username": "provider1-coach", "password": "demo"})
            assert response.status_code == 200, response.text
            client.headers["x-csrftoken"] = client.cookies["csrftoken"]
            clients.append(client)
        spans: list[tuple[float, float]] = []

        async def send(client: httpx.AsyncClient, body: dict[str, str]) -> httpx.Response:
            start = time.perf_counter()
            response = await client.post(f"/api/cases/{case.id}/absences", json=body)
            spans.append((start, time.perf_counter()))
            return response

        try:
            responses = await asyncio.gather(*(send(c, b) for c, b in zip(clients, bodies, strict=True)))
        finally:
            for client in clients:
                await client.aclose()
    assert max(start for start, _ in spans) < min(end for _, end in spans), "the requests did not overlap"
    assert sorted(r.status_code for r in responses) == [201] + [409] * 5, [r.text for r in responses]
    async with async_sessionmaker(engine)() as session:
        assert await session.scalar(select(func.count()).select_from(Absence).where(Absence.case_id == case.id)) == 1


async def test_of_concurrent_deletions_of_one_absence_exactly_one_is_recorded(settings: Settings, engine: AsyncEngine
                                                                               ) -> None:
    """The audit log keeps a removed registration: one removal, one audit row; the others find nothing (404)."""
    from kundval.domain.absence.models import AbsenceType
    from kundval.domain.audit.models import AuditEvent
    from tests.concurrency import Shot, one_winner, race

    demo = await seed_demo(engine)
    case = await new_case(engine, demo.users["counsellor"], CaseStatus.ACTIVE, provider_id=demo.providers["provider1"],
                          coach_id=demo.users["provider1-coach"], decision_date=date(2026, 9, 1))
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        absence = Absence(case_id=case.id, date_from=date(2026, 11, 2), date_to=date(2026, 11, 3),
                          type=AbsenceType.SICK, registered_by_id=demo.users["provider1-coach"])
        session.add(absence)
    responses = await race(create_app(settings), [
        Shot("provider1-coach", f"/api/absences/{absence.id}", method="DELETE")] * 8)
    one_winner(responses, success=204, loser=404)
    async with async_sessionmaker(engine)() as session:
        assert await session.scalar(select(func.count()).select_from(Absence).where(Absence.id == absence.id)) == 0
        assert await session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.object_id == absence.id, AuditEvent.action == "delete")) == 1
