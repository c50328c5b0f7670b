"""enqueue: a mail is a row in the caller's transaction, so it exists exactly when the change does."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from kundval.domain.mail.models import OutboxMail
from kundval.domain.mail.outbox import enqueue


async def _count(engine: AsyncEngine) -> int:
    async with async_sessionmaker(engine)() as session:
        return (await session.execute(select(func.count()).select_from(OutboxMail))).scalar_one()


async def test_a_committed_transaction_leaves_one_due_row(engine: AsyncEngine, db: AsyncSession) -> None:
    await enqueue(db, to="coach@example.org", subject="Ett dokument har returnerats", body="Se Kundval.", kind="k")
    await db.commit()
    async with async_sessionmaker(engine)() as session:
        row = (await session.execute(select(OutboxMail))).scalar_one()
    assert (row.recipient, row.subject, row.kind, row.attempts) == (
        "coach@example.org",
        "Ett dokument har returnerats",
        "k",
        0,
    )
    assert row.sent_at is None and row.given_up_at is None and row.claimed_by is None


async def test_a_rolled_back_transaction_mails_nothing(engine: AsyncEngine, db: AsyncSession) -> None:
    await enqueue(db, to="coach@example.org", subject="Ämne", body="Text", kind="k")
    await db.rollback()
    assert await _count(engine) == 0


@pytest.mark.parametrize(("to", "subject"), [("", "Ämne"), ("no-at-sign", "Ämne"), ("a@example.org", "two\nlines")])
async def test_a_bad_address_or_a_subject_with_a_line_break_is_refused(db: AsyncSession, to: str, subject: str) -> None:
    with pytest.raises(ValueError):
        await enqueue(db, to=to, subject=subject, body="Text", kind="k")
