"""The public comparison's shapes. Nothing here may carry personal data: providers and aggregates only."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import msgspec

from kundval.domain.interventions.catalogue import Intervention
from kundval.domain.providers.schemas import Address
from kundval.domain.stats.schemas import MedianOut, ShareOut


class Results(msgspec.Struct):
    """Kundval's own figures for the provider and intervention over ``period_start``..``period_end``.

    ``too_few`` is true when fewer than ``min_sample`` interventions ended: then no figure is given at all.
    """

    intervention: Intervention
    period_start: date
    period_end: date
    ended: int | None  # None when too few to show
    min_sample: int
    too_few: bool
    work_or_studies: ShareOut | None
    median_days: MedianOut | None


class PublicProvider(msgspec.Struct):
    id: uuid.UUID
    name: str
    email: str
    phone: str | None
    website: str | None
    addresses: list[Address]
    districts: list[str]
    interventions: list[Intervention]
    description: str
    languages: list[str]
    industries: list[str]
    specialisations: list[str]
    target_groups: list[str]
    group_activities: bool
    remote: bool
    on_site: bool
    profile_updated_at: datetime | None
    results: list[Results]


class PublicProviders(msgspec.Struct):
    items: list[PublicProvider]
    total: int
    period_start: date
    period_end: date


class ChoiceRequest(msgspec.Struct):
    code: str
    provider_id: uuid.UUID


class ChoiceMade(msgspec.Struct):
    provider_name: str
    intervention: Intervention
