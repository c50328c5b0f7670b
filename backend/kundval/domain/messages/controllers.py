"""The caller's own notification settings: which notifications mail them, at once, in the digest or not at all."""

from __future__ import annotations

from litestar import Controller, get, put
from litestar.di import NamedDependency
from litestar.params import JSONBody
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.security import Principal, authenticated
from kundval.domain.messages import preferences
from kundval.domain.messages.schemas import NotificationSettings, NotificationSettingsUpdate


class NotificationSettingsController(Controller):
    path = "/api/me/notification-settings"
    tags = ["messages"]
    guards = [authenticated]

    @get("/", operation_id="getNotificationSettings")
    async def get_settings(
        self, db_session: NamedDependency[AsyncSession], principal: NamedDependency[Principal]
    ) -> NotificationSettings:
        """The caller's choice per group of notifications that concerns their roles (defaults filled in), and the
        address their mails go to."""
        return await preferences.settings_of(db_session, principal)

    @put("/", operation_id="updateNotificationSettings")
    async def update_settings(
        self,
        data: JSONBody[NotificationSettingsUpdate],
        db_session: NamedDependency[AsyncSession],
        principal: NamedDependency[Principal],
    ) -> NotificationSettings:
        """Set the caller's choice for the groups named (the others keep theirs); idempotent."""
        return await preferences.update_settings(db_session, principal, data.choices)
