"""Swedish working days, at the edges the routines meet: weekends, midsummer, Christmas and New Year."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


# Around the Swedish holidays of 2027 and 2028 (public and de facto): Easter, Ascension Day, May Day, the National
# Day, midsummer eve, Christmas and New Year, with the Fridays before them.
@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2027, 3, 25), date(2027, 3, 30)),  # Maundy Thursday -> past Good Friday, the weekend, Easter Monday
        (date(2027, 5, 5), date(2027, 5, 7)),  # the eve of Ascension Day -> the Friday after it works
        (date(2028, 4, 28), date(2028, 5, 2)),  # a Friday before May Day on a Monday
        (date(2028, 6, 5), date(2028, 6, 7)),  # the National Day on a Tuesday
        (date(2027, 6, 24), date(2027, 6, 28)),  # the Thursday before midsummer eve 2027
        (date(2028, 6, 22), date(2028, 6, 26)),  # and 2028
        (date(2028, 12, 22), date(2028, 12, 27)),  # a Friday before Christmas Day and Boxing Day on Mon–Tue
        (date(2027, 12, 30), date(2028, 1, 3)),  # New Year's eve on a Friday, New Year's Day on a Saturday
        (date(2028, 1, 5), date(2028, 1, 7)),  # Epiphany on a Thursday
        (date(2028, 2, 28), date(2028, 2, 29)),  # a leap day is an ordinary Tuesday
        (date(2028, 2, 29), date(2028, 3, 1)),
        (date(2027, 2, 26), date(2027, 3, 1)),  # a Friday at the end of February in a common year
        (date(2026, 6, 5), date(2026, 6, 8)),  # a Friday before the National Day on a Saturday
        (date(2025, 12, 23), date(2025, 12, 29)),  # Christmas eve on a Wednesday: six days to the next
    ],
)
def test_next_working_day_around_holidays(day: date, expected: date) -> None:
    assert next_working_day(day) == expected


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2027, 3, 26), False),  # Good Friday
        (date(2027, 3, 29), False),  # Easter Monday
        (date(2027, 5, 7), True),  # the Friday after Ascension Day: a working day, whatever habit says
        (date(2027, 12, 24), False),  # Christmas eve (de facto)
        (date(2027, 12, 31), False),  # New Year's eve (de facto)
        (date(2027, 12, 23), True),
        (date(2028, 6, 23), False),  # midsummer eve 2028
        (date(2028, 6, 6), False),  # the National Day on a Tuesday
        (date(2028, 6, 5), True),  # the Monday before it
        (date(2028, 2, 29), True),  # the leap day
        (date(2028, 3, 4), False),  # a Saturday
        (date(2028, 3, 5), False),  # a Sunday
    ],
)
def test_is_working_day_on_holidays_and_weekends(day: date, working: bool) -> None:
    assert is_working_day(day) is working


def test_working_days_lists_the_days_in_order_with_both_ends_included() -> None:
    # Christmas week 2026: 21–23 work, 24–26 are holidays, 27 a Sunday, 28–30 work, 31 New Year's eve.
    assert working_days(date(2026, 12, 21), date(2027, 1, 4)) == [
        date(2026, 12, 21),
        date(2026, 12, 22),
        date(2026, 12, 23),
        date(2026, 12, 28),
        date(2026, 12, 29),
        date(2026, 12, 30),
        date(2027, 1, 4),
    ]
    assert working_days(date(2026, 12, 23), date(2026, 12, 23)) == [date(2026, 12, 23)]
    assert working_days(date(2026, 12, 24), date(2026, 12, 23)) == []


def test_add_working_days_over_easter_and_the_year_end() -> None:
    assert add_working_days(date(2027, 3, 24), 0) == date(2027, 3, 24)
    assert add_working_days(date(2027, 3, 24), 1) == date(2027, 3, 25)
    assert add_working_days(date(2027, 3, 24), 2) == date(2027, 3, 30)
    assert add_working_days(date(2027, 12, 22), 5) == date(2027, 12, 30)  # 23, 27, 28, 29, 30 December
    assert add_working_days(date(2027, 12, 22), 7) == date(2028, 1, 4)  # then 3 and 4 January
    assert add_working_days(date(2027, 12, 29), 2) == date(2028, 1, 3)


@pytest.mark.parametrize(
    ("month", "bounds"),
    [
        ("2028-02", (date(2028, 2, 1), date(2028, 2, 29))),  # a leap year
        ("2027-02", (date(2027, 2, 1), date(2027, 2, 28))),
        ("2100-02", (date(2100, 2, 1), date(2100, 2, 28))),  # divisible by 100: no leap day
        ("2000-02", (date(2000, 2, 1), date(2000, 2, 29))),  # divisible by 400: a leap day
        ("2027-12", (date(2027, 12, 1), date(2027, 12, 31))),  # the year end
        ("2028-01", (date(2028, 1, 1), date(2028, 1, 31))),
        ("2027-04", (date(2027, 4, 1), date(2027, 4, 30))),
        ("2027-11", (date(2027, 11, 1), date(2027, 11, 30))),
    ],
)
def test_month_bounds_at_month_and_year_ends(month: str, bounds: tuple[date, date]) -> None:
    assert month_bounds(month) == bounds


@pytest.mark.parametrize(
    "month", ["2026-1", "2026-13", "2026-00", "2026-01-01", "26-01", " 2026-01", "2026-01\n", "2026/01", ""]
)
def test_month_bounds_refuses_every_other_spelling(month: str) -> None:
    with pytest.raises(ValueError, match="not a YYYY-MM month") as refused:
        month_bounds(month)
    assert repr(month) in str(refused.value)  # the message names what was given


def test_month_bounds_refuses_what_is_not_text() -> None:
    with pytest.raises(ValueError, match="not a YYYY-MM month: 202601"):
        month_bounds(202601)  # type: ignore[arg-type]


# Invariants over any day from 2020 to 2040 (holidays cover every year): hypothesis looks for a counterexample.
DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2040, 12, 31))


@given(DAYS)
def test_next_working_day_is_the_first_working_day_after(day: date) -> None:
    following = next_working_day(day)
    assert following > day and is_working_day(following)
    assert not any(is_working_day(day + timedelta(days=n)) for n in range(1, (following - day).days))
    # The longest run of days off: Christmas eve on a Wednesday to the Sunday after (Tuesday 23 -> Monday 29).
    assert (following - day).days <= 6


@given(DAYS)
def test_weekends_are_never_working_days(day: date) -> None:
    if day.weekday() >= 5:
        assert not is_working_day(day)


@given(DAYS, st.integers(min_value=0, max_value=60))
def test_adding_n_working_days_lands_on_a_working_day_and_counts_n_back(day: date, count: int) -> None:
    later = add_working_days(day, count)
    if count == 0:
        assert later == day
        return
    assert is_working_day(later)
    assert len(working_days(day + timedelta(days=1), later)) == count


@given(DAYS, st.integers(min_value=0, max_value=90))
def test_working_days_are_exactly_the_working_days_in_the_range(first: date, length: int) -> None:
    last = first + timedelta(days=length)
    days = working_days(first, last)
    assert days == sorted(set(days))
    assert all(first <= d <= last and is_working_day(d) for d in days)
    assert len(days) == sum(is_working_day(first + timedelta(days=n)) for n in range(length + 1))


@given(st.integers(min_value=1900, max_value=2200), st.integers(min_value=1, max_value=12))
def test_a_month_runs_from_its_first_day_to_the_day_before_the_next_month(year: int, number: int) -> None:
    first, last = month_bounds(f"{year:04d}-{number:02d}")
    assert (first.year, first.month, first.day) == (year, number, 1)
    assert (last.year, last.month) == (year, number) and (last + timedelta(days=1)).day == 1
    assert 28 <= (last - first).days + 1 <= 31


@given(st.integers(min_value=2020, max_value=2040), st.integers(min_value=1, max_value=12))
def test_a_months_share_of_working_days_is_between_0_and_1(year: int, number: int) -> None:
    first, last = month_bounds(f"{year}-{number:02d}")
    share = len(working_days(first, last)) / ((last - first).days + 1)
    assert 0.5 < share < 0.8  # at least 15 and at most 23 working days in 28–31
