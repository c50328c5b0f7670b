"""Provider profiles: proposals by the provider administrator, decisions by the coordinator."""

from __future__ import annotations

import uuid

import msgspec
from sqlalchemy import Select, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.core.db import rows_changed
from kundval.core.errors import ApiError, register_messages
from kundval.core.security import Principal
from kundval.domain.profiles.models import ProfileStatus, ProviderProfile
from kundval.domain.profiles.schemas import ProfileFields, ProfileOut, ProviderProfiles
from kundval.domain.providers.models import Provider
from kundval.domain.providers.service import get_managed_provider, managed_providers

register_messages(
    {
        "profile.not_found": ("Profilen finns inte.", "No such profile."),
        "profile.not_pending": ("Profilen är redan {status}.", "The profile is already {status}."),
        "profile.reject_needs_comment": ("Skriv varför ändringen inte godkänns.", "Say why the change is rejected."),
    }
)

FIELDS = tuple(ProfileFields.__struct_fields__)
STATUS_WORDS = {
    ProfileStatus.PENDING: ("väntande", "pending"),
    ProfileStatus.APPROVED: ("godkänd", "approved"),
    ProfileStatus.REJECTED: ("avslagen", "rejected"),
}


def profile_out(profile: ProviderProfile, provider_name: str) -> ProfileOut:
    return ProfileOut(
        **{f: getattr(profile, f) for f in FIELDS},
        id=profile.id,
        provider_id=profile.provider_id,
        provider_name=provider_name,
        status=profile.status,
        submitted_at=profile.created_at,
        decided_at=profile.decided_at,
        decision_comment=profile.decision_comment,
    )


def readable_profiles(principal: Principal) -> Select[ProviderProfile]:
    """The profiles the caller may read and decide on: those of the providers the caller manages (the coordinator
    every provider's, a provider administrator their own's). Every read of this area starts here; the public
    comparison shows approved profiles through its own area."""
    managed = managed_providers(principal).with_only_columns(Provider.id)
    return select(ProviderProfile).where(ProviderProfile.provider_id.in_(managed))


async def latest(
    session: AsyncSession, principal: Principal, provider_id: uuid.UUID, status: ProfileStatus
) -> ProviderProfile | None:
    return await session.scalar(
        readable_profiles(principal)
        .where(ProviderProfile.provider_id == provider_id, ProviderProfile.status == status)
        .order_by(ProviderProfile.created_at.desc())
        .limit(1)
    )


async def profiles_of(session: AsyncSession, principal: Principal, provider_id: uuid.UUID) -> ProviderProfiles:
    """The provider's published profile, the change waiting for approval and the last rejected one."""
    provider = await get_managed_provider(session, principal, provider_id)
    found = {status: await latest(session, principal, provider.id, status) for status in ProfileStatus}
    return ProviderProfiles(
        *(
            profile_out(p, provider.name) if p else None
            for p in (found[ProfileStatus.APPROVED], found[ProfileStatus.PENDING], found[ProfileStatus.REJECTED])
        )
    )


async def propose(
    session: AsyncSession, principal: Principal, provider_id: uuid.UUID, data: ProfileFields
) -> ProfileOut:
    """A new pending proposal; an earlier pending one is withdrawn (only the newest waits for a decision).

    The provider's row is locked first, so that concurrent proposals take turns: each sees the one before it and
    withdraws it, and exactly one waits afterwards."""
    provider = await get_managed_provider(session, principal, provider_id)
    await session.execute(select(Provider.id).where(Provider.id == provider.id).with_for_update())
    previous = await latest(session, principal, provider.id, ProfileStatus.PENDING)
    if previous is not None:
        await session.delete(previous)
    profile = ProviderProfile(
        provider_id=provider.id,
        status=ProfileStatus.PENDING,
        submitted_by_id=principal.id,
        **msgspec.structs.asdict(data),
    )
    session.add(profile)
    await session.flush()
    return profile_out(profile, provider.name)


async def decide(
    session: AsyncSession, principal: Principal, profile_id: uuid.UUID, approve: bool, comment: str
) -> ProfileOut:
    profile = await session.scalar(readable_profiles(principal).where(ProviderProfile.id == profile_id))
    if profile is None:
        raise ApiError("profile.not_found", status_code=404)
    if profile.status != ProfileStatus.PENDING:
        raise ApiError("profile.not_pending", status_code=409, status=STATUS_WORDS[profile.status])
    if not approve and not comment.strip():
        raise ApiError(
            "profile.reject_needs_comment", status_code=422, extra=[{"key": "comment", "message": "required"}]
        )
    # Conditional on the profile still pending, so that of concurrent decisions exactly one counts.
    decided = await rows_changed(
        session,
        update(ProviderProfile)
        .where(ProviderProfile.id == profile.id, ProviderProfile.status == ProfileStatus.PENDING)
        .values(
            status=ProfileStatus.APPROVED if approve else ProfileStatus.REJECTED,
            decided_by_id=principal.id,
            decided_at=clock.now(),
            decision_comment=comment.strip(),
        )
        .execution_options(synchronize_session=False),
    )
    await session.refresh(profile)
    if decided != 1:
        raise ApiError("profile.not_pending", status_code=409, status=STATUS_WORDS[profile.status])
    provider_name = await session.scalar(select(Provider.name).where(Provider.id == profile.provider_id))
    return profile_out(profile, provider_name or "")


async def pending(session: AsyncSession, principal: Principal) -> list[ProfileOut]:
    """Profile changes waiting for a decision, oldest first."""
    rows = await session.execute(
        readable_profiles(principal)
        .add_columns(Provider.name)
        .join(Provider, Provider.id == ProviderProfile.provider_id)
        .where(ProviderProfile.status == ProfileStatus.PENDING)
        .order_by(ProviderProfile.created_at)
    )
    return [profile_out(profile, name) for profile, name in rows]
