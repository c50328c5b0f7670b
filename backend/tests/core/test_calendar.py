"""Swedish working days, at the edges the routines meet: weekends, midsummer, Christmas and New Year."""

from __future__ import annotations

from datetime import date

import pytest

from kundval.core.calendar import add_working_days, is_working_day, month_bounds, next_working_day, working_days


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 11, 20), date(2026, 11, 23)),  # Friday -> Monday
        (date(2026, 6, 18), date(2026, 6, 22)),  # Thursday before midsummer eve -> Monday
        (date(2026, 12, 23), date(2026, 12, 28)),  # Christmas eve, day and boxing day (a Saturday)
        (date(2026, 12, 30), date(2027, 1, 4)),  # New Year's eve and day, then a weekend
        (date(2026, 11, 24), date(2026, 11, 25)),  # an ordinary Tuesday
    ],
)
def test_next_working_day(day: date, expected: date) -> None:
    assert next_working_day(day) == expected


def test_midsummer_eve_and_national_day_are_not_working_days() -> None:
    assert not is_working_day(date(2026, 6, 19))  # midsummer eve (de facto holiday)
    assert not is_working_day(date(2025, 6, 6))  # national day on a Friday
    assert is_working_day(date(2026, 6, 18))


def test_working_days_and_counting() -> None:
    # June 2026 has 22 weekdays; midsummer eve (Friday 19th) is not a working day, national day falls on a Saturday.
    assert len(working_days(*month_bounds("2026-06"))) == 21
    assert add_working_days(date(2026, 6, 17), 2) == date(2026, 6, 22)
    assert month_bounds("2026-02") == (date(2026, 2, 1), date(2026, 2, 28))
    assert month_bounds("2024-12") == (date(2024, 12, 1), date(2024, 12, 31))
