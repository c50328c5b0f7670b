"""Fixtures for the backend tests: a migrated database on SQLite and on PostgreSQL, the app, signed-in clients.

Every test that takes ``database_url`` (directly or through ``app``/``client``) runs once per database. PostgreSQL
needs ``KUNDVAL_TEST_DATABASE_URL`` (an admin URL such as postgresql+asyncpg://postgres@127.0.0.1:5432/test); each
run creates and drops its own database there so that runs never see each other's rows.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from litestar import Litestar
from litestar.testing import AsyncTestClient
from moto.server import ThreadedMotoServer
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from kundval.app import create_app
from kundval.core.db import create_engine
from kundval.core.migrate import upgrade
from kundval.core.settings import Settings, load_settings
from kundval.demo import DEMO_PASSWORD

PG_ADMIN_URL = os.environ.get("KUNDVAL_TEST_DATABASE_URL")
# The whole run can be moved to another day (KUNDVAL_TEST_TODAY=2027-01-04) to prove that no test depends on the
# day it runs; `make test` does this for the date-heavy areas on a few awkward days (see the Makefile).
# The clock is moved when this module is imported, before the tests are collected, because some parameters are
# computed from today at collection. Only for backend-only runs: the e2e server is another process on the real clock.
TEST_TODAY = os.environ.get("KUNDVAL_TEST_TODAY")
if TEST_TODAY:
    time_machine.travel(
        datetime.combine(date.fromisoformat(TEST_TODAY), time(10), tzinfo=ZoneInfo("Europe/Stockholm")), tick=True
    ).start()
PG_SKIP_REASON = "KUNDVAL_TEST_DATABASE_URL is not set: PostgreSQL tests skipped"


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
async def migrated_database(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[str]:
    """A freshly migrated database for this test session, per backend; yields its URL."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("sqlite") / "kundval.sqlite3"
        url = f"sqlite+aiosqlite:///{path}"
        await _migrate(url)
        yield url
        return
    if not PG_ADMIN_URL:
        pytest.skip(PG_SKIP_REASON)
    name = f"kundval_test_{uuid.uuid4().hex[:12]}"
    admin = create_async_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    try:
        await _migrate(url)
        yield url
    finally:
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


async def _migrate(url: str) -> None:
    engine = create_async_engine(url)
    try:
        await upgrade(engine)
    finally:
        await engine.dispose()


@pytest.fixture
async def database_url(migrated_database: str) -> AsyncIterator[str]:
    """The migrated database, emptied after each test (children before parents).

    The audit log is append-only even here (its triggers refuse DELETE), so audit tests look only at their own rows.
    """
    yield migrated_database
    from tests.factories import empty_database

    await empty_database(migrated_database)


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return load_settings(
        {
            "KUNDVAL_ENV": "test",
            "KUNDVAL_DATA_DIR": str(tmp_path / "data"),
            "KUNDVAL_DATABASE_URL": database_url,
            "KUNDVAL_SPA_DIR": str(tmp_path / "spa"),
        }
    )


@pytest.fixture(scope="session")
def moto_server() -> Iterator[str]:
    """moto's S3 server in a thread of this process, for the whole session; yields ``host:port``."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"{host}:{port}"
    server.stop()


@pytest.fixture(params=["filesystem", "s3"])
def storage_settings(request: pytest.FixtureRequest, settings: Settings) -> Settings:
    """``settings`` with the object store on the filesystem, then on S3 (moto, a fresh bucket per test)."""
    if request.param == "filesystem":
        return settings
    endpoint = request.getfixturevalue("moto_server")
    return replace(
        settings,
        storage_url=f"s3://kundval-{uuid.uuid4().hex[:12]}",
        s3_endpoint=endpoint,
        s3_access_key="testing",
        s3_secret_key="testing",
        s3_secure=False,
    )


@pytest.fixture
async def engine(settings: Settings) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(settings)
    yield engine
    await engine.dispose()


@pytest.fixture
async def db(engine: AsyncEngine) -> AsyncIterator[AsyncSession]:
    """A session for arranging data; commit what the app should see."""
    async with async_sessionmaker(engine, expire_on_commit=False)() as session:
        yield session


@pytest.fixture
async def demo_data(engine: AsyncEngine) -> None:
    """The demo world with cheap argon2 parameters: sign-in is verified for real, in microseconds."""
    from tests.factories import seed_demo as seed_fast_demo

    await seed_fast_demo(engine)


@pytest.fixture
def app(settings: Settings) -> Litestar:
    return create_app(settings)


@pytest.fixture
async def client(app: Litestar) -> AsyncIterator[AsyncTestClient[Litestar]]:
    async with AsyncTestClient(app=app) as client:
        yield client


async def login(client: AsyncTestClient[Litestar], username: str, password: str = DEMO_PASSWORD) -> str:
    """Sign in and make the client send the CSRF header from then on; returns the CSRF token."""
    response = await client.post("/api/auth/login", json={"username": username, "password": password})
    assert response.status_code == 200, response.text
    token = client.cookies["csrftoken"]
    client.headers["x-csrftoken"] = token
    return token
