"""The content of a structured report: answers per section, checked against its template."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import msgspec

from kundval.domain.documents.models import DocumentKind

Text = Annotated[str, msgspec.Meta(max_length=20_000)]


class Activity(msgspec.Struct):
    name: Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
    # Half hours allowed (an hour and a half of SFI a day is common); a week has at most a full-time 40.
    hours_per_week: Annotated[float, msgspec.Meta(ge=0.5, le=40, multiple_of=0.5)]


class SectionAnswer(msgspec.Struct, omit_defaults=True, forbid_unknown_fields=True):
    """An answer, or ``not_applicable_reason`` for "Ej aktuellt"."""

    text: Text | None = None
    activities: list[Activity] | None = None
    date: date | None = None
    not_applicable_reason: Annotated[str, msgspec.Meta(max_length=500)] | None = None


class AbsenceLine(msgspec.Struct):
    """An absence of the report's month, copied from the register when the report is submitted."""

    date_from: date
    date_to: date
    type: str
    hours: int | None
    note: str
    late: bool


class ReportContent(msgspec.Struct, forbid_unknown_fields=True):
    sections: dict[str, SectionAnswer] = {}
    # Filled by the server from the absence register (monthly reports); whatever a client sends here is replaced.
    absences: list[AbsenceLine] = []


class ReportCreate(msgspec.Struct):
    kind: DocumentKind
    month: Annotated[str, msgspec.Meta(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")] | None = None
    content: ReportContent = msgspec.field(default_factory=ReportContent)


class DraftUpdate(msgspec.Struct):
    content: ReportContent


class SectionOut(msgspec.Struct):
    key: str
    type: str
    title_sv: str
    title_en: str
    help_sv: str
    help_en: str
    only_for: list[str] | None


class TemplateOut(msgspec.Struct):
    kind: DocumentKind
    title_sv: str
    title_en: str
    sections: list[SectionOut]
    full_time_hours_per_week: int
