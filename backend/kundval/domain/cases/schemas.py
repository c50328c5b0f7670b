"""Request and response shapes of the cases area."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

import msgspec

from kundval.domain.cases.models import CaseStatus, EndReason
from kundval.domain.clients.schemas import ClientOut
from kundval.domain.interventions.catalogue import Intervention

Note = Annotated[str, msgspec.Meta(max_length=2000)]


class CaseCreate(msgspec.Struct):
    """A decided intervention (step 1 of the case flow)."""

    client_id: uuid.UUID
    intervention: Intervention
    decision_date: date
    start_date: date | None = None
    planned_end_date: date | None = None
    scope_percent: Annotated[int, msgspec.Meta(ge=1, le=100)] = 100
    assignment: Annotated[str, msgspec.Meta(max_length=20_000)] = ""


class QueueRequest(msgspec.Struct):
    provider_id: uuid.UUID


class HandBackRequest(msgspec.Struct):
    reason: Annotated[str, msgspec.Meta(min_length=1, max_length=2000)]


class ClaimRequest(msgspec.Struct):
    coach_id: uuid.UUID


class PublishRequest(msgspec.Struct):
    """The assignment text and the client's future plan go to the provider; the case becomes active."""

    assignment: Annotated[str, msgspec.Meta(min_length=1, max_length=20_000)]
    future_plan: Annotated[str, msgspec.Meta(min_length=1, max_length=20_000)]
    start_date: date | None = None


class EndRequest(msgspec.Struct):
    reason: EndReason
    end_date: date
    note: Note = ""
    # Only with reason "changed_provider": where the client goes; a new queued case starts there.
    new_provider_id: uuid.UUID | None = None


class ReassignRequest(msgspec.Struct):
    counsellor_id: uuid.UUID
    # The counsellor the caller saw: if another move came first, 409 instead of moving the case twice.
    from_counsellor_id: uuid.UUID | None = None


class CoachRequest(msgspec.Struct):
    coach_id: uuid.UUID
    # The coach the caller saw: if another change came first, 409 instead of overwriting it.
    from_coach_id: uuid.UUID | None = None


Reason = Annotated[str, msgspec.Meta(min_length=1, max_length=2000)]


class ReopenRequest(msgspec.Struct):
    """Undo a mistaken ending; the reason goes in the history."""

    reason: Reason


class WithdrawRequest(msgspec.Struct):
    """Take a queued client back out of the provider's queue before the claim; the reason goes in the history."""

    reason: Reason


class MoveRequest(msgspec.Struct):
    """Move a queued client to another provider before the claim."""

    provider_id: uuid.UUID
    reason: Note = ""
    # The provider the caller saw the client queued at: if another move came first, 409 instead of a second move
    # (or a "same provider" refusal that hides that someone else moved it).
    from_provider_id: uuid.UUID | None = None


class CaseCorrection(msgspec.Struct):
    """A correction of the decision: the fields sent (not null) change, each change in the history with ``reason``.
    ``end_date`` only for an ended case."""

    reason: Reason
    decision_date: date | None = None
    start_date: date | None = None
    planned_end_date: date | None = None
    end_date: date | None = None
    scope_percent: Annotated[int, msgspec.Meta(ge=1, le=100)] | None = None
    assignment: Annotated[str, msgspec.Meta(min_length=1, max_length=20_000)] | None = None
    future_plan: Annotated[str, msgspec.Meta(min_length=1, max_length=20_000)] | None = None


class CaseOut(msgspec.Struct):
    id: uuid.UUID
    client_id: uuid.UUID
    client: ClientOut | None  # None where the caller may not see the client (the provider before claiming)
    intervention: Intervention
    decision_date: date
    assignment_date: date  # the day this case's assignment began: its deadlines count from it (§6.3.1)
    start_date: date | None
    planned_end_date: date | None
    scope_percent: int
    assignment: str | None  # None for the provider until published
    future_plan: str | None
    status: CaseStatus
    provider_id: uuid.UUID | None
    provider_name: str | None
    coach_id: uuid.UUID | None
    coach_name: str | None
    counsellor_id: uuid.UUID
    counsellor_name: str
    end_reason: EndReason | None
    end_date: date | None
    previous_case_id: uuid.UUID | None
    next_case_id: uuid.UUID | None
    chosen_provider_id: uuid.UUID | None  # the client's own choice in the public comparison
    chosen_provider_name: str | None
    chosen_at: datetime | None
    created_at: datetime
    # In a list: something happened on the case since the caller last read its conversation (see CaseMarks).
    changed: bool = False


class QueueItem(msgspec.Struct):
    """What a provider needs to decide on a queued client, and no more (no personal number before claiming)."""

    id: uuid.UUID
    intervention: Intervention
    decision_date: date
    queued_at: datetime | None
    district: str | None
    language: str | None
    client_name: str  # first name and initial, or the reference for a protected identity
    scope_percent: int


class CaseEventOut(msgspec.Struct):
    id: uuid.UUID
    at: datetime
    action: str
    from_status: CaseStatus | None
    to_status: CaseStatus
    actor_id: uuid.UUID | None
    actor_name: str | None
    note: str
