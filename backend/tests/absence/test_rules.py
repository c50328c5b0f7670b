"""The absence rules at their edges (routine 002 §3.6)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from kundval.domain.absence import rules
from kundval.domain.absence.models import AbsenceType
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
