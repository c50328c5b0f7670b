"""Concurrent posts and read marks: a post is not a transition (every one lands), and marking read at once is
harmless (one marker per person, no error)."""

from __future__ import annotations

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.domain.conversations.models import ConversationPost, ConversationRead
from tests.concurrency import Shot, race
from tests.factories import seed_demo, sign_in


async def _demo_active_case(app: Litestar) -> str:
    async with AsyncTestClient(app=app) as client:
        owner = await sign_in(client, "counsellor")
        cases = (await owner.get("/api/cases", params={"status": "active", "limit": 100})).json()["items"]
    return next(c["id"] for c in cases if c["coach_name"] == "Jonas Falk")


async def test_concurrent_posts_all_land(app: Litestar, engine: AsyncEngine) -> None:
    await seed_demo(engine)
    case_id = await _demo_active_case(app)
    shots = [
        Shot(
            ("counsellor", "provider1-coach", "provider1-admin")[n % 3],
            f"/api/cases/{case_id}/conversation",
            {"text": f"Inlägg {n}"},
        )
        for n in range(9)
    ]
    responses = await race(app, shots)
    assert [r.status_code for r in responses] == [201] * 9, [r.text for r in responses]
    async with async_sessionmaker(engine)() as session:
        texts = (await session.scalars(select(ConversationPost.text))).all()
    assert sorted(texts) == sorted(f"Inlägg {n}" for n in range(9))


async def test_concurrent_marks_leave_one_marker(app: Litestar, engine: AsyncEngine) -> None:
    await seed_demo(engine)
    case_id = await _demo_active_case(app)
    responses = await race(app, [Shot("provider1-coach", f"/api/cases/{case_id}/conversation/read")] * 8)
    assert [r.status_code for r in responses] == [201] * 8, [r.text for r in responses]
    async with async_sessionmaker(engine)() as session:
        markers = await session.scalar(select(func.count()).select_from(ConversationRead))
    assert markers == 1
