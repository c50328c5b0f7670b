"""The deadline rules' own records: what fulfils an obligation that no other event of Kundval closes."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kundval.core.db import Base


class AbsenceHandled(Base):
    """The counsellor has acted on registered invalid absence (§3.6.4: talked to the client, decided whether the
    intervention goes on), which closes its to-do item. One per absence; it goes with the absence."""

    __tablename__ = "absence_handled"

    absence_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("absence.id", ondelete="CASCADE"), unique=True)
    handled_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"), default=None)


class ProgressionReview(Base):
    """A recorded review of a client's progression (§7: yearly for Förstärkt jobbpeng and SAI), for the due date it
    met; one per case and due date, so two counsellors recording at once cannot skip a year."""

    __tablename__ = "progression_review"
    __table_args__ = (UniqueConstraint("case_id", "due"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("kundval_case.id"), index=True)
    due: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    reviewed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"), default=None)
