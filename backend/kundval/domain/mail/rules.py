"""The numbers of mail delivery: retries, backoff, leases, how long rows are kept (issue 12 point 5).

The routine states none of these; they are operational choices (docs/decisions.md), kept in one place so that the
worker and its tests read the same numbers.
"""

from __future__ import annotations

from datetime import timedelta

# The first retry waits a minute, each next one twice as long, never more than an hour: an SMTP server down for an
# afternoon is retried every hour, not hammered, and a short blip costs a minute.
FIRST_RETRY = timedelta(minutes=1)
RETRY_CAP = timedelta(hours=1)
# After this many attempts (about a day with the numbers above) a mail is given up, logged and left visible.
MAX_ATTEMPTS = 30
# A claim holds a row this long; a worker that died mid-send lets another take it after it.
LEASE = timedelta(minutes=5)
# Rows one pass claims at a time, so one worker does not sit on the whole queue while others idle.
BATCH = 20
# Sent and given-up rows are deleted after this long: the recipient's address is personal data.
KEEP_DONE = timedelta(days=30)


def retry_delay(attempts: int) -> timedelta:
    """How long to wait after the ``attempts``-th failed attempt (1, 2, ...) before trying again."""
    if attempts < 1:
        return timedelta(0)
    # Capping the exponent first keeps the multiplication small for a row that failed many times.
    exponent = min(attempts - 1, 20)
    return min(FIRST_RETRY * (2**exponent), RETRY_CAP)


def gives_up(attempts: int) -> bool:
    """Whether a mail that failed its ``attempts``-th attempt is given up rather than retried."""
    return attempts >= MAX_ATTEMPTS
