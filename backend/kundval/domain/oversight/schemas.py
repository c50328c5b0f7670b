"""Shapes of a provider's shortcomings (§7.6): its late reports, the tellings and the ground."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

import msgspec

from kundval.domain.oversight.models import NoticeSubject


class NoticeCreate(msgspec.Struct, forbid_unknown_fields=True):
    """The provider was told on ``told_on`` (today or earlier) about ``subject``; ``note`` says what was said."""

    told_on: date
    subject: NoticeSubject
    note: Annotated[str, msgspec.Meta(max_length=4000)]


class NoticeOut(msgspec.Struct):
    id: uuid.UUID
    provider_id: uuid.UUID
    told_on: date
    subject: NoticeSubject
    note: str
    told_by: str | None  # the name of who recorded it
    recorded_at: datetime


class LateReport(msgspec.Struct):
    """A report the provider handed in late or still owes past its due date; no client is named (the register's
    readers are not the case's)."""

    rule: str  # first_plan, monthly_report, final_report (the deadline rules' codes)
    case_id: uuid.UUID
    due: date
    handed_in: date | None  # None: still owed
    days_late: int
    over_a_month: bool
    after_notice: bool  # due after the provider was last told
    month: str | None = None  # YYYY-MM, monthly reports


class GroundOut(msgspec.Struct):
    """§7.6: ``exists`` when a report is over a month late or, after the last telling, reports were late again
    at least ``repeated_after`` times."""

    exists: bool
    over_a_month: int
    late_after_notice: int
    repeated_after: int
    last_told: date | None


class Shortcomings(msgspec.Struct):
    provider_id: uuid.UUID
    provider_name: str
    late_reports: list[LateReport]
    notices: list[NoticeOut]
    ground: GroundOut


class ProviderGround(msgspec.Struct):
    """One provider's line in the oversight list."""

    provider_id: uuid.UUID
    provider_name: str
    late_reports: int
    ground: GroundOut


class ProviderGrounds(msgspec.Struct):
    """Every provider with a late report or a telling, those with a ground first."""

    items: list[ProviderGround]
    total: int
