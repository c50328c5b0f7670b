"""The absence register: registration with its checks, the rules applied, and the attendance report."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.core.calendar import month_bounds
from kundval.core.csv_export import csv_text, word
from kundval.core.db import rows_changed
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
from kundval.domain.calendar.service import working_calendar
from kundval.domain.cases.models import Case, CaseStatus
from kundval.domain.cases.service import get_case
from kundval.domain.clients.models import Client
from kundval.domain.clients.service import reference_of
from kundval.domain.documents.models import Document, DocumentStatus
from kundval.domain.interventions.catalogue import INTERVENTIONS
from kundval.domain.messages.service import notify_user
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
        "absence.ground_required": (
            "Ange grunden för den ogiltiga frånvaron: ej nåbar efter tre kontaktförsök, uteblev utan att meddela "
            "sig, eller en orsak som inte är godtagbar.",
            "Give the ground of the invalid absence: unreachable after three contact attempts, absent without "
            "notice, or a reason that is not acceptable.",
        ),
        "absence.ground_not_invalid": (
            "Grund anges bara för ogiltig frånvaro.",
            "A ground is given for invalid absence only.",
        ),
        "absence.contact_attempts_required": (
            "Kunden räknas som ej nåbar efter {needed} kontaktförsök: ange datum för alla {needed} (nu {given}).",
            "The client counts as unreachable after {needed} contact attempts: give the date of all {needed} "
            "(now {given}).",
        ),
        "absence.contact_attempt_future": (
            "Kontaktförsöket {day} ligger i framtiden.",
            "The contact attempt {day} lies in the future.",
        ),
        "absence.ahead": (
            "Frånvaron {date_from}–{date_to} sträcker sig förbi i dag: bara ledighet kan registreras i förväg.",
            "The absence {date_from}–{date_to} reaches past today: only holiday leave can be registered ahead.",
        ),
        "absence.overlaps": (
            "Frånvaron överlappar redan registrerad frånvaro {date_from}–{date_to} ({type}). Ta bort den först om "
            "den är fel, så räknas ingen dag två gånger.",
            "The absence overlaps absence already registered {date_from}–{date_to} ({type}). Remove that first if it "
            "is wrong, so that no day is counted twice.",
        ),
        "absence.not_found": ("Frånvaron finns inte.", "No such absence."),
        "absence.bad_month": ("Månaden ska skrivas ÅÅÅÅ-MM.", "Write the month as YYYY-MM."),
    }
)


# Absence types as words in messages, (Swedish, English).
TYPE_NAMES = {
    AbsenceType.SICK: ("sjukdom", "sickness"),
    AbsenceType.CHILD_CARE: ("vård av barn", "care of a sick child"),
    AbsenceType.OTHER_ACTOR: ("annan aktör", "another actor"),
    AbsenceType.INVALID: ("ogiltig frånvaro", "invalid absence"),
    AbsenceType.HOLIDAY_LEAVE: ("ledighet", "holiday leave"),
    AbsenceType.OTHER: ("övrigt", "other"),
}


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
    # A certificate counts from the day it was handed in, not from the day its draft was made.
    certificates = [
        (d.kind, clock.day_of(d.submitted_at or d.created_at))
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
    calendar = await working_calendar(session)
    await record(session, principal, "read", "absence", case.id, case.client_id)
    items = [
        AbsenceOut(
            a.id,
            a.date_from,
            a.date_to,
            a.type,
            a.hours,
            a.note,
            a.ground,
            [date.fromisoformat(d) for d in a.contact_attempts],
            a.created_at,
            names.get(a.registered_by_id) if a.registered_by_id else None,
            rules.is_late(a.type, a.date_from, registered_on(a), calendar),
        )
        for a in absences
    ]
    today = clock.today()
    demands = [
        CertificateDemandOut(
            _spell(d.spell), d.kind, d.required_from, d.due, d.satisfied, d.handed_in, d.overdue(today)
        )
        for d in rules.certificate_demands(absences, certificates, calendar)
    ]
    warnings = [
        _spell(s)
        for s in rules.holiday_leave_over_limit(absences, client.social_assistance if client else True, calendar)
    ]
    return AbsenceRegister(items, len(items), len(items), 0, demands, warnings)


async def create_absence(
    session: AsyncSession, principal: Principal, case_id: uuid.UUID, data: AbsenceCreate
) -> Absence:
    """Register absence after the checks of §3.5–3.6: within the intervention, begun unless it is planned leave,
    invalid absence with its ground and contact attempts, and no day that is already registered."""
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
    today = clock.today()
    if case.end_date is None:
        # A running case counts until today; planned leave may be registered further ahead (§3.5).
        last = max(last, rules.latest_allowed_day(data.type, today, case.planned_end_date))
    if data.date_from < first or data.date_to > last:
        if data.date_from >= first and data.date_to > today and data.type not in rules.PLANNED_AHEAD_TYPES:
            raise ApiError(
                "absence.ahead",
                status_code=422,
                date_from=data.date_from.isoformat(),
                date_to=data.date_to.isoformat(),
                extra=[
                    {
                        "key": "date_from" if data.date_from > today else "date_to",
                        "message": "after today; only holiday leave is registered ahead",
                    }
                ],
            )
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
    _check_invalid(data, today)
    # Lock the case (PostgreSQL) so that two registrations at once cannot both pass the overlap check.
    await session.execute(select(Case.id).where(Case.id == case.id).with_for_update())
    absences = await _absences(session, case.id)
    clashes = rules.overlapping(absences, data)
    if clashes:
        clash = clashes[0]
        raise ApiError(
            "absence.overlaps",
            status_code=409,
            date_from=clash.date_from.isoformat(),
            date_to=clash.date_to.isoformat(),
            type=TYPE_NAMES[clash.type],
            extra=[{"key": "date_from", "message": "overlaps a registered absence"}],
        )
    absence = Absence(
        case_id=case.id,
        date_from=data.date_from,
        date_to=data.date_to,
        type=data.type,
        hours=data.hours,
        note=data.note,
        registered_by_id=principal.id,
        ground=data.ground,
        contact_attempts=[d.isoformat() for d in sorted(data.contact_attempts)],
    )
    session.add(absence)
    await session.flush()
    await record(session, principal, "create", "absence", absence.id, case.client_id, detail=data.type.value)
    if data.type == AbsenceType.HOLIDAY_LEAVE:
        await _tell_counsellor_of_long_leave(session, principal, case, absences, absence)
    return absence


def _check_invalid(data: AbsenceCreate, today: date) -> None:
    """Invalid absence has its ground, and "unreachable" the three contact attempts (§3.6.4)."""
    if data.type != AbsenceType.INVALID:
        if data.ground is not None:
            raise ApiError(
                "absence.ground_not_invalid", status_code=422, extra=[{"key": "ground", "message": "invalid only"}]
            )
        return
    if data.ground is None:
        raise ApiError("absence.ground_required", status_code=422, extra=[{"key": "ground", "message": "required"}])
    needed = rules.contact_attempts_needed(data.ground)
    if len(data.contact_attempts) < needed:
        raise ApiError(
            "absence.contact_attempts_required",
            status_code=422,
            needed=needed,
            given=len(data.contact_attempts),
            extra=[{"key": "contact_attempts", "message": f"{needed} needed"}],
        )
    future = [d for d in data.contact_attempts if d > today]
    if future:
        raise ApiError(
            "absence.contact_attempt_future",
            status_code=422,
            day=future[0].isoformat(),
            extra=[{"key": "contact_attempts", "message": "in the future"}],
        )


async def _tell_counsellor_of_long_leave(
    session: AsyncSession, principal: Principal, case: Case, before: list[Absence], absence: Absence
) -> None:
    """Leave that now runs over 14 days for a client without social assistance: the intervention must end and a
    new decision be made (§3.5), which is the counsellor's to do."""
    client = await session.get(Client, case.client_id)
    if client is None or client.social_assistance:
        return
    calendar = await working_calendar(session)
    known = {(s.first, s.last) for s in rules.holiday_leave_over_limit(before, False, calendar)}
    for spell in rules.holiday_leave_over_limit([*before, absence], False, calendar):
        includes_new = spell.first <= absence.date_to and spell.last >= absence.date_from
        if includes_new and (spell.first, spell.last) not in known:
            await notify_user(
                session,
                case.counsellor_id,
                case.id,
                principal.id,
                kind="leave_over_limit",
                params={
                    "first": spell.first,
                    "last": spell.last,
                    "days": spell.days,
                    "limit": rules.MAX_HOLIDAY_LEAVE_DAYS,
                },
            )


async def delete_absence(session: AsyncSession, principal: Principal, absence_id: uuid.UUID) -> None:
    absence = await session.get(Absence, absence_id)
    if absence is None:
        raise ApiError("absence.not_found", status_code=404)
    try:
        case = await get_case(session, principal, absence.case_id, audit=None)
    except ApiError:
        raise ApiError("absence.not_found", status_code=404) from None
    # A conditional DELETE: of concurrent removals exactly one removes the row (and is audited); the others find
    # nothing, as they would a moment later.
    removed = await rows_changed(
        session, delete(Absence).where(Absence.id == absence.id).execution_options(synchronize_session=False)
    )
    if removed != 1:
        raise ApiError("absence.not_found", status_code=404)
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
    calendar = await working_calendar(session)
    days = set(calendar.working_days(first, last)) if first and last and first <= last else set()
    absent: dict[str, set[date]] = {}
    hours: dict[str, int] = {}
    # Each day is counted once, even if registrations made before overlaps were refused cover it twice: a whole
    # day goes to the registration made first, and part days only count on days that are not wholly absent.
    in_month = sorted(absences_in_month(await _absences(session, case.id), month), key=lambda a: a.created_at)
    all_absent: set[date] = set()
    for absence in (a for a in in_month if not a.hours):
        covered = {d for d in calendar.working_days(absence.date_from, absence.date_to) if d in days} - all_absent
        absent.setdefault(absence.type.value, set()).update(covered)
        all_absent |= covered
    hours_on: dict[date, int] = {}
    for absence in (a for a in in_month if a.hours):  # part of a day: counted in hours, not as an absent day
        for day in calendar.working_days(absence.date_from, absence.date_to):
            if day in days and day not in all_absent:
                counted = min(absence.hours or 0, rules.HOURS_PER_DAY - hours_on.get(day, 0))
                hours_on[day] = hours_on.get(day, 0) + counted
                hours[absence.type.value] = hours.get(absence.type.value, 0) + counted
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
