"""Database engine, the declarative base and the Litestar plugin configuration.

Every table derives from :class:`Base` (UUIDv7 ids, ``created_at``/``updated_at`` in UTC). The schema itself is
created only by Alembic migrations (``kundval migrate``), never by ``create_all``, so SQLite and PostgreSQL
always carry the same history.
"""

from __future__ import annotations

from typing import Any, cast

from advanced_alchemy.base import UUIDv7AuditBase, orm_registry
from advanced_alchemy.extensions.litestar import (
    AsyncSessionConfig,
    EngineConfig,
    SQLAlchemyAsyncConfig,
)
from sqlalchemy import event
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine
from sqlalchemy.sql import Executable

from kundval.core.settings import Settings

Base = UUIDv7AuditBase
metadata = orm_registry.metadata


def create_engine(settings: Settings) -> AsyncEngine:
    """An engine for the configured database; SQLite gets foreign keys, WAL and a busy timeout.

    ``hide_parameters``: SQL errors and echo never show the bound values (personal numbers, names), so a traceback
    in the log carries none."""
    if settings.is_sqlite:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(settings.database_url, echo=settings.sql_echo, hide_parameters=True)

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            # SQLite ignores foreign keys unless asked; WAL lets readers work while one request writes.
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=5000")
            cursor.close()

        return engine
    return create_async_engine(
        settings.database_url,
        echo=settings.sql_echo,
        hide_parameters=True,
        pool_size=10,
        max_overflow=10,
        pool_pre_ping=True,
    )


def sqlalchemy_config(engine: AsyncEngine) -> SQLAlchemyAsyncConfig:
    """Request-scoped sessions that commit when the handler answers 2xx/3xx and roll back otherwise.

    Services never commit: the request is the unit of work.
    """
    return SQLAlchemyAsyncConfig(
        engine_instance=engine,
        session_config=AsyncSessionConfig(expire_on_commit=False),
        before_send_handler="autocommit",
        create_all=False,
        metadata=metadata,
        engine_config=EngineConfig(),
        set_default_exception_handler=False,
    )


async def rows_changed(session: AsyncSession, statement: Executable) -> int:
    """Run an UPDATE or DELETE and give the number of rows it changed.

    The conditional UPDATEs that decide races (one winner, the rest 409) need that count; SQLAlchemy types
    `execute` as a plain Result, although a DML statement's is always a CursorResult that has it."""
    result = await session.execute(statement)
    return cast("CursorResult[Any]", result).rowcount
