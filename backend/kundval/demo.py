"""Demo data of API.md: one account per role with the password ``demo``, and two providers.

Refuses to touch a database that holds accounts other than the demo ones, so it can never mix demo logins into
real data.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.security import Role
from kundval.domain.accounts.models import User
from kundval.domain.accounts.services import create_user
from kundval.domain.providers.models import Provider

DEMO_PASSWORD = "demo"

PROVIDERS = {
    "provider1": dict(org_number="556036-0793", name="Framtidsvägen AB", email="kundval@framtidsvagen.example"),
    "provider2": dict(org_number="556703-7485", name="Steg Vidare Kompetens AB", email="ko@stegvidare.example"),
}

# username -> (name, roles, provider key or None)
ACCOUNTS: dict[str, tuple[str, list[Role], str | None]] = {
    "counsellor": ("Karin Lindqvist", [Role.COUNSELLOR], None),
    "counsellor2": ("Omar Haddad", [Role.COUNSELLOR], None),
    "coordinator": ("Eva Strand", [Role.COORDINATOR], None),
    "supervisor": ("Lars Berg", [Role.SUPERVISOR], None),
    "admin": ("Sara Nyström", [Role.ADMIN], None),
    "provider1-admin": ("Anna Ek", [Role.PROVIDER_ADMIN], "provider1"),
    "provider1-coach": ("Jonas Falk", [Role.PROVIDER_STAFF], "provider1"),
    "provider2-admin": ("Mira Holm", [Role.PROVIDER_ADMIN], "provider2"),
    "provider2-coach": ("Ali Karimi", [Role.PROVIDER_STAFF], "provider2"),
}


class RealDataPresent(RuntimeError):
    """The database holds accounts that are not demo accounts."""


async def seed_demo(session: AsyncSession) -> bool:
    """Create the demo data; returns False when it is there already. Raises :class:`RealDataPresent`."""
    usernames = set((await session.scalars(select(User.username))).all())
    foreign = usernames - ACCOUNTS.keys()
    if foreign:
        raise RealDataPresent(
            f"the database holds {len(foreign)} account(s) that are not demo accounts; refusing to add demo data"
        )
    if usernames:
        return False
    providers: dict[str, Provider] = {}
    for key, fields in PROVIDERS.items():
        providers[key] = Provider(**fields)
        session.add(providers[key])
    await session.flush()
    for username, (name, roles, provider_key) in ACCOUNTS.items():
        await create_user(
            session,
            username=username,
            name=name,
            roles=roles,
            password=DEMO_PASSWORD,
            provider_id=providers[provider_key].id if provider_key else None,
            email=f"{username}@kundval.example",
            enforce_password_length=False,
        )
    return True
