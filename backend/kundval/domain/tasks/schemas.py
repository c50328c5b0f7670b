"""Shapes of the to-do lists (GET /api/tasks): one item per open obligation of a deadline rule.

The contract the start pages are built on (issue 12); the deadlines work fills it in and may add fields, not
rename them.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

import msgspec


class TaskOut(msgspec.Struct):
    """One open obligation: what is owed (``rule``, a code of :mod:`kundval.domain.tasks.rules`, with the
    routine's ``section``), by when (``due``), whether that has passed (``overdue``), on which case and document,
    and where in the app it is done (``link``, a path of the SPA). ``title`` is a sentence in the reader's
    language; ``client`` is named as far as the reader may see them (as in the inbox)."""

    rule: str  # e.g. "claim", "publish", "first_plan", "plan_review", "monthly_report", ...
    section: str  # the routine's section, e.g. "§6.2.1"
    owner: str  # the role that owes it: counsellor, provider_admin, provider_staff, ...
    due: date
    overdue: bool
    title: str
    link: str  # e.g. "/arenden/<id>" or "/dokument/<id>"
    case_id: uuid.UUID | None
    client: str | None
    document_id: uuid.UUID | None = None
    month: str | None = None  # YYYY-MM, for the monthly report rules
    provider_id: uuid.UUID | None = None
    provider_name: str | None = None
    counsellor_id: uuid.UUID | None = None
    counsellor_name: str | None = None
    coach_id: uuid.UUID | None = None
    coach_name: str | None = None


class Tasks(msgspec.Struct):
    """The caller's open obligations, the soonest due first (overdue ones thus on top): a page of ``limit`` from
    ``offset``; ``total`` and ``overdue`` count every matching obligation, not only the page's."""

    items: list[TaskOut]
    total: int
    overdue: int
    limit: int = 500
    offset: int = 0


class LateCount(msgspec.Struct):
    """How many obligations one counsellor or one provider has let pass their due date, in all and per rule."""

    id: uuid.UUID
    name: str
    overdue: int
    by_rule: dict[str, int]


class Overview(msgspec.Struct):
    """The supervisor's overview of what is late in the unit (GET /api/tasks/overview): the counsellors by what
    they owe, the providers by what they (their coaches, their queue) owe, the most late first."""

    overdue: int
    by_rule: dict[str, int]
    counsellors: list[LateCount]
    providers: list[LateCount]


class AbsenceHandledOut(msgspec.Struct):
    """Registered invalid absence that the counsellor has acted on (§3.6.4): its to-do item is closed."""

    absence_id: uuid.UUID
    case_id: uuid.UUID
    handled_at: datetime


class ProgressionReviewCreate(msgspec.Struct):
    """What the counsellor concluded at the yearly review of progression (§7)."""

    note: Annotated[str, msgspec.Meta(min_length=1, max_length=5000)]


class ProgressionReviewOut(msgspec.Struct):
    """A recorded review of progression: the due date it met, and when the next one is due."""

    id: uuid.UUID
    case_id: uuid.UUID
    due: date
    note: str
    reviewed_at: datetime
    next_due: date
