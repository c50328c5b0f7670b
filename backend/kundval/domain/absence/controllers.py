"""The absence register and the attendance report of a case."""

from __future__ import annotations

import uuid
from typing import Any

from litestar import Controller, Request, Response, delete, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery, JSONBody
from litestar.status_codes import HTTP_204_NO_CONTENT
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.csv_export import export_language
from kundval.core.security import PROVIDER_ROLES, Principal, Role, requires_role
from kundval.domain.absence import service
from kundval.domain.absence.schemas import AbsenceCreate, AbsenceOut, AbsenceRegister, AttendanceReport

readers = requires_role(Role.COUNSELLOR, Role.SUPERVISOR, *PROVIDER_ROLES)
providers = requires_role(*PROVIDER_ROLES)


class AbsenceController(Controller):
    path = "/api"
    tags = ["absence"]

    @get("/cases/{case_id:uuid}/absences", guards=[readers], operation_id="listAbsences")
    async def list_absences(
        self,
        case_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> AbsenceRegister:
        """Every absence of the case, with late flags, certificate demands and holiday-leave warnings."""
        return await service.register(db_session, principal, case_id)

    @post("/cases/{case_id:uuid}/absences", guards=[providers], operation_id="createAbsence")
    async def create_absence(
        self,
        case_id: FromPath[uuid.UUID],
        data: JSONBody[AbsenceCreate],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> AbsenceOut:
        """Register absence within the intervention's dates (holiday leave also ahead); invalid absence needs its
        ground, "unreachable" its three contact attempts; a day already registered is refused."""
        absence = await service.create_absence(db_session, principal, case_id, data)
        register = await service.register(db_session, principal, case_id)
        return next(item for item in register.items if item.id == absence.id)

    @delete(
        "/absences/{absence_id:uuid}", guards=[providers], operation_id="deleteAbsence", status_code=HTTP_204_NO_CONTENT
    )
    async def delete_absence(
        self,
        absence_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> None:
        """Remove a wrongly registered absence (the audit log keeps what it was)."""
        await service.delete_absence(db_session, principal, absence_id)

    @get("/cases/{case_id:uuid}/attendance", guards=[readers], operation_id="getAttendanceReport")
    async def attendance(
        self,
        case_id: FromPath[uuid.UUID],
        month: FromQuery[str],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> AttendanceReport:
        """The attendance report (närvarorapport) for ``month`` (YYYY-MM)."""
        return await service.attendance(db_session, principal, case_id, month)

    @get("/cases/{case_id:uuid}/attendance.csv", guards=[readers], operation_id="getAttendanceReportCsv")
    async def attendance_csv(
        self,
        case_id: FromPath[uuid.UUID],
        month: FromQuery[str],
        request: Request[Any, Any, Any],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
        lang: FromQuery[str | None] = None,
    ) -> Response[str]:
        """The attendance report as CSV, for the reclaim of additional costs; in words, Swedish unless ``lang`` or
        Accept-Language asks for English."""
        report = await service.attendance(db_session, principal, case_id, month)
        language = export_language(request, lang)
        name = "attendance" if language == "en" else "narvaro"
        return Response(
            service.attendance_csv(report, language),
            media_type="text/csv",
            headers={"Content-Disposition": f'attachment; filename="{name}-{month}.csv"'},
        )
