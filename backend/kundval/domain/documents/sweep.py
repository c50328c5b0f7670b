"""Removing orphaned objects: files whose database row never committed (the process died, or the row's
transaction failed, between the store write and the commit). Uploads write the object first and the row second,
so an orphan is possible but a row without its object is not."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from kundval.core.storage import ObjectInfo, ObjectStore
from kundval.domain.documents.models import DocumentVersion

# Objects younger than this may belong to an upload still in flight, so they are left alone.
GRACE_PERIOD = timedelta(hours=1)
PREFIX = "documents/"
BATCH = 500


async def sweep_orphans(
    session: AsyncSession,
    store: ObjectStore,
    now: datetime,
    grace: timedelta = GRACE_PERIOD,
    *,
    prefix: str = PREFIX,
    key_column: InstrumentedAttribute[str | None] = DocumentVersion.object_key,
) -> list[str]:
    """Delete objects under ``prefix`` that no row's ``key_column`` refers to and that are older than ``grace``.

    Documents' versions by default; another area that stores files (a conversation's attachments) passes its own
    prefix and column, and ``kundval sweep-orphans`` sweeps each."""
    removed: list[str] = []
    batch: list[ObjectInfo] = []

    async def flush() -> None:
        keys = [info.key for info in batch]
        known = set((await session.scalars(select(key_column).where(key_column.in_(keys)))).all())
        for info in batch:
            if info.key not in known and now - info.last_modified > grace:
                await store.delete(info.key)
                removed.append(info.key)
        batch.clear()

    async for info in store.list(prefix):
        batch.append(info)
        if len(batch) >= BATCH:
            await flush()
    if batch:
        await flush()
    return removed
