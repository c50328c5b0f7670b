"""Choice codes: the counsellor gives the client a short code with the decision; the client picks a provider in
the public comparison with it (seed 002 §6.2), without signing in and without giving personal data."""

from __future__ import annotations

import uuid
from datetime import datetime

from advanced_alchemy.types import DateTimeUTC
from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from kundval.core.db import Base


class ChoiceCode(Base):
    """Only a keyed hash of the code is kept, so the table cannot be read back into working codes."""

    __tablename__ = "choice_code"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("kundval_case.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None)
    revoked: Mapped[bool] = mapped_column(default=False)
    chosen_provider_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("provider.id"), default=None)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"), default=None)
