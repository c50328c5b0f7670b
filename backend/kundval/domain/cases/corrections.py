"""Corrections of a decision after the fact: dates, scope and texts, each change kept in the history."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.core.errors import ApiError, register_messages
from kundval.core.security import Principal
from kundval.domain.cases.flow import DATE_WORDS, check_end_date, check_period, still, transition
from kundval.domain.cases.models import Case, CaseStatus
from kundval.domain.cases.schemas import CaseCorrection
from kundval.domain.cases.service import get_case
from kundval.domain.messages.service import notify_case_team

register_messages(
    {
        "case.nothing_to_correct": (
            "Inget är ändrat. Ändra minst ett fält för att korrigera beslutet.",
            "Nothing is changed. Change at least one field to correct the decision.",
        ),
        "case.end_date_only_when_ended": (
            "Slutdatum kan bara korrigeras för en avslutad insats.",
            "The end date can be corrected only for an ended intervention.",
        ),
        "case.date_in_future": ("{field} kan inte ligga i framtiden.", "{field} cannot be in the future."),
    }
)


# What a correction may change, and how each field reads in the history.
CORRECTABLE = {
    "decision_date": "Beslutsdatum",
    "start_date": "Startdatum",
    "planned_end_date": "Planerat slutdatum",
    "end_date": "Slutdatum",
    "scope_percent": "Omfattning (%)",
    "assignment": "Uppdraget",
    "future_plan": "Framtidsplanen",
}
# The texts are long: the history says that they changed and keeps the old wording.
TEXTS = {"assignment": "Uppdraget ändrat", "future_plan": "Framtidsplanen ändrad"}


async def correct(session: AsyncSession, principal: Principal, case_id: uuid.UUID, data: CaseCorrection) -> Case:
    """The counsellor corrects a decision's dates, scope and texts, with a reason; the history keeps every change
    with its old and new value. The same date rules as for a new decision apply to the result.

    Only the fields sent change, and only if they still hold what the caller saw: of two corrections of the same
    field at once one wins, the other answers 409.
    """
    case = await get_case(session, principal, case_id, audit=None)
    changes = {
        field: getattr(data, field)
        for field in CORRECTABLE
        if getattr(data, field) is not None and getattr(data, field) != getattr(case, field)
    }
    if not changes:
        raise ApiError("case.nothing_to_correct", status_code=422, extra=[{"key": "reason", "message": "no change"}])
    if "end_date" in changes and case.status != CaseStatus.ENDED:
        raise ApiError(
            "case.end_date_only_when_ended", status_code=422, extra=[{"key": "end_date", "message": "not ended"}]
        )
    decision_date = changes.get("decision_date", case.decision_date)
    if decision_date > clock.today():
        raise ApiError(
            "case.date_in_future",
            status_code=422,
            field=DATE_WORDS["decision_date"],
            extra=[{"key": "decision_date", "message": "in the future"}],
        )
    start_date = changes.get("start_date", case.start_date)
    check_period(decision_date, start_date, changes.get("planned_end_date", case.planned_end_date))
    values = dict(changes)
    if "decision_date" in changes and case.previous_case_id is None:
        values["assignment_date"] = decision_date  # a first case's assignment begins with its decision
    end_date = changes.get("end_date", case.end_date)
    if case.status == CaseStatus.ENDED and end_date is not None:  # an ended case always has its end date
        check_end_date(start_date or values.get("assignment_date", case.assignment_date), end_date)
    lines = []
    for field, new in changes.items():
        old = getattr(case, field)
        if field in TEXTS:
            lines.append(f"{TEXTS[field]}. Tidigare: {old or '–'}")
        else:
            lines.append(f"{CORRECTABLE[field]}: {old or '–'} → {new}")
    lines.append(f"Orsak: {data.reason}")
    await transition(
        session,
        principal,
        case,
        "correct",
        [case.status],
        None,
        note="\n".join(lines),
        unchanged=[still(getattr(Case, field), getattr(case, field)) for field in changes],
        **values,
    )
    if case.provider_id and case.status in (CaseStatus.CLAIMED, CaseStatus.ACTIVE):
        await notify_case_team(
            session,
            case.provider_id,
            case.coach_id,
            case.id,
            principal.id,
            kind="case_corrected",
            params={"fields": ",".join(changes)},
        )
    return case
