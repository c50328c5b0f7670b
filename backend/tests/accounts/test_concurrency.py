"""One winner for ending a stand-in arrangement (issue 10 point 3): of concurrent removals exactly one succeeds and
the others find nothing (404). Row-lock races run on PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.app import create_app
from kundval.core.security import Role
from kundval.core.settings import Settings
from kundval.domain.accounts.models import StandIn
from tests.concurrency import Shot, one_winner, race, skip_unless_postgresql
from tests.factories import seed_demo, today


async def test_of_concurrent_removals_of_a_stand_in_exactly_one_wins(settings: Settings, engine: AsyncEngine) -> None:
    skip_unless_postgresql(settings)
    demo = await seed_demo(engine, {"counsellor3": ([Role.COUNSELLOR], None)})
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        grant = StandIn(
            counsellor_id=demo.users["counsellor"],
            stand_in_id=demo.users["counsellor3"],
            valid_from=today(),
            valid_to=today() + timedelta(days=7),
        )
        session.add(grant)
    one_winner(
        await race(create_app(settings), [Shot("supervisor", f"/api/stand-ins/{grant.id}", method="DELETE")] * 8),
        success=204,
        loser=404,
    )
    async with async_sessionmaker(engine)() as session:
        assert await session.scalar(select(func.count()).select_from(StandIn)) == 0
