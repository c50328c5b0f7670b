"""Today's date and the current instant. Kundval's days are Swedish days, whatever the server's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

MUNICIPALITY_TZ = ZoneInfo("Europe/Stockholm")


def now() -> datetime:
    """The current instant, timezone-aware UTC."""
    return datetime.now(UTC)


def today() -> date:
    """Today's date in Sweden."""
    return datetime.now(MUNICIPALITY_TZ).date()


def day_of(instant: datetime) -> date:
    """The Swedish calendar day an instant falls on (a registration at 00:30 UTC in summer is the next day's)."""
    return instant.astimezone(MUNICIPALITY_TZ).date()
