"""The login throttle: repeated failed sign-ins are slowed down (ASVS V2.2.1).

The rule, in one place: per key, the first ``FREE_FAILURES`` failures within ``WINDOW`` cost nothing; each further
failure locks the key for ``BASE_LOCK`` doubled per extra failure, at most ``MAX_LOCK``. A success clears the
username's count. Keys are the username (so one account cannot be guessed at) and the client address with a
higher allowance (so one address cannot spray many usernames).

Failures are written in their own transaction: the request itself answers 401 and so rolls back.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kundval.core import clock
from kundval.domain.accounts.models import LoginThrottle

WINDOW = timedelta(minutes=15)
BASE_LOCK = timedelta(seconds=30)
MAX_LOCK = timedelta(minutes=15)
# Per kind of key: failures that cost nothing. "choice" counts wrong choice codes per client address.
FREE_FAILURES = {"user": 5, "ip": 30, "choice": 10}


@dataclass(frozen=True)
class Lock:
    retry_after_seconds: int


def _keys(username: str, client_ip: str | None) -> list[tuple[str, str]]:
    keys = [("user", "user:" + username.strip().lower())]
    if client_ip:
        keys.append(("ip", "ip:" + client_ip))
    return keys


def lock_duration(kind: str, failures: int) -> timedelta:
    """How long a key is locked after its ``failures``-th failure in the window."""
    extra = failures - FREE_FAILURES[kind]
    if extra <= 0:
        return timedelta(0)
    return min(BASE_LOCK * 2 ** min(extra - 1, 16), MAX_LOCK)  # the exponent is capped so it cannot overflow


async def current_lock(session: AsyncSession, username: str, client_ip: str | None, now: datetime) -> Lock | None:
    """The longest lock in force on the username or the address, if any."""
    return await lock_on(session, [key for _kind, key in _keys(username, client_ip)], now)


async def lock_on(session: AsyncSession, keys: list[str], now: datetime) -> Lock | None:
    """The longest lock in force on any of ``keys``."""
    rows = (await session.scalars(select(LoginThrottle).where(LoginThrottle.key.in_(keys)))).all()
    waits = [(row.locked_until - now).total_seconds() for row in rows if row.locked_until and row.locked_until > now]
    return Lock(math.ceil(max(waits))) if waits else None


async def record_failure(
    sessions: async_sessionmaker[AsyncSession], username: str, client_ip: str | None, now: datetime | None = None
) -> None:
    await record_failure_on(sessions, _keys(username, client_ip), now or clock.now())


async def record_failure_on(
    sessions: async_sessionmaker[AsyncSession], keys: list[tuple[str, str]], now: datetime
) -> None:
    """Count one failure on each (kind, key), in a transaction of its own."""
    async with sessions.begin() as session:
        for kind, key in keys:
            row = await session.scalar(select(LoginThrottle).where(LoginThrottle.key == key).with_for_update())
            if row is None:
                row = LoginThrottle(key=key, failures=0, last_failure_at=now)
                session.add(row)
            elif now - row.last_failure_at > WINDOW:
                row.failures = 0
            row.failures += 1
            row.last_failure_at = now
            wait = lock_duration(kind, row.failures)
            row.locked_until = now + wait if wait else None


async def record_success(session: AsyncSession, username: str) -> None:
    """Clear the username's failures; the address keeps its count so a spray is still seen."""
    await session.execute(delete(LoginThrottle).where(LoginThrottle.key == "user:" + username.strip().lower()))
