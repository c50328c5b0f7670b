"""The public comparison: authorized providers with their approved profiles and their results over the last
12 months, computed from Kundval's own cases. Only aggregates leave this module."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

import msgspec
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.domain.cases.models import Case, CaseStatus, EndReason
from kundval.domain.comparison.schemas import PublicProvider, PublicProviders, Results
from kundval.domain.interventions.catalogue import Intervention
from kundval.domain.profiles.models import ProfileStatus, ProviderProfile
from kundval.domain.providers.models import Provider, ProviderStatus
from kundval.domain.providers.schemas import Address
from kundval.domain.providers.service import is_authorized
from kundval.domain.stats.figures import GOAL_REACHED, MIN_SAMPLE, median, share
from kundval.domain.stats.schemas import MedianOut, ShareOut

RESULTS_PERIOD_DAYS = 365


def results(
    intervention: Intervention,
    ended: list[tuple[EndReason | None, date | None, date | None]],
    period: tuple[date, date],
) -> Results:
    """Figures for one provider and intervention from its ended cases (reason, start, end)."""
    n = len(ended)
    goal = share(sum(1 for reason, _s, _e in ended if reason in GOAL_REACHED), n)
    durations = median([float((end - start).days) for _r, start, end in ended if start and end])
    return Results(
        intervention=intervention,
        period_start=period[0],
        period_end=period[1],
        # Small counts are withheld from the public: Kundval's own rule, not a routine's (stats/figures.py).
        ended=n if n >= MIN_SAMPLE else None,
        min_sample=MIN_SAMPLE,
        too_few=n < MIN_SAMPLE,
        work_or_studies=ShareOut(goal.value, goal.low, goal.high) if goal else None,
        median_days=MedianOut(durations.value, durations.low, durations.high) if durations else None,
    )


async def public_providers(
    session: AsyncSession,
    *,
    intervention: Intervention | None = None,
    language: str | None = None,
    district: str | None = None,
    industry: str | None = None,
    target_group: str | None = None,
    remote: bool | None = None,
    group_activities: bool | None = None,
) -> PublicProviders:
    today = clock.today()
    period = (today - timedelta(days=RESULTS_PERIOD_DAYS), today)
    providers = (
        await session.scalars(
            select(Provider).where(Provider.status == ProviderStatus.AUTHORIZED).order_by(Provider.name)
        )
    ).all()
    profiles: dict[object, ProviderProfile] = {}
    for approved in (
        await session.scalars(
            select(ProviderProfile)
            .where(ProviderProfile.status == ProfileStatus.APPROVED)
            .order_by(ProviderProfile.decided_at)
        )
    ).all():
        profiles[approved.provider_id] = approved  # the newest approved wins
    ended: dict[tuple[object, Intervention], list[tuple[EndReason | None, date | None, date | None]]] = defaultdict(
        list
    )
    for row in await session.execute(
        select(Case.provider_id, Case.intervention, Case.end_reason, Case.start_date, Case.end_date).where(
            Case.status == CaseStatus.ENDED,
            Case.end_date >= period[0],
            Case.end_date <= period[1],
            Case.start_date.is_not(None),
        )
    ):
        ended[(row[0], row[1])].append((row[2], row[3], row[4]))

    items = []
    for provider in providers:
        offered = [code for code in Intervention if is_authorized(provider, code, today)]
        profile = profiles.get(provider.id)
        if not offered or (intervention and intervention not in offered):
            continue
        if not _matches(provider, profile, language, district, industry, target_group, remote, group_activities):
            continue
        items.append(
            PublicProvider(
                id=provider.id,
                name=provider.name,
                email=provider.email,
                phone=provider.phone,
                website=profile.website if profile else None,
                addresses=[msgspec.convert(a, Address) for a in provider.addresses],
                districts=list(provider.districts),
                interventions=offered,
                description=profile.description if profile else "",
                languages=list(profile.languages) if profile else [],
                industries=list(profile.industries) if profile else [],
                specialisations=list(profile.specialisations) if profile else [],
                target_groups=list(profile.target_groups) if profile else [],
                group_activities=profile.group_activities if profile else False,
                remote=profile.remote if profile else False,
                on_site=profile.on_site if profile else True,
                profile_updated_at=profile.decided_at if profile else None,
                results=[
                    results(code, ended.get((provider.id, code), []), period)
                    for code in offered
                    if intervention is None or code == intervention
                ],
            )
        )
    return PublicProviders(items, len(items), *period)


def _matches(
    provider: Provider,
    profile: ProviderProfile | None,
    language: str | None,
    district: str | None,
    industry: str | None,
    target_group: str | None,
    remote: bool | None,
    group_activities: bool | None,
) -> bool:
    def has(values: list[str], wanted: str | None) -> bool:
        return wanted is None or wanted.casefold() in (v.casefold() for v in values)

    languages = list(profile.languages) if profile else []
    return (
        has(languages, language)
        and has(list(provider.districts), district)
        and has(list(profile.industries) if profile else [], industry)
        and has(list(profile.target_groups) if profile else [], target_group)
        and (remote is None or (profile is not None and profile.remote == remote))
        and (group_activities is None or (profile is not None and profile.group_activities == group_activities))
    )
