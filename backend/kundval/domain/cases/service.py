"""The case flow (routine 002 §6–7): decide, queue, hand back, claim, publish, end; who sees which case.

Every status change locks the case's row and makes one conditional UPDATE (``WHERE status IN (allowed)``) plus a
history row, so two people acting at once cannot both move a case: exactly one UPDATE matches, the other answers
409. Row scoping for cases lives in :func:`readable_cases` only.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, false, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.core.errors import ApiError, register_messages
from kundval.core.security import Principal, Role
from kundval.domain.accounts.models import User, UserRole
from kundval.domain.accounts.stand_ins import caseload_owner_ids
from kundval.domain.audit.service import record, record_many
from kundval.domain.cases.models import Case, CaseEvent, CaseStatus, EndReason
from kundval.domain.cases.schemas import (
    CaseCreate,
    CaseEventOut,
    CaseOut,
    EndRequest,
    PublishRequest,
    QueueItem,
)
from kundval.domain.clients.models import Client
from kundval.domain.clients.service import client_out, get_client, reference_of
from kundval.domain.interventions.catalogue import INTERVENTIONS
from kundval.domain.messages.service import notify_case_team, notify_provider, notify_user
from kundval.domain.providers.models import Provider
from kundval.domain.providers.service import coaches_of, is_authorized

register_messages(
    {
        "case.not_found": ("Ärendet finns inte.", "No such case."),
        "case.wrong_status": (
            "Ärendet har status {status} och kan inte {action} nu.",
            "The case is {status} and cannot be {action} now.",
        ),
        "case.provider_not_authorized": (
            "{provider} är inte auktoriserad för {intervention} den {day}. Välj en annan anordnare.",
            "{provider} is not authorized for {intervention} on {day}. Choose another provider.",
        ),
        "case.unknown_provider": ("Anordnaren finns inte.", "No such provider."),
        "case.coach_not_at_provider": (
            "Den valda jobbexperten hör inte till anordnaren eller är inaktiv.",
            "The chosen coach does not belong to the provider or is inactive.",
        ),
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
        "case.not_a_counsellor": (
            "Den valda personen är inte en aktiv karriärvägledare.",
            "The chosen person is not an active counsellor.",
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
}
OPEN = (CaseStatus.DECIDED, CaseStatus.QUEUED, CaseStatus.CLAIMED, CaseStatus.ACTIVE)
PROVIDER_SEES_CLIENT = (CaseStatus.CLAIMED, CaseStatus.ACTIVE, CaseStatus.ENDED)


async def readable_cases(session: AsyncSession, principal: Principal) -> Select[tuple[Case]]:
    """The cases the caller may see: supervisors the unit; counsellors their caseload and stand-ins; provider
    administrators every case placed at their provider; coaches the cases assigned to them."""
    statement = select(Case)
    roles = principal.roles
    if Role.SUPERVISOR in roles:
        return statement
    if Role.COUNSELLOR in roles:
        owners = await caseload_owner_ids(session, principal, clock.today())
        return statement.where(Case.counsellor_id.in_(owners))
    if Role.PROVIDER_ADMIN in roles and principal.provider_id:
        return statement.where(Case.provider_id == principal.provider_id)
    if Role.PROVIDER_STAFF in roles and principal.provider_id:
        return statement.where(Case.provider_id == principal.provider_id, Case.coach_id == principal.id)
    return statement.where(false())


async def get_case(
    session: AsyncSession, principal: Principal, case_id: uuid.UUID, *, audit: str | None = "read"
) -> Case:
    """A case the caller may see, or 404 whether or not it exists."""
    case = await session.scalar((await readable_cases(session, principal)).where(Case.id == case_id))
    if case is None:
        raise ApiError("case.not_found", status_code=404)
    if audit:
        await record(session, principal, audit, "case", case.id, case.client_id)
    return case


async def list_cases(
    session: AsyncSession,
    principal: Principal,
    *,
    status: CaseStatus | None,
    client_id: uuid.UUID | None,
    limit: int,
    offset: int,
) -> tuple[list[Case], int]:
    statement = await readable_cases(session, principal)
    if status is not None:
        statement = statement.where(Case.status == status)
    if client_id is not None:
        statement = statement.where(Case.client_id == client_id)
    total = await session.scalar(select(func.count()).select_from(statement.subquery())) or 0
    rows = list(
        (
            await session.scalars(
                statement.order_by(Case.decision_date.desc(), Case.id.desc()).limit(limit).offset(offset)
            )
        ).all()
    )
    await record_many(session, principal, "list", "case", [(c.id, c.client_id) for c in rows])
    return rows, total


async def case_views(session: AsyncSession, principal: Principal, cases: Sequence[Case]) -> list[CaseOut]:
    """Cases as the caller may see them, with names resolved in three queries whatever the list's length."""
    if not cases:
        return []
    user_ids = {c.counsellor_id for c in cases} | {c.coach_id for c in cases if c.coach_id}
    users = dict((await session.execute(select(User.id, User.name).where(User.id.in_(user_ids)))).all())
    provider_ids = {c.provider_id for c in cases if c.provider_id} | {
        c.chosen_provider_id for c in cases if c.chosen_provider_id
    }
    providers = (
        dict((await session.execute(select(Provider.id, Provider.name).where(Provider.id.in_(provider_ids)))).all())
        if provider_ids
        else {}
    )
    clients = {
        c.id: c
        for c in (await session.scalars(select(Client).where(Client.id.in_({c.client_id for c in cases})))).all()
    }
    successors = dict(
        (
            await session.execute(
                select(Case.previous_case_id, Case.id).where(Case.previous_case_id.in_([c.id for c in cases]))
            )
        ).all()
    )
    is_provider = principal.provider_id is not None
    views = []
    for case in cases:
        sees_client = not is_provider or case.status in PROVIDER_SEES_CLIENT
        sees_assignment = not is_provider or case.status in (CaseStatus.ACTIVE, CaseStatus.ENDED)
        views.append(
            CaseOut(
                id=case.id,
                client_id=case.client_id,
                client=client_out(clients[case.client_id], principal) if sees_client else None,
                intervention=case.intervention,
                decision_date=case.decision_date,
                start_date=case.start_date,
                planned_end_date=case.planned_end_date,
                scope_percent=case.scope_percent,
                assignment=case.assignment if sees_assignment else None,
                future_plan=case.future_plan if sees_assignment else None,
                status=case.status,
                provider_id=case.provider_id,
                provider_name=providers.get(case.provider_id) if case.provider_id else None,
                coach_id=case.coach_id,
                coach_name=users.get(case.coach_id) if case.coach_id else None,
                counsellor_id=case.counsellor_id,
                counsellor_name=users.get(case.counsellor_id, ""),
                end_reason=case.end_reason,
                end_date=case.end_date,
                previous_case_id=case.previous_case_id,
                next_case_id=successors.get(case.id),
                chosen_provider_id=case.chosen_provider_id,
                chosen_provider_name=providers.get(case.chosen_provider_id) if case.chosen_provider_id else None,
                chosen_at=case.chosen_at,
                created_at=case.created_at,
            )
        )
    return views


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


STATUS_WORDS = {
    CaseStatus.DECIDED: ("beslutad", "decided"),
    CaseStatus.QUEUED: ("i kö", "queued"),
    CaseStatus.CLAIMED: ("bemannad", "claimed"),
    CaseStatus.ACTIVE: ("pågående", "active"),
    CaseStatus.ENDED: ("avslutad", "ended"),
}
DATE_WORDS = {
    "start_date": ("Startdatum", "The start date"),
    "planned_end_date": ("Planerat slutdatum", "The planned end date"),
    "end_date": ("Slutdatum", "The end date"),
}


def _status_error(status: CaseStatus, action: str) -> ApiError:
    return ApiError("case.wrong_status", status_code=409, status=STATUS_WORDS[status], action=ACTIONS[action])


async def _transition(
    session: AsyncSession,
    principal: Principal,
    case: Case,
    action: str,
    allowed: Sequence[CaseStatus],
    to_status: CaseStatus,
    note: str = "",
    **values: Any,
) -> None:
    """Move ``case`` to ``to_status`` if it is still in one of ``allowed``; 409 otherwise (lost race included).

    The row is locked first (PostgreSQL; SQLite serialises writers), so the status the history records as "from"
    is the one really moved from, even when another move committed since the case was read.
    """
    from_status = await session.scalar(select(Case.status).where(Case.id == case.id).with_for_update())
    result = await session.execute(
        update(Case)
        .where(Case.id == case.id, Case.status.in_(allowed))
        .values(status=to_status, updated_at=clock.now(), **values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        await session.refresh(case)
        raise _status_error(case.status, action)
    await session.refresh(case)
    session.add(
        CaseEvent(
            case_id=case.id,
            at=clock.now(),
            actor_id=principal.id,
            action=action,
            from_status=from_status,
            to_status=to_status,
            note=note,
        )
    )
    await record(session, principal, action, "case", case.id, case.client_id, detail=note)


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


async def create_case(session: AsyncSession, principal: Principal, data: CaseCreate) -> Case:
    """Step 1: the counsellor's decision. The case belongs to the client's counsellor."""
    client = await get_client(session, principal, data.client_id, audit=None)
    _check_dates(data.decision_date, start_date=data.start_date, planned_end_date=data.planned_end_date)
    case = Case(
        client_id=client.id,
        counsellor_id=client.counsellor_id,
        intervention=data.intervention,
        decision_date=data.decision_date,
        start_date=data.start_date,
        planned_end_date=data.planned_end_date,
        scope_percent=data.scope_percent,
        assignment=data.assignment,
        status=CaseStatus.DECIDED,
    )
    session.add(case)
    await session.flush()
    session.add(
        CaseEvent(
            case_id=case.id,
            at=clock.now(),
            actor_id=principal.id,
            action="decide",
            from_status=None,
            to_status=CaseStatus.DECIDED,
        )
    )
    await record(session, principal, "create", "case", case.id, case.client_id)
    return case


async def queue_case(session: AsyncSession, principal: Principal, case_id: uuid.UUID, provider_id: uuid.UUID) -> Case:
    """Step 3 (day 1): put the client in the chosen provider's queue; a message lands in its inbox."""
    case = await get_case(session, principal, case_id, audit=None)
    provider = await _provider(session, provider_id)
    if case.status != CaseStatus.DECIDED:
        raise _status_error(case.status, "queue")
    _check_authorized(provider, case, clock.today())
    await _transition(
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
    await notify_provider(
        session,
        provider.id,
        case.id,
        principal.id,
        kind="case_queued",
        params={"intervention": case.intervention, "decision_date": case.decision_date},
    )
    return case


async def hand_back(session: AsyncSession, principal: Principal, case_id: uuid.UUID, reason: str) -> Case:
    """The provider declines a queued client, with a reason; the counsellor is told and can queue elsewhere."""
    case = await _at_own_provider(session, principal, case_id)
    await _transition(
        session,
        principal,
        case,
        "hand_back",
        [CaseStatus.QUEUED],
        CaseStatus.DECIDED,
        note=reason,
        provider_id=None,
        coach_id=None,
    )
    await notify_user(
        session, case.counsellor_id, case.id, principal.id, kind="case_handed_back", params={"reason": reason}
    )
    return case


async def claim(session: AsyncSession, principal: Principal, case_id: uuid.UUID, coach_id: uuid.UUID) -> Case:
    """Step 4: the provider claims (bemannar) the case and names the coach. One of concurrent claims wins."""
    case = await _at_own_provider(session, principal, case_id)
    if coach_id not in await coaches_of(session, case.provider_id):  # type: ignore[arg-type]
        raise ApiError("case.coach_not_at_provider", status_code=422, extra=[{"key": "coach_id", "message": "unknown"}])
    coach_name = await session.scalar(select(User.name).where(User.id == coach_id))
    await _transition(
        session,
        principal,
        case,
        "claim",
        [CaseStatus.QUEUED],
        CaseStatus.CLAIMED,
        note=coach_name or "",
        coach_id=coach_id,
    )
    await notify_user(
        session,
        case.counsellor_id,
        case.id,
        principal.id,
        kind="case_claimed",
        params={"coach": coach_name or ""},
    )
    return case


async def _at_own_provider(session: AsyncSession, principal: Principal, case_id: uuid.UUID) -> Case:
    """A case placed at the caller's provider, for the queue actions (claim, hand back); 404 for any other.

    Coaches see only the cases assigned to them, yet they work their provider's queue: they may claim or hand back
    any case queued there, and a coach who loses a race to a colleague gets the same 409 as everyone else (not a 404
    that depends on whether the winner had already committed).
    """
    if principal.provider_id is None:
        raise ApiError("case.not_found", status_code=404)
    case = await session.scalar(select(Case).where(Case.id == case_id, Case.provider_id == principal.provider_id))
    if case is None:
        raise ApiError("case.not_found", status_code=404)
    return case


async def publish(session: AsyncSession, principal: Principal, case_id: uuid.UUID, data: PublishRequest) -> Case:
    """Step 5: the counsellor publishes the assignment and future plan; the case is active for the provider."""
    case = await get_case(session, principal, case_id, audit=None)
    start = data.start_date or case.start_date or clock.today()
    _check_dates(case.decision_date, start_date=start)
    await _transition(
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
    _check_dates(case.decision_date, end_date=data.end_date)
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
    await _transition(
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
        planned_end_date=case.planned_end_date,
        scope_percent=case.scope_percent,
        assignment=case.assignment,
        future_plan=case.future_plan,
        status=CaseStatus.QUEUED,
        provider_id=new_provider.id,
        previous_case_id=case.id,
    )
    session.add(successor)
    await session.flush()
    session.add(
        CaseEvent(
            case_id=successor.id,
            at=clock.now(),
            actor_id=principal.id,
            action="queue",
            from_status=None,
            to_status=CaseStatus.QUEUED,
            note=new_provider.name,
        )
    )
    await record(session, principal, "create", "case", successor.id, successor.client_id, detail="changed_provider")
    await notify_provider(
        session,
        new_provider.id,
        successor.id,
        principal.id,
        kind="case_queued_changed_provider",
        params={"intervention": case.intervention, "decision_date": case.decision_date},
    )
    return case, successor


async def change_coach(session: AsyncSession, principal: Principal, case_id: uuid.UUID, coach_id: uuid.UUID) -> Case:
    """The provider administrator hands a case over to another coach (e.g. before deactivating an account)."""
    case = await get_case(session, principal, case_id, audit=None)
    if case.status not in (CaseStatus.CLAIMED, CaseStatus.ACTIVE):
        raise _status_error(case.status, "change_coach")
    if coach_id not in await coaches_of(session, case.provider_id):  # type: ignore[arg-type]
        raise ApiError("case.coach_not_at_provider", status_code=422, extra=[{"key": "coach_id", "message": "unknown"}])
    coach_name = await session.scalar(select(User.name).where(User.id == coach_id))
    case.coach_id = coach_id
    session.add(
        CaseEvent(
            case_id=case.id,
            at=clock.now(),
            actor_id=principal.id,
            action="change_coach",
            from_status=case.status,
            to_status=case.status,
            note=coach_name or "",
        )
    )
    await record(session, principal, "change_coach", "case", case.id, case.client_id)
    await session.flush()
    return case


async def reassign(session: AsyncSession, principal: Principal, case_id: uuid.UUID, counsellor_id: uuid.UUID) -> Case:
    """The supervisor moves a case, and its client, to another counsellor's caseload."""
    case = await get_case(session, principal, case_id, audit=None)
    counsellor = await session.scalar(
        select(User)
        .join(UserRole, UserRole.user_id == User.id)
        .where(User.id == counsellor_id, User.is_active.is_(True), UserRole.role == Role.COUNSELLOR)
    )
    if counsellor is None:
        raise ApiError(
            "case.not_a_counsellor", status_code=422, extra=[{"key": "counsellor_id", "message": "not a counsellor"}]
        )
    case.counsellor_id = counsellor.id
    client = await session.get(Client, case.client_id)
    if client is not None:
        client.counsellor_id = counsellor.id
    session.add(
        CaseEvent(
            case_id=case.id,
            at=clock.now(),
            actor_id=principal.id,
            action="reassign",
            from_status=case.status,
            to_status=case.status,
            note=counsellor.name,
        )
    )
    await record(session, principal, "reassign", "case", case.id, case.client_id, detail=counsellor.name)
    await session.flush()
    return case


async def history(session: AsyncSession, principal: Principal, case_id: uuid.UUID) -> list[CaseEventOut]:
    case = await get_case(session, principal, case_id, audit="read_history")
    rows = (
        await session.execute(
            select(CaseEvent, User.name)
            .outerjoin(User, User.id == CaseEvent.actor_id)
            .where(CaseEvent.case_id == case.id)
            .order_by(CaseEvent.at, CaseEvent.id)
        )
    ).all()
    return [
        CaseEventOut(e.id, e.at, e.action, e.from_status, e.to_status, e.actor_id, name, e.note) for e, name in rows
    ]


async def provider_queue(session: AsyncSession, principal: Principal) -> list[QueueItem]:
    """The caller's provider's queued cases, with only what is needed to decide (no personal number)."""
    queued_at = (
        select(CaseEvent.case_id, func.max(CaseEvent.at).label("at"))
        .where(CaseEvent.action == "queue")
        .group_by(CaseEvent.case_id)
        .subquery()
    )
    rows = (
        await session.execute(
            select(Case, Client, queued_at.c.at)
            .join(Client, Client.id == Case.client_id)
            .outerjoin(queued_at, queued_at.c.case_id == Case.id)
            .where(Case.provider_id == principal.provider_id, Case.status == CaseStatus.QUEUED)
            .order_by(queued_at.c.at, Case.id)
        )
    ).all()
    await record_many(session, principal, "list_queue", "case", [(case.id, case.client_id) for case, _, _ in rows])
    return [
        QueueItem(
            id=case.id,
            intervention=case.intervention,
            decision_date=case.decision_date,
            queued_at=at,
            district=client.district,
            language=client.language,
            scope_percent=case.scope_percent,
            client_name=(
                f"{client.first_name} {client.last_name[:1]}."
                if not client.protected_identity
                else reference_of(client.id)
            ),
        )
        for case, client, at in rows
    ]
