"""The ``kundval`` command: migrate, seed-demo, create-user, serve, demo, sweep-orphans, mail, notify, openapi."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import click

from kundval.core.settings import Settings, SettingsError, load_settings


def _settings() -> Settings:
    try:
        return load_settings()
    except SettingsError as exc:
        raise click.ClickException(str(exc)) from None


async def _migrate(settings: Settings) -> None:
    from kundval.core.db import create_engine
    from kundval.core.migrate import upgrade

    engine = create_engine(settings)
    try:
        await upgrade(engine)
    finally:
        await engine.dispose()


async def _seed(settings: Settings) -> bool:
    from sqlalchemy.ext.asyncio import async_sessionmaker

    from kundval.core.db import create_engine
    from kundval.demo import seed_demo

    engine = create_engine(settings)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
            return await seed_demo(session)
    finally:
        await engine.dispose()


@click.group()
def main() -> None:
    """Kundval: the customer-choice labour-market programme."""


@main.command()
def migrate() -> None:
    """Bring the database schema up to date (Alembic upgrade head)."""
    settings = _settings()
    asyncio.run(_migrate(settings))
    click.echo("database migrated")


@main.command("seed-demo")
def seed_demo_command() -> None:
    """Add the demo accounts and data; refuses a database with real accounts."""
    from kundval.demo import RealDataPresent

    settings = _settings()
    try:
        created = asyncio.run(_seed(settings))
    except RealDataPresent as exc:
        raise click.ClickException(str(exc)) from None
    click.echo("demo data created" if created else "demo data already present")


@main.command("create-user")
@click.option("--username", required=True)
@click.option("--name", required=True, help="Full name shown in the app.")
@click.option(
    "--role",
    "roles",
    multiple=True,
    required=True,
    type=click.Choice(["counsellor", "coordinator", "supervisor", "admin", "provider_admin", "provider_staff"]),
)
@click.option("--provider-org", default=None, help="Organisation number of the provider (provider roles only).")
@click.option("--email", default=None)
@click.password_option("--password", help="Prompted for when not given.")
def create_user_command(
    username: str, name: str, roles: tuple[str, ...], provider_org: str | None, email: str | None, password: str
) -> None:
    """Create a local account with an argon2-hashed password."""
    from kundval.core.security import Role

    settings = _settings()

    async def run() -> None:
        from sqlalchemy import select
        from sqlalchemy.ext.asyncio import async_sessionmaker

        from kundval.core.db import create_engine
        from kundval.domain.accounts.service import create_user
        from kundval.domain.providers.models import Provider

        engine = create_engine(settings)
        try:
            async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
                provider_id = None
                if provider_org:
                    provider_id = await session.scalar(select(Provider.id).where(Provider.org_number == provider_org))
                    if provider_id is None:
                        raise click.ClickException(f"no provider with organisation number {provider_org}")
                await create_user(
                    session,
                    username=username,
                    name=name,
                    roles=[Role(r) for r in roles],
                    password=password,
                    provider_id=provider_id,
                    email=email,
                )
        finally:
            await engine.dispose()

    from kundval.domain.accounts.service import AccountError

    try:
        asyncio.run(run())
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"user {username} created")


def uvicorn_options(settings: Settings) -> dict[str, Any]:
    """How uvicorn serves the app: X-Forwarded-For/-Proto are believed only from ``KUNDVAL_TRUSTED_PROXIES``.

    uvicorn otherwise trusts them from 127.0.0.1 (or from ``FORWARDED_ALLOW_IPS``, which may be ``*``), and a client
    that sets its own address walks past the per-address login throttle."""
    if not settings.trusted_proxies:
        return {"proxy_headers": False, "log_level": "info"}
    return {"proxy_headers": True, "forwarded_allow_ips": ",".join(settings.trusted_proxies), "log_level": "info"}


@main.command()
@click.option("--host", default=None, help="Default: KUNDVAL_HOST or 127.0.0.1.")
@click.option("--port", default=None, type=int, help="Default: KUNDVAL_PORT or 8000.")
def serve(host: str | None, port: int | None) -> None:
    """Serve the API and the built SPA."""
    import uvicorn

    settings = _settings()
    uvicorn.run("kundval.asgi:app", host=host or settings.host, port=port or settings.port, **uvicorn_options(settings))


@main.command()
def demo() -> None:
    """Migrate, seed the demo data if the database is new, print the accounts and serve."""
    from kundval.demo import ACCOUNTS, DEMO_PASSWORD, RealDataPresent

    settings = _settings()
    asyncio.run(_migrate(settings))
    try:
        created = asyncio.run(_seed(settings))
    except RealDataPresent:
        created = False
        click.echo("The database holds real accounts: demo data not added.")
    url = f"http://{settings.host}:{settings.port}"
    click.echo("")
    click.echo(f"Kundval demo {'(new data)' if created else '(existing data)'} in {settings.data_dir}")
    click.echo(f"  Open {url}  (API health: {url}/api/health)")
    click.echo(f"  Accounts, password '{DEMO_PASSWORD}': " + ", ".join(ACCOUNTS))
    click.echo("")
    sys.stdout.flush()
    import uvicorn

    uvicorn.run("kundval.asgi:app", host=settings.host, port=settings.port, **uvicorn_options(settings))


@main.command("sweep-orphans")
@click.option(
    "--grace-minutes",
    default=60,
    show_default=True,
    type=click.IntRange(min=0),
    help="Leave objects younger than this alone: they may belong to uploads in flight.",
)
def sweep_orphans_command(grace_minutes: int) -> None:
    """Delete stored files whose database row never committed, and files of uploads that never finished."""
    from datetime import timedelta

    from sqlalchemy.ext.asyncio import async_sessionmaker

    from kundval.app import build_store
    from kundval.core import clock
    from kundval.core.db import create_engine
    from kundval.core.storage import FileSystemStore
    from kundval.domain.conversations.models import ConversationPost
    from kundval.domain.documents.models import DocumentVersion
    from kundval.domain.documents.sweep import sweep_orphans

    # Every area that writes files to the store, with the column that names its objects.
    stored = (("documents/", DocumentVersion.object_key), ("conversations/", ConversationPost.object_key))

    settings = _settings()

    async def run() -> tuple[list[str], int]:
        store = build_store(settings)
        engine = create_engine(settings)
        try:
            removed: list[str] = []
            async with async_sessionmaker(engine)() as session:
                for prefix, key_column in stored:
                    removed += await sweep_orphans(
                        session,
                        store,
                        clock.now(),
                        timedelta(minutes=grace_minutes),
                        prefix=prefix,
                        key_column=key_column,
                    )
        finally:
            await engine.dispose()
        # Uploads cut off by a killed worker leave partial files in the file store's tmp/ that no row names.
        partial = 0
        if isinstance(store, FileSystemStore):
            partial = await store.remove_stale_temporary_files(clock.now(), grace_minutes * 60)
        return removed, partial

    removed, partial = asyncio.run(run())
    for key in removed:
        click.echo(f"removed {key}")
    click.echo(f"{len(removed)} orphaned object(s) removed")
    click.echo(f"{partial} unfinished upload(s) removed")


@main.group()
def mail() -> None:
    """Deliver the outbox's e-mail over SMTP (KUNDVAL_SMTP_*)."""


def _mail_settings() -> Settings:
    settings = _settings()
    if not settings.mail_enabled:
        raise click.ClickException("mail is off: set KUNDVAL_SMTP_HOST (and the other KUNDVAL_SMTP_* settings)")
    return settings


@mail.command("deliver")
def mail_deliver_command() -> None:
    """One delivery pass, for a scheduler: send what is due, then exit (safe to run on several machines at once)."""
    from kundval.core.db import create_engine
    from kundval.domain.mail.worker import deliver_once

    settings = _mail_settings()

    async def run() -> None:
        engine = create_engine(settings)
        try:
            done = await deliver_once(engine, settings)
        finally:
            await engine.dispose()
        click.echo(
            f"{done.sent} mail(s) sent, {done.retried} to retry, {done.given_up} given up, {done.lost} lost claim(s)"
        )

    asyncio.run(run())


@mail.command("status")
def mail_status_command() -> None:
    """How many mails wait, are due, are being sent and were sent; the given-up ones with their last error."""
    from sqlalchemy.ext.asyncio import async_sessionmaker

    from kundval.core import clock
    from kundval.core.db import create_engine
    from kundval.domain.mail.worker import OutboxState, outbox_state

    settings = _settings()

    async def run() -> OutboxState:
        engine = create_engine(settings)
        try:
            async with async_sessionmaker(engine, expire_on_commit=False)() as session:
                return await outbox_state(session, clock.now())
        finally:
            await engine.dispose()

    state = asyncio.run(run())
    click.echo(
        f"mail is {'on: ' + str(settings.smtp_host) if settings.mail_enabled else 'off (KUNDVAL_SMTP_HOST unset)'}"
    )
    click.echo(f"{state.pending} waiting ({state.due} due, {state.claimed} being sent), {state.sent} sent")
    click.echo(f"{len(state.given_up)} given up" + (":" if state.given_up else ""))
    for row in state.given_up:
        assert row.given_up_at is not None
        click.echo(f"  {row.id} {row.kind} {row.given_up_at:%Y-%m-%d %H:%M} UTC after {row.attempts}: {row.last_error}")


@mail.command("worker")
@click.option(
    "--interval",
    default=None,
    type=click.FloatRange(min=0.1),
    help="Seconds between passes. Default: KUNDVAL_MAIL_POLL_SECONDS or 5.",
)
def mail_worker_command(interval: float | None) -> None:
    """Deliver in a loop until SIGTERM or SIGINT, which end it after the pass in flight."""
    import signal

    from kundval.core.db import create_engine
    from kundval.domain.mail.worker import run_worker

    settings = _mail_settings()

    async def run() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stop.set)
        engine = create_engine(settings)
        click.echo(f"mail worker delivering to {settings.smtp_host}:{settings.smtp_port}")
        try:
            await run_worker(engine, settings, stop, interval=interval)
        finally:
            await engine.dispose()
        click.echo("mail worker stopped")

    import logging

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    asyncio.run(run())


@main.command()
@click.option("--digest", is_flag=True, help="Write today's digest of each person who has one to the outbox.")
def notify(digest: bool) -> None:
    """Scheduled notifications: ``--digest`` once a day (safe twice a day and on several machines at once)."""
    from sqlalchemy.ext.asyncio import async_sessionmaker

    from kundval.core.db import create_engine
    from kundval.domain.messages.digest import send_digests
    from kundval.domain.tasks.digest import late_lines

    if not digest:
        raise click.UsageError("say what to send: --digest")
    settings = _settings()

    async def run() -> int:
        engine = create_engine(settings)
        try:
            return await send_digests(async_sessionmaker(engine, expire_on_commit=False), late=late_lines)
        finally:
            await engine.dispose()

    click.echo(f"{asyncio.run(run())} digest(s) written to the outbox")


@main.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def openapi(path: Path) -> None:
    """Write the OpenAPI document to PATH (the SPA's types are generated from it)."""
    path.write_text(openapi_json() + "\n")
    click.echo(f"wrote {path}")


def openapi_json() -> str:
    """The OpenAPI document as stable, sorted JSON; the drift test compares it with the committed copy."""
    import os
    import tempfile

    from kundval.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        # The schema does not depend on where data lives; a throwaway data dir keeps this side-effect free.
        environ = {**os.environ, "KUNDVAL_DATA_DIR": tmp, "KUNDVAL_ENV": "test"}
        environ.pop("KUNDVAL_DATABASE_URL", None)
        environ.pop("KUNDVAL_STORAGE_URL", None)
        app = create_app(load_settings(environ))
        schema = app.openapi_schema.to_schema()
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False)


if __name__ == "__main__":
    main()
