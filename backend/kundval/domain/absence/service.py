"""The absence register: registration with its checks, the rules applied, and the attendance report."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.core.calendar import month_bounds, working_days
from kundval.core.csv_export import csv_text, word
from kundval.core.errors import ApiError, Language, register_messages
from kundval.core.security import Principal
from kundval.domain.absence import rules
from kundval.domain.absence.models import Absence, AbsenceType
from kundval.domain.absence.schemas import (
    AbsenceCreate,
    AbsenceOut,
    AbsenceRegister,
    AttendanceReport,
    CertificateDemandOut,
    SpellOut,
)
from kundval.domain.accounts.models import User
from kundval.domain.audit.service import record
from kundval.domain.cases.models import Case, CaseStatus
from kundval.domain.cases.service import get_case
from kundval.domain.clients.models import Client
from kundval.domain.clients.service import reference_of
from kundval.domain.documents.models import Document, DocumentStatus
from kundval.domain.interventions.catalogue import INTERVENTIONS
from kundval.domain.providers.models import Provider

register_messages(
    {
        "absence.dates_order": (
            "Slutdatum {date_to} ligger före startdatum {date_from}.",
            "The end date {date_to} is before the start date {date_from}.",
        ),
        "absence.outside_case": (
            "Frånvaron {date_from}–{date_to} ligger utanför insatsens tid {first}–{last}.",
            "The absence {date_from}–{date_to} lies outside the intervention's period {first}–{last}.",
        ),
        "absence.case_not_started": (
            "Insatsen har inte startat: frånvaro registreras när ärendet är aktivt.",
            "The intervention has not started: absence is registered once the case is active.",
        ),
        "absence.contact_attempts_required": (
            "Ogiltig frånvaro kräver datum för kontaktförsöken.",
            "Invalid absence needs the dates of the contact attempts.",
        ),
        "absence.not_found": ("Frånvaron finns inte.", "No such absence."),
        "absence.bad_month": ("Månaden ska skrivas ÅÅÅÅ-MM.", "Write the month as YYYY-MM."),
    }
)


def case_period(case: Case) -> tuple[date, date] | None:
    """The days the client is in the intervention: start date to end date, or to today while it goes on."""
    if case.start_date is None or case.status not in (CaseStatus.ACTIVE, CaseStatus.ENDED):
        return None
    return case.start_date, case.end_date or max(clock.today(), case.start_date)


def registered_on(absence: Absence) -> date:
    return clock.day_of(absence.created_at)


def parse_month(month: str) -> tuple[date, date]:
    try:
        return month_bounds(month)
    except (ValueError, TypeError):
        raise ApiError("absence.bad_month", status_code=422, extra=[{"key": "month", "message": "YYYY-MM"}]) from None


async def _absences(session: AsyncSession, case_id: uuid.UUID) -> list[Absence]:
    return list(
        (
            await session.scalars(
                select(Absence).where(Absence.case_id == case_id).order_by(Absence.date_from, Absence.created_at)
            )
        ).all()
    )


def _spell(spell: rules.Spell) -> SpellOut:
    return SpellOut(spell.type, spell.first, spell.last, spell.days)


async def register(session: AsyncSession, principal: Principal, case_id: uuid.UUID) -> AbsenceRegister:
    """The case's absences with the rules applied: late flags, certificate demands and holiday-leave warnings."""
    case = await get_case(session, principal, case_id, audit=None)
    absences = await _absences(session, case.id)
    names = (
        dict(
            (
                await session.execute(
                    select(User.id, User.name).where(
                        User.id.in_({a.registered_by_id for a in absences if a.registered_by_id})
                    )
                )
            ).all()
        )
        if absences
        else {}
    )
    certificates = [
        (d.kind, clock.day_of(d.created_at))
        for d in (
            await session.scalars(
                select(Document).where(
                    Document.case_id == case.id,
                    Document.kind.in_(list(rules.CERTIFICATE_KIND.values())),
                    Document.status.in_([DocumentStatus.SUBMITTED, DocumentStatus.APPROVED]),
                )
            )
        ).all()
    ]
    client = await session.get(Client, case.client_id)
    await record(session, principal, "read", "absence", case.id, case.client_id)
    items = [
        AbsenceOut(
            a.id,
            a.date_from,
            a.date_to,
            a.type,
            a.hours,
            a.note,
            [date.fromisoformat(d) for d in a.contact_attempts],
            a.created_at,
            names.get(a.registered_by_id),
            rules.is_late(a.type, a.date_from, registered_on(a)),
        )
        for a in absences
    ]
    demands = [
        CertificateDemandOut(_spell(d.spell), d.kind, d.required_from, d.due, d.satisfied)
        for d in rules.certificate_demands(absences, certificates)
    ]
    warnings = [
        _spell(s) for s in rules.holiday_leave_over_limit(absences, client.social_assistance if client else True)
    ]
    return AbsenceRegister(items, len(items), len(items), 0, demands, warnings)


async def create_absence(
    session: AsyncSession, principal: Principal, case_id: uuid.UUID, data: AbsenceCreate
) -> Absence:
    case = await get_case(session, principal, case_id, audit=None)
    if data.date_to < data.date_from:
        raise ApiError(
            "absence.dates_order",
            status_code=422,
            date_from=data.date_from.isoformat(),
            date_to=data.date_to.isoformat(),
            extra=[{"key": "date_to", "message": "before date_from"}],
        )
    period = case_period(case)
    if period is None:
        raise ApiError("absence.case_not_started", status_code=409)
    first, last = period
    if data.date_from < first or data.date_to > last:
        raise ApiError(
            "absence.outside_case",
            status_code=422,
            date_from=data.date_from.isoformat(),
            date_to=data.date_to.isoformat(),
            first=first.isoformat(),
            last=last.isoformat(),
            extra=[
                {"key": "date_from" if data.date_from < first else "date_to", "message": "outside the case's dates"}
            ],
        )
    if data.type == AbsenceType.INVALID and not data.contact_attempts:
        raise ApiError(
            "absence.contact_attempts_required",
            status_code=422,
            extra=[{"key": "contact_attempts", "message": "required"}],
        )
    absence = Absence(
        case_id=case.id,
        date_from=data.date_from,
        date_to=data.date_to,
        type=data.type,
        hours=data.hours,
        note=data.note,
        registered_by_id=principal.id,
        contact_attempts=[d.isoformat() for d in sorted(data.contact_attempts)],
    )
    session.add(absence)
    await session.flush()
    await record(session, principal, "create", "absence", absence.id, case.client_id, detail=data.type.value)
    return absence


async def delete_absence(session: AsyncSession, principal: Principal, absence_id: uuid.UUID) -> None:
    absence = await session.get(Absence, absence_id)
    if absence is None:
        raise ApiError("absence.not_found", status_code=404)
    try:
        case = await get_case(session, principal, absence.case_id, audit=None)
    except ApiError:
        raise ApiError("absence.not_found", status_code=404) from None
    await session.delete(absence)
    await record(
        session,
        principal,
        "delete",
        "absence",
        absence.id,
        case.client_id,
        detail=f"{absence.type.value} {absence.date_from}–{absence.date_to}",
    )


def absences_in_month(absences: list[Absence], month: str) -> list[Absence]:
    first, last = month_bounds(month)
    return [a for a in absences if a.date_from <= last and a.date_to >= first]


async def attendance(session: AsyncSession, principal: Principal, case_id: uuid.UUID, month: str) -> AttendanceReport:
    """Working days in the intervention during ``month``, absent days by type, and days present."""
    month_first, month_last = parse_month(month)
    case = await get_case(session, principal, case_id, audit=None)
    period = case_period(case)
    first = max(month_first, period[0]) if period else None
    last = min(month_last, period[1]) if period else None
    days = set(working_days(first, last)) if first and last and first <= last else set()
    absent: dict[str, set[date]] = {}
    hours: dict[str, int] = {}
    for absence in absences_in_month(await _absences(session, case.id), month):
        covered = {d for d in working_days(absence.date_from, absence.date_to) if d in days}
        if absence.hours:  # part of a day: counted in hours, the day itself is not an absent day
            hours[absence.type.value] = hours.get(absence.type.value, 0) + absence.hours * len(covered)
        else:
            absent.setdefault(absence.type.value, set()).update(covered)
    all_absent = set().union(*absent.values()) if absent else set()
    provider_name = (
        await session.scalar(select(Provider.name).where(Provider.id == case.provider_id)) if case.provider_id else None
    )
    await record(session, principal, "read", "attendance", case.id, case.client_id, detail=month)
    return AttendanceReport(
        case_id=case.id,
        month=month,
        client_reference=reference_of(case.client_id),
        intervention=case.intervention.value,
        provider_name=provider_name,
        first_day=first if days else None,
        last_day=last if days else None,
        days_in_intervention=len(days),
        absence_days={t: len(d) for t, d in sorted(absent.items())},
        absence_hours=dict(sorted(hours.items())),
        days_present=len(days - all_absent),
    )


# The absence types as the attendance CSV names them, (Swedish, English), as the UI does.
ABSENCE_TYPE_WORDS: dict[AbsenceType, tuple[str, str]] = {
    AbsenceType.SICK: ("sjukdom", "sickness"),
    AbsenceType.CHILD_CARE: ("vård av barn", "care of a sick child"),
    AbsenceType.OTHER_ACTOR: ("annan aktör", "other actor"),
    AbsenceType.INVALID: ("ogiltig frånvaro", "invalid absence"),
    AbsenceType.HOLIDAY_LEAVE: ("ledighet", "leave"),
    AbsenceType.OTHER: ("övrigt", "other"),
}


def attendance_csv(report: AttendanceReport, language: Language = "sv") -> str:
    """The attendance report as CSV, headers and values in words in ``language`` (csv_export)."""
    en = language == "en"
    types = [word(ABSENCE_TYPE_WORDS[t], language) for t in AbsenceType]
    rules_of = INTERVENTIONS.get(report.intervention)  # type: ignore[call-overload]  # a StrEnum key is its str
    header = [
        *(
            ("case", "month", "client", "intervention", "provider", "days in the intervention", "days present")
            if en
            else ("ärende", "månad", "kund", "insats", "anordnare", "dagar i insatsen", "närvarodagar")
        ),
        *[f"absence {t} (days)" if en else f"frånvaro {t} (dagar)" for t in types],
        *[f"absence {t} (hours)" if en else f"frånvaro {t} (timmar)" for t in types],
    ]
    row = [
        report.case_id,
        report.month,
        report.client_reference,
        word(rules_of.names, language) if rules_of else report.intervention,
        report.provider_name or "",
        report.days_in_intervention,
        report.days_present,
        *[report.absence_days.get(t.value, 0) for t in AbsenceType],
        *[report.absence_hours.get(t.value, 0) for t in AbsenceType],
    ]
    return csv_text(header, [row])
