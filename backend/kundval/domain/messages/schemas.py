"""The shapes of the caller's notification settings (`GET`/`PUT /api/me/notification-settings`)."""

from __future__ import annotations

import msgspec

from kundval.domain.messages.notifications import Delivery, NotificationGroup


class NotificationSettingOut(msgspec.Struct):
    group: NotificationGroup
    delivery: Delivery
    default: Delivery
    allowed: list[Delivery]


class NotificationSettings(msgspec.Struct):
    # The caller's own address, where their mails go; none: they get no mail whatever they choose.
    email: str | None
    # Provider accounts: the provider's shared mailbox is mailed at once for every newly queued client.
    shared_mailbox: bool
    choices: list[NotificationSettingOut]


class NotificationSettingIn(msgspec.Struct, forbid_unknown_fields=True):
    group: NotificationGroup
    delivery: Delivery


class NotificationSettingsUpdate(msgspec.Struct, forbid_unknown_fields=True):
    """The groups to set; groups not named keep their choice (none named: nothing changes). A group named twice
    is refused, so the list is never longer than the groups."""

    choices: list[NotificationSettingIn]
