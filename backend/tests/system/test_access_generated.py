"""The generated access test: every operation of the app's OpenAPI document, as every caller, on objects in every
status, checked against the access model of ``access_model.py`` (docs/architecture.md "Access control").

For each (operation, caller, object) the model gives the answers allowed: 401 signed out, 403 for a role the
route's policy does not name (or the other side's document), 404 for an object that exists but is not the caller's
(exactly as for an id that does not exist), and only then 2xx, or 409/410/422 for the object's state. No body a
caller other than the owning counsellor gets may hold a protected client's name, number, phone, e-mail or district.

The run, per database, on one seeded world:
1. every request the model refuses (401/403/404), on the shared objects; the database must not change;
2. every allowed GET on the shared objects;
3. every allowed change, each on a fresh copy of its object (same facts), so that one change never decides the
   next request's answer; signing out last;
4. every list again, now that the changes wrote messages, history and audit rows.

Order of checks in the app: Litestar runs a route's guards (the policy: 401/403) before it parses the body or the
query, so a refused role never learns what a valid body looks like; ownership (404) is decided in the service,
after the body is parsed, so a role-allowed caller with an invalid body gets 400/422 even for an object that is not
theirs (``test_policy_is_decided_before_the_body_and_ownership_after`` pins this). The bodies sent here are valid,
so that ownership shows.
"""

from __future__ import annotations

import re
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
from httpx import Response
from litestar import Litestar, get
from litestar.params import FromPath
from litestar.testing import AsyncTestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.app import create_app
from kundval.core.db import create_engine
from kundval.core.security import Role, policy_of, requires_role
from kundval.domain.accounts.models import StandIn
from kundval.domain.cases.models import CaseStatus
from kundval.domain.documents.models import DocumentStatus
from kundval.domain.messages.models import Message
from kundval.domain.profiles.models import ProfileStatus, ProviderProfile
from kundval.models import metadata
from tests import factories
from tests.factories import (
    Caller,
    Demo,
    empty_database,
    make_case,
    make_client,
    make_user,
    seed_demo,
    settings_for,
    sign_in,
    today,
)
from tests.system import access_model as model
from tests.system.access_model import CALLERS, Obj, Policy, Who

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
# The protected client's identity: every body a non-owner gets is searched for these strings.
SECRET = {
    "first_name": "Hemlighild",
    "last_name": "Skyddqvist",
    "phone": "070-987 65 43",
    "email": "hemlig@skyddad.example",
    "district": "Gomdalen",
}
# Tables a request may write to whatever its answer: the audit log (reads are audited) and the session rows.
UNWATCHED_TABLES = {"audit_event", "audit_event_client", "login_session", "login_throttle"}


# --- Operations from the app ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    policy: Policy
    kind: str | None  # the object kind its path parameters name
    required_query: frozenset[str]
    has_body: bool


def _handler_policies(app: Litestar) -> dict[tuple[str, str], list[str]]:
    policies = {}
    for route in app.routes:
        path = re.sub(r"\{(\w+):\w+\}", r"{\1}", route.path)
        for handler in getattr(route, "route_handlers", []):
            for method in handler.http_methods:
                policies[(method, path)] = policy_of(handler)
    return policies


def operations(app: Litestar) -> tuple[list[Operation], list[str]]:
    """Every operation of the app's OpenAPI document with its policy; and what the model cannot classify."""
    policies = _handler_policies(app)
    found, problems = [], []
    for path, item in app.openapi_schema.to_schema()["paths"].items():
        for method, op in item.items():
            if method.upper() not in ("GET", "POST", "PUT", "PATCH", "DELETE"):
                continue
            name = op.get("operationId") or f"{method.upper()} {path}"
            params = op.get("parameters", [])
            path_params = frozenset(p["name"] for p in params if p["in"] == "path")
            kind = None
            if path_params:
                kind = next((k for k, names in model.KIND_PARAMS.items() if names == path_params), None)
                if kind is None:
                    problems.append(
                        f"{name}: no object kind fills the path parameters {sorted(path_params)}: add "
                        "one to access_model.KIND_PARAMS and build its objects in world_objects()"
                    )
                    continue
            if name in model.BODY_OBJECTS:
                kind = model.BODY_OBJECTS[name]
            try:
                policy = model.parse_policy(policies.get((method.upper(), path), []))
            except ValueError as error:
                problems.append(f"{name} ({method.upper()} {path}): {error}")
                continue
            required = frozenset(p["name"] for p in params if p["in"] == "query" and p.get("required"))
            if required and name not in QUERIES:
                problems.append(f"{name}: required query parameters {sorted(required)}: add them to QUERIES")
            has_body = "requestBody" in op
            if has_body and name not in BODIES:
                problems.append(f"{name}: takes a body: add a minimal valid one to BODIES")
            found.append(Operation(name, method.upper(), path, policy, kind, required, has_body))
    return found, problems


# --- The world ------------------------------------------------------------------------------------------------


@dataclass
class World:
    app: Litestar
    engine: AsyncEngine
    client: AsyncTestClient[Litestar]
    demo: Demo
    callers: dict[str, Caller]
    objects: list[Obj]
    secrets: set[str] = field(default_factory=set)
    setup_requests: int = 0

    def caller(self, username: str) -> Caller:
        key = next(w.key for w in CALLERS if w.username == username)
        return self.callers[key]

    def user(self, username: str) -> str:
        return self.demo.user(username)

    def provider(self, key: str) -> str:
        return self.demo.provider(key)

    async def call(self, caller: Caller, method: str, url: str, expect: int, **kwargs: Any) -> Response:
        """A request made to build the world; it must answer ``expect``."""
        self.setup_requests += 1
        response = await caller.request(method, url, **kwargs)
        assert response.status_code == expect, f"{method} {url}: {response.text}"
        return response


async def _add_case(world: World, facts: dict[str, Any]) -> str:
    async with async_sessionmaker(world.engine, expire_on_commit=False).begin() as session:
        client = await _add_client_in(world, session, facts["owner"], facts["protected"])
        case = await make_case(
            session,
            client,
            CaseStatus(facts["status"]),
            provider_id=world.demo.providers[facts["provider"]] if facts["provider"] else None,
            coach_id=world.demo.users[facts["coach"]] if facts["coach"] else None,
        )
        return str(case.id)


async def _add_client_in(world: World, session: Any, owner: str, protected: bool) -> Any:
    fields = dict(SECRET) if protected else {}
    client = await make_client(session, world.demo.users[owner], protected=protected, **fields)
    if protected:
        world.secrets.add(client.personal_number)
    return client


async def _add_client(world: World, facts: dict[str, Any]) -> str:
    async with async_sessionmaker(world.engine, expire_on_commit=False).begin() as session:
        return str((await _add_client_in(world, session, facts["owner"], facts["protected"])).id)


async def _add_document(world: World, facts: dict[str, Any], case_id: str) -> str:
    """A document of ``case_id`` brought to its status through the API, as the two sides would."""
    coach, owner = world.caller("provider1-coach"), world.caller("counsellor")
    if facts.get("structured"):
        response = await world.call(coach, "POST", f"/api/cases/{case_id}/reports", 201, json={"kind": facts["kind"]})
        return str(response.json()["id"])
    author = owner if facts["side"] == "counsellor" else coach
    response = await world.call(
        author,
        "POST",
        f"/api/cases/{case_id}/documents",
        201,
        data={"kind": facts["kind"]},
        files={"file": ("plan.pdf", PDF, "application/pdf")},
    )
    document = str(response.json()["id"])
    if facts["status"] in ("submitted", "returned", "approved") and facts["side"] == "provider":
        await world.call(coach, "POST", f"/api/documents/{document}/submit", 201)
    if facts["status"] == "returned":
        await world.call(owner, "POST", f"/api/documents/{document}/return", 201, json={"comment": "Komplettera."})
    if facts["status"] == "approved" and facts["side"] == "provider":
        await world.call(owner, "POST", f"/api/documents/{document}/approve", 201)
    return document


async def _add_absence(world: World, case_id: str) -> str:
    response = await world.call(
        world.caller("provider1-coach"),
        "POST",
        f"/api/cases/{case_id}/absences",
        201,
        json={
            "date_from": str(today() - timedelta(days=1)),
            "date_to": str(today() - timedelta(days=1)),
            # Invalid absence, which the counsellor can mark handled (markAbsenceHandled); any type serves the rest.
            "type": "invalid",
            "ground": "no_show",
        },
    )
    return str(response.json()["id"])


async def _add_stand_in(world: World, stand_in: str, counsellor: str, start: int, end: int) -> str:
    async with async_sessionmaker(world.engine, expire_on_commit=False).begin() as session:
        row = StandIn(
            counsellor_id=world.demo.users[counsellor],
            stand_in_id=world.demo.users[stand_in],
            valid_from=today() + timedelta(days=start),
            valid_to=today() + timedelta(days=end),
        )
        session.add(row)
        await session.flush()
        return str(row.id)


async def _add_message(world: World, facts: dict[str, Any], case_id: str) -> str:
    async with async_sessionmaker(world.engine, expire_on_commit=False).begin() as session:
        row = Message(
            case_id=uuid.UUID(case_id),
            recipient_id=world.demo.users[facts["recipient"]] if facts.get("recipient") else None,
            provider_id=world.demo.providers[facts["provider"]] if facts.get("provider") else None,
            subject="Ett meddelande",
            body="Om ärendet.",
        )
        session.add(row)
        await session.flush()
        return str(row.id)


async def _add_profile(world: World, facts: dict[str, Any]) -> str:
    async with async_sessionmaker(world.engine, expire_on_commit=False).begin() as session:
        row = ProviderProfile(
            provider_id=world.demo.providers[facts["provider"]],
            status=ProfileStatus(facts["status"]),
            description="Förslag.",
            submitted_by_id=world.demo.users["coordinator"],
        )
        session.add(row)
        await session.flush()
        return str(row.id)


async def _add_staff(world: World, facts: dict[str, Any]) -> str:
    async with async_sessionmaker(world.engine, expire_on_commit=False).begin() as session:
        user = await make_user(
            session, f"coach-{uuid.uuid4().hex[:8]}", [Role.PROVIDER_STAFF], world.demo.providers[facts["provider"]]
        )
        return str(user.id)


async def build(world: World, obj: Obj, *, fresh: bool) -> Obj:
    """``obj`` in the world (a new copy with the same facts when ``fresh``); objects without a factory are shared."""
    if obj.missing:
        return obj
    copy = Obj(obj.kind, obj.label, obj.facts, obj.id, obj.provider_id)
    if obj.kind == "case":
        copy.id = await _add_case(world, obj.facts)
    elif obj.kind == "client":
        copy.id = await _add_client(world, obj.facts)
    elif obj.kind == "document":
        copy.id = await _add_document(world, obj.facts, world_case(world, "active"))
    elif obj.kind == "absence":
        copy.id = await _add_absence(
            world, await _add_case(world, obj.facts["case"]) if fresh else world_case(world, "active")
        )
    elif obj.kind == "stand_in":
        copy.id = await _add_stand_in(world, "counsellor9", "counsellor8", 30, 31)
    elif obj.kind == "profile":
        copy.id = await _add_profile(world, obj.facts)
    elif obj.kind == "staff":
        copy.id = await _add_staff(world, obj.facts) if fresh else world.user("provider1-coach3")
        copy.provider_id = world.provider(obj.facts["provider"])
    elif obj.kind == "message":
        if fresh:
            return obj
        copy.id = await _add_message(world, obj.facts, world_case(world, "active"))
    elif obj.kind == "provider":
        if fresh:
            return obj
        copy.id = world.provider(obj.facts["provider"])
    else:
        raise AssertionError(f"no factory for object kind {obj.kind}: add one to build()")
    return copy


def world_case(world: World, label: str) -> str:
    return next(o.id for o in world.objects if o.kind == "case" and o.label == label)


def world_object(world: World, kind: str, label: str) -> Obj:
    return next(o for o in world.objects if o.kind == kind and o.label == label)


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    settings = settings_for(migrated_database, tmp_path_factory.mktemp("access"))
    engine = create_engine(settings)
    try:
        ids = await seed_demo(engine, model.EXTRA_USERS)
        for stand_in, counsellor, start, end in model.STAND_INS:
            async with async_sessionmaker(engine).begin() as session:
                session.add(
                    StandIn(
                        counsellor_id=ids.users[counsellor],
                        stand_in_id=ids.users[stand_in],
                        valid_from=today() + timedelta(days=start),
                        valid_to=today() + timedelta(days=end),
                    )
                )
        app = create_app(settings)
        async with AsyncTestClient(app=app) as client:
            callers = {who.key: await sign_in(client, who.username) for who in CALLERS}
            world = World(app, engine, client, ids, callers, [])
            # Cases and clients first: documents, absences and messages hang on the "active" case.
            for obj in model.world_objects():
                if obj.kind in ("case", "client"):
                    world.objects.append(await build(world, obj, fresh=False))
            for obj in model.world_objects():
                if obj.kind not in ("case", "client"):
                    world.objects.append(await build(world, obj, fresh=False))
            yield world
    finally:
        await engine.dispose()
        await empty_database(migrated_database)


# --- Bodies and queries ---------------------------------------------------------------------------------------

Body = Callable[[World, Who, Obj | None], dict[str, Any]]


def _json(value: Any) -> Body:
    return lambda world, who, obj: {"json": value(world, who, obj) if callable(value) else value}


def _coach_of(world: World, who: Who) -> str:
    return world.user("provider2-coach" if who.provider == "provider2" else "provider1-coach")


def _file(with_kind: bool) -> Body:
    def body(world: World, who: Who, obj: Obj | None) -> dict[str, Any]:
        data = {"kind": "assignment_basis" if who.side == "counsellor" else "implementation_plan"}
        return {"files": {"file": ("plan.pdf", PDF, "application/pdf")}, **({"data": data} if with_kind else {})}

    return body


def _protected_number(world: World) -> str:
    return sorted(world.secrets)[0]


DAY = lambda n: str(today() + timedelta(days=n))  # noqa: E731
BODIES: dict[str, Body] = {
    "login": _json({"username": "signin-user", "password": "demo"}),
    "createCase": _json(
        lambda w, who, obj: {"client_id": obj.id if obj else "", "intervention": "SAI", "decision_date": DAY(0)}
    ),
    "correctCase": _json({"reason": "Fel omfattning.", "scope_percent": 50}),
    "createAbsence": _json({"date_from": DAY(-2), "date_to": DAY(-2), "type": "sick"}),
    "claimCase": _json(lambda w, who, obj: {"coach_id": _coach_of(w, who)}),
    "changeCaseCoach": _json(
        lambda w, who, obj: {
            "coach_id": w.user("provider2-coach" if who.provider == "provider2" else "provider1-coach2")
        }
    ),
    "uploadCaseDocument": _file(with_kind=True),
    "uploadDocumentVersion": _file(with_kind=False),
    "endCase": _json({"reason": "work", "end_date": DAY(0)}),
    "handBackCase": _json({"reason": "Vi har inte plats."}),
    "moveCase": _json(lambda w, who, obj: {"provider_id": w.provider("provider2")}),
    "publishCase": _json({"assignment": "Praktik inom vården.", "future_plan": "Arbete."}),
    "queueCase": _json(lambda w, who, obj: {"provider_id": w.provider("provider1")}),
    # To a counsellor who is no caller, so that no caller becomes the owner of a protected client on the way.
    "reassignCase": _json(lambda w, who, obj: {"counsellor_id": w.user("counsellor9")}),
    "reopenCase": _json({"reason": "Avslutad av misstag."}),
    "recordProgressionReview": _json({"note": "God progression."}),
    "createReport": _json({"kind": "implementation_plan"}),
    "withdrawCase": _json({"reason": "Kunden valde om."}),
    "createClient": _json(
        lambda w, who, obj: {
            "personal_number": factories.personal_number(),
            "first_name": "Nora",
            "last_name": "Nilsson",
        }
    ),
    # Searches for the protected client: only its owner may find it.
    "searchClients": _json(lambda w, who, obj: {"q": _protected_number(w)}),
    "findAuditClients": _json(lambda w, who, obj: {"q": _protected_number(w)}),
    "updateClient": _json({"phone": "070-000 00 01"}),
    "saveReportDraft": _json({"content": {"sections": {}}}),
    "returnDocument": _json({"comment": "Komplettera planen."}),
    "approveProfile": _json({}),
    "rejectProfile": _json({"comment": "Beskriv målgruppen."}),
    "createProvider": _json(
        lambda w, who, obj: {
            "org_number": factories.org_number(),
            "name": "Ny Anordnare AB",
            "email": "ny@anordnare.example",
        }
    ),
    "updateProvider": _json({"phone": "08-111 222 33"}),
    "proposeProviderProfile": _json({"description": "Vi coachar mot arbete."}),
    "createProviderStaff": _json(
        lambda w, who, obj: {
            "username": f"coach-{uuid.uuid4().hex[:8]}",
            "name": "Ny Coach",
            "password": "ett långt lösenord",
        }
    ),
    "makeChoice": _json(lambda w, who, obj: {"code": "ABCD-EFGH", "provider_id": w.provider("provider1")}),
    "createStandIn": _json(
        lambda w, who, obj: {
            "counsellor_id": w.user("counsellor8"),
            "stand_in_id": w.user("counsellor9"),
            "valid_from": DAY(40),
            "valid_to": DAY(41),
        }
    ),
}
QUERIES: dict[str, Callable[[World], dict[str, str]]] = {
    "listCases": lambda w: {"limit": "500"},  # every case of the world on one page, for the check of LISTS
    "listClients": lambda w: {"q": SECRET["last_name"]},
    "listAuditEvents": lambda w: {"client_id": world_object(w, "client", "protected").id},
    "getAttendanceReport": lambda w: {"month": DAY(0)[:7]},
    "getIndicators": lambda w: {"quarter": f"{today().year}Q{(today().month - 1) // 3 + 1}"},
    "getIndicatorsCsv": lambda w: {"quarter": f"{today().year}Q{(today().month - 1) // 3 + 1}"},
    "getAttendanceReportCsv": lambda w: {"month": DAY(0)[:7]},
}


# Lists whose items must be exactly the world's objects the caller may open: operationId -> object kind.
LISTS = {"listCases": "case"}


# --- The walk -------------------------------------------------------------------------------------------------


@dataclass
class Call:
    op: Operation
    who: Who
    obj: Obj | None
    allowed: frozenset[int]

    @property
    def refused(self) -> bool:
        return self.allowed <= {401, 403, 404}

    def describe(self) -> str:
        target = f" on {self.obj.kind} {self.obj.label}" if self.obj else ""
        return f"{self.op.operation_id} as {self.who.key}{target}"


def plan(world: World, ops: list[Operation]) -> list[Call]:
    calls = []
    for op in ops:
        objects: list[Obj | None] = [None] if op.kind is None else [o for o in world.objects if o.kind == op.kind]
        for who in CALLERS:
            for obj in objects:
                calls.append(
                    Call(op, who, obj, model.expected(op.operation_id, op.policy, who, obj, read=op.method == "GET"))
                )
    return calls


def _url(op: Operation, obj: Obj | None) -> str:
    url = op.path
    if obj is not None and op.operation_id not in model.BODY_OBJECTS:
        for name, value in model.path_values(obj).items():
            url = url.replace("{" + name + "}", value)
    return url


@dataclass
class Outcome:
    requests: int = 0
    failures: list[str] = field(default_factory=list)
    succeeded: set[str] = field(default_factory=set)
    not_found: dict[tuple[str, str], Any] = field(default_factory=dict)
    codes: Counter[int] = field(default_factory=Counter)


async def send(world: World, call: Call, obj: Obj | None, outcome: Outcome) -> None:
    op = call.op
    kwargs = BODIES[op.operation_id](world, call.who, obj) if op.operation_id in BODIES else {}
    if op.operation_id in QUERIES:
        kwargs["params"] = QUERIES[op.operation_id](world)
    response = await world.callers[call.who.key].request(op.method, _url(op, obj), **kwargs)
    world.client.cookies.clear()  # sign-in sets cookies; each caller sends its own
    outcome.requests += 1
    outcome.codes[response.status_code] += 1
    if response.status_code not in call.allowed:
        outcome.failures.append(
            f"{call.describe()}: {response.status_code}, expected {sorted(call.allowed)}: {response.text[:200]}"
        )
    if 200 <= response.status_code < 300:
        outcome.succeeded.add(op.operation_id)
    if op.operation_id in LISTS and response.status_code == 200:
        kind = LISTS[op.operation_id]
        listed = {item["id"] for item in response.json()["items"]}
        mine = [o for o in world.objects if o.kind == kind and not o.missing]
        wrong = {o.label for o in mine if (o.id in listed) != model.DEFAULT_RULES[kind](call.who, o)}
        if wrong:
            outcome.failures.append(f"{call.describe()}: the list is wrong about the {kind}s {sorted(wrong)}")
    if call.who.username != "counsellor":
        leaked = [s for s in (*SECRET.values(), *world.secrets) if s in response.text]
        if leaked:
            outcome.failures.append(f"{call.describe()}: the body shows the protected client's {leaked}")
    if call.allowed == {404} and response.status_code == 404:
        # Not yours reads exactly like does not exist: the same body as for the unknown id.
        key = (op.operation_id, call.who.key)
        body = response.json()
        if obj.missing:
            outcome.not_found[key] = body
        elif key in outcome.not_found and outcome.not_found[key] != body:
            outcome.failures.append(
                f"{call.describe()}: its 404 differs from the 404 for an unknown id: {body} != {outcome.not_found[key]}"
            )


async def snapshot(engine: AsyncEngine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table a refused request must leave alone."""
    rows = {}
    async with engine.connect() as conn:
        for table in metadata.sorted_tables:
            if table.name not in UNWATCHED_TABLES:
                result = await conn.execute(select(table))
                rows[table.name] = sorted(tuple(map(str, row)) for row in result.all())
    return rows


async def test_every_operation_as_every_caller_on_every_object(world: World) -> None:
    started = time.monotonic()
    ops, problems = operations(world.app)
    assert problems == [], "the access test cannot classify these operations:\n" + "\n".join(problems)
    roles = {role for who in CALLERS for role in who.roles}
    assert roles == set(Role), f"no caller holds {set(Role) - roles}: add one to access_model.CALLERS"
    for kind, statuses in (("case", CaseStatus), ("document", DocumentStatus), ("profile", ProfileStatus)):
        missing = {s.value for s in statuses} - {o.facts.get("status") for o in world.objects if o.kind == kind}
        assert not missing, f"no {kind} in status {missing}: add one to access_model.world_objects()"
    calls = plan(world, ops)
    outcome = Outcome()
    # Unknown ids first, so that every "not yours" 404 can be compared with the "does not exist" one.
    refused = sorted((c for c in calls if c.refused), key=lambda c: not (c.obj and c.obj.missing))
    before = await snapshot(world.engine)
    for call in refused:
        await send(world, call, call.obj, outcome)
    after = await snapshot(world.engine)
    changed = [name for name in before if before[name] != after[name]]
    if changed:
        outcome.failures.append(f"refused requests changed the tables {changed}")
    reads = [c for c in calls if not c.refused and c.op.method == "GET"]
    for call in reads:
        await send(world, call, call.obj, outcome)
    changes = [c for c in calls if not c.refused and c.op.method != "GET"]
    # Signing in or out ends the caller's session: last.
    changes.sort(key=lambda c: c.op.operation_id in ("login", "logout"))
    for call in changes:
        obj = await build(world, call.obj, fresh=True) if call.obj is not None else None
        await send(world, call, obj, outcome)
    # The lists again, after the changes have written messages, history and audit rows. (Signed out by now:
    # re-sign the callers whose session the sign-out ended.)
    world.callers = {who.key: await sign_in(world.client, who.username) for who in CALLERS}
    for call in reads:
        if call.obj is None:
            await send(world, call, None, outcome)
    never = {op.operation_id for op in ops} - outcome.succeeded - model.NEVER_2XX.keys()
    elapsed = time.monotonic() - started
    print(
        f"\naccess: {len(ops)} operations x {len(CALLERS)} callers x {len(world.objects)} objects "
        f"({len(calls)} combinations): {outcome.requests} requests checked, {world.setup_requests} to build "
        f"objects, {elapsed:.1f} s; answers {dict(sorted(outcome.codes.items()))}"
    )
    assert outcome.failures == [], f"{len(outcome.failures)} answers against the access model:\n" + "\n".join(
        outcome.failures
    )
    assert never == set(), f"these operations never answered 2xx (fix their body or list them in NEVER_2XX): {never}"


# --- The walk notices what it cannot classify -----------------------------------------------------------------


def _app_with(handler: Any) -> Litestar:
    return Litestar(route_handlers=[handler])


def test_a_route_without_a_policy_fails_the_walk() -> None:
    @get("/api/unguarded", sync_to_thread=False, operation_id="unguarded")
    def unguarded() -> str:
        return "x"

    _ops, problems = operations(_app_with(unguarded))
    assert len(problems) == 1 and "exactly one policy" in problems[0], problems


def test_a_route_with_an_unknown_policy_fails_the_walk() -> None:
    def guard(_connection: Any, _handler: Any) -> None:
        pass

    guard.__kundval_policy__ = "owner-only"  # type: ignore[attr-defined]

    @get("/api/owned", guards=[guard], sync_to_thread=False, operation_id="owned")
    def owned() -> str:
        return "x"

    _ops, problems = operations(_app_with(owned))
    assert len(problems) == 1 and "unknown policy 'owner-only'" in problems[0], problems


def test_a_path_parameter_without_an_object_kind_fails_the_walk() -> None:
    @get(
        "/api/meetings/{meeting_id:uuid}",
        guards=[requires_role(Role.COUNSELLOR)],
        sync_to_thread=False,
        operation_id="getMeeting",
    )
    def meeting(meeting_id: FromPath[uuid.UUID]) -> str:
        return "x"

    _ops, problems = operations(_app_with(meeting))
    assert len(problems) == 1 and "meeting_id" in problems[0] and "KIND_PARAMS" in problems[0], problems


async def test_policy_is_decided_before_the_body_and_ownership_after(world: World) -> None:
    """An invalid body: signed out 401 and a refused role 403 (guards run first); a counsellor who may use the
    route but not this case gets the validation answer, since ownership is the service's, after parsing."""
    case = world_case(world, "decided")
    url = f"/api/cases/{case}/queue"
    answers = {
        key: (await world.callers[key].post(url, json={"provider_id": "not-a-uuid"})).status_code
        for key in ("anonymous", "p1_admin", "other_counsellor", "owner")
    }
    assert answers == {"anonymous": 401, "p1_admin": 403, "other_counsellor": 422, "owner": 422}, answers
