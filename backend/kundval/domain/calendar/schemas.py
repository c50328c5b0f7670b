"""The calendar's request and response shapes."""

from __future__ import annotations

import enum
import uuid
from datetime import date
from typing import Annotated

import msgspec

from kundval.domain.calendar.models import REASON_MAX_LENGTH

# The years the calendar answers for: wide enough for any case, narrow enough for the holidays library.
FIRST_YEAR = 2000
LAST_YEAR = 2100


class DaySource(enum.StrEnum):
    """Why a day is not a working day (besides the weekend)."""

    HOLIDAY = "holiday"  # a Swedish public holiday, or a de facto one (midsummer eve, Christmas eve, New Year's eve)
    MUNICIPAL = "municipal"  # a day the municipality added (a bridge day, a closed office)


class CalendarDay(msgspec.Struct):
    day: date
    source: DaySource
    name: str  # the holiday's name in the reader's language, or the municipality's reason
    id: uuid.UUID | None = None  # the municipal day's id, to remove it; none for a holiday
    added_by: str | None = None  # who added a municipal day


class CalendarYear(msgspec.Struct):
    year: int
    days: list[CalendarDay]  # in date order; weekends are not listed unless a holiday or municipal day falls on one


class NonWorkingDayCreate(msgspec.Struct):
    day: date
    reason: Annotated[str, msgspec.Meta(min_length=1, max_length=REASON_MAX_LENGTH)]
