"""Who works a case: the provider claims it and names the coach, the administrator hands it to another coach,
the supervisor moves it to another counsellor's caseload. Each is a guarded UPDATE like the status moves."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.errors import ApiError, register_messages
from kundval.core.security import Principal, Role
from kundval.domain.accounts.models import User, UserRole
from kundval.domain.cases.deadlines import PUBLISH_WITHIN_DAYS
from kundval.domain.cases.flow import status_error, still, transition
from kundval.domain.cases.models import Case, CaseStatus
from kundval.domain.cases.service import get_case, get_case_at_own_provider
from kundval.domain.clients.models import Client
from kundval.domain.messages.service import notify_user
from kundval.domain.providers.service import coaches_of

register_messages(
    {
        "case.coach_not_at_provider": (
            "Den valda jobbexperten hör inte till anordnaren eller är inaktiv.",
            "The chosen coach does not belong to the provider or is inactive.",
        ),
        "case.not_a_counsellor": (
            "Den valda personen är inte en aktiv karriärvägledare.",
            "The chosen person is not an active counsellor.",
        ),
    }
)

# A coach works a case from the claim until it ends: these cases stand in the way of deactivating the coach.
WORKED = (CaseStatus.CLAIMED, CaseStatus.ACTIVE)


async def worked_cases_per_coach(session: AsyncSession, provider_id: uuid.UUID) -> dict[uuid.UUID, int]:
    """How many cases each coach of the provider works now (coaches without any are left out)."""
    rows = await session.execute(
        select(Case.coach_id, func.count())
        .where(Case.provider_id == provider_id, Case.status.in_(WORKED), Case.coach_id.is_not(None))
        .group_by(Case.coach_id)
    )
    return {coach_id: count for coach_id, count in rows if coach_id is not None}


async def worked_cases_of(session: AsyncSession, coach_id: uuid.UUID) -> int:
    """How many cases the coach works now, at whichever provider."""
    count = await session.scalar(
        select(func.count()).select_from(Case).where(Case.coach_id == coach_id, Case.status.in_(WORKED))
    )
    return count or 0


async def claim(session: AsyncSession, principal: Principal, case_id: uuid.UUID, coach_id: uuid.UUID) -> Case:
    """Step 4: the provider claims (bemannar) the case and names the coach. One of concurrent claims wins."""
    case = await get_case_at_own_provider(session, principal, case_id)
    if coach_id not in await coaches_of(session, case.provider_id):  # type: ignore[arg-type]
        raise ApiError("case.coach_not_at_provider", status_code=422, extra=[{"key": "coach_id", "message": "unknown"}])
    coach_name = await session.scalar(select(User.name).where(User.id == coach_id))
    await transition(
        session,
        principal,
        case,
        "claim",
        [CaseStatus.QUEUED],
        CaseStatus.CLAIMED,
        note=coach_name or "",
        unchanged=[Case.provider_id == principal.provider_id],  # not moved to another provider meanwhile
        coach_id=coach_id,
    )
    await notify_user(
        session,
        case.counsellor_id,
        case.id,
        principal.id,
        kind="case_claimed",
        params={"coach": coach_name or "", "publish_within_days": str(PUBLISH_WITHIN_DAYS)},
    )
    return case


async def change_coach(
    session: AsyncSession,
    principal: Principal,
    case_id: uuid.UUID,
    coach_id: uuid.UUID,
    from_coach_id: uuid.UUID | None = None,
) -> Case:
    """The provider administrator hands a case over to another coach (e.g. before deactivating an account).

    Like the status moves it locks the row and updates only if the coach is still the one the caller saw
    (``from_coach_id``, else the one read now): of concurrent changes one wins, the rest answer 409.
    """
    case = await get_case(session, principal, case_id, audit=None)
    if case.status not in WORKED:
        raise status_error(case.status, "change_coach")
    if coach_id not in await coaches_of(session, case.provider_id):  # type: ignore[arg-type]
        raise ApiError("case.coach_not_at_provider", status_code=422, extra=[{"key": "coach_id", "message": "unknown"}])
    coach_name = await session.scalar(select(User.name).where(User.id == coach_id))
    seen = from_coach_id or case.coach_id
    await transition(
        session,
        principal,
        case,
        "change_coach",
        WORKED,
        None,
        note=coach_name or "",
        unchanged=[still(Case.coach_id, seen)],
        coach_id=coach_id,
    )
    if coach_id != seen:
        # §8.1: a change of coach is told to the counsellor (staff names are not client data).
        old_name = await session.scalar(select(User.name).where(User.id == seen)) if seen else None
        await notify_user(
            session,
            case.counsellor_id,
            case.id,
            principal.id,
            kind="coach_changed",
            params={"old_coach": old_name or "", "new_coach": coach_name or ""},
        )
    return case


async def reassign(
    session: AsyncSession,
    principal: Principal,
    case_id: uuid.UUID,
    counsellor_id: uuid.UUID,
    from_counsellor_id: uuid.UUID | None = None,
) -> Case:
    """The supervisor moves a case, and its client, to another counsellor's caseload.

    The row is locked and updated only if the counsellor is still the one the caller saw (``from_counsellor_id``,
    else the one read now): of concurrent moves one wins, the rest answer 409.
    """
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
    await transition(
        session,
        principal,
        case,
        "reassign",
        list(CaseStatus),
        None,
        note=counsellor.name,
        unchanged=[Case.counsellor_id == (from_counsellor_id or case.counsellor_id)],
        counsellor_id=counsellor.id,
    )
    client = await session.get(Client, case.client_id)
    if client is not None:
        client.counsellor_id = counsellor.id
    await session.flush()
    return case
