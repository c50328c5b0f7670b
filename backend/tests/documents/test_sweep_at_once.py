"""The orphan sweep is a scheduled command that may run on several machines at once (issue 12): two sweeps at
the same moment remove each orphan once between them, keep every object a row names, and neither fails."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.app import build_store
from kundval.core import clock
from kundval.core.settings import Settings
from kundval.core.storage import FileSystemStore
from kundval.domain.documents.sweep import sweep_orphans


async def _chunks(data: bytes) -> AsyncIterator[bytes]:
    yield data


async def test_two_sweeps_at_once_remove_each_orphan_and_nothing_else(
    storage_settings: Settings, engine: AsyncEngine
) -> None:
    store = build_store(storage_settings)
    keys = [f"documents/case/{n:03}" for n in range(60)]
    for key in keys:
        await store.put(key, _chunks(b"orphan"))
    sessions = async_sessionmaker(engine)

    async def sweep() -> list[str]:
        async with sessions() as session:
            return await sweep_orphans(session, store, clock.now() + timedelta(hours=2))

    first, second = await asyncio.gather(sweep(), sweep())
    assert set(first) | set(second) == set(keys)
    assert [info.key async for info in store.list("documents/")] == []


async def test_two_sweeps_of_unfinished_uploads_at_once_neither_fails(settings: Settings) -> None:
    store = build_store(settings)
    assert isinstance(store, FileSystemStore)
    tmp = store.root / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    old = time.time() - 7200
    for n in range(300):
        path = tmp / f"partial-{n}"
        path.write_bytes(b"x")
        os.utime(path, (old, old))
    counts = await asyncio.gather(*(store.remove_stale_temporary_files(clock.now(), 3600) for _ in range(4)))
    assert sum(counts) == 300
    assert list(tmp.iterdir()) == []
