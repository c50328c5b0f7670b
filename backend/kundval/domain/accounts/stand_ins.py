"""Stand-ins: whose caseload a counsellor works today."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.security import Principal
from kundval.domain.accounts.models import StandIn


async def caseload_owner_ids(session: AsyncSession, principal: Principal, today: date) -> list[uuid.UUID]:
    """The counsellor's own id and those of colleagues they stand in for today."""
    covered = await session.scalars(
        select(StandIn.counsellor_id).where(
            StandIn.stand_in_id == principal.id, StandIn.valid_from <= today, StandIn.valid_to >= today
        )
    )
    return [principal.id, *covered]
