"""The records that close an obligation no other event closes: invalid absence handled (§3.6.4) and the yearly
review of progression (§7). Each is one row that a unique constraint keeps single, so of concurrent requests one
is recorded and the others answer 409."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.core.errors import ApiError, register_messages
from kundval.core.security import Principal
from kundval.domain.absence.models import Absence, AbsenceType
from kundval.domain.audit.service import record
from kundval.domain.cases.models import CaseStatus
from kundval.domain.cases.service import get_case
from kundval.domain.interventions.catalogue import INTERVENTIONS
from kundval.domain.tasks import rules
from kundval.domain.tasks.models import AbsenceHandled, ProgressionReview
from kundval.domain.tasks.schemas import AbsenceHandledOut, ProgressionReviewCreate, ProgressionReviewOut

register_messages(
    {
        "tasks.absence_not_found": ("Frånvaron finns inte.", "No such absence."),
        "tasks.absence_not_invalid": (
            "Bara ogiltig frånvaro markeras som hanterad.",
            "Only invalid absence is marked as handled.",
        ),
        "tasks.absence_handled": ("Frånvaron är redan hanterad.", "The absence has already been handled."),
        "tasks.no_progression_review": (
            "Insatsen har ingen årlig uppföljning av progression (bara Förstärkt jobbpeng och SAI).",
            "The intervention has no yearly review of progression (only Förstärkt jobbpeng and SAI).",
        ),
        "tasks.case_not_active": (
            "Progressionen följs upp medan insatsen pågår.",
            "Progression is reviewed while the intervention goes on.",
        ),
        "tasks.review_not_due": (
            "Nästa uppföljning av progression är inte aktuell än: den förfaller {due}.",
            "The next review of progression is not due yet: it falls due on {due}.",
        ),
        "tasks.review_recorded": (
            "Uppföljningen med förfallodag {due} är redan registrerad.",
            "The review due on {due} has already been recorded.",
        ),
    }
)


async def mark_absence_handled(session: AsyncSession, principal: Principal, absence_id: uuid.UUID) -> AbsenceHandledOut:
    """The counsellor has acted on registered invalid absence; its to-do item closes. 404 for an absence on a case
    that is not the caller's, 409 for other absence or one already handled."""
    absence = await session.get(Absence, absence_id)
    if absence is None:
        raise ApiError("tasks.absence_not_found", status_code=404)
    try:
        case = await get_case(session, principal, absence.case_id, audit=None)
    except ApiError:
        raise ApiError("tasks.absence_not_found", status_code=404) from None
    if absence.type != AbsenceType.INVALID:
        raise ApiError("tasks.absence_not_invalid", status_code=409)
    handled = AbsenceHandled(absence_id=absence.id, handled_by_id=principal.id)
    session.add(handled)
    try:
        await session.flush()
    except IntegrityError:  # handled already, or by a concurrent request a moment ago
        raise ApiError("tasks.absence_handled", status_code=409) from None
    await record(session, principal, "handle", "absence", absence.id, case.client_id)
    return AbsenceHandledOut(absence.id, case.id, handled.created_at)


async def record_progression_review(
    session: AsyncSession, principal: Principal, case_id: uuid.UUID, data: ProgressionReviewCreate
) -> ProgressionReviewOut:
    """Record the review of progression now due on an active case (listed on the to-do list: overdue, or due
    within the look-ahead); the next one falls due a year on."""
    case = await get_case(session, principal, case_id, audit=None)
    every = INTERVENTIONS[case.intervention].progression_review_after_months
    if not every:
        raise ApiError("tasks.no_progression_review", status_code=409)
    if case.status != CaseStatus.ACTIVE or case.start_date is None:
        raise ApiError("tasks.case_not_active", status_code=409)
    done = await session.scalar(
        select(func.count()).select_from(ProgressionReview).where(ProgressionReview.case_id == case.id)
    )
    due = rules.progression_review_due(case.start_date, every, done or 0)
    # Only the review now on the to-do list: a second click, or a colleague a moment later, must not record next
    # year's.
    if not rules.listed(rules.PROGRESSION_REVIEW, due, clock.today()):
        raise ApiError("tasks.review_not_due", status_code=409, due=due.isoformat())
    review = ProgressionReview(case_id=case.id, due=due, note=data.note, reviewed_by_id=principal.id)
    session.add(review)
    try:
        await session.flush()
    except IntegrityError:  # a concurrent request recorded the review of this due date first
        raise ApiError("tasks.review_recorded", status_code=409, due=due.isoformat()) from None
    await record(session, principal, "create", "progression_review", review.id, case.client_id)
    next_due = rules.progression_review_due(case.start_date, every, (done or 0) + 1)
    return ProgressionReviewOut(review.id, case.id, due, review.note, review.created_at or clock.now(), next_due)
