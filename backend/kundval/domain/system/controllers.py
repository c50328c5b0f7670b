"""Health: checks the database and the object store for real, so a load balancer sees what a user would."""

from __future__ import annotations

import asyncio
import logging

import msgspec
from litestar import Controller, Response, get
from litestar.di import NamedDependency
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from kundval.core.security import public
from kundval.core.storage import ObjectStore

log = logging.getLogger(__name__)
CHECK_TIMEOUT_SECONDS = 3.0


class Health(msgspec.Struct):
    status: str  # "ok" | "unavailable"
    database: str  # "ok" | "unavailable"
    storage: str  # "ok" | "unavailable"


async def _database_ok(engine: AsyncEngine) -> bool:
    try:
        async with asyncio.timeout(CHECK_TIMEOUT_SECONDS), engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
        return True
    except Exception as exc:  # any failure means "down" to the caller; the log keeps the cause
        log.warning("health: database check failed: %r", exc)
        return False


async def _storage_ok(store: ObjectStore) -> bool:
    try:
        async with asyncio.timeout(CHECK_TIMEOUT_SECONDS):
            await store.ping()
        return True
    except Exception as exc:
        log.warning("health: storage check failed: %r", exc)
        return False


class HealthController(Controller):
    path = "/api/health"
    tags = ["system"]

    # No session lookup: the check answers for itself, even when the database that holds sessions is down.
    @get("/", guards=[public], operation_id="getHealth", cache=False, opt={"exclude_from_auth": True})
    async def health(
        self, db_engine: NamedDependency[AsyncEngine], store: NamedDependency[ObjectStore]
    ) -> Response[Health]:
        """``{"status":"ok","database":"ok","storage":"ok"}``, or 503 naming the part that is down."""
        database, storage = await asyncio.gather(_database_ok(db_engine), _storage_ok(store))
        body = Health(
            status="ok" if database and storage else "unavailable",
            database="ok" if database else "unavailable",
            storage="ok" if storage else "unavailable",
        )
        return Response(body, status_code=200 if database and storage else 503)
