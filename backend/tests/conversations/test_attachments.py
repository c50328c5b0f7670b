"""A conversation's attachments on both stores (and the store down): stored, downloaded by those who take part
only, audited; no post when the store does not answer."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import pytest
import time_machine
from litestar.testing import AsyncTestClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.app import build_store, create_app
from kundval.core.settings import Settings
from kundval.domain.audit.models import AuditEvent
from kundval.domain.conversations.models import ConversationPost
from tests.conversations.test_conversations import PDF
from tests.factories import Caller, real_now, seed_demo, sign_in


@pytest.fixture
async def attachment_world(storage_settings: Settings, engine: AsyncEngine) -> AsyncIterator[tuple[Any, Settings]]:
    await seed_demo(engine)
    app = create_app(storage_settings)
    async with AsyncTestClient(app=app) as client:
        yield client, storage_settings


async def _demo_claimed_case(owner: Caller) -> str:
    cases = (await owner.get("/api/cases", params={"status": "active", "limit": 100})).json()["items"]
    return next(c["id"] for c in cases if c["coach_name"] == "Jonas Falk")


async def test_an_attachment_is_stored_and_downloaded_by_participants_only(
    attachment_world: tuple[Any, Settings], engine: AsyncEngine
) -> None:
    client, _settings = attachment_world
    owner, coach = await sign_in(client, "counsellor"), await sign_in(client, "provider1-coach")
    case_id = await _demo_claimed_case(owner)
    posted = await coach.post(
        f"/api/cases/{case_id}/conversation",
        data={"text": "Intyget bifogat. " + "å" * 1500},
        files={"file": ("intyg åäö.pdf", PDF, "application/pdf")},
    )
    assert posted.status_code == 201, posted.text
    item = posted.json()
    assert item["attachment"] == {"filename": "intyg åäö.pdf", "content_type": "application/pdf", "size": len(PDF)}
    url = f"/api/cases/{case_id}/conversation/posts/{item['id']}/attachment"
    downloaded = await owner.get(url)
    assert downloaded.status_code == 200 and downloaded.content == PDF
    assert downloaded.headers["content-disposition"].startswith("attachment;")
    for username in ("provider2-admin", "provider2-coach", "counsellor2"):
        assert (await (await sign_in(client, username)).get(url)).status_code == 404, username
    assert (await (await sign_in(client, "supervisor")).get(url)).status_code == 200
    async with async_sessionmaker(engine)() as session:
        downloads = await session.scalar(
            select(func.count()).where(
                AuditEvent.action == "download",
                AuditEvent.object_type == "conversation_post",
                AuditEvent.object_id == uuid.UUID(item["id"]),
            )
        )
    assert downloads == 2


def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_the_store_down_answers_503_and_leaves_no_post(settings: Settings, engine: AsyncEngine) -> None:
    await seed_demo(engine)
    down = replace(
        settings,
        storage_url="s3://kundval",
        s3_endpoint=f"127.0.0.1:{_dead_port()}",
        s3_access_key="x",
        s3_secret_key="y",
        s3_secure=False,
    )
    async with AsyncTestClient(app=create_app(down)) as client:
        coach = await sign_in(client, "provider1-coach")
        case_id = await _demo_claimed_case(await sign_in(client, "counsellor"))
        response = await coach.post(
            f"/api/cases/{case_id}/conversation",
            data={"text": "Bilaga"},
            files={"file": ("a.pdf", PDF, "application/pdf")},
        )
        assert response.status_code == 503, response.text
        messages = (
            await (await sign_in(client, "counsellor")).get("/api/messages", params={"group": "conversation"})
        ).json()
    async with async_sessionmaker(engine)() as session:
        assert (await session.scalars(select(ConversationPost))).all() == []
    assert messages["total"] == 0


async def test_the_orphan_sweep_removes_an_attachment_whose_post_never_committed(
    settings: Settings, engine: AsyncEngine
) -> None:
    """`kundval sweep-orphans` sweeps conversations' files as well as documents': an object under
    ``conversations/`` that no post names goes, a committed post's attachment stays. The command runs on the real
    clock, so this test does too (under `make test-dates` the suite's clock is moved)."""
    with time_machine.travel(real_now(), tick=True):
        await _sweep_the_orphan_of_a_post(settings, engine)


async def _sweep_the_orphan_of_a_post(settings: Settings, engine: AsyncEngine) -> None:
    await seed_demo(engine)
    async with AsyncTestClient(app=create_app(settings)) as client:
        owner, coach = await sign_in(client, "counsellor"), await sign_in(client, "provider1-coach")
        case_id = await _demo_claimed_case(owner)
        posted = await coach.post(
            f"/api/cases/{case_id}/conversation",
            data={"text": "Intyget bifogat."},
            files={"file": ("intyg.pdf", PDF, "application/pdf")},
        )
        assert posted.status_code == 201, posted.text
    store = build_store(settings)

    async def orphan_bytes() -> AsyncIterator[bytes]:
        yield PDF

    # The store written, the row's transaction lost: what a process that died between the two leaves behind.
    await store.put(f"conversations/{case_id}/{uuid.uuid4().hex}", orphan_bytes(), content_type="application/pdf")
    before = [info.key async for info in store.list("conversations/")]
    assert len(before) == 2
    env = {
        **os.environ,
        "KUNDVAL_ENV": "test",
        "KUNDVAL_DATA_DIR": str(settings.data_dir),
        "KUNDVAL_DATABASE_URL": settings.database_url,
        "KUNDVAL_STORAGE_URL": settings.storage_url,
    }
    swept = subprocess.run(
        [sys.executable, "-m", "kundval.cli", "sweep-orphans", "--grace-minutes", "0"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    async with async_sessionmaker(engine)() as session:
        kept = (
            await session.scalars(select(ConversationPost.object_key).where(ConversationPost.object_key.is_not(None)))
        ).all()
    after = [info.key async for info in store.list("conversations/")]
    assert after == list(kept) and len(after) == 1, swept.stdout
    assert "1 orphaned object(s) removed" in swept.stdout
