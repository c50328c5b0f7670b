"""Listing cases costs a fixed number of SQL statements, however many cases the page holds (no N+1)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from advanced_alchemy.extensions.litestar import SQLAlchemyPlugin
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.domain.cases.models import CaseStatus
from tests.factories import Caller, make_case, make_client, seed_demo, sign_in

# session and user (2), caseload, count, page, audit, names, providers, clients, successors; the changed marks
# (one grouped statement, and the caseload again for the documents' scope)
MAX_STATEMENTS = 14


@contextmanager
def counting_statements(app: Litestar) -> Iterator[list[str]]:
    """The SQL statements the app's own engine sends while the block runs."""
    engine: AsyncEngine = app.plugins.get(SQLAlchemyPlugin).config[0].get_engine()
    statements: list[str] = []

    def count(_conn, _cursor, statement, _parameters, _context, _executemany) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", count)


async def _statements_for_list(app: Litestar, caller: Caller, expected_items: int) -> int:
    with counting_statements(app) as statements:
        response = await caller.get("/api/cases", params={"limit": 100, "status": "active"})
    assert response.status_code == 200, response.text
    assert len(response.json()["items"]) == expected_items
    return len(statements)


@pytest.mark.parametrize("username", ["counsellor", "provider1-admin", "supervisor"])
async def test_listing_cases_costs_the_same_for_5_and_30_cases(
    username: str, app: Litestar, engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine)
    caller = await sign_in(client, username)
    already = len((await caller.get("/api/cases", params={"limit": 100, "status": "active"})).json()["items"])
    counts = []
    for new in (5, 25):
        async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
            for number in range(new):
                # Different clients and coaches, so every name lookup has work to do.
                kund = await make_client(session, demo.users["counsellor"])
                coach = ("provider1-coach", "provider1-admin")[number % 2]
                await make_case(
                    session,
                    kund,
                    CaseStatus.ACTIVE,
                    provider_id=demo.providers["provider1"],
                    coach_id=demo.users[coach],
                )
        already += new
        counts.append(await _statements_for_list(app, caller, already))
    assert 5 <= counts[0] == counts[1] <= MAX_STATEMENTS, counts
