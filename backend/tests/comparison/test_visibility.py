"""The public comparison shows authorized providers only: a suspended or terminated provider is gone from the list
and from its own page, whatever its profile says."""

from __future__ import annotations

import pytest
from litestar.testing import AsyncTestClient
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.app import create_app
from kundval.core.settings import Settings
from kundval.domain.providers.models import Provider, ProviderStatus
from tests.factories import seed_demo


@pytest.mark.parametrize("status", [ProviderStatus.SUSPENDED, ProviderStatus.TERMINATED])
async def test_only_authorized_providers_are_compared(
    settings: Settings, engine: AsyncEngine, status: ProviderStatus
) -> None:
    demo = await seed_demo(engine)
    async with AsyncTestClient(app=create_app(settings)) as client:
        before = {p["id"] for p in (await client.get("/api/public/providers")).json()["items"]}
        assert {demo.provider("provider1"), demo.provider("provider2")} <= before
        async with async_sessionmaker(engine).begin() as session:
            await session.execute(
                update(Provider).where(Provider.id == demo.providers["provider2"]).values(status=status)
            )
        after = {p["id"] for p in (await client.get("/api/public/providers")).json()["items"]}
        assert after == before - {demo.provider("provider2")}
        assert (await client.get(f"/api/public/providers/{demo.provider('provider2')}")).status_code == 404
