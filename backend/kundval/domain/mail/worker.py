"""The mail worker: claims due outbox rows, sends them over SMTP, marks them sent or schedules a retry.

Several workers may run at once (replicas, a scheduler's overlapping runs). A row is claimed before it is sent: on
PostgreSQL the candidates are locked with ``FOR UPDATE SKIP LOCKED`` so that workers pass each other instead of
queueing, and on both databases the claim is a conditional UPDATE that only a due, unclaimed row satisfies, whose
count (``rows_changed``) says what was won. The claim commits before anything is sent and gives the row a lease:
a worker that dies mid-send leaves a lease that runs out, and another worker takes the row. Marking the outcome is
conditional on still holding the claim. So a mail is sent twice only when a worker dies (or outlives its lease)
between the SMTP server's acceptance and the mark; the Message-ID, made from the row's id, lets the receiving side
recognise the resend.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime

import aiosmtplib
from sqlalchemy import ColumnElement, and_, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from kundval.core import clock
from kundval.core.db import rows_changed
from kundval.core.settings import Settings
from kundval.domain.mail import rules
from kundval.domain.mail.models import OutboxMail

log = logging.getLogger("kundval.mail")

# One SMTP command waits this long at most, so that a hung server cannot hold a claim past its lease.
SMTP_TIMEOUT_SECONDS = 30


@dataclass
class DeliveryPass:
    """What one pass did: how many rows it claimed, sent, will retry and gave up."""

    claimed: int = 0
    sent: int = 0
    retried: int = 0
    given_up: int = 0
    lost: int = 0  # claims that ran out before the outcome could be marked (another worker may have the row)
    purged: int = 0
    errors: list[str] = field(default_factory=list)


def _due(now: datetime) -> ColumnElement[bool]:
    """A row a worker may claim now: pending, due, not held by a live lease, attempts left."""
    return and_(
        OutboxMail.sent_at.is_(None),
        OutboxMail.given_up_at.is_(None),
        OutboxMail.next_attempt_at <= now,
        or_(OutboxMail.claimed_until.is_(None), OutboxMail.claimed_until <= now),
        OutboxMail.attempts < rules.MAX_ATTEMPTS,
    )


async def claim(session: AsyncSession, token: str, now: datetime, limit: int = rules.BATCH) -> list[OutboxMail]:
    """Claim up to ``limit`` due rows for ``token`` (one per pass) in the session's transaction; commit after."""
    pick = select(OutboxMail.id).where(_due(now)).order_by(OutboxMail.next_attempt_at).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        # Rows another worker is claiming are skipped, not waited for.
        pick = pick.with_for_update(skip_locked=True)
    ids = list((await session.scalars(pick)).all())
    if not ids:
        return []
    # The claim condition again: on SQLite nothing was locked, and another worker may have won a row since.
    won = await rows_changed(
        session,
        update(OutboxMail)
        .where(OutboxMail.id.in_(ids), _due(now))
        .values(claimed_by=token, claimed_until=now + rules.LEASE, attempts=OutboxMail.attempts + 1)
        .execution_options(synchronize_session=False),
    )
    if won == 0:
        return []
    rows = await session.scalars(
        select(OutboxMail).where(OutboxMail.claimed_by == token).execution_options(populate_existing=True)
    )
    return list(rows.all())


async def mark_sent(session: AsyncSession, row: OutboxMail, token: str, now: datetime) -> bool:
    """Record that ``row`` went out; False when the claim was lost (the lease ran out and another took it)."""
    return (
        await rows_changed(
            session,
            update(OutboxMail)
            # Marking sent or failed clears the claim, so holding it means the row is still pending.
            .where(OutboxMail.id == row.id, OutboxMail.claimed_by == token)
            .values(sent_at=now, claimed_by=None, claimed_until=None, last_error=None)
            .execution_options(synchronize_session=False),
        )
        == 1
    )


async def mark_failed(
    session: AsyncSession, row: OutboxMail, token: str, now: datetime, error: str, *, permanent: bool
) -> str | None:
    """Schedule the next attempt of ``row`` after the backoff, or give it up; gives "retried", "given_up" or None
    when the claim was lost."""
    give_up = permanent or rules.gives_up(row.attempts)
    values = {"given_up_at": now} if give_up else {"next_attempt_at": now + rules.retry_delay(row.attempts)}
    changed = await rows_changed(
        session,
        update(OutboxMail)
        .where(OutboxMail.id == row.id, OutboxMail.claimed_by == token)
        .values(claimed_by=None, claimed_until=None, last_error=error[:500], **values)
        .execution_options(synchronize_session=False),
    )
    if changed != 1:
        return None
    if give_up:
        log.error("mail %s (%s) given up after %d attempt(s): %s", row.id, row.kind, row.attempts, error)
        return "given_up"
    log.warning("mail %s (%s) attempt %d failed, retrying: %s", row.id, row.kind, row.attempts, error)
    return "retried"


async def give_up_abandoned(session: AsyncSession, now: datetime) -> int:
    """Give up the rows whose last attempt's worker died (the lease ran out with no attempts left)."""
    return await rows_changed(
        session,
        update(OutboxMail)
        .where(
            OutboxMail.sent_at.is_(None),
            OutboxMail.given_up_at.is_(None),
            OutboxMail.attempts >= rules.MAX_ATTEMPTS,
            or_(OutboxMail.claimed_until.is_(None), OutboxMail.claimed_until <= now),
        )
        .values(given_up_at=now, claimed_by=None, claimed_until=None, last_error="the last attempt never finished")
        .execution_options(synchronize_session=False),
    )


async def purge_done(session: AsyncSession, now: datetime) -> int:
    """Delete sent and given-up rows older than :data:`rules.KEEP_DONE` (their addresses are personal data)."""
    cutoff = now - rules.KEEP_DONE
    return await rows_changed(
        session,
        delete(OutboxMail)
        .where(or_(OutboxMail.sent_at <= cutoff, OutboxMail.given_up_at <= cutoff))
        .execution_options(synchronize_session=False),
    )


@dataclass
class OutboxState:
    """The outbox at a glance, for operators: what waits, what is being sent, what was given up."""

    pending: int
    due: int
    claimed: int
    sent: int
    given_up: list[OutboxMail]


async def outbox_state(session: AsyncSession, now: datetime) -> OutboxState:
    """Counts of the outbox's rows by state, and the given-up rows themselves (newest first, at most 50)."""
    pending = and_(OutboxMail.sent_at.is_(None), OutboxMail.given_up_at.is_(None))
    held = and_(OutboxMail.claimed_until.is_not(None), OutboxMail.claimed_until > now)

    async def count(*conditions: ColumnElement[bool]) -> int:
        return int(await session.scalar(select(func.count()).select_from(OutboxMail).where(*conditions)) or 0)

    given_up = await session.scalars(
        select(OutboxMail).where(OutboxMail.given_up_at.is_not(None)).order_by(OutboxMail.given_up_at.desc()).limit(50)
    )
    return OutboxState(
        pending=await count(pending),
        due=await count(_due(now)),
        claimed=await count(pending, held),
        sent=await count(OutboxMail.sent_at.is_not(None)),
        given_up=list(given_up.all()),
    )


def message_id(row: OutboxMail, sender: str) -> str:
    """The mail's Message-ID: the same for every attempt, so a resend is recognisably the same mail."""
    return f"<{row.id}@{sender.rpartition('@')[2]}>"


def build_message(row: OutboxMail, settings: Settings) -> EmailMessage:
    message = EmailMessage()
    message["From"] = settings.smtp_sender
    message["To"] = row.recipient
    message["Subject"] = row.subject
    message["Date"] = format_datetime(row.created_at)
    message["Message-ID"] = message_id(row, settings.smtp_sender)
    # RFC 3834: a machine wrote this, so out-of-office replies stay away.
    message["Auto-Submitted"] = "auto-generated"
    message["X-Kundval-Kind"] = row.kind
    message.set_content(row.body)
    return message


def smtp_client(settings: Settings) -> aiosmtplib.SMTP:
    """An SMTP client configured as the settings say (``KUNDVAL_SMTP_TLS``: none, starttls or tls)."""
    assert settings.smtp_host is not None, "mail is off: KUNDVAL_SMTP_HOST is not set"
    context = None
    if settings.smtp_tls != "none":
        context = ssl.create_default_context(cafile=str(settings.smtp_ca_file) if settings.smtp_ca_file else None)
    return aiosmtplib.SMTP(
        hostname=settings.smtp_host,
        port=settings.smtp_port,
        use_tls=settings.smtp_tls == "tls",
        # False, not None: "none" must never upgrade on its own, "starttls" must never go on without it.
        start_tls=settings.smtp_tls == "starttls",
        tls_context=context,
        username=settings.smtp_username,
        password=settings.smtp_password,
        timeout=SMTP_TIMEOUT_SECONDS,
    )


def _permanent(exc: Exception) -> bool:
    """A 5xx answer to this one mail (an address the server refuses): retrying will not help."""
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        return all(500 <= refusal.code < 600 for refusal in exc.recipients)
    return (
        isinstance(exc, aiosmtplib.SMTPResponseException)
        and 500 <= exc.code < 600
        and not isinstance(exc, aiosmtplib.SMTPServerDisconnected | aiosmtplib.SMTPAuthenticationError)
    )


async def deliver_once(engine: AsyncEngine, settings: Settings, *, limit: int = rules.BATCH) -> DeliveryPass:
    """One pass: tidy up, claim up to ``limit`` due rows, send them over one SMTP connection, mark each."""
    result = DeliveryPass()
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    token = str(uuid.uuid4())
    async with sessions.begin() as session:
        now = clock.now()
        result.given_up += await give_up_abandoned(session, now)
        result.purged = await purge_done(session, now)
    async with sessions.begin() as session:
        rows = await claim(session, token, clock.now(), limit)
    result.claimed = len(rows)
    if not rows:
        return result

    async def record_failure(row: OutboxMail, error: str, *, permanent: bool = False) -> None:
        async with sessions.begin() as session:
            outcome = await mark_failed(session, row, token, clock.now(), error, permanent=permanent)
        if outcome == "given_up":
            result.given_up += 1
        elif outcome == "retried":
            result.retried += 1
        else:
            result.lost += 1
        result.errors.append(error)

    client = smtp_client(settings)
    try:
        await client.connect()
    except (aiosmtplib.SMTPException, OSError) as exc:
        # The server is down or refuses us: every claimed row waits for its next attempt.
        for row in rows:
            await record_failure(row, f"connect: {exc}")
        return result
    try:
        for row in rows:
            assert row.claimed_until is not None
            if clock.now() >= row.claimed_until:
                # The lease ran out while earlier rows were sent: another worker may have this row now.
                result.lost += 1
                continue
            try:
                await client.send_message(build_message(row, settings))
            except (aiosmtplib.SMTPException, OSError) as exc:
                await record_failure(row, str(exc) or type(exc).__name__, permanent=_permanent(exc))
                continue
            async with sessions.begin() as session:
                marked = await mark_sent(session, row, token, clock.now())
            if marked:
                result.sent += 1
            else:
                log.warning("mail %s was sent but its claim had run out: it may be sent again", row.id)
                result.lost += 1
    finally:
        try:
            await client.quit()
        except (aiosmtplib.SMTPException, OSError):
            client.close()
    return result


async def run_worker(
    engine: AsyncEngine, settings: Settings, stop: asyncio.Event, *, interval: float | None = None
) -> None:
    """Deliver until ``stop`` is set: a pass, then a wait of ``interval`` seconds (at once again if the pass was
    full). A failing pass (the database away) is logged and retried at the next interval."""
    wait = settings.mail_poll_seconds if interval is None else interval
    while not stop.is_set():
        full = False
        try:
            done = await deliver_once(engine, settings)
            full = done.claimed >= rules.BATCH
            if done.claimed or done.given_up:
                log.info(
                    "mail pass: %d sent, %d to retry, %d given up, %d lost",
                    done.sent,
                    done.retried,
                    done.given_up,
                    done.lost,
                )
        except Exception:
            log.exception("mail pass failed")
        if full:
            continue
        try:
            await asyncio.wait_for(stop.wait(), timeout=wait)
        except TimeoutError:
            pass


class BackgroundWorker:
    """The worker as a task of the app's process, started and stopped with the app's lifespan."""

    def __init__(self, task: asyncio.Task[None] | None, stop_event: asyncio.Event) -> None:
        self._task = task
        self._stop = stop_event

    async def stop(self) -> None:
        """Let the pass in flight finish (its SMTP commands time out in :data:`SMTP_TIMEOUT_SECONDS`), then end."""
        if self._task is None:
            return
        self._stop.set()
        try:
            await asyncio.wait_for(self._task, timeout=SMTP_TIMEOUT_SECONDS + 5)
        except TimeoutError:
            log.warning("mail worker did not stop in time; its claims run out and another worker takes them")


def start_mail_worker(engine: AsyncEngine, settings: Settings) -> BackgroundWorker:
    """Start delivering in this process when SMTP is configured and ``KUNDVAL_MAIL_IN_PROCESS`` allows it."""
    stop_event = asyncio.Event()
    if not (settings.mail_enabled and settings.mail_in_process):
        return BackgroundWorker(None, stop_event)
    log.info("mail worker started in the app (%s:%d)", settings.smtp_host, settings.smtp_port)
    return BackgroundWorker(asyncio.create_task(run_worker(engine, settings, stop_event)), stop_event)
