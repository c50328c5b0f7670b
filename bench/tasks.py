"""The to-do lists under load: ``GET /api/tasks`` for a counsellor with 300 clients and a supervisor over every case,
at two sizes side by side (issue 12's Done-when), with the routes that grow with the data beside them.

``python -m bench.tasks`` (``make bench-tasks``): for each profile (``--profiles small medium``) it generates the
dataset (:mod:`bench.generate`) into a database of its own, then

1. counts the SQL statements of one request per route and caller, running the app in-process on that database
   with a ``before_cursor_execute`` counter on its engine (the session lookup included: what one request costs);
2. serves the app with uvicorn in a subprocess (``--workers``, default 1), signs in as each caller over HTTP and
   drives every route with ``--concurrency`` clients (httpx, async) for ``--requests`` requests or ``--seconds``,
   whichever ends first, with ``/api/health`` driven the same way at the start and the end of the same run;
3. prints p50, p95, throughput, p95 as a multiple of ``/api/health``'s p95, statements per request and the
   number of items the caller got, per size; then whether any route's statements grew with the data.

The databases are dropped at the end unless ``--keep``; ``--reuse`` serves databases kept by an earlier run
instead of generating them again. A route the build does not have yet (404) is shown as missing. Nothing is
asserted: a benchmark prints, the tests pin.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import asyncpg
import httpx
from advanced_alchemy.extensions.litestar import SQLAlchemyPlugin
from litestar.testing import AsyncTestClient
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

from bench import generate
from kundval.app import create_app
from kundval.core.settings import load_settings
from kundval.demo import DEMO_PASSWORD

HEALTH = "/api/health"


@dataclass(frozen=True)
class Target:
    path: str
    caller: str | None  # a username; None: signed out
    params: tuple[tuple[str, str], ...] = ()

    @property
    def label(self) -> str:
        query = "&".join(f"{k}={v}" for k, v in self.params)
        return f"GET {self.path}{'?' + query if query else ''}"


TARGETS = (
    Target("/api/tasks", "counsellor"),
    Target("/api/tasks", "supervisor"),
    Target("/api/tasks", "provider1-admin"),
    Target("/api/tasks", "provider1-coach"),
    Target("/api/tasks/overview", "supervisor"),
    # The lists that exist before the tasks, for comparison: issue 11 measured these.
    Target("/api/cases", "counsellor", (("limit", "50"),)),
    Target("/api/cases", "supervisor", (("limit", "50"),)),
    Target("/api/cases", "provider1-admin", (("limit", "50"),)),
    Target("/api/reviews", "counsellor", (("limit", "50"),)),
    Target("/api/provider/queue", "provider1-admin"),
)


@dataclass
class Measured:
    """One route and caller at one size."""

    status: int = 0
    statements: int | None = None
    items: int | None = None
    alone: float | None = None  # one request in-process, nothing else running
    in_sql: float | None = None  # of which the statements' execution (fetching the rows included)
    latencies: list[float] = field(default_factory=list)
    seconds: float = 0.0
    errors: int = 0

    @property
    def missing(self) -> bool:
        return self.status in (404, 405)

    def p(self, q: int) -> float:
        if not self.latencies:
            return float("nan")
        if len(self.latencies) == 1:
            return self.latencies[0]
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[q - 1]

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else float("nan")


def _items(body: Any) -> int | None:
    if isinstance(body, dict):
        if isinstance(body.get("total"), int):
            return int(body["total"])
        if isinstance(body.get("items"), list):
            return len(body["items"])
    if isinstance(body, list):
        return len(body)
    return None


def server_environment(url: str, data_dir: Path) -> dict[str, str]:
    """The settings that serve Kundval on ``url`` with its files under ``data_dir``."""
    return {
        "KUNDVAL_ENV": "demo",
        "KUNDVAL_DATABASE_URL": url,
        "KUNDVAL_DATA_DIR": str(data_dir),
        "KUNDVAL_STORAGE_URL": f"file://{data_dir / 'objects'}",
        # One key for every worker (each would otherwise race to write its own into the data directory).
        "KUNDVAL_SECRET_KEY": secrets.token_urlsafe(48),
    }


async def _sign_in(client: httpx.AsyncClient, username: str) -> dict[str, str]:
    response = await client.post("/api/auth/login", json={"username": username, "password": DEMO_PASSWORD})
    response.raise_for_status()
    return dict(client.cookies)


async def count_statements(url: str, data_dir: Path, results: dict[Target, Measured]) -> None:
    """One request per target in-process, counting the statements the app's engine sends for it."""
    settings = load_settings(server_environment(url, data_dir))
    app = create_app(settings)
    logging.getLogger().setLevel(logging.WARNING)  # create_app logs at INFO: httpx a line per request, alembic more
    engine = cast("AsyncEngine", app.plugins.get(SQLAlchemyPlugin).config[0].get_engine())
    statements: list[float] = []
    started: list[float] = []

    def before(*_args: Any) -> None:
        started.append(time.perf_counter())

    def after(*_args: Any) -> None:
        statements.append(time.perf_counter() - started.pop())

    async with AsyncTestClient(app) as client:
        cookies = {}
        for username in sorted({t.caller for t in TARGETS if t.caller}):
            client.cookies.clear()
            cookies[username] = await _sign_in(client, username)
        event.listen(engine.sync_engine, "before_cursor_execute", before)
        event.listen(engine.sync_engine, "after_cursor_execute", after)
        try:
            for target in TARGETS:
                client.cookies.clear()
                if target.caller:
                    client.cookies.update(cookies[target.caller])
                await client.get(target.path, params=dict(target.params))  # warm: the first request pays imports
                statements.clear()
                began = time.perf_counter()
                response = await client.get(target.path, params=dict(target.params))
                alone = time.perf_counter() - began
                measured = results.setdefault(target, Measured())
                measured.status = response.status_code
                if response.status_code == 200:
                    measured.statements = len(statements)
                    measured.items = _items(response.json())
                    measured.alone, measured.in_sql = alone, sum(statements)
                    print(
                        f"    {target.label} as {target.caller}: {measured.statements} statements, "
                        f"{measured.items} items, {_ms(alone)} ms alone, {_ms(measured.in_sql)} ms in SQL",
                        flush=True,
                    )
        finally:
            event.remove(engine.sync_engine, "before_cursor_execute", before)
            event.remove(engine.sync_engine, "after_cursor_execute", after)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextlib.contextmanager
def serving(url: str, data_dir: Path, workers: int) -> Iterator[str]:
    """uvicorn on the generated database in a subprocess, as production serves it."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "kundval.asgi:app", "--host", "127.0.0.1", "--port", str(port),
         "--workers", str(workers), "--log-level", "warning", "--no-access-log"],
        env={**os.environ, **server_environment(url, data_dir)},
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                raise RuntimeError("the server exited before it answered")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(base + HEALTH, timeout=2).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not answer /api/health within 90 s")
            time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


async def drive(
    base: str, cookies: dict[str, str], target: Target, measured: Measured, *, requests: int, seconds: float,
    concurrency: int, timeout: float,
) -> None:  # fmt: skip
    """``concurrency`` clients send requests one after another until ``requests`` are done or time is up."""
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, cookies=cookies, limits=limits, timeout=timeout) as client:
        params = dict(target.params)
        with contextlib.suppress(httpx.TimeoutException):
            await client.get(target.path, params=params)  # warm-up: the worker's first request of the route
        sent = 0
        stop = time.perf_counter() + seconds

        async def one_client() -> None:
            nonlocal sent
            while sent < requests and time.perf_counter() < stop:
                sent += 1
                started = time.perf_counter()
                try:
                    response = await client.get(target.path, params=params)
                except httpx.TimeoutException:
                    measured.errors += 1  # counted, and its time too: a timeout is the slowest answer there is
                    measured.latencies.append(time.perf_counter() - started)
                    continue
                measured.latencies.append(time.perf_counter() - started)
                measured.status = measured.status or response.status_code
                if response.status_code != 200:
                    measured.errors += 1

        started = time.perf_counter()
        await asyncio.gather(*(one_client() for _ in range(concurrency)))
        measured.seconds += time.perf_counter() - started


async def load(
    url: str, data_dir: Path, results: dict[Target, Measured], health: Measured, args: argparse.Namespace
) -> None:
    with serving(url, data_dir, args.workers) as base:
        cookies: dict[str | None, dict[str, str]] = {None: {}}
        async with httpx.AsyncClient(base_url=base) as client:
            for username in sorted({t.caller for t in TARGETS if t.caller}):
                client.cookies.clear()
                cookies[username] = await _sign_in(client, username)
        options = dict(requests=args.requests, seconds=args.seconds, concurrency=args.concurrency, timeout=args.timeout)
        await drive(base, {}, Target(HEALTH, None), health, **options)
        for target in TARGETS:
            measured = results[target]
            if measured.missing:
                continue
            print(f"  load {target.label} as {target.caller}", flush=True)
            await drive(base, cookies[target.caller], target, measured, **options)
        await drive(base, {}, Target(HEALTH, None), health, **options)  # the trivial route again, at the end


async def database_exists(name: str) -> bool:
    connection = await asyncpg.connect(f"{generate.SERVER}/postgres")
    try:
        return bool(await connection.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name))
    finally:
        await connection.close()


@contextlib.asynccontextmanager
async def dataset(profile: generate.Profile, args: argparse.Namespace) -> AsyncIterator[str]:
    name = generate.database_name(profile.name)
    if not (args.reuse and await database_exists(name)):
        await generate.generate(profile, name)
    try:
        yield generate.database_url(name)
    finally:
        if not args.keep:
            await generate.drop_database(name)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f}" if seconds == seconds else "–"


CELL = 62


def _cell(m: Measured, health: Measured) -> str:
    if m.missing:
        return "(not in this build)"
    ratio = m.p(95) / health.p(95) if health.latencies and m.latencies else float("nan")
    statements = m.statements if m.statements is not None else "–"
    items = m.items if m.items is not None else "–"
    alone = _ms(m.alone) if m.alone is not None else "–"
    in_sql = _ms(m.in_sql) if m.in_sql is not None else "–"
    errors = f" {m.errors} errors" if m.errors else ""
    return (
        f"{_ms(m.p(50)):>6} {_ms(m.p(95)):>6} {m.throughput:>6.1f} {ratio:>7.1f} {statements:>5} {items:>6}"
        f" {alone:>6} {in_sql:>6}{errors}"
    )


def report(sizes: list[tuple[generate.Profile, dict[Target, Measured], Measured]]) -> None:
    """One line per route and caller, the sizes side by side."""
    print()
    print("Under load: p50 and p95 (ms), requests per second, p95 as a multiple of /api/health's p95 in the same run.")
    print("In-process, one request alone: SQL statements, items the caller got (total), time (ms) and of it in SQL.")
    for profile, _, health in sizes:
        print(
            f"  /api/health at {profile.name}: p50 {_ms(health.p(50))} ms, p95 {_ms(health.p(95))} ms, "
            f"{health.throughput:.0f} req/s"
        )
    head = "".join(f" | {f'{p.name} ({p.cases:,} cases)':<{CELL}}" for p, _, _ in sizes)
    columns = "".join(f" | {'   p50    p95  req/s ×health stmts  items  alone    sql':<{CELL}}" for _ in sizes)
    print(f"{'route':<30} {'caller':<16}{head}")
    print(f"{'':<47}{columns}")
    for target in TARGETS:
        cells = "".join(f" | {_cell(r.get(target, Measured()), h):<{CELL}}" for _, r, h in sizes)
        print(f"{target.label:<30} {target.caller or '':<16}{cells}")
    if len(sizes) > 1:
        grown = [
            f"{t.label} as {t.caller}: {' → '.join(str(r[t].statements) for _, r, _ in sizes)}"
            for t in TARGETS
            if len({r[t].statements for _, r, _ in sizes if t in r and r[t].statements is not None}) > 1
        ]
        print()
        print("statements per request grew with the data: " + ("; ".join(grown) if grown else "none"))


async def run(args: argparse.Namespace) -> None:
    sizes = []
    for name in args.profiles:
        profile = generate.PROFILES[name]
        results: dict[Target, Measured] = {}
        health = Measured(status=200)
        async with dataset(profile, args) as url:
            with tempfile.TemporaryDirectory(prefix="kundval-bench-") as tmp:
                print(f"  statements per request ({profile.name})", flush=True)
                await count_statements(url, Path(tmp), results)
                await load(url, Path(tmp), results, health, args)
        sizes.append((profile, results, health))
    report(sizes)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.tasks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--profiles", nargs="+", choices=sorted(generate.PROFILES), default=["small", "medium"])
    parser.add_argument("--requests", type=int, default=200, help="per route and caller (default 200)")
    parser.add_argument("--seconds", type=float, default=20, help="at most this long per route and caller")
    parser.add_argument("--concurrency", type=int, default=8, help="concurrent clients (default 8)")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn workers (default 1)")
    parser.add_argument("--timeout", type=float, default=600, help="seconds a request may take (counted as an error)")
    parser.add_argument("--keep", action="store_true", help="keep the generated databases")
    parser.add_argument("--reuse", action="store_true", help="serve databases an earlier --keep run left")
    asyncio.run(run(parser.parse_args(argv)))


if __name__ == "__main__":
    main()
