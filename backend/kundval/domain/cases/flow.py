"""The case flow (routine 002 §6–7): decide, queue, hand back, publish, end, reopen, withdraw, move.

Every status change locks the case's row and makes one conditional UPDATE (``WHERE status IN (allowed)``) plus a
history row, so two people acting at once cannot both move a case: exactly one UPDATE matches, the other answers
409 (:func:`transition`, which ``staffing`` and ``corrections`` use too).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from kundval.core import clock
from kundval.core.db import rows_changed
from kundval.core.errors import ApiError, register_messages
from kundval.core.security import Principal
from kundval.domain.audit.service import record
from kundval.domain.cases.models import Case, CaseEvent, CaseStatus, EndReason
from kundval.domain.cases.schemas import CaseCreate, EndRequest, PublishRequest
from kundval.domain.cases.service import get_case, get_case_at_own_provider
from kundval.domain.clients.service import get_client
from kundval.domain.interventions.catalogue import INTERVENTIONS
from kundval.domain.messages.service import notify_case_team, notify_provider, notify_user
from kundval.domain.providers.models import Provider
from kundval.domain.providers.service import is_authorized

register_messages(
    {
        "case.wrong_status": (
            "Ärendet har status {status} och kan inte {action} nu.",
            "The case is {status} and cannot be {action} now.",
        ),
        "case.provider_not_authorized": (
            "{provider} är inte auktoriserad för {intervention} den {day}. Välj en annan anordnare.",
            "{provider} is not authorized for {intervention} on {day}. Choose another provider.",
        ),
        "case.unknown_provider": ("Anordnaren finns inte.", "No such provider."),
        "case.dates": (
            "{field} kan inte ligga före beslutsdatum {decision_date}.",
            "{field} cannot be before the decision date {decision_date}.",
        ),
        "case.new_provider_required": (
            "Ange den nya anordnaren (new_provider_id) när kunden byter anordnare.",
            "Name the new provider (new_provider_id) when the client changes provider.",
        ),
        "case.new_provider_only_on_change": (
            "new_provider_id anges bara när orsaken är byte av anordnare.",
            "new_provider_id goes only with the reason changed_provider.",
        ),
        "case.start_after_planned_end": (
            "Startdatum {start} ligger efter planerat slutdatum {planned_end}. Ändra ett av dem.",
            "The start date {start} is after the planned end date {planned_end}. Change one of them.",
        ),
        "case.end_before_start": (
            "Slutdatum kan inte ligga före insatsens start {start}.",
            "The end date cannot be before the intervention's start {start}.",
        ),
        "case.end_in_future": (
            "Slutdatum kan inte ligga i framtiden (senast {today}).",
            "The end date cannot be in the future (at the latest {today}).",
        ),
        "case.changed_meanwhile": (
            "Ärendet har ändrats av någon annan under tiden. Ladda om sidan och försök igen.",
            "Someone else changed the case meanwhile. Reload the page and try again.",
        ),
        "case.has_successor": (
            "Ärendet kan inte öppnas igen: kunden har redan ett nytt ärende hos en annan anordnare.",
            "The case cannot be reopened: the client already has a new case at another provider.",
        ),
        "case.same_provider": (
            "Klienten står redan i kö hos {provider}. Välj en annan anordnare.",
            "The client is already queued at {provider}. Choose another provider.",
        ),
    }
)


# How each action reads in the status error, in Swedish and English.
ACTIONS = {
    "queue": ("köas", "queued"),
    "hand_back": ("lämnas tillbaka", "handed back"),
    "claim": ("bemannas", "claimed"),
    "publish": ("publiceras", "published"),
    "end": ("avslutas", "ended"),
    "change_coach": ("få ny jobbexpert", "given a new coach"),
    "reassign": ("flyttas", "reassigned"),
    "reopen": ("öppnas igen", "reopened"),
    "withdraw": ("tas tillbaka från kön", "withdrawn from the queue"),
    "move": ("flyttas till en annan anordnare", "moved to another provider"),
    "correct": ("korrigeras", "corrected"),
}
OPEN = (CaseStatus.DECIDED, CaseStatus.QUEUED, CaseStatus.CLAIMED, CaseStatus.ACTIVE)


STATUS_WORDS = {
    CaseStatus.DECIDED: ("beslutad", "decided"),
    CaseStatus.QUEUED: ("i kö", "queued"),
    CaseStatus.CLAIMED: ("bemannad", "claimed"),
    CaseStatus.ACTIVE: ("pågående", "active"),
    CaseStatus.ENDED: ("avslutad", "ended"),
}
DATE_WORDS = {
    "decision_date": ("Beslutsdatum", "The decision date"),
    "start_date": ("Startdatum", "The start date"),
    "planned_end_date": ("Planerat slutdatum", "The planned end date"),
    "end_date": ("Slutdatum", "The end date"),
}


def status_error(status: CaseStatus, action: str) -> ApiError:
    return ApiError("case.wrong_status", status_code=409, status=STATUS_WORDS[status], action=ACTIONS[action])


async def transition(
    session: AsyncSession,
    principal: Principal,
    case: Case,
    action: str,
    allowed: Sequence[CaseStatus],
    to_status: CaseStatus | None,
    note: str = "",
    *,
    unchanged: Sequence[ColumnElement[bool]] = (),
    **values: Any,
) -> None:
    """Move ``case`` to ``to_status`` (``None``: keep its status) if it is still in one of ``allowed`` and every
    condition in ``unchanged`` still holds (the values the caller saw); 409 otherwise (lost race included).

    The row is locked first (PostgreSQL; SQLite serialises writers), so the status the history records as "from"
    is the one really moved from, even when another move committed since the case was read.
    """
    from_status = await session.scalar(select(Case.status).where(Case.id == case.id).with_for_update())
    if to_status is not None:
        values["status"] = to_status
    changed = await rows_changed(
        session,
        update(Case)
        .where(Case.id == case.id, Case.status.in_(allowed), *unchanged)
        .values(updated_at=clock.now(), **values)
        .execution_options(synchronize_session=False),
    )
    if changed != 1:
        await session.refresh(case)
        if case.status in allowed:  # the status is right, but what the caller saw has changed meanwhile
            raise ApiError("case.changed_meanwhile", status_code=409)
        raise status_error(case.status, action)
    await session.refresh(case)
    session.add(_step(principal, case, action, from_status, note))
    await record(session, principal, action, "case", case.id, case.client_id, detail=note)


def still(column: Any, value: Any) -> ColumnElement[bool]:
    """The condition that ``column`` still holds ``value`` (``IS NULL`` for ``None``)."""
    return column.is_(None) if value is None else column == value


def check_period(decision_date: date, start_date: date | None, planned_end_date: date | None) -> None:
    """A decision's dates: start and planned end not before the decision, and the start not after the planned end."""
    _check_dates(decision_date, start_date=start_date, planned_end_date=planned_end_date)
    if start_date and planned_end_date and start_date > planned_end_date:
        raise ApiError(
            "case.start_after_planned_end",
            status_code=422,
            start=start_date.isoformat(),
            planned_end=planned_end_date.isoformat(),
            extra=[{"key": "planned_end_date", "message": "before start_date"}],
        )


def check_end_date(began: date, end_date: date) -> None:
    """An end date falls within the case's period: not before it ``began`` (its start, or before a start the day
    the assignment began) and not in the future (an ending is recorded when it has happened)."""
    if end_date < began:
        raise ApiError(
            "case.end_before_start",
            status_code=422,
            start=began.isoformat(),
            extra=[{"key": "end_date", "message": "before the start"}],
        )
    if end_date > clock.today():
        raise ApiError(
            "case.end_in_future",
            status_code=422,
            today=clock.today().isoformat(),
            extra=[{"key": "end_date", "message": "in the future"}],
        )


def _check_dates(decision_date: date, **dates: date | None) -> None:
    for field, value in dates.items():
        if value is not None and value < decision_date:
            raise ApiError(
                "case.dates",
                status_code=422,
                field=DATE_WORDS[field],
                decision_date=decision_date.isoformat(),
                extra=[{"key": field, "message": "before decision_date"}],
            )


async def _provider(session: AsyncSession, provider_id: uuid.UUID) -> Provider:
    provider = await session.get(Provider, provider_id)
    if provider is None:
        raise ApiError("case.unknown_provider", status_code=422, extra=[{"key": "provider_id", "message": "unknown"}])
    return provider


def _check_authorized(provider: Provider, case: Case, day: date) -> None:
    if not is_authorized(provider, case.intervention, day):
        raise ApiError(
            "case.provider_not_authorized",
            status_code=422,
            provider=provider.name,
            intervention=INTERVENTIONS[case.intervention].names,
            day=day.isoformat(),
            extra=[{"key": "provider_id", "message": "not authorized"}],
        )


async def _tell_provider_of_queued(
    session: AsyncSession, principal: Principal, case: Case, provider_id: uuid.UUID, kind: str = "case_queued"
) -> None:
    """A client waits in the provider's queue (queued, moved there, or the successor after a change of provider):
    the provider's shared inbox is told, the one place unclaimed queue items go."""
    await notify_provider(
        session,
        provider_id,
        case.id,
        principal.id,
        kind=kind,
        params={"intervention": case.intervention, "decision_date": case.decision_date},
    )


async def _begin(session: AsyncSession, principal: Principal, case: Case, action: str, note: str = "") -> None:
    """Add a new case and the first step of its history, which comes from no status."""
    session.add(case)
    await session.flush()
    session.add(_step(principal, case, action, None, note))


def _step(principal: Principal, case: Case, action: str, from_status: CaseStatus | None, note: str) -> CaseEvent:
    """A step of the case's history: who moved it from which status to the one it has now."""
    return CaseEvent(
        case_id=case.id,
        at=clock.now(),
        actor_id=principal.id,
        action=action,
        from_status=from_status,
        to_status=case.status,
        note=note,
    )


async def create_case(session: AsyncSession, principal: Principal, data: CaseCreate) -> Case:
    """Step 1: the counsellor's decision. The case belongs to the client's counsellor."""
    client = await get_client(session, principal, data.client_id, audit=None)
    check_period(data.decision_date, data.start_date, data.planned_end_date)
    case = Case(
        client_id=client.id,
        counsellor_id=client.counsellor_id,
        intervention=data.intervention,
        decision_date=data.decision_date,
        assignment_date=data.decision_date,
        start_date=data.start_date,
        planned_end_date=data.planned_end_date,
        scope_percent=data.scope_percent,
        assignment=data.assignment,
        status=CaseStatus.DECIDED,
    )
    await _begin(session, principal, case, "decide")
    await record(session, principal, "create", "case", case.id, case.client_id)
    return case


async def queue_case(session: AsyncSession, principal: Principal, case_id: uuid.UUID, provider_id: uuid.UUID) -> Case:
    """Step 3 (day 1): put the client in the chosen provider's queue; a message lands in its inbox."""
    case = await get_case(session, principal, case_id, audit=None)
    provider = await _provider(session, provider_id)
    if case.status != CaseStatus.DECIDED:
        raise status_error(case.status, "queue")
    _check_authorized(provider, case, clock.today())
    await transition(
        session,
        principal,
        case,
        "queue",
        [CaseStatus.DECIDED],
        CaseStatus.QUEUED,
        note=provider.name,
        provider_id=provider.id,
        coach_id=None,
    )
    await _tell_provider_of_queued(session, principal, case, provider.id)
    return case


async def hand_back(session: AsyncSession, principal: Principal, case_id: uuid.UUID, reason: str) -> Case:
    """The provider declines a queued client, with a reason; the counsellor is told and can queue elsewhere."""
    case = await get_case_at_own_provider(session, principal, case_id)
    await transition(
        session,
        principal,
        case,
        "hand_back",
        [CaseStatus.QUEUED],
        CaseStatus.DECIDED,
        note=reason,
        unchanged=[Case.provider_id == principal.provider_id],  # not moved to another provider meanwhile
        provider_id=None,
        coach_id=None,
    )
    await notify_user(
        session, case.counsellor_id, case.id, principal.id, kind="case_handed_back", params={"reason": reason}
    )
    return case


async def publish(session: AsyncSession, principal: Principal, case_id: uuid.UUID, data: PublishRequest) -> Case:
    """Step 5: the counsellor publishes the assignment and future plan; the case is active for the provider."""
    case = await get_case(session, principal, case_id, audit=None)
    # The form says "empty means today", and so it is: the form fills in the decided start for the counsellor.
    start = data.start_date or clock.today()
    check_period(case.decision_date, start, case.planned_end_date)
    await transition(
        session,
        principal,
        case,
        "publish",
        [CaseStatus.CLAIMED],
        CaseStatus.ACTIVE,
        assignment=data.assignment,
        future_plan=data.future_plan,
        start_date=start,
    )
    # About a claimed case: to its coach and the provider's administrators, not the inbox every coach reads.
    await notify_case_team(
        session,
        case.provider_id,
        case.coach_id,
        case.id,
        principal.id,
        kind="case_published",
        params={"start_date": start},
    )
    return case


async def end_case(
    session: AsyncSession, principal: Principal, case_id: uuid.UUID, data: EndRequest
) -> tuple[Case, Case | None]:
    """End with a reason (§7). "Client changes provider" also opens a new queued case at the new provider."""
    case = await get_case(session, principal, case_id, audit=None)
    check_end_date(case.start_date or case.assignment_date, data.end_date)
    new_provider = None
    if data.reason == EndReason.CHANGED_PROVIDER:
        if data.new_provider_id is None:
            raise ApiError(
                "case.new_provider_required", status_code=422, extra=[{"key": "new_provider_id", "message": "required"}]
            )
        new_provider = await _provider(session, data.new_provider_id)
        _check_authorized(new_provider, case, clock.today())
    elif data.new_provider_id is not None:
        raise ApiError(
            "case.new_provider_only_on_change",
            status_code=422,
            extra=[{"key": "new_provider_id", "message": "not allowed"}],
        )
    await transition(
        session,
        principal,
        case,
        "end",
        OPEN,
        CaseStatus.ENDED,
        note=data.note,
        end_reason=data.reason,
        end_date=data.end_date,
    )
    if case.provider_id:
        await notify_case_team(
            session,
            case.provider_id,
            case.coach_id,
            case.id,
            principal.id,
            kind="case_ended",
            params={"end_date": data.end_date, "end_reason": data.reason},
        )
    if new_provider is None:
        return case, None
    successor = Case(
        client_id=case.client_id,
        counsellor_id=case.counsellor_id,
        intervention=case.intervention,
        decision_date=case.decision_date,
        # §6.3.1: the new provider's deadlines (the first plan within a month) and statistics count from the day
        # the client comes to it, not from the old decision.
        assignment_date=clock.today(),
        planned_end_date=case.planned_end_date,
        scope_percent=case.scope_percent,
        assignment=case.assignment,
        future_plan=case.future_plan,
        status=CaseStatus.QUEUED,
        provider_id=new_provider.id,
        previous_case_id=case.id,
    )
    await _begin(session, principal, successor, "queue", note=new_provider.name)
    await record(session, principal, "create", "case", successor.id, successor.client_id, detail="changed_provider")
    await _tell_provider_of_queued(session, principal, successor, new_provider.id, "case_queued_changed_provider")
    return case, successor


async def reopen(session: AsyncSession, principal: Principal, case_id: uuid.UUID, reason: str) -> Case:
    """Undo a mistaken ending (§7), with a reason: the case goes back to the status it was ended from and loses
    its end reason and date. Not once a change of provider has opened a successor case: that one carries on."""
    case = await get_case(session, principal, case_id, audit=None)
    if case.status != CaseStatus.ENDED:
        raise status_error(case.status, "reopen")
    successor = aliased(Case)
    has_successor = select(successor.id).where(successor.previous_case_id == case.id).exists()
    if await session.scalar(select(has_successor)):
        raise ApiError("case.has_successor", status_code=409)
    ended_from = await session.scalar(
        select(CaseEvent.from_status)
        .where(CaseEvent.case_id == case.id, CaseEvent.action == "end")
        .order_by(CaseEvent.at.desc(), CaseEvent.id.desc())
        .limit(1)
    )
    back_to = ended_from or CaseStatus.ACTIVE
    await transition(
        session,
        principal,
        case,
        "reopen",
        [CaseStatus.ENDED],
        back_to,
        note=reason,
        unchanged=[~has_successor],
        end_reason=None,
        end_date=None,
    )
    if case.provider_id:
        # Back in the queue it is the provider inbox's again; a claimed or active case is its coach's.
        params = {"status": back_to.value}
        if back_to == CaseStatus.QUEUED:
            await notify_provider(session, case.provider_id, case.id, principal.id, kind="case_reopened", params=params)
        else:
            await notify_case_team(
                session, case.provider_id, case.coach_id, case.id, principal.id, kind="case_reopened", params=params
            )
    return case


async def withdraw(session: AsyncSession, principal: Principal, case_id: uuid.UUID, reason: str) -> Case:
    """The counsellor takes a queued client back out of the provider's queue, with a reason, before the claim; the
    case is decided again and can be queued elsewhere. Of a withdrawal and a claim at once, one wins."""
    case = await get_case(session, principal, case_id, audit=None)
    if case.status != CaseStatus.QUEUED:
        raise status_error(case.status, "withdraw")
    provider_id = case.provider_id
    await transition(
        session,
        principal,
        case,
        "withdraw",
        [CaseStatus.QUEUED],
        CaseStatus.DECIDED,
        note=reason,
        unchanged=[Case.provider_id == provider_id],
        provider_id=None,
        coach_id=None,
    )
    if provider_id:
        # The reason stays with the municipality: the provider no longer sees the case.
        await notify_provider(
            session,
            provider_id,
            case.id,
            principal.id,
            kind="case_withdrawn",
            params={"intervention": case.intervention.value},
        )
    return case


async def move(
    session: AsyncSession,
    principal: Principal,
    case_id: uuid.UUID,
    provider_id: uuid.UUID,
    reason: str,
    from_provider_id: uuid.UUID | None = None,
) -> Case:
    """The counsellor moves a queued client to another provider authorized today, before the claim. The old
    provider's queue no longer shows it, the new one's does; of a move and a claim at once, one wins, and of
    concurrent moves from the provider the callers saw (``from_provider_id``) one wins, the rest answer 409."""
    case = await get_case(session, principal, case_id, audit=None)
    provider = await _provider(session, provider_id)
    if case.status != CaseStatus.QUEUED:
        raise status_error(case.status, "move")
    if from_provider_id is not None and from_provider_id != case.provider_id:
        raise ApiError("case.changed_meanwhile", status_code=409)
    if provider.id == case.provider_id:
        raise ApiError(
            "case.same_provider",
            status_code=422,
            provider=provider.name,
            extra=[{"key": "provider_id", "message": "the same provider"}],
        )
    _check_authorized(provider, case, clock.today())
    old_provider_id = case.provider_id
    old_name = await session.scalar(select(Provider.name).where(Provider.id == old_provider_id))
    note = f"{old_name} → {provider.name}" + (f": {reason}" if reason else "")
    await transition(
        session,
        principal,
        case,
        "move",
        [CaseStatus.QUEUED],
        CaseStatus.QUEUED,
        note=note,
        unchanged=[Case.provider_id == old_provider_id],
        provider_id=provider.id,
        coach_id=None,
    )
    await _tell_provider_of_queued(session, principal, case, provider.id)
    if old_provider_id:
        await notify_provider(
            session,
            old_provider_id,
            case.id,
            principal.id,
            kind="case_moved_away",
            params={"intervention": case.intervention.value},
        )
    return case
