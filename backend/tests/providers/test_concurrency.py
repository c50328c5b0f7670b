"""One winner for the provider register's state changes (issue 10 point 3): a provider and a staff account are
created once however many send the same one at the same moment, a profile is decided once, only one proposal waits,
and a coach is not deactivated while a claim names them. Row-lock races run on PostgreSQL; the inserts of one unique
row race on SQLite too."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.app import create_app
from kundval.core.security import Role
from kundval.core.settings import Settings
from kundval.domain.accounts.models import User
from kundval.domain.cases.models import CaseStatus
from kundval.domain.profiles.models import ProfileStatus, ProviderProfile
from kundval.domain.providers.models import Provider
from tests.concurrency import Shot, one_winner, race, skip_unless_postgresql
from tests.factories import case_state, new_case, org_number, seed_demo

N = 8


async def _count(engine: AsyncEngine, model: type, *where: object) -> int:
    async with async_sessionmaker(engine)() as session:
        return await session.scalar(select(func.count()).select_from(model).where(*where)) or 0


async def test_of_concurrent_registrations_of_one_provider_one_is_stored(
    settings: Settings, engine: AsyncEngine
) -> None:
    await seed_demo(engine)
    number = org_number()
    body = {
        "org_number": number,
        "name": "Samtidigt AB",
        "email": "info@samtidigt.example",
        "authorizations": [{"intervention": "SAI", "valid_from": str(date(2026, 1, 1))}],
    }
    one_winner(await race(create_app(settings), [Shot("coordinator", "/api/providers", json=body)] * N))
    assert await _count(engine, Provider, Provider.org_number == number) == 1


async def test_of_concurrent_creations_of_one_account_one_is_stored(settings: Settings, engine: AsyncEngine) -> None:
    demo = await seed_demo(engine)
    body = {"username": "samtidig-coach", "name": "Samtidig Coach", "password": "ett langt losenord"}
    one_winner(
        await race(
            create_app(settings),
            [Shot("provider1-admin", f"/api/providers/{demo.provider('provider1')}/staff", json=body)] * N,
        )
    )
    assert await _count(engine, User, User.username == "samtidig-coach") == 1


async def _pending_profile(engine: AsyncEngine, provider_id: object) -> ProviderProfile:
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        profile = ProviderProfile(provider_id=provider_id, status=ProfileStatus.PENDING, description="Vi coachar.")
        session.add(profile)
    return profile


@pytest.mark.parametrize("mix", ["approve", "reject", "both"])
async def test_of_concurrent_decisions_on_a_profile_exactly_one_wins(
    settings: Settings, engine: AsyncEngine, mix: str
) -> None:
    skip_unless_postgresql(settings)
    demo = await seed_demo(engine)
    profile = await _pending_profile(engine, demo.providers["provider1"])
    approve = Shot("coordinator", f"/api/profiles/{profile.id}/approve", json={})
    reject = Shot("coordinator", f"/api/profiles/{profile.id}/reject", json={"comment": "Beskriv målgruppen."})
    shots = {"approve": [approve] * N, "reject": [reject] * N, "both": [approve, reject] * (N // 2)}[mix]
    winner = one_winner(await race(create_app(settings), shots), success=201).json()
    async with async_sessionmaker(engine)() as session:
        stored = await session.get_one(ProviderProfile, profile.id)
    assert stored.status == winner["status"]


async def test_of_concurrent_proposals_only_one_waits(settings: Settings, engine: AsyncEngine) -> None:
    """Each proposal replaces the pending one, so all may succeed; but afterwards exactly one waits for the
    coordinator, the last one stored."""
    skip_unless_postgresql(settings)
    demo = await seed_demo(engine)
    provider = demo.providers["provider1"]
    responses = await race(
        create_app(settings),
        [
            Shot("provider1-admin", f"/api/providers/{provider}/profile", json={"description": f"Förslag {n}."})
            for n in range(N)
        ],
    )
    assert {r.status_code for r in responses} <= {201, 409}, [(r.status_code, r.text) for r in responses]
    assert (
        await _count(
            engine,
            ProviderProfile,
            ProviderProfile.provider_id == provider,
            ProviderProfile.status == ProfileStatus.PENDING,
        )
        == 1
    )


async def test_deactivating_a_coach_while_claims_name_them_leaves_no_inactive_coach_with_a_case(
    settings: Settings, engine: AsyncEngine
) -> None:
    """Deactivation is refused while the coach has open cases, and a claim names only an active coach: racing each
    other, one of them wins."""
    skip_unless_postgresql(settings)
    demo = await seed_demo(engine, {"provider1-coach2": ([Role.PROVIDER_STAFF], "provider1")})
    coach = demo.users["provider1-coach2"]
    cases = [
        await new_case(engine, demo.users["counsellor"], CaseStatus.QUEUED, provider_id=demo.providers["provider1"])
        for _ in range(N - 1)
    ]
    responses = await race(
        create_app(settings),
        [Shot("provider1-admin", f"/api/providers/{demo.provider('provider1')}/staff/{coach}/deactivate")]
        + [Shot("provider1-admin", f"/api/cases/{case.id}/claim", json={"coach_id": str(coach)}) for case in cases],
    )
    assert all(r.status_code < 500 for r in responses), [(r.status_code, r.text) for r in responses]
    claimed = [(await case_state(engine, case.id)).coach_id == coach for case in cases]
    async with async_sessionmaker(engine)() as session:
        active = (await session.get_one(User, coach)).is_active
    assert active or not any(claimed), "an inactive coach holds claimed cases"
    assert (responses[0].status_code < 300) == (not active)
