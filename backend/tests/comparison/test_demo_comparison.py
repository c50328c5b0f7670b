"""The demo can show what the public comparison does: at least five providers, three of them offering the same
intervention (the side-by-side view takes three), each filter leaving some and not all, and results that show
for some providers and are "too few to show" for another. Seeded by ``kundval.demo`` itself, on a fixed day."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import time_machine
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval import demo

DAY = datetime(2026, 5, 15, 10, tzinfo=UTC)


async def _names(client: AsyncTestClient[Litestar], **params: Any) -> set[str]:
    response = await client.get("/api/public/providers", params=params)
    assert response.status_code == 200, response.text
    return {item["name"] for item in response.json()["items"]}


async def test_the_demo_has_enough_providers_to_filter_and_compare(
    engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    with time_machine.travel(DAY, tick=True):
        async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
            assert await demo.seed_demo(session)
        everyone = await _names(client)
        assert len(everyone) >= 5, everyone
        for intervention in ("SAI", "JOBBPENG_GRUND"):
            offering = await _names(client, intervention=intervention)
            assert 3 <= len(offering) < len(everyone), (intervention, offering)
        # Every filter narrows the list without emptying it.
        for params in (
            {"language": "ar"},
            {"language": "ti"},
            {"district": "Boo"},
            {"district": "Söder"},
            {"remote": "true"},
            {"remote": "false"},
            {"group_activities": "true"},
            {"industry": "IT"},
            {"target_group": "Etableringen"},
        ):
            found = await _names(client, **params)
            assert 0 < len(found) < len(everyone), (params, found)
        # Results: figures for some, "too few to show" for at least one, per intervention.
        for intervention in ("SAI", "JOBBPENG_GRUND"):
            items = (await client.get("/api/public/providers", params={"intervention": intervention})).json()["items"]
            results = [item["results"][0] for item in items]
            shown = [r for r in results if not r["too_few"]]
            assert shown and any(r["too_few"] for r in results), (intervention, results)
        sai = (await client.get("/api/public/providers", params={"intervention": "SAI"})).json()["items"]
        assert sum(not item["results"][0]["too_few"] for item in sai) >= 3  # three to compare with figures
    # The demo accounts are the same as before: only providers 1 and 2 have staff.
    assert {provider for _name, _roles, provider in demo.ACCOUNTS.values() if provider} == {"provider1", "provider2"}
