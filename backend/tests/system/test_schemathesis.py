"""Schemathesis over every operation of the OpenAPI document, as every demo role and signed out: 0 server errors.

In-process: schemathesis's ASGI client calls the app on one event loop of its own. Each role signs in through the
same client and sends its session cookie and CSRF header. Path parameters are random, and once per operation the
ids of real rows, so that handlers get past their 404s. Bounded (a few examples per operation, role and mode) so
that the module runs in minutes; on SQLite and PostgreSQL (where a NUL in text used to be a 500).
"""

from __future__ import annotations

import os
import uuid
from collections import Counter
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.generation.modes import GenerationMode
from schemathesis.python import asgi
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from kundval.app import create_app
from kundval.core.settings import Settings
from tests.factories import seed_demo

# Signed out (None) and one account per role of the demo; provider 1's staff and admin stand for both providers.
ROLES: list[str | None] = [None, "counsellor", "coordinator", "supervisor", "admin", "provider1-admin",
                           "provider1-coach"]
EXAMPLES = int(os.environ.get("KUNDVAL_SCHEMATHESIS_EXAMPLES", "2"))  # per operation, role and generation mode
# Signing out would end the session the rest of the run uses; it has its own tests.
SKIPPED_OPERATIONS = {"logout"}
# Path parameter -> the table whose first row gives a real id.
ROW_OF = {"absence_id": "absence", "case_id": "kundval_case", "client_id": "client", "document_id": "document",
          "message_id": "message", "profile_id": "provider_profile", "provider_id": "provider",
          "stand_in_id": "stand_in", "user_id": "user_account"}


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


async def test_no_operation_answers_a_server_error(settings: Settings, engine: AsyncEngine) -> None:
    await seed_demo(engine)
    ids = await _real_ids(engine)
    app = create_app(settings)
    try:
        _run(app, ids)
    finally:
        asgi.shutdown_lifespans()


def _run(app: Any, ids: dict[str, str]) -> None:
    schema = schemathesis.openapi.from_asgi("/api/schema/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    operations = [op for op in operations if op.definition.raw.get("operationId") not in SKIPPED_OPERATIONS]
    if only := os.environ.get("KUNDVAL_SCHEMATHESIS_ONLY"):  # to rerun one operation while fixing it
        operations = [op for op in operations if op.definition.raw.get("operationId") == only]
    sessions = {role: _sign_in(app, role) for role in ROLES}
    statuses: Counter[int] = Counter()
    server_errors: list[str] = []

    def examples(strategy: Any, role: str | None, headers: dict[str, str]) -> None:
        @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                  phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
        @given(case=strategy)
        def call(case: Any) -> None:
            response = case.call(headers={**(case.headers or {}), **headers})
            statuses[response.status_code] += 1
            if response.status_code >= 500:
                server_errors.append(
                    f"{case.method} {case.formatted_path} as {role or 'nobody'}: {response.status_code} "
                    f"{response.text[:200]}\n    {case.as_curl_command(headers=headers)[:600]}")

        try:
            call()
        except Unsatisfiable:
            pass  # nothing to make invalid (an operation without parameters or body, in negative mode)

    for operation in operations:
        real = {name: ids[name] for name in ROW_OF if "{" + name + "}" in operation.path}
        for role, headers in sessions.items():
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
                for path_parameters in ([None, real] if real else [None]):
                    examples(operation.as_strategy(generation_mode=mode, path_parameters=path_parameters),
                             role, headers)

    requests = sum(statuses.values())
    print(f"\nschemathesis: {len(operations)} operations x {len(ROLES)} roles, {requests} requests, "
          f"{len(server_errors)} server errors; statuses {dict(sorted(statuses.items()))}")
    assert len(operations) > 50 or os.environ.get("KUNDVAL_SCHEMATHESIS_ONLY")
    assert server_errors == [], "\n".join(server_errors[:40])


@pytest.fixture(autouse=True)
def _quiet_hypothesis_output() -> None:
    """Nothing: hypothesis prints nothing for passing examples; failures are collected above instead."""
