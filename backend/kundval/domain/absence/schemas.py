"""Shapes of the absence register and the attendance report."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

import msgspec

from kundval.domain.absence.models import AbsenceType, InvalidGround
from kundval.domain.absence.rules import HOURS_PER_DAY
from kundval.domain.documents.models import DocumentKind


class AbsenceCreate(msgspec.Struct):
    date_from: date
    date_to: date
    type: AbsenceType
    hours: Annotated[int, msgspec.Meta(ge=1, le=HOURS_PER_DAY)] | None = None  # part of a day; whole day when absent
    note: Annotated[str, msgspec.Meta(max_length=2000)] = ""
    ground: InvalidGround | None = None  # required for invalid absence, and only there
    contact_attempts: list[date] = []  # invalid absence: three when the client was unreachable


class AbsenceOut(msgspec.Struct):
    id: uuid.UUID
    date_from: date
    date_to: date
    type: AbsenceType
    hours: int | None
    note: str
    ground: InvalidGround | None
    contact_attempts: list[date]
    registered_at: datetime
    registered_by_name: str | None
    late: bool  # invalid absence registered after the next working day


class SpellOut(msgspec.Struct):
    type: AbsenceType
    first: date
    last: date
    days: int


class CertificateDemandOut(msgspec.Struct):
    spell: SpellOut
    kind: DocumentKind
    required_from: date
    due: date
    satisfied: bool
    handed_in: date | None  # the day the certificate for this spell reached the counsellor
    overdue: bool  # no certificate and the due date has passed


class AbsenceRegister(msgspec.Struct):
    items: list[AbsenceOut]
    total: int
    limit: int
    offset: int
    certificate_demands: list[CertificateDemandOut]
    # Client without social assistance: the intervention must end and a new decision be made (§3.5).
    holiday_leave_over_limit: list[SpellOut]


class AttendanceReport(msgspec.Struct):
    """Närvarorapport (routine 000): working days in the intervention in a month, and absence by type."""

    case_id: uuid.UUID
    month: str
    client_reference: str
    intervention: str
    provider_name: str | None
    first_day: date | None
    last_day: date | None
    days_in_intervention: int
    absence_days: dict[str, int]
    absence_hours: dict[str, int]
    days_present: int
