"""Municipal staff directory and stand-ins (supervisors name who covers a counsellor's caseload)."""

from __future__ import annotations

import uuid
from datetime import date

import msgspec
from litestar import Controller, delete, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery, JSONBody
from litestar.status_codes import HTTP_204_NO_CONTENT
from sqlalchemy import delete as delete_rows
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from kundval.core.errors import ApiError, register_messages
from kundval.core.pagination import Page
from kundval.core.security import Principal, Role, requires_role
from kundval.domain.accounts.models import StandIn, User, UserRole

register_messages(
    {
        "stand_in.invalid": ("Ställföreträdare: {reason}.", "Stand-in: {reason}."),
        "stand_in.not_found": ("Ställföreträdarskapet finns inte.", "No such stand-in."),
    }
)


class UserOut(msgspec.Struct):
    id: uuid.UUID
    username: str
    name: str
    roles: list[str]
    provider_id: uuid.UUID | None
    is_active: bool


class StandInCreate(msgspec.Struct):
    counsellor_id: uuid.UUID
    stand_in_id: uuid.UUID
    valid_from: date
    valid_to: date


class StandInOut(msgspec.Struct):
    id: uuid.UUID
    counsellor_id: uuid.UUID
    counsellor_name: str
    stand_in_id: uuid.UUID
    stand_in_name: str
    valid_from: date
    valid_to: date


async def _counsellor(session: AsyncSession, user_id: uuid.UUID) -> User | None:
    return await session.scalar(
        select(User)
        .join(UserRole, UserRole.user_id == User.id)
        .where(User.id == user_id, User.is_active.is_(True), UserRole.role == Role.COUNSELLOR)
    )


class StaffDirectoryController(Controller):
    path = "/api"
    tags = ["accounts"]

    @get("/users", guards=[requires_role(Role.ADMIN, Role.SUPERVISOR, Role.COUNSELLOR)], operation_id="listUsers")
    async def list_users(
        self, db_session: NamedDependency[AsyncSession], role: FromQuery[Role | None] = None
    ) -> Page[UserOut]:
        """Municipal and provider accounts (no personal data beyond names), optionally of one role."""
        statement = select(User).options(selectinload(User.role_rows)).order_by(User.name)
        if role is not None:
            statement = statement.join(UserRole, UserRole.user_id == User.id).where(UserRole.role == role)
        users = (await db_session.scalars(statement)).unique().all()
        items = [UserOut(u.id, u.username, u.name, sorted(u.roles), u.provider_id, u.is_active) for u in users]
        return Page(items, len(items), len(items), 0)

    @get("/stand-ins", guards=[requires_role(Role.SUPERVISOR, Role.COUNSELLOR)], operation_id="listStandIns")
    async def list_stand_ins(self, db_session: NamedDependency[AsyncSession]) -> Page[StandInOut]:
        """Every stand-in arrangement, latest first."""
        rows = (await db_session.scalars(select(StandIn).order_by(StandIn.valid_from.desc()))).all()
        names = dict((await db_session.execute(select(User.id, User.name))).all())
        items = [
            StandInOut(
                s.id,
                s.counsellor_id,
                names.get(s.counsellor_id, ""),
                s.stand_in_id,
                names.get(s.stand_in_id, ""),
                s.valid_from,
                s.valid_to,
            )
            for s in rows
        ]
        return Page(items, len(items), len(items), 0)

    @post("/stand-ins", guards=[requires_role(Role.SUPERVISOR)], operation_id="createStandIn")
    async def create_stand_in(
        self,
        data: JSONBody[StandInCreate],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> StandInOut:
        """Name a counsellor to cover a colleague's caseload for a period (both days included)."""
        if data.valid_to < data.valid_from:
            raise ApiError(
                "stand_in.invalid", status_code=422, reason=("slutdatum före startdatum", "valid_to before valid_from")
            )
        if data.counsellor_id == data.stand_in_id:
            raise ApiError(
                "stand_in.invalid",
                status_code=422,
                reason=("ingen kan vara ställföreträdare för sig själv", "a counsellor cannot stand in for themselves"),
            )
        counsellor = await _counsellor(db_session, data.counsellor_id)
        stand_in = await _counsellor(db_session, data.stand_in_id)
        if counsellor is None or stand_in is None:
            raise ApiError(
                "stand_in.invalid",
                status_code=422,
                reason=("båda måste vara aktiva karriärvägledare", "both must be active counsellors"),
            )
        row = StandIn(
            counsellor_id=counsellor.id,
            stand_in_id=stand_in.id,
            valid_from=data.valid_from,
            valid_to=data.valid_to,
            created_by_id=principal.id,
        )
        db_session.add(row)
        await db_session.flush()
        return StandInOut(
            row.id, counsellor.id, counsellor.name, stand_in.id, stand_in.name, row.valid_from, row.valid_to
        )

    @delete(
        "/stand-ins/{stand_in_id:uuid}",
        guards=[requires_role(Role.SUPERVISOR)],
        operation_id="deleteStandIn",
        status_code=HTTP_204_NO_CONTENT,
    )
    async def delete_stand_in(
        self, stand_in_id: FromPath[uuid.UUID], db_session: NamedDependency[AsyncSession]
    ) -> None:
        """End a stand-in arrangement."""
        # A conditional DELETE: of concurrent removals exactly one succeeds, the others find nothing.
        removed = await db_session.execute(
            delete_rows(StandIn).where(StandIn.id == stand_in_id).execution_options(synchronize_session=False)
        )
        if removed.rowcount != 1:  # type: ignore[attr-defined]
            raise ApiError("stand_in.not_found", status_code=404)
