"""Small builders for the case-flow tests: the demo world (fast to seed and sign in to), clients and cases in any
status, the state of a case for "nothing changed" checks, error-answer checks, and a real HTTP server.

The demo world has exactly the accounts, providers, clients and cases of :mod:`kundval.demo`, but its accounts carry
an argon2 hash with minimal cost parameters: argon2 reads the parameters from the hash, so signing in stays real
(the app verifies the password as always) and takes microseconds instead of 0.2 s per account.
"""

from __future__ import annotations

import contextlib
import itertools
import random
import socket
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import time_machine
import uvicorn
from argon2 import PasswordHasher
from httpx import Response
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from kundval import demo
from kundval.app import create_app
from kundval.core import clock
from kundval.core.db import create_engine
from kundval.core.security import Role
from kundval.core.settings import Settings, load_settings
from kundval.domain.accounts.models import User, UserRole
from kundval.domain.cases.models import Case, CaseEvent, CaseStatus, EndReason
from kundval.domain.clients.models import Client
from kundval.domain.interventions.catalogue import Intervention
from kundval.domain.messages.models import Message
from kundval.models import metadata

FAST_DEMO_HASH = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash(demo.DEMO_PASSWORD)


def today() -> date:
    return clock.today()


@dataclass(frozen=True)
class Demo:
    """Ids of the demo world: ``users["provider1-coach"]``, ``providers["provider1"]``."""

    users: dict[str, uuid.UUID]
    providers: dict[str, uuid.UUID]

    def user(self, username: str) -> str:
        return str(self.users[username])

    def provider(self, key: str) -> str:
        return str(self.providers[key])


async def seed_demo(engine: AsyncEngine, extra_users: dict[str, tuple[list[Role], str | None]] | None = None) -> Demo:
    """The demo data of :mod:`kundval.demo`, plus ``extra_users`` (username -> roles, provider key), password demo."""
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        providers = demo.demo_providers()  # the same providers and authorizations as the demo
        session.add_all(providers.values())
        await session.flush()
        accounts = {username: (roles, provider) for username, (_name, roles, provider) in demo.ACCOUNTS.items()}
        users: dict[str, User] = {}
        for username, (roles, provider_key) in {**accounts, **(extra_users or {})}.items():
            users[username] = await make_user(
                session, username, roles, providers[provider_key].id if provider_key else None
            )
        # The demo's clients and its case in every status (not the past cases for the public comparison, whose
        # tests bring their own).
        await demo._seed_cases(session, providers, users)
    return Demo({name: user.id for name, user in users.items()}, {key: p.id for key, p in providers.items()})


async def make_user(
    session: AsyncSession, username: str, roles: list[Role], provider_id: uuid.UUID | None = None
) -> User:
    """An account with the password ``demo``."""
    name = demo.ACCOUNTS.get(username, (username.replace("-", " ").title(),))[0]
    user = User(
        username=username,
        name=name,
        email=f"{username}@kundval.example",
        password_hash=FAST_DEMO_HASH,
        provider_id=provider_id,
        role_rows=[UserRole(role=role) for role in roles],
    )
    session.add(user)
    await session.flush()
    return user


_numbers = itertools.count(random.randrange(100_000))


def personal_number(birth: date | None = None, serial: int | None = None, *, coordination: bool = False) -> str:
    """A valid 12-digit personal identity number, different on every call unless ``birth`` and ``serial`` are given;
    ``coordination`` gives a samordningsnummer (day + 60)."""
    n = next(_numbers)
    birth = birth or date(1960, 1, 1) + timedelta(days=n % 14_000)
    serial = 100 + (n // 14_000) % 900 if serial is None else serial
    day = birth.day + (60 if coordination else 0)
    nine = f"{birth:%y%m}{day:02d}{serial:03d}"
    return f"{birth.year // 100}{nine}{demo.luhn_digit(nine)}"


def org_number() -> str:
    """A valid Swedish organisation number (NNNNNN-NNNN), different on every call."""
    nine = f"55{next(_numbers) % 10_000_000:07d}"
    return f"{nine[:6]}-{nine[6:]}{demo.luhn_digit(nine)}"


async def make_client(
    session: AsyncSession,
    counsellor_id: uuid.UUID,
    *,
    protected: bool = False,
    first_name: str = "Test",
    last_name: str | None = None,
    **fields: Any,
) -> Client:
    last_name = last_name or f"Klient{next(_numbers)}"
    fields = {
        "personal_number": personal_number(),
        "phone": "070-111 22 33",
        "email": "kund@example.org",
        "language": "sv",
        "district": "Centrum",
        **fields,
    }
    client = Client(
        first_name=first_name,
        last_name=last_name,
        protected_identity=protected,
        counsellor_id=counsellor_id,
        search_name=f"{first_name} {last_name}".lower(),
        **fields,
    )
    session.add(client)
    await session.flush()
    return client


PATH = [CaseStatus.DECIDED, CaseStatus.QUEUED, CaseStatus.CLAIMED, CaseStatus.ACTIVE, CaseStatus.ENDED]
ACTIONS = {
    CaseStatus.DECIDED: "decide",
    CaseStatus.QUEUED: "queue",
    CaseStatus.CLAIMED: "claim",
    CaseStatus.ACTIVE: "publish",
    CaseStatus.ENDED: "end",
}


async def make_case(
    session: AsyncSession,
    client: Client,
    status: CaseStatus = CaseStatus.DECIDED,
    *,
    provider_id: uuid.UUID | None = None,
    coach_id: uuid.UUID | None = None,
    decision_date: date | None = None,
    intervention: Intervention = Intervention.SAI,
) -> Case:
    """A case of ``client`` (owned by the client's counsellor) in ``status``, with the history that status implies."""
    decided = decision_date or today() - timedelta(days=10)
    case = Case(
        client_id=client.id,
        counsellor_id=client.counsellor_id,
        intervention=intervention,
        decision_date=decided,
        status=status,
        provider_id=provider_id,
        coach_id=coach_id,
        start_date=decided + timedelta(days=2) if status in (CaseStatus.ACTIVE, CaseStatus.ENDED) else None,
        end_reason=EndReason.WORK if status == CaseStatus.ENDED else None,
        end_date=today() if status == CaseStatus.ENDED else None,
        assignment="Uppdraget." if status in (CaseStatus.ACTIVE, CaseStatus.ENDED) else "",
    )
    session.add(case)
    await session.flush()
    steps = PATH[: PATH.index(status) + 1]
    for number, step in enumerate(steps):
        session.add(
            CaseEvent(
                case_id=case.id,
                at=clock.now() - timedelta(minutes=len(steps) - number),
                actor_id=client.counsellor_id,
                action=ACTIONS[step],
                from_status=steps[number - 1] if number else None,
                to_status=step,
            )
        )
    await session.flush()
    return case


async def new_case(
    engine: AsyncEngine,
    counsellor_id: uuid.UUID,
    status: CaseStatus = CaseStatus.DECIDED,
    *,
    protected: bool = False,
    **case_fields: Any,
) -> Case:
    """A new client of ``counsellor_id`` with one case, committed so that the app sees it."""
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        client = await make_client(session, counsellor_id, protected=protected)
        return await make_case(session, client, status, **case_fields)


@dataclass(frozen=True)
class CaseState:
    """Everything a refused request must leave as it was."""

    status: CaseStatus
    provider_id: uuid.UUID | None
    coach_id: uuid.UUID | None
    counsellor_id: uuid.UUID
    end_reason: EndReason | None
    events: int
    cases_of_client: int
    messages: int


async def case_state(engine: AsyncEngine, case_id: uuid.UUID) -> CaseState:
    async with AsyncSession(engine) as session:
        case = await session.get_one(Case, case_id)
        count = lambda model, *where: session.scalar(select(func.count()).select_from(model).where(*where))  # noqa: E731
        return CaseState(
            case.status,
            case.provider_id,
            case.coach_id,
            case.counsellor_id,
            case.end_reason,
            await count(CaseEvent, CaseEvent.case_id == case_id),
            await count(Case, Case.client_id == case.client_id),
            await count(Message, Message.case_id == case_id),
        )


async def history(engine: AsyncEngine, case_id: uuid.UUID) -> list[CaseEvent]:
    async with AsyncSession(engine) as session:
        return list(
            (
                await session.scalars(
                    select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.at, CaseEvent.id)
                )
            ).all()
        )


def assert_problem(response: Response, status: int, field: str | None = None) -> dict[str, Any]:
    """The answer is ``status`` with a human-readable ``detail`` and, for ``field``, ``extra`` naming it."""
    assert response.status_code == status, response.text
    body = response.json()
    assert isinstance(body.get("detail"), str) and len(body["detail"]) > 5, body
    if field is not None:
        named = [item.get("key") for item in body.get("extra") or [] if isinstance(item, dict)]
        assert field in named or field in body["detail"], body
    return body


def settings_for(database_url: str, data_dir: Path) -> Settings:
    return load_settings(
        {
            "KUNDVAL_ENV": "test",
            "KUNDVAL_DATA_DIR": str(data_dir),
            "KUNDVAL_DATABASE_URL": database_url,
            "KUNDVAL_SPA_DIR": str(data_dir / "spa"),
        }
    )


async def empty_database(database_url: str) -> None:
    """Delete every row but the (append-only) audit log and its listed clients, children before parents, as the
    ``database_url`` fixture."""
    engine = create_async_engine(database_url)
    try:
        async with engine.begin() as conn:
            for table in reversed(metadata.sorted_tables):
                if table.name not in ("audit_event", "audit_event_client"):
                    await conn.execute(delete(table))
    finally:
        await engine.dispose()


class Caller:
    """Requests as one signed-in user (or as nobody) through a shared test client.

    Litestar's test client runs the app's lifespan per client, so one app gets one client; each caller sends its own
    session cookie and CSRF header instead. An explicit Cookie header wins over the client's cookie jar.
    """

    def __init__(self, client: AsyncTestClient[Litestar], session: str | None = None, csrf: str | None = None) -> None:
        self.client = client
        self.headers = (
            {"cookie": f"kundval_session={session}; csrftoken={csrf}", "x-csrftoken": csrf or ""}
            if session
            else {"cookie": ""}
        )

    async def request(self, method: str, url: str, **kwargs: Any) -> Response:
        headers = {**kwargs.pop("headers", {}), **self.headers}
        return await self.client.request(method, url, headers=headers, **kwargs)

    async def get(self, url: str, **kwargs: Any) -> Response:
        return await self.request("GET", url, **kwargs)

    async def post(self, url: str, **kwargs: Any) -> Response:
        return await self.request("POST", url, **kwargs)

    async def patch(self, url: str, **kwargs: Any) -> Response:
        return await self.request("PATCH", url, **kwargs)


async def sign_in(
    client: AsyncTestClient[Litestar], username: str | None, password: str = demo.DEMO_PASSWORD
) -> Caller:
    """A :class:`Caller` signed in as ``username`` (``None``: signed out); leaves the client's cookie jar empty."""
    if username is None:
        return Caller(client)
    client.cookies.clear()
    response = await client.post("/api/auth/login", json={"username": username, "password": password})
    assert response.status_code == 200, response.text
    caller = Caller(client, client.cookies["kundval_session"], client.cookies["csrftoken"])
    client.cookies.clear()
    return caller


# The roles of the access tables, each a signed-in test client: key -> username (None: signed out).
ROLES: dict[str, str | None] = {
    "owner": "counsellor",  # the client's counsellor
    "other": "counsellor2",  # a counsellor with another caseload
    "stand_in": "counsellor3",  # named by the supervisor to cover the owner's caseload today
    "supervisor": "supervisor",
    "coordinator": "coordinator",
    "admin": "admin",
    "p1_admin": "provider1-admin",
    "p1_coach": "provider1-coach",
    "p2_admin": "provider2-admin",
    "p2_coach": "provider2-coach",
    "anon": None,
}
EXTRA_USERS: dict[str, tuple[list[Role], str | None]] = {
    "counsellor3": ([Role.COUNSELLOR], None),
    "provider1-coach2": ([Role.PROVIDER_STAFF], "provider1"),
}


@dataclass(frozen=True)
class World:
    """The demo world with one signed-in client per role of :data:`ROLES`, shared by a module's table rows."""

    app: Litestar
    engine: AsyncEngine
    demo: Demo
    clients: dict[str, Caller]

    def as_user(self, username: str) -> Caller:
        """The signed-in caller of a username in :data:`ROLES`."""
        return self.clients[next(role for role, name in ROLES.items() if name == username)]


@contextlib.asynccontextmanager
async def open_world(database_url: str, data_dir: Path) -> AsyncIterator[World]:
    """Seed the demo world (plus :data:`EXTRA_USERS`), sign every role in, name the stand-in; empty the database
    afterwards. For module-scoped fixtures whose rows each build their own cases."""
    settings = settings_for(database_url, data_dir)
    engine = create_engine(settings)
    try:
        ids = await seed_demo(engine, EXTRA_USERS)
        app = create_app(settings)
        async with AsyncTestClient(app=app) as client:
            clients = {role: await sign_in(client, username) for role, username in ROLES.items()}
            response = await clients["supervisor"].post(
                "/api/stand-ins",
                json={
                    "counsellor_id": ids.user("counsellor"),
                    "stand_in_id": ids.user("counsellor3"),
                    "valid_from": str(today() - timedelta(days=1)),
                    "valid_to": str(today() + timedelta(days=7)),
                },
            )
            assert response.status_code == 201, response.text
            yield World(app, engine, ids, clients)
    finally:
        await engine.dispose()
        await empty_database(database_url)


@contextlib.contextmanager
def running_server(app: Litestar, **options: Any) -> Iterator[str]:
    """``app`` served by uvicorn on a free local port in a thread of its own (its own event loop); yields the URL.
    ``options`` go to uvicorn's Config (e.g. ``kundval.cli.uvicorn_options(settings)``)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(
        uvicorn.Config(app, **{"log_level": "warning", "lifespan": "on", "access_log": False, **options})
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


async def register_client(counsellor: Caller, **fields: Any) -> dict[str, Any]:
    """POST /api/clients as ``counsellor``; returns the client."""
    body = {"personal_number": personal_number(), "first_name": "Nora", "last_name": "Nilsson", **fields}
    response = await counsellor.post("/api/clients", json=body)
    assert response.status_code == 201, response.text
    return response.json()


async def decide_case(counsellor: Caller, client_id: str, **fields: Any) -> dict[str, Any]:
    """POST /api/cases as ``counsellor`` (decided ten days ago); returns the case."""
    body = {
        "client_id": client_id,
        "intervention": "JOBBPENG_GRUND",
        "decision_date": str(today() - timedelta(days=10)),
        **fields,
    }
    response = await counsellor.post("/api/cases", json=body)
    assert response.status_code == 201, response.text
    return response.json()


async def inbox(caller: Caller) -> list[dict[str, Any]]:
    response = await caller.get("/api/messages?limit=500")
    assert response.status_code == 200, response.text
    return response.json()["items"]


def real_now() -> datetime:
    """The wall clock's time even while the test travels (`make test-dates` moves the whole suite's clock): for
    what a subprocess, which runs on the real clock, must find due or old."""
    hatch = time_machine.escape_hatch
    return datetime.fromtimestamp(hatch.time.time() if hatch.is_travelling() else time.time(), UTC)
