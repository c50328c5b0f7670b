"""Schemathesis over every operation of the OpenAPI document, as every demo role and signed out.

Every answer must pass the checks in :data:`CHECKS`: no server error, a status code the operation documents, the
documented content type, a body that conforms to the documented schema, and on a method the path does not take a 405
whose ``Allow`` header names exactly the methods it does take.

In-process: schemathesis's ASGI client calls the app on one event loop of its own. Each role signs in through the
same client and sends its session cookie and CSRF header. The three phases schemathesis has for one operation run:
examples (the schema's own), coverage (every boundary and wrong type of every parameter, and methods the path does not
take) and fuzzing (hypothesis, positive and negative data). Coverage is deterministic and large, so it runs once per
operation, as a role the operation's policy lets in (anyone else gets 401/403 before any parameter is read) and with
the ids of real rows; examples and fuzzing run as every role with real ids, and signed out and as that role with
random ids too. Bounded (:data:`EXAMPLES`) so that the module runs in minutes on SQLite and PostgreSQL (where a NUL
in text used to be a 500).

The summary at the end (operations, requests per phase, answers per status code) is what docs and notes quote.
"""

from __future__ import annotations

import os
import time
import uuid
from collections import Counter, defaultdict
from typing import Any

import hypothesis
import schemathesis
from hypothesis import HealthCheck, Phase
from hypothesis.errors import Unsatisfiable
from litestar import Litestar
from litestar.routes import HTTPRoute
from schemathesis.checks import CheckContext, not_a_server_error
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.core.transport import Response
from schemathesis.generation.case import Case
from schemathesis.generation.hypothesis.builder import HypothesisTestConfig, HypothesisTestMode, create_test
from schemathesis.generation.overrides import Override
from schemathesis.python import asgi
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
)
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from kundval.app import create_app
from kundval.core.security import Role, policy_of
from kundval.core.settings import Settings
from tests.factories import seed_demo

# Signed out (None) and one account per role of the demo; provider 1's staff and admin stand for both providers.
ROLES: dict[str | None, frozenset[Role]] = {
    None: frozenset(),
    "counsellor": frozenset({Role.COUNSELLOR}),
    "coordinator": frozenset({Role.COORDINATOR}),
    "supervisor": frozenset({Role.SUPERVISOR}),
    "admin": frozenset({Role.ADMIN}),
    "provider1-admin": frozenset({Role.PROVIDER_ADMIN}),
    "provider1-coach": frozenset({Role.PROVIDER_STAFF}),
}
EXAMPLES = int(os.environ.get("KUNDVAL_SCHEMATHESIS_EXAMPLES", "2"))  # fuzzed per operation, role and set of ids
# Signing out would end the session the rest of the run uses; it has its own tests.
SKIPPED_OPERATIONS = {"logout"}
# Path parameter -> the table whose first row gives a real id.
ROW_OF = {
    "absence_id": "absence",
    "case_id": "kundval_case",
    "client_id": "client",
    "document_id": "document",
    "message_id": "message",
    "profile_id": "provider_profile",
    "provider_id": "provider",
    "stand_in_id": "stand_in",
    "user_id": "user_account",
}
HTTP_METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "QUERY"}


def allow_header_names_the_path_methods(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """A 405 names in ``Allow`` exactly the methods the document gives the path (and OPTIONS, which Litestar answers
    on every path); schemathesis's own check only wants the header to exist."""
    if response.status_code != 405:
        return None
    path_item = case.operation.schema[case.operation.path]
    declared = {method.upper() for method in path_item if method.upper() in HTTP_METHODS}
    allowed = {method.strip().upper() for value in response.headers.get("allow", []) for method in value.split(",")}
    allowed.discard("")
    if allowed - {"OPTIONS", "HEAD"} != declared - {"OPTIONS", "HEAD"}:
        raise AssertionError(f"Allow: {sorted(allowed)} on a path that documents {sorted(declared)}")
    return True


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    unsupported_method,
    allow_header_names_the_path_methods,
]


async def _real_ids(engine: AsyncEngine) -> dict[str, str]:
    ids = {}
    async with engine.connect() as connection:
        for name, table in ROW_OF.items():
            row = (await connection.execute(text(f"SELECT id FROM {table} ORDER BY id LIMIT 1"))).first()  # noqa: S608
            if row is None:
                ids[name] = str(uuid.uuid4())
            else:  # SQLite keeps the 16 bytes, PostgreSQL a uuid
                ids[name] = str(uuid.UUID(bytes=row[0]) if isinstance(row[0], bytes) else uuid.UUID(str(row[0])))
    return ids


def _sign_in(app: Any, username: str | None) -> dict[str, str]:
    if username is None:
        return {}
    with asgi.get_client(app) as client:
        response = client.post(f"http://{asgi.HOST}/api/auth/login", json={"username": username, "password": "demo"})
        assert response.status_code == 200, response.text
        session, csrf = response.cookies["kundval_session"], response.cookies["csrftoken"]
    return {"cookie": f"kundval_session={session}; csrftoken={csrf}", "x-csrftoken": csrf}


def _policies(app: Litestar) -> dict[tuple[str, str], list[str]]:
    """(METHOD, path as the document writes it) -> the route's policy names."""
    policies = {}
    for route in app.routes:
        if isinstance(route, HTTPRoute):
            for handler in route.route_handlers:
                for method in handler.http_methods:
                    policies[(method, route.path_format)] = policy_of(handler)
    return policies


def _role_let_in(policy: list[str]) -> str | None:
    """The first demo account the policy lets past its guard (signed out for a public operation)."""
    if not policy or policy == ["public"]:
        return None
    if policy == ["authenticated"]:
        return "counsellor"
    allowed = {Role(name) for name in policy[0].removeprefix("role:").split(",")}
    return next(username for username, roles in ROLES.items() if roles & allowed)


async def test_every_operation_conforms_to_the_document(settings: Settings, engine: AsyncEngine) -> None:
    await seed_demo(engine)
    ids = await _real_ids(engine)
    app = create_app(settings)
    try:
        _run(app, ids)
    finally:
        asgi.shutdown_lifespans()


def _run(app: Litestar, ids: dict[str, str]) -> None:
    started = time.monotonic()
    schema = schemathesis.openapi.from_asgi("/api/schema/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    operations = [op for op in operations if op.definition.raw.get("operationId") not in SKIPPED_OPERATIONS]
    if only := os.environ.get("KUNDVAL_SCHEMATHESIS_ONLY"):  # to rerun one operation while fixing it
        operations = [op for op in operations if op.definition.raw.get("operationId") in only.split(",")]
    policies = _policies(app)
    sessions = {role: _sign_in(app, role) for role in ROLES}
    statuses: Counter[int] = Counter()
    phases: Counter[str] = Counter()
    per_operation: Counter[str] = Counter()
    failures: dict[str, list[str]] = defaultdict(list)  # check's title -> one line per failing answer

    def run(operation: Any, role: str | None, modes: list[HypothesisTestMode], real: dict[str, str]) -> None:
        headers = sessions[role]

        def call(case: Case) -> None:
            response = case.call(headers={**(case.headers or {}), **headers})
            statuses[response.status_code] += 1
            phases[case.meta.phase.name.value if case.meta else "?"] += 1
            per_operation[case.operation.label] += 1
            try:
                case.validate_response(response, checks=CHECKS, headers=headers)
            except (FailureGroup, Failure, AssertionError) as error:
                problems = error.exceptions if isinstance(error, FailureGroup) else [error]
                for problem in problems:
                    title = getattr(problem, "title", type(problem).__name__)
                    failures[title].append(
                        f"{case.method} {case.formatted_path} as {role or 'nobody'} -> {response.status_code}: "
                        f"{str(problem)[:300]}\n    {case.as_curl_command(headers=headers)[:400]}"
                    )

        config = HypothesisTestConfig(
            project=schema.config,
            modes=modes,
            settings=hypothesis.settings(
                max_examples=EXAMPLES,
                deadline=None,
                database=None,
                derandomize=True,
                phases=[Phase.explicit, Phase.generate],
                suppress_health_check=list(HealthCheck),
            ),
            override=Override(path_parameters=real),
        )
        test = create_test(operation=operation, test_func=call, config=config)
        try:
            test()
        except Unsatisfiable:
            pass  # nothing to make invalid (an operation without parameters or body, in negative mode)

    for operation in operations:
        real = {name: ids[name] for name in ROW_OF if "{" + name + "}" in operation.path}
        let_in = _role_let_in(policies[(operation.method.upper(), operation.path)])
        run(operation, let_in, [HypothesisTestMode.COVERAGE], real)
        for role in ROLES:
            run(operation, role, [HypothesisTestMode.EXAMPLES, HypothesisTestMode.FUZZING], real)
            if real and role in (None, let_in):  # random ids: 401, or the 404 past the guard
                run(operation, role, [HypothesisTestMode.EXAMPLES, HypothesisTestMode.FUZZING], {})

    requests = sum(statuses.values())
    print(
        f"\nschemathesis: {len(operations)} operations, {len(ROLES)} callers, {requests} requests in "
        f"{time.monotonic() - started:.0f} s; by phase {dict(sorted(phases.items()))}; "
        f"by status {dict(sorted(statuses.items()))}; failures "
        f"{ {title: len(lines) for title, lines in sorted(failures.items())} }; most requests "
        f"{per_operation.most_common(5)}"
    )
    assert len(operations) > 50 or os.environ.get("KUNDVAL_SCHEMATHESIS_ONLY")
    report = [f"{title}: {len(lines)}\n  " + "\n  ".join(lines[:15]) for title, lines in sorted(failures.items())]
    assert not failures, "\n".join(report)
