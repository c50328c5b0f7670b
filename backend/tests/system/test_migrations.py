"""Migrations round-trip (issue 10 point 9): on a fresh database of each kind, upgrade to head, downgrade to base,
upgrade again. After the downgrade nothing of ours is left (a forgotten table, index, enum type or trigger would
make the second upgrade fail or leave a stray object); after the second upgrade the schema equals the models.

It takes databases of its own instead of the session's migrated one, which the other tests share."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from kundval.core.migrate import alembic_config, compare_type, downgrade, upgrade
from kundval.models import metadata
from tests.conftest import PG_ADMIN_URL, PG_SKIP_REASON


@pytest.fixture(params=["sqlite", "postgresql"])
async def fresh_engine(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    """An engine on an empty database of this test's own."""
    if request.param == "sqlite":
        engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'roundtrip.sqlite3'}")
        yield engine
        await engine.dispose()
        return
    if not PG_ADMIN_URL:
        pytest.skip(PG_SKIP_REASON)
    name = f"kundval_migrations_{uuid.uuid4().hex[:12]}"
    admin = create_async_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = create_async_engine(make_url(PG_ADMIN_URL).set(database=name))
    try:
        yield engine
    finally:
        await engine.dispose()
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


def _leftovers(connection: Connection) -> list[str]:
    """Everything of ours in the database but Alembic's own version table."""
    inspector = inspect(connection)
    found = [f"table {t}" for t in inspector.get_table_names() if t != "alembic_version"]
    found += [f"view {v}" for v in inspector.get_view_names()]
    if connection.dialect.name == "postgresql":
        found += [f"type {e['name']}" for e in inspector.get_enums()]  # type: ignore[attr-defined]
        found += [
            f"function {name}"
            for name in connection.execute(
                text(
                    "select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                    " where n.nspname = 'public'"
                )
            ).scalars()
        ]
        found += [f"sequence {s}" for s in inspector.get_sequence_names()]
    return found


def _diff(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": compare_type})
    return list(compare_metadata(context, metadata))


def _revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


async def test_every_revision_downgrades_so_that_it_upgrades_again(fresh_engine: AsyncEngine) -> None:
    """Step by step from head: each revision down and up again, then down. A downgrade that forgets a column or an
    index of its revision fails its own upgrade here, where the whole trip to base would drop it with its table."""
    revisions = [r.revision for r in ScriptDirectory.from_config(alembic_config("sqlite://")).walk_revisions()]
    await upgrade(fresh_engine)
    for revision in revisions:  # newest first
        await downgrade(fresh_engine, "-1")
        await upgrade(fresh_engine, revision)
        await downgrade(fresh_engine, "-1")
    async with fresh_engine.connect() as connection:
        assert await connection.run_sync(_leftovers) == []


async def test_upgrade_downgrade_upgrade_ends_at_the_models(fresh_engine: AsyncEngine) -> None:
    await upgrade(fresh_engine)
    async with fresh_engine.connect() as connection:
        assert await connection.run_sync(_diff) == [], "the first upgrade does not reach the models"
        head = await connection.run_sync(_revision)
    assert head is not None

    await downgrade(fresh_engine)
    async with fresh_engine.connect() as connection:
        assert await connection.run_sync(_revision) is None
        assert await connection.run_sync(_leftovers) == [], "the downgrade to base left these behind"

    await upgrade(fresh_engine)
    async with fresh_engine.connect() as connection:
        assert await connection.run_sync(_revision) == head
        differences = await connection.run_sync(_diff)
    assert differences == [], f"after the round trip, models and migrations disagree: {differences}"
