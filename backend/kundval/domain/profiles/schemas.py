"""Shapes of provider profiles."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

import msgspec

from kundval.domain.profiles.models import ProfileStatus

Tag = Annotated[str, msgspec.Meta(min_length=1, max_length=60)]


class ProfileFields(msgspec.Struct):
    description: Annotated[str, msgspec.Meta(max_length=4000)] = ""
    languages: Annotated[list[Tag], msgspec.Meta(max_length=30)] = []
    industries: Annotated[list[Tag], msgspec.Meta(max_length=30)] = []
    specialisations: Annotated[list[Tag], msgspec.Meta(max_length=30)] = []
    target_groups: Annotated[list[Tag], msgspec.Meta(max_length=10)] = []
    group_activities: bool = False
    remote: bool = False
    on_site: bool = True
    website: Annotated[str, msgspec.Meta(max_length=300, pattern=r"^https://\S+$")] | None = None


class ProfileOut(ProfileFields, kw_only=True):
    id: uuid.UUID
    provider_id: uuid.UUID
    provider_name: str
    status: ProfileStatus
    submitted_at: datetime
    decided_at: datetime | None
    decision_comment: str


class ProviderProfiles(msgspec.Struct):
    """The provider's public profile and, if any, the change waiting for the coordinator."""

    published: ProfileOut | None
    pending: ProfileOut | None
    last_rejected: ProfileOut | None


class Decision(msgspec.Struct):
    comment: Annotated[str, msgspec.Meta(max_length=2000)] = ""
