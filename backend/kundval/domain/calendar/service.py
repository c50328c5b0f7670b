"""Loading the municipality's working-day calendar (issue 12: filled in by the calendar work)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.calendar import WorkingCalendar


async def working_calendar(session: AsyncSession) -> WorkingCalendar:
    """Sweden's working days less the non-working days the municipality has added."""
    return WorkingCalendar()
