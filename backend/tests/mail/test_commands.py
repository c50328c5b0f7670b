"""The scheduled commands and the in-process worker: `kundval mail deliver` (one pass), `kundval mail worker` (a
loop that stops cleanly on SIGTERM), and the app delivering on its own when SMTP is configured."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import time_machine
from click.testing import CliRunner
from litestar.testing import AsyncTestClient
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.app import create_app
from kundval.cli import main
from kundval.core import clock
from kundval.core.settings import Settings
from kundval.domain.mail.models import OutboxMail
from kundval.domain.mail.outbox import enqueue
from tests.factories import real_now
from tests.mail.smtp import SmtpServer


def _env(settings: Settings, smtp: SmtpServer | None = None) -> dict[str, str]:
    env = {
        "KUNDVAL_ENV": "test",
        "KUNDVAL_DATA_DIR": str(settings.data_dir),
        "KUNDVAL_DATABASE_URL": settings.database_url,
        "KUNDVAL_SMTP_HOST": "",
    }
    if smtp is not None:
        env.update(KUNDVAL_SMTP_HOST="127.0.0.1", KUNDVAL_SMTP_PORT=str(smtp.port), KUNDVAL_SMTP_TLS="none")
    return env


async def _one_mail(engine: AsyncEngine, subject: str = "Ämne") -> None:
    async with async_sessionmaker(engine).begin() as session:
        await enqueue(session, to="coach@example.org", subject=subject, body="Se Kundval.", kind="test")


def test_mail_commands_refuse_to_run_with_mail_off(settings: Settings) -> None:
    for command in (["mail", "deliver"], ["mail", "worker"]):
        result = CliRunner().invoke(main, command, env=_env(settings))
        assert result.exit_code == 1
        assert "KUNDVAL_SMTP_HOST" in result.output


async def test_mail_deliver_sends_what_is_due_and_exits(
    engine: AsyncEngine, settings: Settings, smtp_server: SmtpServer
) -> None:
    await _one_mail(engine)
    # The command runs its own event loop, so it runs in a thread beside this test's.
    result = await asyncio.to_thread(CliRunner().invoke, main, ["mail", "deliver"], env=_env(settings, smtp_server))
    assert result.exit_code == 0, result.output
    assert "1 mail(s) sent" in result.output
    assert len(smtp_server.messages) == 1


async def test_mail_worker_delivers_until_sigterm_and_then_stops_cleanly(
    engine: AsyncEngine, settings: Settings, smtp_server: SmtpServer
) -> None:
    kundval = Path(sys.executable).with_name("kundval")
    process = subprocess.Popen(
        [str(kundval), "mail", "worker", "--interval", "0.2"],
        env={**os.environ, **_env(settings, smtp_server)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        # The worker runs on the real clock; under `make test-dates` this process's clock is moved, and mail queued
        # on a later day would not yet be due for it.
        with time_machine.travel(real_now(), tick=True):
            await _one_mail(engine, "Först")
            await _one_mail(engine, "Sedan")
        deadline = time.monotonic() + 20
        while len(smtp_server.messages) < 2 and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        assert sorted(m["Subject"] for m in smtp_server.messages) == ["Först", "Sedan"]
        process.send_signal(signal.SIGTERM)
        output, _ = await asyncio.to_thread(process.communicate, timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, output
    assert "mail worker stopped" in output


async def test_the_app_delivers_its_outbox_itself_when_smtp_is_configured(
    engine: AsyncEngine, mail_settings: Settings, smtp_server: SmtpServer
) -> None:
    app = create_app(replace(mail_settings, mail_poll_seconds=1))
    async with AsyncTestClient(app=app):
        await _one_mail(engine)
        deadline = time.monotonic() + 15
        while not smtp_server.messages and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        assert len(smtp_server.messages) == 1


async def test_the_app_leaves_delivery_to_a_separate_worker_when_told(
    engine: AsyncEngine, mail_settings: Settings, smtp_server: SmtpServer
) -> None:
    app = create_app(replace(mail_settings, mail_poll_seconds=1, mail_in_process=False))
    async with AsyncTestClient(app=app):
        await _one_mail(engine)
        await asyncio.sleep(2.5)
    assert smtp_server.messages == []


async def test_mail_status_shows_what_waits_and_what_was_given_up(
    engine: AsyncEngine, settings: Settings, smtp_server: SmtpServer
) -> None:
    await _one_mail(engine, "Väntar")
    await _one_mail(engine, "Vägrad")
    async with engine.begin() as conn:
        await conn.execute(
            update(OutboxMail)
            .where(OutboxMail.subject == "Vägrad")
            .values(given_up_at=clock.now(), attempts=30, last_error="550 no such mailbox")
        )
    result = await asyncio.to_thread(CliRunner().invoke, main, ["mail", "status"], env=_env(settings))
    assert result.exit_code == 0, result.output
    assert "mail is off" in result.output
    assert "1 waiting (1 due, 0 being sent), 0 sent" in result.output
    assert "1 given up:" in result.output and "550 no such mailbox" in result.output
