"""Swedish working days: the routines count deadlines in working days (vardagar), and midsummer eve, Christmas eve
and New Year's eve are not working days in practice even though the law does not name them holidays."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

import holidays

# The holidays counted: the law's public holidays and the de facto ones (midsummer, Christmas and New Year's eves).
# The administrator's calendar lists the same categories (domain/calendar/service.py).
HOLIDAY_CATEGORIES = ("public", "de_facto")


@lru_cache(maxsize=64)
def _holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.SE(categories=HOLIDAY_CATEGORIES, years=year).keys())


class WorkingCalendar:
    """Swedish working days plus the non-working days the municipality adds (a bridge day, a closed office):
    every rule that the routine counts in working days takes one (``kundval.domain.calendar.service`` loads the
    municipality's). ``SWEDISH``, with no days added, is what the module functions below use."""

    def __init__(self, extra_days: frozenset[date] = frozenset()) -> None:
        self.extra_days = extra_days

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in _holidays(day.year) and day not in self.extra_days

    def next_working_day(self, day: date) -> date:
        """The first working day after ``day``."""
        candidate = day + timedelta(days=1)
        while not self.is_working_day(candidate):
            candidate += timedelta(days=1)
        return candidate

    def add_working_days(self, day: date, count: int) -> date:
        """The working day ``count`` working days after ``day`` (``count`` ≥ 0; 0 gives ``day`` itself)."""
        for _ in range(count):
            day = self.next_working_day(day)
        return day

    def working_days(self, first: date, last: date) -> list[date]:
        """Every working day from ``first`` to ``last``, both included."""
        days, day = [], first
        while day <= last:
            if self.is_working_day(day):
                days.append(day)
            day += timedelta(days=1)
        return days


SWEDISH = WorkingCalendar()


def is_working_day(day: date) -> bool:
    return SWEDISH.is_working_day(day)


def next_working_day(day: date) -> date:
    """The first working day after ``day``."""
    return SWEDISH.next_working_day(day)


def add_working_days(day: date, count: int) -> date:
    """The working day ``count`` working days after ``day`` (``count`` ≥ 0; 0 gives ``day`` itself)."""
    return SWEDISH.add_working_days(day, count)


def working_days(first: date, last: date) -> list[date]:
    """Every working day from ``first`` to ``last``, both included."""
    return SWEDISH.working_days(first, last)


# A month is written YYYY-MM and nothing else: "2026-1" or "2026-01-01" is a mistake to point out, not to guess at.
MONTH_PATTERN = r"^\d{4}-(0[1-9]|1[0-2])$"
_MONTH = re.compile(MONTH_PATTERN)


def month_bounds(month: str) -> tuple[date, date]:
    """The first and last day of ``YYYY-MM``; ValueError for any other spelling."""
    if not isinstance(month, str) or not _MONTH.fullmatch(month):
        raise ValueError(f"not a YYYY-MM month: {month!r}")
    year, number = (int(part) for part in month.split("-"))
    first = date(year, number, 1)
    following = date(year + (number == 12), number % 12 + 1, 1)
    return first, following - timedelta(days=1)
