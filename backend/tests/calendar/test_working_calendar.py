"""The municipality's calendar at its edges: Sweden's holidays plus the days it adds (a bridge day, a closed
office), and the invariants that hold for any set of added days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kundval.core.calendar import SWEDISH, WorkingCalendar

# A bridge day after Ascension Day 2027 (Thursday 6 May) and the Tuesday after Easter Monday 2027 (29 March).
ASCENSION_BRIDGE_2027 = date(2027, 5, 7)
AFTER_EASTER_2027 = date(2027, 3, 30)
MUNICIPAL = WorkingCalendar(frozenset({ASCENSION_BRIDGE_2027, AFTER_EASTER_2027}))


@pytest.mark.parametrize(
    ("day", "swedish", "municipal"),
    [
        (date(2027, 3, 25), date(2027, 3, 30), date(2027, 3, 31)),  # Maundy Thursday: Easter, then the added day
        (date(2027, 3, 29), date(2027, 3, 30), date(2027, 3, 31)),  # Easter Monday itself
        (date(2027, 5, 5), date(2027, 5, 7), date(2027, 5, 10)),  # the eve of Ascension Day: the bridge day too
        (date(2027, 5, 6), date(2027, 5, 7), date(2027, 5, 10)),
        (date(2028, 4, 13), date(2028, 4, 18), date(2028, 4, 18)),  # Easter 2028 (14–17 April), no day added
        (date(2027, 6, 24), date(2027, 6, 28), date(2027, 6, 28)),  # a Thursday before midsummer eve
        (date(2027, 12, 23), date(2027, 12, 27), date(2027, 12, 27)),  # Christmas eve on a Friday
        (date(2027, 12, 30), date(2028, 1, 3), date(2028, 1, 3)),  # New Year's eve on a Friday
    ],
)
def test_next_working_day_with_and_without_the_municipalitys_days(day: date, swedish: date, municipal: date) -> None:
    assert SWEDISH.next_working_day(day) == swedish
    assert MUNICIPAL.next_working_day(day) == municipal


def test_a_municipal_day_on_a_monday_after_easter_week_moves_a_count_across_it() -> None:
    # Easter 2028: Good Friday 14 April, Easter Monday 17 April; the municipality closes Monday 24 April too.
    calendar = WorkingCalendar(frozenset({date(2028, 4, 24)}))
    assert not calendar.is_working_day(date(2028, 4, 24)) and SWEDISH.is_working_day(date(2028, 4, 24))
    assert SWEDISH.add_working_days(date(2028, 4, 13), 5) == date(2028, 4, 24)  # 18, 19, 20, 21, 24 April
    assert calendar.add_working_days(date(2028, 4, 13), 5) == date(2028, 4, 25)
    # Three weeks of weekdays (15) less Good Friday, Easter Monday and the added Monday.
    assert len(calendar.working_days(date(2028, 4, 10), date(2028, 4, 28))) == 12


def test_the_added_days_count_only_where_they_are() -> None:
    assert MUNICIPAL.working_days(date(2027, 5, 3), date(2027, 5, 7)) == [
        date(2027, 5, 3),
        date(2027, 5, 4),
        date(2027, 5, 5),
    ]
    assert SWEDISH.working_days(date(2027, 5, 3), date(2027, 5, 7))[-1] == ASCENSION_BRIDGE_2027
    assert MUNICIPAL.add_working_days(date(2027, 5, 4), 0) == date(2027, 5, 4)
    assert MUNICIPAL.add_working_days(date(2027, 5, 4), 2) == date(2027, 5, 10)
    # The module's calendar knows none of them: SWEDISH is the default of every pure rule.
    assert SWEDISH.extra_days == frozenset()


DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2040, 12, 31))
# Any handful of days the municipality might add around the day under test.
ADDED = st.frozensets(st.integers(min_value=-10, max_value=40), max_size=8)


def _calendar(day: date, offsets: frozenset[int]) -> WorkingCalendar:
    return WorkingCalendar(frozenset(day + timedelta(days=n) for n in offsets))


@given(DAYS, ADDED)
def test_a_municipal_day_is_never_a_working_day(day: date, offsets: frozenset[int]) -> None:
    calendar = _calendar(day, offsets)
    for added in calendar.extra_days:
        assert not calendar.is_working_day(added)
    # and adding days never turns a day off into a working day
    for n in range(30):
        candidate = day + timedelta(days=n)
        assert calendar.is_working_day(candidate) <= SWEDISH.is_working_day(candidate)


@given(DAYS, ADDED)
def test_next_working_day_is_a_working_day_and_nothing_between_is_one(day: date, offsets: frozenset[int]) -> None:
    calendar = _calendar(day, offsets)
    following = calendar.next_working_day(day)
    assert following > day and calendar.is_working_day(following)
    assert not any(calendar.is_working_day(day + timedelta(days=n)) for n in range(1, (following - day).days))


@given(DAYS, ADDED, st.integers(min_value=0, max_value=40))
def test_adding_n_working_days_has_exactly_n_working_days_after_the_start(
    day: date, offsets: frozenset[int], count: int
) -> None:
    calendar = _calendar(day, offsets)
    later = calendar.add_working_days(day, count)
    assert len(calendar.working_days(day + timedelta(days=1), later)) == count
    if count:
        assert calendar.is_working_day(later)
    else:
        assert later == day
