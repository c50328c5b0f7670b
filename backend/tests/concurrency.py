"""Racing one transition with many real HTTP clients: the shared helper for "exactly one winner, 409 for the rest".

The app runs under uvicorn in a thread of its own (:func:`tests.factories.running_server`) and every request comes
from a separate HTTP client with its own session, so the requests really are in flight at the same time; the
helper checks that they overlapped. PostgreSQL is where this means something (SQLite serialises writers): use
:func:`skip_unless_postgresql` for races of row locks, and :func:`race` on SQLite only for what SQLite can race
(two inserts of the same unique row).

    responses = await race(app, [Shot("counsellor", f"/api/documents/{doc}/approve")] * 20)
    winner = one_winner(responses)
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from litestar import Litestar

from kundval.core.settings import Settings
from kundval.demo import DEMO_PASSWORD
from tests.factories import running_server


def skip_unless_postgresql(settings: Settings) -> None:
    """Call at the start of a race test: row locks race only on PostgreSQL."""
    if settings.is_sqlite:
        pytest.skip("SQLite serialises writers: concurrent transitions cannot race there")


@dataclass(frozen=True)
class Shot:
    """One request of the race: who sends it, where, and its body (JSON, or multipart ``data`` + ``files``); a POST
    unless ``method`` says otherwise. ``username`` ``None`` sends it signed out (the public choice)."""

    username: str | None
    url: str
    json: dict[str, Any] | None = None
    data: dict[str, str] | None = None
    files: dict[str, tuple[str, bytes, str]] | None = field(default=None)
    method: str = "POST"


async def signed_in(base_url: str, username: str | None) -> httpx.AsyncClient:
    """A client of its own for ``username``, sending the CSRF header (``None``: signed out)."""
    client = httpx.AsyncClient(base_url=base_url, timeout=60, headers={"Accept-Language": "en"})
    if username is None:
        return client
    response = await client.post("/api/auth/login", json={"username": username, "password": DEMO_PASSWORD})
    assert response.status_code == 200, response.text
    client.headers["x-csrftoken"] = client.cookies["csrftoken"]
    return client


async def at_once(requests: Sequence[tuple[httpx.AsyncClient, Shot]]) -> list[httpx.Response]:
    """Send every request at the same time; check that they were all in flight together."""
    spans: list[tuple[float, float]] = []

    async def send(client: httpx.AsyncClient, shot: Shot) -> httpx.Response:
        start = time.perf_counter()
        if shot.files is not None:
            response = await client.request(shot.method, shot.url, data=shot.data or {}, files=shot.files)
        else:
            response = await client.request(shot.method, shot.url, json=shot.json)
        spans.append((start, time.perf_counter()))
        return response

    responses = await asyncio.gather(*(send(client, shot) for client, shot in requests))
    assert max(start for start, _ in spans) < min(end for _, end in spans), "the requests did not overlap"
    return list(responses)


async def race(app: Litestar, shots: Sequence[Shot]) -> list[httpx.Response]:
    """Serve ``app`` on a real port, sign one client in per shot, and fire every shot at once."""
    with running_server(app) as base_url:
        clients = [await signed_in(base_url, shot.username) for shot in shots]
        try:
            return await at_once(list(zip(clients, shots, strict=True)))
        finally:
            for client in clients:
                await client.aclose()


def one_winner(responses: Sequence[httpx.Response], success: int = 201, loser: int = 409) -> httpx.Response:
    """Exactly one response is ``success``, every other a ``loser`` (409; a deletion's losers find nothing: 404)
    with a reason; returns the winner."""
    codes = sorted(r.status_code for r in responses)
    assert codes == sorted([success] + [loser] * (len(responses) - 1)), [(r.status_code, r.text) for r in responses]
    assert all(len(r.json()["detail"]) > 5 for r in responses if r.status_code == loser)
    return next(r for r in responses if r.status_code == success)
