"""The working-day calendar: a year's non-working days for every signed-in role, the municipality's own days
added and removed by the administrator."""

from __future__ import annotations

import uuid
from typing import Any

from litestar import Controller, Request, delete, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery, JSONBody
from litestar.status_codes import HTTP_201_CREATED, HTTP_204_NO_CONTENT
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.core.errors import language_of
from kundval.core.security import Principal, Role, authenticated, requires_role
from kundval.domain.calendar import service
from kundval.domain.calendar.schemas import CalendarDay, CalendarYear, NonWorkingDayCreate


class CalendarController(Controller):
    path = "/api/calendar"
    tags = ["calendar"]

    @get("/", guards=[authenticated], operation_id="getCalendar")
    async def get_calendar(
        self,
        request: Request[Any, Any, Any],
        db_session: NamedDependency[AsyncSession],
        year: FromQuery[int | None] = None,
    ) -> CalendarYear:
        """The year's days that are not working days besides the weekends (this year unless ``year`` is given):
        Sweden's holidays, named in the caller's language, and the municipality's own days with their reasons."""
        return await service.calendar_year(db_session, year or clock.today().year, language_of(request))

    @post("/days", guards=[requires_role(Role.ADMIN)], operation_id="addNonWorkingDay", status_code=HTTP_201_CREATED)
    async def add_day(
        self,
        data: JSONBody[NonWorkingDayCreate],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> CalendarDay:
        """Add a municipal non-working day with its reason: a weekday that is not a holiday and not yet added.
        Every rule that counts working days skips it from then on."""
        return await service.add_day(db_session, principal, data)

    @delete(
        "/days/{day_id:uuid}",
        guards=[requires_role(Role.ADMIN)],
        operation_id="removeNonWorkingDay",
        status_code=HTTP_204_NO_CONTENT,
    )
    async def remove_day(
        self,
        day_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> None:
        """Remove a municipal non-working day: it is a working day again."""
        await service.remove_day(db_session, principal, day_id)
