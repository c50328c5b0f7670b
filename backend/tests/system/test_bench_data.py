"""The benchmarks' generated data (bench/generate.py) fits the schema Kundval's migrations make, and gives the to-do
lists the obligations a benchmark of them needs. A column added without a default, or data that stops triggering a
rule, fails here instead of in a benchmark run nobody watches. PostgreSQL only: the generator writes with COPY."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from bench import generate
from bench.tasks import server_environment
from litestar.testing import AsyncTestClient

from kundval.app import create_app
from kundval.core.settings import load_settings
from kundval.demo import DEMO_PASSWORD
from tests.conftest import PG_ADMIN_URL, PG_SKIP_REASON

pytestmark = pytest.mark.skipif(PG_ADMIN_URL is None, reason=PG_SKIP_REASON)

TINY = generate.Profile("tiny", 500)
# The rules whose obligations the supervisor's list must hold, late or not (the rarer ones, holiday leave over 14
# days and the yearly review, need more cases than a test should generate).
EXPECTED_RULES = {
    "claim",
    "publish",
    "first_plan",
    "plan_review",
    "monthly_report",
    "monthly_report_review",
    "returned",
    "final_report",
    "certificate",
    "invalid_absence",
}


async def test_generated_data_fits_the_postgresql_schema_and_feeds_every_to_do_list(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert PG_ADMIN_URL is not None
    monkeypatch.setattr(generate, "SERVER", PG_ADMIN_URL.replace("+asyncpg", "").rsplit("/", 1)[0])
    name = f"kundval_bench_test_{uuid.uuid4().hex[:8]}"
    generated = await generate.generate(TINY, name)
    try:
        assert generated.counts["kundval_case"] == TINY.cases
        app = create_app(load_settings(server_environment(generated.url, tmp_path)))
        async with AsyncTestClient(app) as client:
            totals = {}
            for username in ("counsellor", "supervisor", "provider1-admin", "provider1-coach"):
                client.cookies.clear()
                login = await client.post("/api/auth/login", json={"username": username, "password": DEMO_PASSWORD})
                assert login.status_code == 200, login.text
                response = await client.get("/api/tasks", params={"limit": 500})
                assert response.status_code == 200, response.text
                totals[username] = response.json()["total"]
                if username == "supervisor":
                    rules = {item["rule"] for item in response.json()["items"]}
                    rules |= {
                        rule
                        for rule in EXPECTED_RULES - rules
                        if (await client.get("/api/tasks", params={"rule": rule})).json()["total"]
                    }
                    assert EXPECTED_RULES <= rules, EXPECTED_RULES - rules
            clients = await client.get("/api/cases", params={"limit": 1})
        assert all(totals.values()), totals
        assert totals["supervisor"] > totals["counsellor"] > totals["provider1-admin"] >= totals["provider1-coach"]
        assert clients.status_code == 200
    finally:
        await generate.drop_database(name)
