"""A stand-in covers a colleague's caseload on the days named, both ends included, and on no other day: clients
and cases alike. The days are fixed and the clock is moved to them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime, time

import pytest
import time_machine
from sqlalchemy.ext.asyncio import async_sessionmaker

from kundval.core.clock import MUNICIPALITY_TZ
from kundval.domain.accounts.models import StandIn
from kundval.domain.cases.models import CaseStatus
from tests.factories import World, make_case, make_client, open_world

FIRST, LAST = date(2026, 3, 2), date(2026, 3, 6)


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with open_world(migrated_database, tmp_path_factory.mktemp("world")) as world:
        yield world


@pytest.mark.parametrize(
    ("day", "covers"), [(date(2026, 3, 1), False), (FIRST, True), (LAST, True), (date(2026, 3, 7), False)]
)
async def test_a_stand_in_covers_only_the_named_days(world: World, day: date, covers: bool) -> None:
    async with async_sessionmaker(world.engine, expire_on_commit=False).begin() as session:
        # counsellor2 covers counsellor3 (who has no other stand-in) from FIRST to LAST.
        client = await make_client(session, world.demo.users["counsellor3"])
        case = await make_case(session, client, CaseStatus.DECIDED)
        session.add(
            StandIn(
                counsellor_id=world.demo.users["counsellor3"],
                stand_in_id=world.demo.users["counsellor2"],
                valid_from=FIRST,
                valid_to=LAST,
            )
        )
    stand_in = world.clients["other"]  # counsellor2
    # Noon in Sweden on ``day``; the sessions signed in today stay valid because they expire later.
    with time_machine.travel(datetime.combine(day, time(12), MUNICIPALITY_TZ), tick=True):
        answers = [await stand_in.get(f"/api/clients/{client.id}"), await stand_in.get(f"/api/cases/{case.id}")]
        listed = {c["id"] for c in (await stand_in.get("/api/clients?limit=500")).json()["items"]}
    expected = 200 if covers else 404
    assert [a.status_code for a in answers] == [expected, expected], day
    assert (str(client.id) in listed) is covers
