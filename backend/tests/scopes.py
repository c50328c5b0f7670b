"""A small world for the visibility rules, built straight in the database (no demo seed, no sign-in), so that the
tests of ``readable_*`` and the other who-sees-what functions are fast enough for their mutation runs.

Two counsellors own clients; a third stands in for the second today; two providers, the first with two coaches.
Each case is named for what makes it interesting to a scope (see :func:`scope_world`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.core.security import Principal, Role
from kundval.domain.accounts.models import StandIn
from kundval.domain.cases.models import CaseStatus
from kundval.domain.providers.models import Provider
from tests.factories import make_case, make_client, make_user, org_number, today

USERS: dict[str, tuple[list[Role], str | None]] = {
    "counsellor_a": ([Role.COUNSELLOR], None),
    "counsellor_b": ([Role.COUNSELLOR], None),
    "stand_in": ([Role.COUNSELLOR], None),  # covers counsellor_b today
    "supervisor": ([Role.SUPERVISOR], None),
    "coordinator": ([Role.COORDINATOR], None),
    "admin": ([Role.ADMIN], None),
    "p1_admin": ([Role.PROVIDER_ADMIN], "p1"),
    "p1_coach": ([Role.PROVIDER_STAFF], "p1"),
    "p1_coach2": ([Role.PROVIDER_STAFF], "p1"),
    "p2_admin": ([Role.PROVIDER_ADMIN], "p2"),
}


@dataclass(frozen=True)
class ScopeWorld:
    users: dict[str, uuid.UUID]
    providers: dict[str, uuid.UUID]
    cases: dict[str, uuid.UUID]
    clients: dict[str, uuid.UUID]  # the client of each case, by the case's name

    def principal(self, name: str, *, roles: set[Role] | None = None, provider: str | None = "own") -> Principal:
        """The principal of user ``name``; ``roles`` and ``provider`` (a key, None, or "own") override theirs."""
        own_roles, own_provider = USERS[name]
        provider_key = own_provider if provider == "own" else provider
        return Principal(
            id=self.users[name],
            username=name,
            name=name.replace("_", " ").title(),
            roles=frozenset(own_roles if roles is None else roles),
            provider_id=self.providers[provider_key] if provider_key else None,
            session_id=uuid.uuid4(),
        )


async def scope_world(engine: AsyncEngine) -> ScopeWorld:
    """The world, committed:

    - a_active: counsellor_a's client, active at p1 with p1_coach; a_claimed: claimed at p1 by p1_coach2;
      a_queued: queued at p1 (no coach yet); a_decided: decided, no provider; a_protected: a protected client of
      counsellor_a, active at p1 with p1_coach.
    - b_active: counsellor_b's client, active at p2; b_ended: ended at p1 with p1_coach.
    """
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        providers = {
            key: Provider(name=f"Anordnare {key}", email=f"{key}@example.org", org_number=org_number())
            for key in ("p1", "p2")
        }
        session.add_all(providers.values())
        await session.flush()
        users = {
            name: (await make_user(session, name, roles, providers[p].id if p else None)).id
            for name, (roles, p) in USERS.items()
        }
        session.add(
            StandIn(
                counsellor_id=users["counsellor_b"],
                stand_in_id=users["stand_in"],
                valid_from=today() - timedelta(days=1),
                valid_to=today() + timedelta(days=1),
            )
        )
        p1, p2 = providers["p1"].id, providers["p2"].id
        plan = {
            "a_active": ("counsellor_a", False, CaseStatus.ACTIVE, p1, "p1_coach"),
            "a_claimed": ("counsellor_a", False, CaseStatus.CLAIMED, p1, "p1_coach2"),
            "a_queued": ("counsellor_a", False, CaseStatus.QUEUED, p1, None),
            "a_decided": ("counsellor_a", False, CaseStatus.DECIDED, None, None),
            "a_protected": ("counsellor_a", True, CaseStatus.ACTIVE, p1, "p1_coach"),
            "b_active": ("counsellor_b", False, CaseStatus.ACTIVE, p2, None),
            "b_ended": ("counsellor_b", False, CaseStatus.ENDED, p1, "p1_coach"),
        }
        cases, clients = {}, {}
        for name, (owner, protected, status, provider_id, coach) in plan.items():
            client = await make_client(
                session,
                users[owner],
                protected=protected,
                first_name=name.title(),
                last_name=f"Efternamn{name.title().replace('_', '')}",
            )
            case = await make_case(
                session, client, status, provider_id=provider_id, coach_id=users[coach] if coach else None
            )
            cases[name], clients[name] = case.id, client.id
    return ScopeWorld(users, {k: p.id for k, p in providers.items()}, cases, clients)
