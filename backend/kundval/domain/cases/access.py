"""Who sees which case, and how much of it: the one place the cases area decides it.

Every read of cases starts from :func:`readable_cases`; what of a case's client and assignment a provider's user
sees follows the case's status (:func:`sees_client`, :func:`sees_assignment`).
"""

from __future__ import annotations

from sqlalchemy import Select, false, select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.core.security import Principal, Role
from kundval.domain.accounts.service import caseload_owner_ids
from kundval.domain.cases.models import Case, CaseStatus
from kundval.domain.clients.models import Client
from kundval.domain.clients.service import reference_of

# A provider learns who the client is once it has claimed the case, and keeps seeing it after the end.
PROVIDER_SEES_CLIENT = (CaseStatus.CLAIMED, CaseStatus.ACTIVE, CaseStatus.ENDED)
# The assignment and the future plan reach the provider when the counsellor publishes them.
PROVIDER_SEES_ASSIGNMENT = (CaseStatus.ACTIVE, CaseStatus.ENDED)


async def readable_cases(session: AsyncSession, principal: Principal, *, queue: bool = False) -> Select[Case]:
    """The cases the caller may see: supervisors the unit; counsellors their caseload and stand-ins; provider
    administrators every case placed at their provider; coaches the cases assigned to them.

    ``queue``: the cases the caller may work as part of their provider's queue (list it, claim, hand back). Coaches
    see only the cases assigned to them, yet they work the queue: every case placed at the caller's provider,
    whatever its coach, so that a coach who loses a race to a colleague gets the same 409 as everyone else (not a
    404 that depends on whether the winner had already committed). Nothing for a caller without a provider.
    """
    statement = select(Case)
    roles = principal.roles
    if queue:
        if principal.provider_id is None or not roles & {Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF}:
            return statement.where(false())
        return statement.where(Case.provider_id == principal.provider_id)
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


def sees_client(principal: Principal, status: CaseStatus) -> bool:
    """Whether the caller sees who the client of a case in ``status`` is (the municipality always does)."""
    return principal.provider_id is None or status in PROVIDER_SEES_CLIENT


def queue_name(client: Client) -> str:
    """How a provider names a client waiting unclaimed in its queue: first name and initial, the reference for a
    protected identity."""
    if client.protected_identity:
        return reference_of(client.id)
    return f"{client.first_name} {client.last_name[:1]}."


def sees_assignment(principal: Principal, status: CaseStatus) -> bool:
    """Whether the caller sees the assignment and future plan of a case in ``status``."""
    return principal.provider_id is None or status in PROVIDER_SEES_ASSIGNMENT
