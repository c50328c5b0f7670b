"""Cases: the case flow's routes, for counsellors, supervisors and providers."""

from __future__ import annotations

import uuid

from litestar import Controller, get, patch, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery, JSONBody
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.pagination import DEFAULT_LIMIT, Limit, Offset, Page
from kundval.core.security import PROVIDER_ROLES, Principal, Role, requires_role
from kundval.domain.cases import corrections, flow, service, staffing, views
from kundval.domain.cases.models import CaseStatus
from kundval.domain.cases.schemas import (
    CaseCorrection,
    CaseCreate,
    CaseEventOut,
    CaseOut,
    ClaimRequest,
    CoachRequest,
    EndRequest,
    HandBackRequest,
    MoveRequest,
    PublishRequest,
    QueueItem,
    QueueRequest,
    ReassignRequest,
    ReopenRequest,
    WithdrawRequest,
)

case_readers = requires_role(Role.COUNSELLOR, Role.SUPERVISOR, Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF)
counsellors = requires_role(Role.COUNSELLOR)
# Correcting a decision after the fact is the deciding counsellor's (or stand-in's) call, as deciding is.
decision_correctors = requires_role(Role.COUNSELLOR)
providers = requires_role(*PROVIDER_ROLES)


async def _one(session: AsyncSession, principal: Principal, case: object) -> CaseOut:
    return (await views.case_views(session, principal, [case]))[0]  # type: ignore[list-item]


class CaseController(Controller):
    path = "/api/cases"
    tags = ["cases"]

    @get("/", guards=[case_readers], operation_id="listCases")
    async def list_cases(
        self,
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
        case_marks: NamedDependency[views.CaseMarks],
        status: FromQuery[CaseStatus | None] = None,
        client_id: FromQuery[uuid.UUID | None] = None,
        limit: Limit = DEFAULT_LIMIT,
        offset: Offset = 0,
    ) -> Page[CaseOut]:
        """The cases the caller may see, newest decision first; filter by ``status`` or ``client_id``. Each is
        marked ``changed`` when something happened on it since the caller last read its conversation."""
        rows, total = await service.list_cases(
            db_session, principal, status=status, client_id=client_id, limit=limit, offset=offset
        )
        return Page(await views.case_views(db_session, principal, rows, case_marks), total, limit, offset)

    @post("/", guards=[counsellors], operation_id="createCase")
    async def create_case(
        self,
        data: JSONBody[CaseCreate],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> CaseOut:
        """Decide an intervention for a client (status ``decided``)."""
        return await _one(db_session, principal, await flow.create_case(db_session, principal, data))

    @get("/{case_id:uuid}", guards=[case_readers], operation_id="getCase")
    async def get_case(
        self,
        case_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> CaseOut:
        """One case; 404 when it is not the caller's to see, whether or not it exists."""
        return await _one(db_session, principal, await service.get_case(db_session, principal, case_id))

    @get("/{case_id:uuid}/history", guards=[case_readers], operation_id="getCaseHistory")
    async def get_history(
        self,
        case_id: FromPath[uuid.UUID],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> Page[CaseEventOut]:
        """Every step of the case: who, when, from which status to which, and why."""
        events = await service.history(db_session, principal, case_id)
        return Page(events, len(events), len(events), 0)

    @post("/{case_id:uuid}/queue", guards=[counsellors], operation_id="queueCase")
    async def queue(
        self,
        case_id: FromPath[uuid.UUID],
        data: JSONBody[QueueRequest],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> CaseOut:
        """Day 1: put the client in the chosen provider's queue (the provider must be authorized today)."""
        case = await flow.queue_case(db_session, principal, case_id, data.provider_id)
        return await _one(db_session, principal, case)

    @post("/{case_id:uuid}/hand-back", guards=[providers], operation_id="handBackCase")
    async def hand_back(
        self,
        case_id: FromPath[uuid.UUID],
        data: JSONBody[HandBackRequest],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> CaseOut:
        """The provider declines a queued client with a reason; the case goes back to the counsellor."""
        case = await flow.hand_back(db_session, principal, case_id, data.reason)
        return await _one(db_session, principal, case)

    @post("/{case_id:uuid}/claim", guards=[providers], operation_id="claimCase")
    async def claim(
        self,
        case_id: FromPath[uuid.UUID],
        data: JSONBody[ClaimRequest],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> CaseOut:
        """Claim (bemanna) a queued case and name the coach; of concurrent claims one wins, the rest get 409."""
        case = await staffing.claim(db_session, principal, case_id, data.coach_id)
        return await _one(db_session, principal, case)

    @post("/{case_id:uuid}/publish", guards=[counsellors], operation_id="publishCase")
    async def publish(
        self,
        case_id: FromPath[uuid.UUID],
        data: JSONBody[PublishRequest],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> CaseOut:
        """Publish the assignment and future plan to the provider; the case becomes active."""
        case = await flow.publish(db_session, principal, case_id, data)
        return await _one(db_session, principal, case)

    @post("/{case_id:uuid}/end", guards=[counsellors], operation_id="endCase")
    async def end(
        self,
        case_id: FromPath[uuid.UUID],
        data: JSONBody[EndRequest],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> CaseOut:
        """End with a reason and an end date; ``changed_provider`` also queues a new case at ``new_provider_id``."""
        case, _successor = await flow.end_case(db_session, principal, case_id, data)
        return await _one(db_session, principal, case)

    @post("/{case_id:uuid}/coach", guards=[requires_role(Role.PROVIDER_ADMIN)], operation_id="changeCaseCoach")
    async def change_coach(
        self,
        case_id: FromPath[uuid.UUID],
        data: JSONBody[CoachRequest],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> CaseOut:
        """Hand a claimed or active case over to another coach of the provider."""
        case = await staffing.change_coach(db_session, principal, case_id, data.coach_id, data.from_coach_id)
        return await _one(db_session, principal, case)

    @post("/{case_id:uuid}/reassign", guards=[requires_role(Role.SUPERVISOR)], operation_id="reassignCase")
    async def reassign(
        self,
        case_id: FromPath[uuid.UUID],
        data: JSONBody[ReassignRequest],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> CaseOut:
        """Move the case and its client to another counsellor."""
        case = await staffing.reassign(db_session, principal, case_id, data.counsellor_id, data.from_counsellor_id)
        return await _one(db_session, principal, case)

    @patch("/{case_id:uuid}", guards=[decision_correctors], operation_id="correctCase")
    async def correct(
        self,
        case_id: FromPath[uuid.UUID],
        data: JSONBody[CaseCorrection],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> CaseOut:
        """Correct the decision's dates, scope and texts with a reason; every change goes in the history."""
        case = await corrections.correct(db_session, principal, case_id, data)
        return await _one(db_session, principal, case)

    @post("/{case_id:uuid}/reopen", guards=[counsellors], operation_id="reopenCase")
    async def reopen(
        self,
        case_id: FromPath[uuid.UUID],
        data: JSONBody[ReopenRequest],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> CaseOut:
        """Undo a mistaken ending with a reason, while no successor case exists; back to the status it ended from."""
        case = await flow.reopen(db_session, principal, case_id, data.reason)
        return await _one(db_session, principal, case)

    @post("/{case_id:uuid}/withdraw", guards=[counsellors], operation_id="withdrawCase")
    async def withdraw(
        self,
        case_id: FromPath[uuid.UUID],
        data: JSONBody[WithdrawRequest],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> CaseOut:
        """Take a queued client back out of the provider's queue before the claim; the case is decided again."""
        case = await flow.withdraw(db_session, principal, case_id, data.reason)
        return await _one(db_session, principal, case)

    @post("/{case_id:uuid}/move", guards=[counsellors], operation_id="moveCase")
    async def move(
        self,
        case_id: FromPath[uuid.UUID],
        data: JSONBody[MoveRequest],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> CaseOut:
        """Move a queued client to another provider authorized today, before the claim."""
        case = await flow.move(db_session, principal, case_id, data.provider_id, data.reason, data.from_provider_id)
        return await _one(db_session, principal, case)


class ProviderQueueController(Controller):
    path = "/api/provider/queue"
    tags = ["cases"]

    @get("/", guards=[providers], operation_id="getProviderQueue")
    async def queue(
        self, db_session: NamedDependency[AsyncSession], principal: NamedDependency[Principal]
    ) -> Page[QueueItem]:
        """The caller's provider's queued cases, oldest first, without personal numbers."""
        items = await service.provider_queue(db_session, principal)
        return Page(items, len(items), len(items), 0)
