"""Each person's choice of mail per group of notifications (the table is :mod:`.notifications`)."""

from __future__ import annotations

from advanced_alchemy.mixins.uuid import uuid7
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.core.errors import ApiError, register_messages
from kundval.core.security import PROVIDER_ROLES, Principal
from kundval.domain.accounts.models import User
from kundval.domain.messages.models import NotificationChoice
from kundval.domain.messages.notifications import GROUPS, groups_for
from kundval.domain.messages.schemas import (
    NotificationSettingIn,
    NotificationSettingOut,
    NotificationSettings,
)

register_messages(
    {
        "notification.delivery_not_allowed": (
            "Det valet finns inte för den gruppen.",
            "That choice is not offered for that group.",
        ),
        "notification.group_twice": ("Samma grupp är angiven två gånger.", "The same group is given twice."),
    }
)


async def settings_of(session: AsyncSession, principal: Principal) -> NotificationSettings:
    """The caller's choices for the groups that concern them, defaults filled in."""
    email = await session.scalar(select(User.email).where(User.id == principal.id))
    rows = await session.execute(
        select(NotificationChoice.group, NotificationChoice.delivery).where(NotificationChoice.user_id == principal.id)
    )
    chosen = {group: delivery for group, delivery in rows}
    return NotificationSettings(
        email=email or None,
        shared_mailbox=principal.has_any(PROVIDER_ROLES),
        choices=[
            NotificationSettingOut(
                group=group.group,
                delivery=chosen.get(group.group, group.default),
                default=group.default,
                allowed=list(group.allowed),
            )
            for group in groups_for(principal.roles)
        ],
    )


async def update_settings(
    session: AsyncSession, principal: Principal, choices: list[NotificationSettingIn]
) -> NotificationSettings:
    """Set the caller's choice for each group named. An upsert on (person, group): the same PUT twice leaves the
    same rows, and two at once cannot collide on the unique pair (the later one wins)."""
    seen: set[str] = set()
    for index, item in enumerate(choices):
        if item.group in seen:
            raise ApiError(
                "notification.group_twice",
                status_code=422,
                extra=[{"key": f"choices[{index}].group", "message": "duplicate"}],
            )
        seen.add(item.group)
        if item.delivery not in GROUPS[item.group].allowed:
            raise ApiError(
                "notification.delivery_not_allowed",
                status_code=422,
                extra=[{"key": f"choices[{index}].delivery", "message": "not allowed for this group"}],
            )
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    now = clock.now()
    for item in choices:
        statement = insert(NotificationChoice).values(
            id=uuid7(),
            user_id=principal.id,
            group=item.group,
            delivery=item.delivery,
            created_at=now,
            updated_at=now,
        )
        await session.execute(
            statement.on_conflict_do_update(
                index_elements=["user_id", "group"], set_={"delivery": item.delivery, "updated_at": now}
            )
        )
    return await settings_of(session, principal)
