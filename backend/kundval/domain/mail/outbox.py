"""The outbox (issue 12: filled in by the mail work).

``enqueue`` is the one way to send an e-mail: it adds a row in the caller's transaction, so a change that rolls
back sends nothing, and the worker delivers committed rows with retries. No personal data goes into a mail: the
subject and body are a neutral sentence and a link.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession


async def enqueue(session: AsyncSession, *, to: str, subject: str, body: str, kind: str) -> None:
    """Queue one e-mail to ``to`` in the caller's transaction."""
    raise NotImplementedError("filled in by the mail work of issue 12")
