"""The absence rules of routine 002 §3.6, each stated once.

- A sick or child-care spell (consecutive days of that type, across registrations and month ends) that reaches
  its 8th day needs a certificate, which must reach the counsellor within a week of that day.
- Invalid absence is reported the same day or the next working day; registered later, it is marked late.
- A client without social assistance may take up to 14 days of holiday leave in a row; more means the
  intervention must end.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from kundval.core.calendar import next_working_day
from kundval.domain.absence.models import AbsenceType
from kundval.domain.documents.models import DocumentKind

CERTIFICATE_FROM_DAY = 8
CERTIFICATE_DUE_DAYS = 7
CERTIFICATE_KIND = {
    AbsenceType.SICK: DocumentKind.MEDICAL_CERTIFICATE,
    AbsenceType.CHILD_CARE: DocumentKind.CHILD_CARE_CERTIFICATE,
}
MAX_HOLIDAY_LEAVE_DAYS = 14


class Period(Protocol):
    date_from: date
    date_to: date
    type: AbsenceType


@dataclass(frozen=True)
class Spell:
    type: AbsenceType
    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


@dataclass(frozen=True)
class CertificateDemand:
    spell: Spell
    kind: DocumentKind
    required_from: date  # the spell's 8th day
    due: date  # a week later
    satisfied: bool


def spells(absences: Iterable[Period], absence_type: AbsenceType) -> list[Spell]:
    """Registrations of one type merged into spells: overlapping or back to back (day after day) is one spell."""
    periods = sorted((a.date_from, a.date_to) for a in absences if a.type == absence_type)
    merged: list[Spell] = []
    for first, last in periods:
        if merged and first <= merged[-1].last + timedelta(days=1):
            previous = merged[-1]
            merged[-1] = Spell(absence_type, previous.first, max(previous.last, last))
        else:
            merged.append(Spell(absence_type, first, last))
    return merged


def certificate_demands(
    absences: Sequence[Period], certificates: Iterable[tuple[DocumentKind, date]]
) -> list[CertificateDemand]:
    """Spells that reached day 8, each satisfied by a certificate of its kind handed in on or after its first day.

    ``certificates`` are (kind, date handed in) of the case's certificate documents that have reached the
    counsellor (submitted or approved; a draft or a returned one does not count).
    """
    handed_in = list(certificates)
    demands = []
    for absence_type, kind in CERTIFICATE_KIND.items():
        for spell in spells(absences, absence_type):
            if spell.days < CERTIFICATE_FROM_DAY:
                continue
            required_from = spell.first + timedelta(days=CERTIFICATE_FROM_DAY - 1)
            satisfied = any(k == kind and day >= spell.first for k, day in handed_in)
            demands.append(
                CertificateDemand(
                    spell, kind, required_from, required_from + timedelta(days=CERTIFICATE_DUE_DAYS), satisfied
                )
            )
    return demands


def is_late(absence_type: AbsenceType, date_from: date, registered_on: date) -> bool:
    """Invalid absence registered after the working day following its first day is late."""
    return absence_type == AbsenceType.INVALID and registered_on > next_working_day(date_from)


def holiday_leave_over_limit(absences: Sequence[Period], social_assistance: bool) -> list[Spell]:
    """Holiday leave spells longer than 14 days for a client without social assistance."""
    if social_assistance:
        return []
    return [s for s in spells(absences, AbsenceType.HOLIDAY_LEAVE) if s.days > MAX_HOLIDAY_LEAVE_DAYS]
