"""Cases: decided interventions and their path decided → queued → claimed → active → ended (routine 002 §6–7)."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime

from advanced_alchemy.types import DateTimeUTC
from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kundval.core.db import Base
from kundval.core.types import str_enum
from kundval.domain.interventions.catalogue import Intervention


class CaseStatus(enum.StrEnum):
    DECIDED = "decided"
    QUEUED = "queued"
    CLAIMED = "claimed"
    ACTIVE = "active"
    ENDED = "ended"


class EndReason(enum.StrEnum):
    """Why an intervention ended (routine 002 §7); a reason is always recorded."""

    WORK = "work"
    STUDIES = "studies"
    OWN_BUSINESS = "own_business"
    OTHER_INTERVENTION = "other_intervention"
    CHANGED_PROVIDER = "changed_provider"
    OTHER_AUTHORITY = "other_authority"
    UNFORESEEN = "unforeseen"
    LACK_OF_TIME = "lack_of_time"
    SICK_LEAVE = "sick_leave"
    PROVIDER_SHORTCOMINGS = "provider_shortcomings"
    CLIENT_LEFT = "client_left"
    LONG_ABSENCE = "long_absence"
    WEAK_PROGRESSION = "weak_progression"


def _decision_date(context: DefaultExecutionContext) -> date:
    return context.get_current_parameters()["decision_date"]


class Case(Base):
    """A decided intervention for a client, owned by a counsellor and, once queued, placed at one provider."""

    __tablename__ = "kundval_case"  # "case" is an SQL keyword

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    counsellor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id"), index=True)
    intervention: Mapped[Intervention] = mapped_column(str_enum(Intervention, 30))
    decision_date: Mapped[date] = mapped_column(Date)
    # The day this case's assignment began (routine 002 §6.3.1 counts the first plan from it): the decision date,
    # except for a case opened by a change of provider, which starts on the day it is queued at the new provider.
    assignment_date: Mapped[date] = mapped_column(Date, default=_decision_date)
    start_date: Mapped[date | None] = mapped_column(Date, default=None)
    planned_end_date: Mapped[date | None] = mapped_column(Date, default=None)
    scope_percent: Mapped[int] = mapped_column(Integer, default=100)
    assignment: Mapped[str] = mapped_column(Text, default="")
    future_plan: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[CaseStatus] = mapped_column(str_enum(CaseStatus, 20), default=CaseStatus.DECIDED, index=True)
    provider_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("provider.id"), default=None, index=True)
    coach_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"), default=None, index=True)
    end_reason: Mapped[EndReason | None] = mapped_column(str_enum(EndReason, 30), default=None)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)
    # "Client changes provider" ends this case and opens a new one that points back here.
    previous_case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("kundval_case.id"), default=None)
    # The client's own choice in the public comparison (with a choice code), for the counsellor to queue.
    chosen_provider_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("provider.id"), default=None)
    chosen_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None)

    events: Mapped[list[CaseEvent]] = relationship(back_populates="case", order_by="CaseEvent.at", lazy="raise")


class CaseEvent(Base):
    """One step in a case's history: who moved it from which status to which, when, and why. Never updated."""

    __tablename__ = "case_event"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("kundval_case.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"), default=None)
    action: Mapped[str] = mapped_column(String(40))  # decide, queue, hand_back, claim, publish, end, reassign, ...
    from_status: Mapped[CaseStatus | None] = mapped_column(str_enum(CaseStatus, 20), default=None)
    to_status: Mapped[CaseStatus] = mapped_column(str_enum(CaseStatus, 20))
    note: Mapped[str] = mapped_column(Text, default="")
    case: Mapped[Case] = relationship(back_populates="events")
