"""Staff changes reach the people the routine names (§8.1), and no one else: a change of coach the case's
counsellor; a person who joins or leaves a provider every active coordinator and supervisor. The messages name staff
(not client data) and read in Swedish and English."""

from __future__ import annotations

from collections import Counter
from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.core.security import Role
from kundval.domain.accounts.models import User
from kundval.domain.cases.models import CaseStatus
from kundval.domain.messages.models import Message
from tests.factories import Caller, inbox, new_case, seed_demo, sign_in

EXTRA = {
    "coordinator2": ([Role.COORDINATOR], None),
    "supervisor2": ([Role.SUPERVISOR], None),
    "old-coordinator": ([Role.COORDINATOR], None),  # deactivated below: not told
    "provider1-coach2": ([Role.PROVIDER_STAFF], "provider1"),
}
EVERYONE = [
    "counsellor",
    "counsellor2",
    "coordinator",
    "coordinator2",
    "supervisor",
    "supervisor2",
    "admin",
    "provider1-admin",
    "provider1-coach",
    "provider1-coach2",
    "provider2-admin",
    "provider2-coach",
]
KINDS = ("coach_changed", "staff_joined", "staff_left")


async def _kinds_by_recipient(engine: AsyncEngine) -> dict[str, Counter[str]]:
    """Who got which of the staff-change messages: a username, or ``inbox:<provider>`` for a shared inbox."""
    async with async_sessionmaker(engine)() as session:
        names = dict((await session.execute(select(User.id, User.username))).all())
        rows = (await session.scalars(select(Message).where(Message.kind.in_(KINDS)))).all()
    got: dict[str, Counter[str]] = {}
    for row in rows:
        who = names[row.recipient_id] if row.recipient_id else f"inbox:{row.provider_id}"
        got.setdefault(who, Counter())[row.kind] += 1
    return got


def _one(messages: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    [message] = [m for m in messages if m["kind"] == kind]
    return message


async def test_a_change_of_coach_is_told_to_the_cases_counsellor_only(
    engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine, EXTRA)
    case = await new_case(
        engine,
        demo.users["counsellor"],
        CaseStatus.ACTIVE,
        provider_id=demo.providers["provider1"],
        coach_id=demo.users["provider1-coach"],
    )
    p1_admin = await sign_in(client, "provider1-admin")
    response = await p1_admin.post(f"/api/cases/{case.id}/coach", json={"coach_id": demo.user("provider1-coach2")})
    assert response.status_code == 201, response.text
    assert await _kinds_by_recipient(engine) == {"counsellor": Counter({"coach_changed": 1})}

    counsellor = await sign_in(client, "counsellor")
    swedish = _one(await inbox(counsellor), "coach_changed")
    assert swedish["case_id"] == str(case.id) and swedish["client"]  # the counsellor's own client, by name
    assert swedish["subject"] == f"Ny jobbexpert: {swedish['client']}"
    assert swedish["body"] == "Anordnaren har bytt jobbexpert från Jonas Falk till Provider1 Coach2."
    english = _one(
        (await counsellor.get("/api/messages?limit=500", headers={"Accept-Language": "en"})).json()["items"],
        "coach_changed",
    )
    assert english["body"] == "The provider has changed the coach from Jonas Falk to Provider1 Coach2."

    # Handing the case to the coach it already has tells no one again.
    again = await p1_admin.post(
        f"/api/cases/{case.id}/coach",
        json={"coach_id": demo.user("provider1-coach2"), "from_coach_id": demo.user("provider1-coach2")},
    )
    assert again.status_code in (201, 409), again.text
    assert await _kinds_by_recipient(engine) == {"counsellor": Counter({"coach_changed": 1})}


async def test_staff_who_join_or_leave_are_told_to_every_active_coordinator_and_supervisor(
    engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine, EXTRA)
    async with async_sessionmaker(engine).begin() as session:
        old = await session.get(User, demo.users["old-coordinator"])
        assert old is not None
        old.is_active = False
    p1_admin = await sign_in(client, "provider1-admin")
    staff_url = f"/api/providers/{demo.provider('provider1')}/staff"
    created = await p1_admin.post(
        staff_url, json={"username": "nils-coach", "name": "Nils Nord", "password": "ett långt lösenord"}
    )
    assert created.status_code == 201, created.text
    told = ["coordinator", "coordinator2", "supervisor", "supervisor2"]
    assert await _kinds_by_recipient(engine) == {name: Counter({"staff_joined": 1}) for name in told}

    deactivated = await p1_admin.post(f"{staff_url}/{created.json()['id']}/deactivate")
    assert deactivated.status_code in (200, 201, 204), deactivated.text
    assert await _kinds_by_recipient(engine) == {name: Counter({"staff_joined": 1, "staff_left": 1}) for name in told}
    # Deactivating the inactive account again tells no one a second time.
    await p1_admin.post(f"{staff_url}/{created.json()['id']}/deactivate")
    assert sum(sum(c.values()) for c in (await _kinds_by_recipient(engine)).values()) == 8

    callers: dict[str, Caller] = {name: await sign_in(client, name) for name in EVERYONE}
    for name, caller in callers.items():
        kinds = {m["kind"] for m in await inbox(caller)} & set(KINDS)
        assert kinds == ({"staff_joined", "staff_left"} if name in told else set()), name
    supervisor = callers["supervisor"]
    joined, left = _one(await inbox(supervisor), "staff_joined"), _one(await inbox(supervisor), "staff_left")
    assert joined["case_id"] is None and joined["client"] is None
    assert joined["subject"] == f"Ny personal hos {joined['params']['provider']}: Nils Nord"
    assert joined["body"].startswith("Nils Nord har fått ett konto som jobbexpert hos ")
    assert left["body"].startswith("Nils Nords konto som jobbexpert hos ") and left["body"].endswith("är avslutat.")
    english = (await supervisor.get("/api/messages?limit=500", headers={"Accept-Language": "en"})).json()["items"]
    assert _one(english, "staff_joined")["body"].startswith("Nils Nord has been given an account as coach at ")
    assert _one(english, "staff_left")["subject"].startswith("Staff have left ")


async def test_an_administrator_who_joins_is_named_as_one(
    engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine, {k: v for k, v in EXTRA.items() if k != "old-coordinator"})
    p2_admin = await sign_in(client, "provider2-admin")
    created = await p2_admin.post(
        f"/api/providers/{demo.provider('provider2')}/staff",
        json={"username": "ny-admin", "name": "Nina Admin", "password": "ett långt lösenord", "admin": True},
    )
    assert created.status_code == 201, created.text
    told = ["coordinator", "coordinator2", "supervisor", "supervisor2"]
    assert await _kinds_by_recipient(engine) == {name: Counter({"staff_joined": 1}) for name in told}
    coordinator = await sign_in(client, "coordinator2")
    [english] = [
        m
        for m in (await coordinator.get("/api/messages", headers={"Accept-Language": "en"})).json()["items"]
        if m["kind"] == "staff_joined"
    ]
    provider = english["params"]["provider"]
    assert english["body"] == f"Nina Admin has been given an account as administrator at {provider}."
    [swedish] = [m for m in await inbox(coordinator) if m["kind"] == "staff_joined"]
    assert swedish["subject"] == f"Ny personal hos {provider}: Nina Admin"
