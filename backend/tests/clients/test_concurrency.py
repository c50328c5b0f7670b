"""One winner for a client's registration (issue 10 point 3): the personal number is unique, so of concurrent
registrations of one person exactly one is stored and the rest answer 409. Inserts of one unique row race on SQLite
as well as on PostgreSQL."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.app import create_app
from kundval.core.settings import Settings
from kundval.domain.clients.models import Client
from tests.concurrency import Shot, one_winner, race
from tests.factories import personal_number, seed_demo


async def test_of_8_concurrent_registrations_of_one_person_one_is_stored(
    settings: Settings, engine: AsyncEngine
) -> None:
    await seed_demo(engine)
    number = personal_number()
    body = {"personal_number": number, "first_name": "Samtidig", "last_name": "Klient"}
    one_winner(await race(create_app(settings), [Shot("counsellor", "/api/clients", json=body)] * 8))
    async with async_sessionmaker(engine)() as session:
        assert (
            await session.scalar(select(func.count()).select_from(Client).where(Client.personal_number == number)) == 1
        )
