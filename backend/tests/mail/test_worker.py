"""The worker against a real SMTP server: each committed mail delivered exactly once, through outages, dead
workers and several workers at once; failures retried with a capped backoff, then given up."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import aiosmtplib
import pytest
import time_machine
from sqlalchemy import select, text, update
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.core import clock
from kundval.core.db import create_engine
from kundval.core.settings import Settings
from kundval.domain.mail import rules
from kundval.domain.mail.models import OutboxMail
from kundval.domain.mail.outbox import enqueue
from kundval.domain.mail.worker import (
    _permanent,
    claim,
    deliver_once,
    give_up_abandoned,
    mark_failed,
    mark_sent,
    purge_done,
)
from tests.mail.smtp import SmtpServer

START = datetime(2026, 12, 31, 22, 50, tzinfo=UTC)  # a year end in Sweden's evening: nothing depends on the day


@pytest.fixture
def traveller() -> Iterator[time_machine.Coordinates]:
    with time_machine.travel(START, tick=True) as coordinates:
        yield coordinates


async def _queue(engine: AsyncEngine, n: int, *, kind: str = "test") -> None:
    """``n`` mails, each in its own committed transaction (as ``n`` separate changes would), due an hour before
    both now and START: the tests claim at either, and `make test-dates` runs the suite on a clock moved past START.
    """
    sessions = async_sessionmaker(engine)
    for i in range(n):
        async with sessions.begin() as session:
            await enqueue(session, to=f"person{i}@example.org", subject=f"Mail {i}", body="Se Kundval.", kind=kind)
    due = min(clock.now(), START) - timedelta(hours=1)
    async with engine.begin() as conn:
        await conn.execute(update(OutboxMail).where(OutboxMail.next_attempt_at > due).values(next_attempt_at=due))


async def _rows(engine: AsyncEngine) -> list[OutboxMail]:
    async with async_sessionmaker(engine, expire_on_commit=False)() as session:
        return list((await session.scalars(select(OutboxMail).order_by(OutboxMail.subject))).all())


async def test_due_mail_goes_out_once_with_a_message_id_from_its_row(
    engine: AsyncEngine, mail_settings: Settings, smtp_server: SmtpServer
) -> None:
    await _queue(engine, 2)
    done = await deliver_once(engine, mail_settings)
    assert (done.claimed, done.sent) == (2, 2)
    again = await deliver_once(engine, mail_settings)
    assert again.claimed == 0
    rows = await _rows(engine)
    assert all(row.sent_at is not None and row.claimed_by is None for row in rows)
    assert sorted(smtp_server.message_ids()) == sorted(f"<{row.id}@kommun.test>" for row in rows)
    first = next(m for m in smtp_server.messages if m["Subject"] == "Mail 0")
    assert (first["To"], first["From"], first["X-Kundval-Kind"]) == (
        "person0@example.org",
        "kundval@kommun.test",
        "test",
    )
    assert first["Auto-Submitted"] == "auto-generated"
    assert first.get_content().strip() == "Se Kundval."


async def test_a_stopped_smtp_server_loses_nothing_and_each_mail_arrives_once(
    engine: AsyncEngine, mail_settings: Settings, smtp_server: SmtpServer, traveller: time_machine.Coordinates
) -> None:
    smtp_server.stop()
    await _queue(engine, 3)
    down = await deliver_once(engine, mail_settings)
    assert (down.claimed, down.sent, down.retried) == (3, 0, 3)
    rows = await _rows(engine)
    assert all(row.attempts == 1 and row.sent_at is None and row.last_error for row in rows)
    assert all(row.claimed_by is None for row in rows)

    smtp_server.start()
    # Back up, but the retry is not due yet: nothing is sent before the backoff has passed.
    assert (await deliver_once(engine, mail_settings)).claimed == 0
    traveller.shift(rules.retry_delay(1) + timedelta(seconds=1))
    up = await deliver_once(engine, mail_settings)
    assert up.sent == 3
    traveller.shift(timedelta(hours=2))
    assert (await deliver_once(engine, mail_settings)).claimed == 0
    assert all(row.sent_at is not None and row.last_error is None for row in await _rows(engine))
    ids = smtp_server.message_ids()
    assert len(ids) == 3 and len(set(ids)) == 3
    assert sorted(m["Subject"] for m in smtp_server.messages) == ["Mail 0", "Mail 1", "Mail 2"]


async def test_retries_back_off_to_the_cap_and_then_give_up(
    engine: AsyncEngine, mail_settings: Settings, smtp_server: SmtpServer, traveller: time_machine.Coordinates
) -> None:
    smtp_server.stop()
    await _queue(engine, 1)
    waits: list[timedelta] = []
    for _attempt in range(rules.MAX_ATTEMPTS):
        before = clock.now()
        done = await deliver_once(engine, mail_settings)
        assert done.claimed == 1
        (row,) = await _rows(engine)
        if row.given_up_at is not None:
            break
        waits.append(row.next_attempt_at - before)
        # Not due a moment before its time, due just after.
        traveller.shift(row.next_attempt_at - clock.now() - timedelta(seconds=5))
        assert (await deliver_once(engine, mail_settings)).claimed == 0
        traveller.shift(timedelta(seconds=6))
    (row,) = await _rows(engine)
    assert row.given_up_at is not None and row.attempts == rules.MAX_ATTEMPTS
    # Each wait doubles from the first retry until the cap, then stays there (a second's slack for the pass).
    assert len(waits) == rules.MAX_ATTEMPTS - 1
    for n, wait in enumerate(waits, start=1):
        expected = min(rules.FIRST_RETRY * 2 ** (n - 1), rules.RETRY_CAP)
        assert expected <= wait < expected + timedelta(seconds=2), (n, wait)
    assert all(wait < rules.RETRY_CAP + timedelta(seconds=2) for wait in waits)
    # A given-up mail stays given up, even with the server back.
    smtp_server.start()
    traveller.shift(timedelta(days=1))
    assert (await deliver_once(engine, mail_settings)).claimed == 0
    assert smtp_server.messages == []


def test_the_backoff_doubles_from_a_minute_and_is_capped_at_an_hour() -> None:
    # Equivalent mutant: x_retry_delay__mutmut_12 caps the exponent at 21 instead of 20; both lie far beyond the
    # hour's cap (2**6 minutes already passes it), so no delay changes.
    assert [rules.retry_delay(n) for n in (0, 1, 2, 3, 6, 7, 8, 30, 10_000)] == [
        timedelta(0),
        timedelta(minutes=1),
        timedelta(minutes=2),
        timedelta(minutes=4),
        timedelta(minutes=32),
        timedelta(hours=1),
        timedelta(hours=1),
        timedelta(hours=1),
        timedelta(hours=1),
    ]
    assert not rules.gives_up(rules.MAX_ATTEMPTS - 1) and rules.gives_up(rules.MAX_ATTEMPTS)


async def test_a_refused_address_is_given_up_at_once_and_a_temporary_refusal_retried(
    engine: AsyncEngine, mail_settings: Settings, smtp_server: SmtpServer
) -> None:
    smtp_server.refuse = "451 try again later"
    await _queue(engine, 1)
    done = await deliver_once(engine, mail_settings)
    assert (done.retried, done.given_up) == (1, 0)
    async with engine.begin() as conn:
        await conn.execute(update(OutboxMail).values(next_attempt_at=clock.now()))
    smtp_server.refuse = "550 no such mailbox"
    done = await deliver_once(engine, mail_settings)
    assert (done.retried, done.given_up) == (0, 1)
    (row,) = await _rows(engine)
    assert row.given_up_at is not None and "550" in (row.last_error or "")


async def test_a_dead_workers_claim_runs_out_and_another_worker_sends_the_mail(
    engine: AsyncEngine, mail_settings: Settings, smtp_server: SmtpServer, traveller: time_machine.Coordinates
) -> None:
    await _queue(engine, 1)
    # A worker claims the row and dies before sending: its claim is committed, nothing else happens.
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        (dead,) = await claim(session, "dead-worker", clock.now())
    assert (await deliver_once(engine, mail_settings)).claimed == 0  # the lease holds
    traveller.shift(rules.LEASE + timedelta(seconds=1))
    done = await deliver_once(engine, mail_settings)
    assert (done.claimed, done.sent) == (1, 1)
    # The dead worker, had it woken, could no longer mark the row as its own.
    async with async_sessionmaker(engine).begin() as session:
        assert not await mark_sent(session, dead, "dead-worker", clock.now())
    (row,) = await _rows(engine)
    assert row.attempts == 2 and len(smtp_server.messages) == 1


async def test_a_row_whose_last_attempt_never_finished_is_given_up(
    engine: AsyncEngine, mail_settings: Settings, smtp_server: SmtpServer, traveller: time_machine.Coordinates
) -> None:
    await _queue(engine, 1)
    async with engine.begin() as conn:
        await conn.execute(update(OutboxMail).values(attempts=rules.MAX_ATTEMPTS - 1))
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        await claim(session, "dead-worker", clock.now())
    traveller.shift(rules.LEASE + timedelta(seconds=1))
    done = await deliver_once(engine, mail_settings)
    assert (done.given_up, done.claimed) == (1, 0)
    assert smtp_server.messages == []
    (row,) = await _rows(engine)
    assert row.given_up_at is not None and row.given_up_at > START + rules.LEASE
    assert (row.claimed_by, row.claimed_until, row.last_error) == (None, None, "the last attempt never finished")


async def test_done_rows_are_deleted_after_the_keeping_time(
    engine: AsyncEngine, mail_settings: Settings, traveller: time_machine.Coordinates
) -> None:
    await _queue(engine, 2)
    assert (await deliver_once(engine, mail_settings)).sent == 2
    traveller.shift(rules.KEEP_DONE - timedelta(minutes=1))
    assert (await deliver_once(engine, mail_settings)).purged == 0
    await _queue(engine, 1)  # still pending: never purged
    traveller.shift(timedelta(minutes=2))
    async with engine.begin() as conn:
        await conn.execute(update(OutboxMail).where(OutboxMail.sent_at.is_(None)).values(next_attempt_at=START))
    smtp_down = replace(mail_settings, smtp_port=1)  # the pending one fails, so it stays pending
    assert (await deliver_once(engine, smtp_down)).purged == 2
    assert len(await _rows(engine)) == 1


async def test_two_workers_at_once_send_every_mail_exactly_once(
    settings: Settings, mail_settings: Settings, smtp_server: SmtpServer
) -> None:
    """Two workers on two engines (as two machines), passes at the same moment, round after round."""
    first, second = create_engine(settings), create_engine(settings)
    try:
        await _queue(first, 40)
        for _round in range(20):
            done = await asyncio.gather(
                deliver_once(first, mail_settings, limit=7), deliver_once(second, mail_settings, limit=7)
            )
            if not any(d.claimed for d in done):
                break
        ids = smtp_server.message_ids()
        assert len(ids) == 40 and len(set(ids)) == 40
        assert all(row.sent_at is not None for row in await _rows(first))
    finally:
        await first.dispose()
        await second.dispose()


async def test_a_worker_passes_rows_another_holds_locked_instead_of_waiting(
    database_url: str, engine: AsyncEngine, mail_settings: Settings, smtp_server: SmtpServer
) -> None:
    """PostgreSQL: a row locked by another worker's claim is skipped (SKIP LOCKED), not waited for."""
    if not database_url.startswith("postgresql"):
        pytest.skip("row locks are PostgreSQL's; SQLite serialises writers")
    await _queue(engine, 3)
    async with engine.connect() as holder:
        await holder.execute(text("SELECT id FROM mail_outbox WHERE subject = 'Mail 0' FOR UPDATE"))
        done = await asyncio.wait_for(deliver_once(engine, mail_settings), timeout=10)
        assert (done.claimed, done.sent) == (2, 2)
        await holder.rollback()
    assert (await deliver_once(engine, mail_settings)).sent == 1
    assert len(set(smtp_server.message_ids())) == 3


# The claim and the marks, called directly with chosen instants (the worker passes above go through them).
# Equivalent mutants, named for `make mutation` (whose runs are SQLite's):
# - x_claim__mutmut_7, x_claim__mutmut_8, x_claim__mutmut_9, x_claim__mutmut_10, x_claim__mutmut_11 and
#   x_claim__mutmut_12 change or drop FOR UPDATE SKIP LOCKED or the PostgreSQL test, which SQLite compiles to
#   nothing; test_a_worker_passes_rows_another_holds_locked_instead_of_waiting and the two-worker test catch them
#   on PostgreSQL.
# - x_claim__mutmut_3 drops the ORDER BY: SQLite walks ix_mail_outbox_pending for the WHERE and so answers in
#   next_attempt_at order anyway (PostgreSQL may not, hence the ORDER BY).
# - x_claim__mutmut_22, x_mark_sent__mutmut_5, x_mark_failed__mutmut_18, x_give_up_abandoned__mutmut_5 and
#   x_purge_done__mutmut_7 turn synchronize_session=False into None, which SQLAlchemy treats alike.
# - x_claim__mutmut_44 and x_claim__mutmut_48 drop populate_existing: the claiming session has loaded only the
#   ids, so no stale object can stand in for the fresh rows (it guards callers whose session has).


async def _claim(engine: AsyncEngine, token: str, now: datetime, limit: int = rules.BATCH) -> list[OutboxMail]:
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        return await claim(session, token, now, limit)


async def test_a_claim_takes_the_longest_due_first_up_to_its_limit(engine: AsyncEngine) -> None:
    await _queue(engine, 3)
    async with engine.begin() as conn:
        for minutes, subject in ((3, "Mail 0"), (1, "Mail 1"), (5, "Mail 2")):
            await conn.execute(
                update(OutboxMail)
                .where(OutboxMail.subject == subject)
                .values(next_attempt_at=START + timedelta(minutes=minutes))
            )
    assert await _claim(engine, "early", START) == []  # none due yet
    (first,) = await _claim(engine, "a", START + timedelta(minutes=10), limit=1)
    assert (first.subject, first.attempts, first.claimed_by) == ("Mail 1", 1, "a")
    assert first.claimed_until == START + timedelta(minutes=10) + rules.LEASE
    rest = await _claim(engine, "b", START + timedelta(minutes=10), limit=5)
    assert sorted(row.subject for row in rest) == ["Mail 0", "Mail 2"]
    two = await _claim(engine, "c", START + timedelta(minutes=10) + rules.LEASE, limit=2)
    assert len(two) == 2  # the leases ran out exactly now: due again, two of three by the limit


async def test_a_retry_is_due_at_its_instant(engine: AsyncEngine) -> None:
    await _queue(engine, 1)
    async with engine.begin() as conn:
        await conn.execute(update(OutboxMail).values(next_attempt_at=START))
    assert await _claim(engine, "a", START - timedelta(microseconds=1)) == []
    assert len(await _claim(engine, "a", START)) == 1


async def test_a_lease_holds_until_its_last_instant(engine: AsyncEngine) -> None:
    await _queue(engine, 1)
    (row,) = await _claim(engine, "a", START)
    assert await _claim(engine, "b", START + rules.LEASE - timedelta(microseconds=1)) == []
    (taken,) = await _claim(engine, "b", START + rules.LEASE)
    assert (taken.id, taken.claimed_by, taken.attempts) == (row.id, "b", 2)


async def test_a_row_without_attempts_left_or_given_up_is_never_claimed(engine: AsyncEngine) -> None:
    await _queue(engine, 2)
    async with engine.begin() as conn:
        await conn.execute(update(OutboxMail).where(OutboxMail.subject == "Mail 0").values(attempts=rules.MAX_ATTEMPTS))
        await conn.execute(update(OutboxMail).where(OutboxMail.subject == "Mail 1").values(given_up_at=START))
    assert await _claim(engine, "a", START + timedelta(days=1)) == []
    async with engine.begin() as conn:
        await conn.execute(update(OutboxMail).values(attempts=rules.MAX_ATTEMPTS - 1, given_up_at=None))
    assert len(await _claim(engine, "a", START + timedelta(days=1))) == 2


async def test_a_worker_whose_claim_was_taken_over_can_mark_nothing(engine: AsyncEngine) -> None:
    await _queue(engine, 1)
    (old,) = await _claim(engine, "old", START)
    (new,) = await _claim(engine, "new", START + rules.LEASE)
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    async with sessions.begin() as session:
        assert not await mark_sent(session, old, "old", START + rules.LEASE)
        assert await mark_failed(session, old, "old", START + rules.LEASE, "late", permanent=False) is None
    async with sessions.begin() as session:
        assert await mark_sent(session, new, "new", START + rules.LEASE)
    (row,) = await _rows(engine)
    assert row.sent_at == START + rules.LEASE and row.claimed_by is None and row.claimed_until is None
    assert row.last_error is None
    async with sessions.begin() as session:
        # Sent is final: its worker can neither send it again nor turn it into a failure.
        assert not await mark_sent(session, new, "new", START + rules.LEASE)
        assert await mark_failed(session, new, "new", START + rules.LEASE, "late", permanent=True) is None


async def test_a_failure_keeps_500_characters_of_its_error_and_is_logged_with_the_row(
    engine: AsyncEngine, caplog: pytest.LogCaptureFixture
) -> None:
    await _queue(engine, 2)
    first, second = await _claim(engine, "a", START)
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    with caplog.at_level("WARNING", logger="kundval.mail"):
        async with sessions.begin() as session:
            assert await mark_failed(session, first, "a", START, "x" * 600, permanent=False) == "retried"
            assert await mark_failed(session, second, "a", START, "550 refused", permanent=True) == "given_up"
    rows = {row.id: row for row in await _rows(engine)}
    retried, given_up = rows[first.id], rows[second.id]
    assert retried.last_error == "x" * 500 and retried.given_up_at is None
    assert retried.next_attempt_at == START + rules.retry_delay(1) and retried.claimed_until is None
    assert given_up.given_up_at == START and given_up.claimed_by is None and given_up.claimed_until is None
    messages = [(record.levelname, record.getMessage()) for record in caplog.records]
    assert ("WARNING", f"mail {first.id} (test) attempt 1 failed, retrying: {'x' * 600}") in messages
    assert ("ERROR", f"mail {second.id} (test) given up after 1 attempt(s): 550 refused") in messages


def test_only_a_5xx_answer_about_the_mail_itself_is_final() -> None:
    refused = aiosmtplib.SMTPRecipientsRefused
    recipient = aiosmtplib.SMTPRecipientRefused
    assert _permanent(refused([recipient(550, "no such mailbox", "a@example.org")]))
    assert _permanent(refused([recipient(500, "x", "a@example.org"), recipient(599, "x", "b@example.org")]))
    assert not _permanent(refused([recipient(550, "x", "a@example.org"), recipient(450, "busy", "b@example.org")]))
    assert not _permanent(refused([recipient(600, "x", "a@example.org")]))
    assert not _permanent(refused([recipient(499, "x", "a@example.org")]))
    for code, final in ((499, False), (500, True), (554, True), (599, True), (600, False)):
        assert _permanent(aiosmtplib.SMTPDataError(code, "answer")) is final, code
    assert not _permanent(aiosmtplib.SMTPAuthenticationError(535, "bad login"))
    assert not _permanent(aiosmtplib.SMTPServerDisconnected("gone"))
    assert not _permanent(aiosmtplib.SMTPConnectError("refused"))
    assert not _permanent(OSError("network down"))


async def test_only_a_pending_row_out_of_attempts_whose_lease_ran_out_is_given_up(engine: AsyncEngine) -> None:
    await _queue(engine, 5)
    lease_end = START + rules.LEASE
    states = {
        "Mail 0": {"claimed_until": lease_end, "claimed_by": "dead"},  # its last worker died
        "Mail 1": {"claimed_until": None},  # out of attempts, never claimed since (an operator's reset)
        "Mail 2": {"claimed_until": lease_end + timedelta(seconds=1), "claimed_by": "alive"},  # still sending
        "Mail 3": {"sent_at": START},  # sent on its last attempt
        "Mail 4": {"given_up_at": START, "last_error": "550 no such mailbox"},
    }
    async with engine.begin() as conn:
        for subject, values in states.items():
            await conn.execute(
                update(OutboxMail).where(OutboxMail.subject == subject).values(attempts=rules.MAX_ATTEMPTS, **values)
            )
    async with async_sessionmaker(engine).begin() as session:
        assert await give_up_abandoned(session, lease_end) == 2
    rows = {row.subject: row for row in await _rows(engine)}
    for subject in ("Mail 0", "Mail 1"):
        row = rows[subject]
        assert (row.given_up_at, row.claimed_by, row.claimed_until) == (lease_end, None, None), subject
        assert row.last_error == "the last attempt never finished"
    assert rows["Mail 2"].given_up_at is None and rows["Mail 2"].claimed_by == "alive"
    assert rows["Mail 3"].given_up_at is None
    assert (rows["Mail 4"].given_up_at, rows["Mail 4"].last_error) == (START, "550 no such mailbox")


async def test_sent_and_given_up_rows_are_deleted_exactly_when_their_keeping_time_is_over(engine: AsyncEngine) -> None:
    await _queue(engine, 3)
    async with engine.begin() as conn:
        await conn.execute(update(OutboxMail).where(OutboxMail.subject == "Mail 0").values(sent_at=START))
        await conn.execute(update(OutboxMail).where(OutboxMail.subject == "Mail 1").values(given_up_at=START))
    sessions = async_sessionmaker(engine)
    async with sessions.begin() as session:
        assert await purge_done(session, START + rules.KEEP_DONE - timedelta(microseconds=1)) == 0
    async with sessions.begin() as session:
        assert await purge_done(session, START + rules.KEEP_DONE) == 2
    assert [row.subject for row in await _rows(engine)] == ["Mail 2"]  # pending: never deleted
