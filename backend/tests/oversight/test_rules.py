"""The §7.6 ground at its edges: a month's lateness at month ends and leap days, "again and again" after the
telling, and invariants that hold for any report (property-based)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kundval.domain.oversight.rules import GROUND_LATE_MONTHS, REPEATED_AFTER_NOTICE, Lateness, ground
from kundval.domain.tasks.rules import add_months

TODAY = date(2026, 3, 10)


def test_the_numbers_are_the_routines() -> None:
    assert GROUND_LATE_MONTHS == 1  # §7.6 "mer än en månad"
    assert REPEATED_AFTER_NOTICE == 2  # docs/decisions.md: two late reports after the telling


def test_a_month_later_keeps_the_day_or_takes_the_shorter_months_last() -> None:
    assert add_months(date(2026, 1, 7), 1) == date(2026, 2, 7)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)  # leap year
    assert add_months(date(2026, 12, 7), 1) == date(2027, 1, 7)  # year end
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)


def test_days_late_count_to_the_hand_in_or_to_today_while_owed() -> None:
    due = date(2026, 2, 7)
    assert Lateness(due, date(2026, 2, 7)).days_late(TODAY) == 0  # on the due day is on time
    assert not Lateness(due, date(2026, 2, 7)).late(TODAY)
    assert Lateness(due, date(2026, 2, 8)).days_late(TODAY) == 1
    assert Lateness(due, date(2026, 2, 8)).late(TODAY)
    assert Lateness(due, None).days_late(TODAY) == 31
    assert Lateness(due, date(2026, 2, 1)).days_late(TODAY) == 0  # early is not negative lateness


def test_more_than_a_month_late_is_the_day_after_the_same_day_next_month() -> None:
    due = date(2026, 1, 7)
    assert not Lateness(due, date(2026, 2, 7)).over_a_month(TODAY)  # exactly a month: not more
    assert Lateness(due, date(2026, 2, 8)).over_a_month(TODAY)
    assert not Lateness(date(2026, 2, 10), None).over_a_month(TODAY)  # owed, exactly a month on today
    assert Lateness(date(2026, 2, 9), None).over_a_month(TODAY)  # owed, a month and a day
    # February is short: a report due Jan 31 is over a month late from Mar 1 (Feb 28 + 1).
    assert not Lateness(date(2026, 1, 31), date(2026, 2, 28)).over_a_month(TODAY)
    assert Lateness(date(2026, 1, 31), date(2026, 3, 1)).over_a_month(TODAY)


def test_one_report_over_a_month_late_is_a_ground_without_a_telling() -> None:
    found = ground([Lateness(date(2026, 1, 7), None)], [], TODAY)
    assert (found.exists, found.over_a_month, found.repeated) == (True, 1, False)


def test_late_again_and_again_counts_only_reports_due_after_the_last_telling() -> None:
    told = date(2026, 2, 1)
    before = Lateness(date(2026, 1, 31), date(2026, 2, 5))  # late, but due before the telling
    after = [Lateness(date(2026, 2, 2), date(2026, 2, 4)), Lateness(date(2026, 2, 7), date(2026, 2, 9))]
    on_time = Lateness(date(2026, 3, 7), date(2026, 3, 7))
    assert ground([before, after[0], on_time], [told], TODAY).exists is False
    found = ground([before, *after, on_time], [date(2025, 6, 1), told], TODAY)
    assert (found.exists, found.repeated, found.late_after_notice, found.last_told) == (True, True, 2, told)
    # Due on the day of the telling is not "after" it.
    on_the_day = Lateness(told, date(2026, 2, 3))
    assert ground([on_the_day, after[0]], [told], TODAY).late_after_notice == 1


def test_late_reports_without_a_telling_are_no_repeated_ground() -> None:
    reports = [Lateness(date(2026, 2, d), date(2026, 2, d + 2)) for d in (1, 3, 5)]
    found = ground(reports, [], TODAY)
    assert (found.exists, found.repeated, found.late_after_notice, found.last_told) == (False, False, 0, None)


def test_a_later_telling_starts_the_count_again() -> None:
    reports = [Lateness(date(2026, 2, d), date(2026, 2, d + 2)) for d in (2, 4)]
    assert ground(reports, [date(2026, 2, 1)], TODAY).repeated
    assert not ground(reports, [date(2026, 2, 1), date(2026, 2, 3)], TODAY).repeated


days = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))


@given(due=days, delay=st.integers(min_value=-60, max_value=400), today=days)
def test_over_a_month_late_is_late_and_lateness_is_never_negative(due: date, delay: int, today: date) -> None:
    report = Lateness(due, due + timedelta(days=delay))
    assert report.days_late(today) >= 0
    assert report.late(today) == (delay > 0)
    if report.over_a_month(today):
        assert report.late(today) and report.days_late(today) >= 28


@given(day=days, months=st.integers(min_value=-24, max_value=24))
def test_a_month_later_lands_in_the_right_month_never_past_its_end(day: date, months: int) -> None:
    later = add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    assert later.day <= day.day
