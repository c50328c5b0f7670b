"""One winner when administrators change the calendar at once: two adds of the same day give one row, one 201 and
one 409 (the unique day decides it, on SQLite as on PostgreSQL); concurrent removals of one day leave one 204."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.app import create_app
from kundval.core.security import Role
from kundval.core.settings import Settings
from kundval.domain.audit.models import AuditEvent
from kundval.domain.calendar.models import NonWorkingDay
from tests.concurrency import Shot, one_winner, race, skip_unless_postgresql
from tests.factories import seed_demo

BRIDGE_DAY = date(2031, 5, 30)  # the Friday after Ascension Day 2031


async def _counts(engine: AsyncEngine, action: str) -> tuple[int, int]:
    """The rows of the calendar, and the audit events of ``action`` on the day (the audit log outlives tests)."""
    async with async_sessionmaker(engine)() as session:
        rows = await session.scalar(select(func.count()).select_from(NonWorkingDay))
        audited = await session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(
                AuditEvent.object_type == "non_working_day",
                AuditEvent.action == action,
                AuditEvent.detail == f"{BRIDGE_DAY.isoformat()} Klämdag",
            )
        )
    return rows or 0, audited or 0


async def test_of_concurrent_adds_of_one_day_exactly_one_is_stored(settings: Settings, engine: AsyncEngine) -> None:
    await seed_demo(engine, {"admin2": ([Role.ADMIN], None)})
    body = {"day": str(BRIDGE_DAY), "reason": "Klämdag"}
    shots = [Shot("admin", "/api/calendar/days", json=body), Shot("admin2", "/api/calendar/days", json=body)]
    one_winner(await race(create_app(settings), shots), success=201, loser=409)
    assert await _counts(engine, "create") == (1, 1)


async def test_of_concurrent_removals_of_one_day_exactly_one_wins(settings: Settings, engine: AsyncEngine) -> None:
    skip_unless_postgresql(settings)
    demo = await seed_demo(engine)
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        row = NonWorkingDay(day=BRIDGE_DAY, reason="Klämdag", created_by_id=demo.users["admin"])
        session.add(row)
    shots = [Shot("admin", f"/api/calendar/days/{row.id}", method="DELETE")] * 6
    one_winner(await race(create_app(settings), shots), success=204, loser=404)
    assert await _counts(engine, "delete") == (0, 1)
