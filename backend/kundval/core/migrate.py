"""Running Alembic from code: ``kundval migrate`` and the tests use the same path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from advanced_alchemy.types import GUID
from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS_DIR = Path(__file__).resolve().parents[1] / "migrations"


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", database_url)
    return config


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the database to ``revision`` over ``engine``'s own connection."""

    def _upgrade(connection: Connection) -> None:
        config = alembic_config(str(engine.url.render_as_string(hide_password=False)))
        config.attributes["connection"] = connection
        command.upgrade(config, revision)

    async with engine.begin() as connection:
        await connection.run_sync(_upgrade)


async def downgrade(engine: AsyncEngine, revision: str = "base") -> None:
    """Take the database back to ``revision`` (``base``: no tables at all) over ``engine``'s own connection."""

    def _downgrade(connection: Connection) -> None:
        config = alembic_config(str(engine.url.render_as_string(hide_password=False)))
        config.attributes["connection"] = connection
        command.downgrade(config, revision)

    async with engine.begin() as connection:
        await connection.run_sync(_downgrade)


def compare_type(
    _context: Any, _inspected_column: Any, _metadata_column: Any, inspected_type: Any, metadata_type: Any
) -> bool | None:
    """Alembic's type comparison, except for GUID columns, which each database reflects as its own storage type
    (SQLite NUMERIC(16)/BINARY, PostgreSQL UUID): those are equal when the storage type is one GUID uses."""
    if isinstance(metadata_type, GUID):
        return not isinstance(inspected_type, (sa.Uuid, sa.NUMERIC, sa.LargeBinary, sa.BINARY, sa.CHAR))
    return None  # None: let Alembic compare as usual
