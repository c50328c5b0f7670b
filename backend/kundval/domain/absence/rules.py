"""The absence rules of routine 002 §3.5 and §3.6, each stated once.

- §3.6.1–2: a sick or child-care spell (days of that type in a row, across registrations and month ends; days that
  are not working days between two registrations do not break it, so Mon–Fri + Mon–Wed is one spell) that reaches
  its 8th calendar day needs a certificate, which must reach the counsellor within a week of that day. A
  certificate counts from the day it was handed in, for the last spell of its type that had begun by then.
- §3.6.4: invalid absence has a ground (unreachable after three contact attempts, a missed meeting or workday
  without notice, an unacceptable reason) and is reported the same day or the next working day; registered later,
  it is marked late.
- §3.5: a client without social assistance may take up to 14 days of holiday leave, which may be registered ahead;
  more means the intervention must end and a new decision be made.
- §3.6: every absence is reported once: registrations that overlap are refused, so no day is counted twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from kundval.core.calendar import SWEDISH, WorkingCalendar
from kundval.domain.absence.models import AbsenceType, InvalidGround
from kundval.domain.documents.models import DocumentKind

CERTIFICATE_FROM_DAY = 8  # §3.6.1, §3.6.2: "från och med dag åtta"
CERTIFICATE_DUE_DAYS = 7  # §3.6.1, §3.6.2: "karriärvägledaren tillhanda inom en vecka"
CERTIFICATE_KIND = {
    AbsenceType.SICK: DocumentKind.MEDICAL_CERTIFICATE,
    AbsenceType.CHILD_CARE: DocumentKind.CHILD_CARE_CERTIFICATE,
}
MAX_HOLIDAY_LEAVE_DAYS = 14  # §3.5: "upp till 14 dagar"
# §3.5: planned leave is registered before it starts; every other absence only once it has begun.
PLANNED_AHEAD_TYPES = frozenset({AbsenceType.HOLIDAY_LEAVE})
# Kundval's own guard against a mistyped year when a case has no planned end date: leave at most a year ahead.
PLANNED_AHEAD_MAX_DAYS = 365
UNREACHABLE_CONTACT_ATTEMPTS = 3  # §3.6.4: "inte tillgänglig vid kontaktförsök efter tre försök"
HOURS_PER_DAY = 8  # a part-day absence is 1–8 hours; part days on one date may not add up to more


class Period(Protocol):
    date_from: date
    date_to: date
    type: AbsenceType


class Registration(Period, Protocol):
    hours: int | None


@dataclass(frozen=True)
class Spell:
    type: AbsenceType
    first: date
    last: date

    @property
    def days(self) -> int:
        """Calendar days: a weekend inside a spell counts (docs/domain.md, §3.6)."""
        return (self.last - self.first).days + 1


@dataclass(frozen=True)
class CertificateDemand:
    spell: Spell
    kind: DocumentKind
    required_from: date  # the spell's 8th day
    due: date  # a week later
    handed_in: date | None  # the day the certificate for this spell reached the counsellor

    @property
    def satisfied(self) -> bool:
        return self.handed_in is not None

    def overdue(self, today: date) -> bool:
        """No certificate and its due date has passed."""
        return not self.satisfied and today > self.due


def _continues(spell: Spell, first: date, calendar: WorkingCalendar) -> bool:
    """A registration starting on ``first`` continues ``spell`` when only non-working days lie between them."""
    return first <= calendar.next_working_day(spell.last)


def spells(absences: Iterable[Period], absence_type: AbsenceType, calendar: WorkingCalendar = SWEDISH) -> list[Spell]:
    """Registrations of one type merged into spells: overlapping, back to back, or apart by non-working days only."""
    periods = sorted((a.date_from, a.date_to) for a in absences if a.type == absence_type)
    merged: list[Spell] = []
    for first, last in periods:
        if merged and _continues(merged[-1], first, calendar):
            previous = merged[-1]
            merged[-1] = Spell(absence_type, previous.first, max(previous.last, last))
        else:
            merged.append(Spell(absence_type, first, last))
    return merged


def certificate_demands(
    absences: Sequence[Period],
    certificates: Iterable[tuple[DocumentKind, date]],
    calendar: WorkingCalendar = SWEDISH,
) -> list[CertificateDemand]:
    """Spells that reached day 8, each with the day its certificate was handed in, if it was.

    ``certificates`` are (kind, day handed in) of the case's certificate documents that have reached the
    counsellor (submitted or approved; a draft or a returned one does not count). A certificate belongs to the
    last spell of its type that had begun by the day it was handed in: one handed in for a later spell does not
    satisfy an earlier one, and one handed in before a spell began is for another spell.
    """
    handed_in = sorted(certificates, key=lambda item: item[1])
    demands = []
    for absence_type, kind in CERTIFICATE_KIND.items():
        type_spells = spells(absences, absence_type, calendar)
        covering: dict[Spell, date] = {}
        for certificate_kind, day in handed_in:
            if certificate_kind != kind:
                continue
            begun = [s for s in type_spells if s.first <= day]
            if begun:
                covering.setdefault(begun[-1], day)  # the earliest certificate for the spell counts
        for spell in type_spells:
            if spell.days < CERTIFICATE_FROM_DAY:
                continue
            required_from = spell.first + timedelta(days=CERTIFICATE_FROM_DAY - 1)
            due = required_from + timedelta(days=CERTIFICATE_DUE_DAYS)
            demands.append(CertificateDemand(spell, kind, required_from, due, covering.get(spell)))
    return demands


def is_late(
    absence_type: AbsenceType, date_from: date, registered_on: date, calendar: WorkingCalendar = SWEDISH
) -> bool:
    """Invalid absence registered after the working day following its first day is late (the municipality's
    non-working days are not working days here either)."""
    return absence_type == AbsenceType.INVALID and registered_on > calendar.next_working_day(date_from)


def latest_allowed_day(absence_type: AbsenceType, today: date, planned_end: date | None) -> date:
    """The last day an absence registered ``today`` may reach: today, or for planned leave its planned end."""
    if absence_type not in PLANNED_AHEAD_TYPES:
        return today
    return planned_end or today + timedelta(days=PLANNED_AHEAD_MAX_DAYS)


def contact_attempts_needed(ground: InvalidGround | None) -> int:
    """How many contact attempts invalid absence on ``ground`` must name."""
    return UNREACHABLE_CONTACT_ATTEMPTS if ground == InvalidGround.UNREACHABLE else 0


def overlapping(existing: Sequence[Registration], new: Registration) -> list[Registration]:
    """The registrations ``new`` would count a second time.

    A whole-day absence overlaps anything on its days; part-day absences on the same date may share it as long as
    their hours together fit in a day.
    """
    clashes = [a for a in existing if a.date_from <= new.date_to and a.date_to >= new.date_from]
    if new.hours is None:
        return clashes
    whole = [a for a in clashes if a.hours is None]
    if whole:
        return whole
    day = new.date_from
    while day <= new.date_to:
        on_day = [a for a in clashes if a.date_from <= day <= a.date_to]
        if sum(a.hours or 0 for a in on_day) + new.hours > HOURS_PER_DAY:
            return on_day
        day += timedelta(days=1)
    return []


def holiday_leave_over_limit(
    absences: Sequence[Period], social_assistance: bool, calendar: WorkingCalendar = SWEDISH
) -> list[Spell]:
    """Holiday leave spells longer than 14 days for a client without social assistance."""
    if social_assistance:
        return []
    return [s for s in spells(absences, AbsenceType.HOLIDAY_LEAVE, calendar) if s.days > MAX_HOLIDAY_LEAVE_DAYS]
