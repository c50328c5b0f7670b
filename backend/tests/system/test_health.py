"""/api/health checks the database and the object store for real."""

from __future__ import annotations

import socket
from dataclasses import replace
from pathlib import Path

from litestar.testing import AsyncTestClient

from kundval.app import create_app
from kundval.core.settings import Settings


def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_health_is_ok_when_both_answer(settings: Settings) -> None:
    async with AsyncTestClient(app=create_app(settings)) as client:
        response = await client.get("/api/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "storage": "ok"}


async def test_health_names_the_storage_when_s3_is_down(settings: Settings) -> None:
    down = replace(
        settings,
        storage_url="s3://kundval",
        s3_endpoint=f"127.0.0.1:{_dead_port()}",
        s3_access_key="x",
        s3_secret_key="y",
        s3_secure=False,
    )
    async with AsyncTestClient(app=create_app(down)) as client:
        response = await client.get("/api/health")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "ok", "storage": "unavailable"}


async def test_health_names_the_database_when_it_is_down(settings: Settings, tmp_path: Path) -> None:
    down = replace(settings, database_url=f"postgresql+asyncpg://nobody@127.0.0.1:{_dead_port()}/none")
    async with AsyncTestClient(app=create_app(down)) as client:
        response = await client.get("/api/health")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unavailable", "storage": "ok"}
