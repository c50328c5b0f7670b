"""The absence rules at their edges (routine 002 §3.6)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from kundval.domain.absence import rules
from kundval.domain.absence.models import AbsenceType, InvalidGround
from kundval.domain.documents.models import DocumentKind


@dataclass
class A:
    date_from: date
    date_to: date
    type: AbsenceType


def sick(first: date, days: int, absence_type: AbsenceType = AbsenceType.SICK) -> A:
    return A(first, first + timedelta(days=days - 1), absence_type)


def test_day_7_needs_no_certificate_and_day_8_does() -> None:
    start = date(2026, 11, 2)
    assert rules.certificate_demands([sick(start, 7)], []) == []
    [demand] = rules.certificate_demands([sick(start, 8)], [])
    assert demand.kind == DocumentKind.MEDICAL_CERTIFICATE
    assert demand.required_from == date(2026, 11, 9)  # the 8th day
    assert demand.due == date(2026, 11, 16)  # within a week of it
    assert not demand.satisfied


def test_a_spell_across_a_month_end_is_one_spell() -> None:
    absences = [sick(date(2026, 10, 28), 4), sick(date(2026, 11, 1), 4)]  # 28–31 Oct, 1–4 Nov: 8 days
    [demand] = rules.certificate_demands(absences, [])
    assert (demand.spell.first, demand.spell.last, demand.spell.days) == (date(2026, 10, 28), date(2026, 11, 4), 8)


def test_a_gap_of_a_day_splits_the_spell_and_types_are_counted_apart() -> None:
    absences = [sick(date(2026, 11, 2), 4), sick(date(2026, 11, 7), 4),
                sick(date(2026, 11, 11), 5, AbsenceType.CHILD_CARE)]  # Nov 6 is a gap
    assert rules.certificate_demands(absences, []) == []


def test_child_care_needs_a_child_care_certificate_and_a_certificate_satisfies_the_demand() -> None:
    spell = sick(date(2026, 11, 2), 9, AbsenceType.CHILD_CARE)
    [demand] = rules.certificate_demands([spell], [(DocumentKind.MEDICAL_CERTIFICATE, date(2026, 11, 10))])
    assert demand.kind == DocumentKind.CHILD_CARE_CERTIFICATE and not demand.satisfied
    [demand] = rules.certificate_demands([spell], [(DocumentKind.CHILD_CARE_CERTIFICATE, date(2026, 11, 10))])
    assert demand.satisfied
    # A certificate from before the spell began is for another spell.
    [demand] = rules.certificate_demands([spell], [(DocumentKind.CHILD_CARE_CERTIFICATE, date(2026, 10, 1))])
    assert not demand.satisfied


@pytest.mark.parametrize(
    ("absent", "registered", "late"),
    [
        (date(2026, 11, 24), date(2026, 11, 24), False),  # the same day
        (date(2026, 11, 24), date(2026, 11, 25), False),  # the next working day
        (date(2026, 11, 24), date(2026, 11, 26), True),
        (date(2026, 11, 20), date(2026, 11, 23), False),  # Friday, registered Monday: over the weekend
        (date(2026, 11, 20), date(2026, 11, 24), True),
        (date(2026, 6, 18), date(2026, 6, 22), False),  # Thursday before midsummer eve, registered Monday
        (date(2026, 6, 18), date(2026, 6, 23), True),
    ],
)
def test_invalid_absence_is_late_after_the_next_working_day(absent: date, registered: date, late: bool) -> None:
    assert rules.is_late(AbsenceType.INVALID, absent, registered) is late


def test_only_invalid_absence_can_be_late() -> None:
    assert not rules.is_late(AbsenceType.SICK, date(2026, 11, 2), date(2026, 11, 30))


def test_holiday_leave_over_14_days_warns_only_without_social_assistance() -> None:
    fourteen = [sick(date(2026, 7, 1), 14, AbsenceType.HOLIDAY_LEAVE)]
    fifteen = [sick(date(2026, 7, 1), 7, AbsenceType.HOLIDAY_LEAVE), sick(date(2026, 7, 8), 8,
                                                                         AbsenceType.HOLIDAY_LEAVE)]
    assert rules.holiday_leave_over_limit(fourteen, social_assistance=False) == []
    [spell] = rules.holiday_leave_over_limit(fifteen, social_assistance=False)
    assert spell.days == 15
    assert rules.holiday_leave_over_limit(fifteen, social_assistance=True) == []


def test_days_that_are_not_working_days_do_not_break_a_spell() -> None:
    # Monday–Friday and Monday–Wednesday: one spell of ten calendar days, day 8 the second Monday.
    [demand] = rules.certificate_demands([sick(date(2026, 11, 2), 5), sick(date(2026, 11, 9), 3)], [])
    assert (demand.spell.first, demand.spell.last, demand.spell.days) == (date(2026, 11, 2), date(2026, 11, 11), 10)
    assert demand.required_from == date(2026, 11, 9)
    # Easter 2026: Good Friday 3 April to Easter Monday 6 April lie between Thursday and Tuesday.
    [demand] = rules.certificate_demands([sick(date(2026, 3, 30), 4), sick(date(2026, 4, 7), 2)], [])
    assert demand.spell.days == 10
    # A working day between two registrations does break it.
    assert rules.certificate_demands([sick(date(2026, 11, 2), 4), sick(date(2026, 11, 9), 3)], []) == []


def test_a_certificate_belongs_to_the_last_spell_begun_by_the_day_it_was_handed_in() -> None:
    spells = [sick(date(2026, 11, 2), 10), sick(date(2026, 11, 16), 10)]  # 2–11 and 16–25 November
    early, late = rules.certificate_demands(spells, [(DocumentKind.MEDICAL_CERTIFICATE, date(2026, 11, 27))])
    assert (early.handed_in, late.handed_in) == (None, date(2026, 11, 27))
    early, late = rules.certificate_demands(spells, [(DocumentKind.MEDICAL_CERTIFICATE, date(2026, 11, 12))])
    assert (early.handed_in, late.handed_in) == (date(2026, 11, 12), None)
    # Handed in on a spell's first day, before its 8th, it is that spell's.
    early, late = rules.certificate_demands(spells, [(DocumentKind.MEDICAL_CERTIFICATE, date(2026, 11, 16))])
    assert (early.satisfied, late.satisfied) == (False, True)


def test_a_demand_is_overdue_after_its_due_date_until_the_certificate_is_handed_in() -> None:
    [demand] = rules.certificate_demands([sick(date(2026, 11, 2), 8)], [])
    assert demand.due == date(2026, 11, 16)
    assert not demand.overdue(date(2026, 11, 16)) and demand.overdue(date(2026, 11, 17))
    [demand] = rules.certificate_demands([sick(date(2026, 11, 2), 8)], [(DocumentKind.MEDICAL_CERTIFICATE,
                                                                        date(2026, 11, 20))])
    assert not demand.overdue(date(2026, 11, 30))


def test_only_planned_leave_may_reach_past_today() -> None:
    today = date(2026, 11, 20)
    assert rules.latest_allowed_day(AbsenceType.SICK, today, date(2027, 6, 30)) == today
    assert rules.latest_allowed_day(AbsenceType.HOLIDAY_LEAVE, today, date(2027, 6, 30)) == date(2027, 6, 30)
    assert rules.latest_allowed_day(AbsenceType.HOLIDAY_LEAVE, today, None) == date(2027, 11, 20)


def test_unreachable_needs_three_contact_attempts_and_the_other_grounds_none() -> None:
    assert rules.contact_attempts_needed(InvalidGround.UNREACHABLE) == 3
    assert rules.contact_attempts_needed(InvalidGround.NO_SHOW) == 0
    assert rules.contact_attempts_needed(InvalidGround.UNACCEPTABLE_REASON) == 0


@dataclass
class R:
    date_from: date
    date_to: date
    type: AbsenceType = AbsenceType.SICK
    hours: int | None = None


@pytest.mark.parametrize(
    ("new", "clash"),
    [
        (R(date(2026, 11, 6), date(2026, 11, 9)), True),  # whole days over the last day
        (R(date(2026, 10, 30), date(2026, 11, 2)), True),  # over the first day
        (R(date(2026, 11, 7), date(2026, 11, 8)), False),  # the weekend after
        (R(date(2026, 11, 4), date(2026, 11, 4), AbsenceType.OTHER, 2), True),  # part of a wholly absent day
        (R(date(2026, 11, 10), date(2026, 11, 10), AbsenceType.OTHER, 5), False),  # 3 + 5 hours fit in a day
        (R(date(2026, 11, 10), date(2026, 11, 10), AbsenceType.OTHER, 6), True),  # 3 + 6 do not
        (R(date(2026, 11, 10), date(2026, 11, 10)), True),  # a whole day over a part day
    ],
)
def test_overlapping_registrations_are_found(new: R, clash: bool) -> None:
    existing = [R(date(2026, 11, 2), date(2026, 11, 6)), R(date(2026, 11, 10), date(2026, 11, 10), hours=3)]
    assert bool(rules.overlapping(existing, new)) is clash
