"""The municipality's working-day calendar: loading it for the rules, listing a year, adding and removing days."""

from __future__ import annotations

import uuid
from datetime import date

import holidays
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.calendar import HOLIDAY_CATEGORIES, SWEDISH, WorkingCalendar
from kundval.core.db import rows_changed
from kundval.core.errors import ApiError, Language, register_messages
from kundval.core.fields import register_field_labels
from kundval.core.security import Principal
from kundval.domain.accounts.models import User
from kundval.domain.audit.service import record
from kundval.domain.calendar.models import NonWorkingDay
from kundval.domain.calendar.schemas import (
    FIRST_YEAR,
    LAST_YEAR,
    CalendarDay,
    CalendarYear,
    DaySource,
    NonWorkingDayCreate,
)

register_messages(
    {
        "calendar.weekend": (
            "{day} är en {weekday} och redan ledig. Välj en vardag.",
            "{day} is a {weekday} and already not a working day. Choose a weekday.",
        ),
        "calendar.holiday": (
            "{day} är redan en helgdag ({name}). Välj en annan dag.",
            "{day} is already a public holiday ({name}). Choose another day.",
        ),
        "calendar.day_taken": (
            "{day} är redan tillagd som ledig dag ({reason}).",
            "{day} has already been added as a non-working day ({reason}).",
        ),
        "calendar.reason_blank": (
            "Skriv en orsak, t.ex. ”klämdag”.",
            "Write a reason, e.g. “bridge day”.",
        ),
        "calendar.bad_year": (
            "Året måste vara mellan {first} och {last}.",
            "The year must be from {first} to {last}.",
        ),
        "calendar.not_found": ("Den lediga dagen finns inte.", "No such non-working day."),
    }
)
register_field_labels({"day": ("Datum", "Date"), "year": ("År", "Year")})  # calendar.form.day, calendar.year

_WEEKDAYS = {5: ("lördag", "Saturday"), 6: ("söndag", "Sunday")}
# The holidays library names Sweden's days in these languages; Swedish for any other reader.
_HOLIDAY_LANGUAGES = {"sv": "sv", "en": "en_US"}


async def working_calendar(session: AsyncSession) -> WorkingCalendar:
    """Sweden's working days less the non-working days the municipality has added (one statement)."""
    return WorkingCalendar(frozenset((await session.scalars(select(NonWorkingDay.day))).all()))


def _holiday_names(year: int, language: Language) -> dict[date, str]:
    """Sweden's public and de facto holidays of ``year`` (the days ``core.calendar`` counts), without the plain
    Sundays the library also lists."""
    days = holidays.SE(
        categories=HOLIDAY_CATEGORIES,
        years=year,
        include_sundays=False,
        language=_HOLIDAY_LANGUAGES.get(language, "sv"),
    )
    return dict(days.items())


async def calendar_year(session: AsyncSession, year: int, language: Language) -> CalendarYear:
    """Every day of ``year`` that is not a working day for a reason other than the weekend."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ApiError(
            "calendar.bad_year",
            status_code=422,
            first=FIRST_YEAR,
            last=LAST_YEAR,
            extra=[{"key": "year", "message": "range"}],
        )
    rows = (
        await session.execute(
            select(NonWorkingDay, User.name)
            .outerjoin(User, User.id == NonWorkingDay.created_by_id)
            .where(NonWorkingDay.day.between(date(year, 1, 1), date(year, 12, 31)))
        )
    ).all()
    days = [CalendarDay(day, DaySource.HOLIDAY, name) for day, name in _holiday_names(year, language).items()]
    days += [CalendarDay(row.day, DaySource.MUNICIPAL, row.reason, row.id, name) for row, name in rows]
    return CalendarYear(year, sorted(days, key=lambda d: (d.day, d.source)))


def _day_out(row: NonWorkingDay, principal: Principal) -> CalendarDay:
    return CalendarDay(row.day, DaySource.MUNICIPAL, row.reason, row.id, principal.name)


async def add_day(session: AsyncSession, principal: Principal, data: NonWorkingDayCreate) -> CalendarDay:
    """Add a municipal non-working day: a weekday that is not already a holiday and not already added; audited."""
    reason = data.reason.strip()
    if not reason:
        raise ApiError("calendar.reason_blank", status_code=422, extra=[{"key": "reason", "message": "blank"}])
    day = data.day
    if day.weekday() in _WEEKDAYS:
        raise ApiError(
            "calendar.weekend",
            status_code=422,
            day=day.isoformat(),
            weekday=_WEEKDAYS[day.weekday()],
            extra=[{"key": "day", "message": "weekend"}],
        )
    if not SWEDISH.is_working_day(day):
        names = (_holiday_names(day.year, "sv").get(day, ""), _holiday_names(day.year, "en").get(day, ""))
        raise ApiError(
            "calendar.holiday",
            status_code=422,
            day=day.isoformat(),
            name=names,
            extra=[{"key": "day", "message": "holiday"}],
        )
    existing = await session.scalar(select(NonWorkingDay).where(NonWorkingDay.day == day))
    if existing is not None:
        raise _taken(day, existing.reason)
    row = NonWorkingDay(day=day, reason=reason, created_by_id=principal.id)
    session.add(row)
    try:
        await session.flush()
    except IntegrityError:  # a concurrent request added the same day after the check above
        raise _taken(day, reason) from None
    await record(session, principal, "create", "non_working_day", row.id, None, detail=f"{day.isoformat()} {reason}")
    return _day_out(row, principal)


def _taken(day: date, reason: str) -> ApiError:
    return ApiError(
        "calendar.day_taken",
        status_code=409,
        day=day.isoformat(),
        reason=reason,
        extra=[{"key": "day", "message": "taken"}],
    )


async def remove_day(session: AsyncSession, principal: Principal, day_id: uuid.UUID) -> None:
    """Remove a municipal non-working day (it becomes a working day again); audited."""
    row = await session.get(NonWorkingDay, day_id)
    if row is None:
        raise ApiError("calendar.not_found", status_code=404)
    detail = f"{row.day.isoformat()} {row.reason}"
    # A conditional DELETE: of concurrent removals exactly one succeeds (and is audited); the others find nothing.
    removed = await rows_changed(
        session,
        delete(NonWorkingDay).where(NonWorkingDay.id == day_id).execution_options(synchronize_session=False),
    )
    if removed != 1:
        raise ApiError("calendar.not_found", status_code=404)
    await record(session, principal, "delete", "non_working_day", day_id, None, detail=detail)
