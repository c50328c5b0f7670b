"""The outbox (issue 12 point 5).

``enqueue`` is the one way to send an e-mail: it adds a row in the caller's transaction, so a change that rolls
back sends nothing, and the worker (:mod:`kundval.domain.mail.worker`) delivers committed rows with retries. No
personal data goes into a mail: the subject and body are a neutral sentence and a link.

Rows are written whether or not SMTP is configured: mail that is off, or an SMTP server that is down, only means
the rows wait, so turning mail on later or an outage loses nothing (docs/decisions.md).
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.domain.mail.models import OutboxMail


async def enqueue(session: AsyncSession, *, to: str, subject: str, body: str, kind: str) -> None:
    """Queue one e-mail to ``to`` in the caller's transaction; it is due at once."""
    if not to or "@" not in to:
        raise ValueError("an e-mail needs an address with @")
    if "\n" in subject or "\r" in subject:
        # A header with a line break could smuggle in more headers; callers write one neutral line.
        raise ValueError("an e-mail subject is one line")
    session.add(
        OutboxMail(kind=kind, recipient=to, subject=subject[:200], body=body, attempts=0, next_attempt_at=clock.now())
    )
    await session.flush()
