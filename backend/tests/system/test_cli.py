"""The ``kundval`` command: create-user, seed-demo's refusal, and the OpenAPI document's drift check."""

from __future__ import annotations

import asyncio

import pytest
from click.testing import CliRunner
from litestar import Litestar
from litestar.testing import AsyncTestClient

from kundval.cli import main, openapi_json
from kundval.core.settings import REPO_ROOT, Settings
from tests.conftest import login


def _env(settings: Settings) -> dict[str, str]:
    return {
        "KUNDVAL_ENV": "test",
        "KUNDVAL_DATA_DIR": str(settings.data_dir),
        "KUNDVAL_DATABASE_URL": settings.database_url,
    }


async def test_create_user_then_sign_in(settings: Settings, client: AsyncTestClient[Litestar]) -> None:
    runner = CliRunner()
    # In a thread: the command runs its own event loop, and this test's loop is running.
    result = await asyncio.to_thread(
        runner.invoke,
        main,
        ["create-user", "--username", "Vagledare7", "--name", "Vera Väg", "--role", "counsellor"],
        input="långt-lösenord\nlångt-lösenord\n",
        env=_env(settings),
    )
    assert result.exit_code == 0, result.output
    await login(client, "vagledare7", "långt-lösenord")
    assert (await client.get("/api/me")).json()["name"] == "Vera Väg"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--role", "provider_staff"], "provider roles need a provider"),
        (["--role", "counsellor", "--provider-org", "556036-0793"], "no provider with organisation number"),
        (["--role", "counsellor", "--password", "short"], "at least 8 characters"),
    ],
)
def test_create_user_refuses_with_a_reason(settings: Settings, args: list[str], message: str) -> None:
    result = CliRunner().invoke(
        main,
        ["create-user", "--username", "x", "--name", "X", *args],
        input="tillräckligt-långt\ntillräckligt-långt\n",
        env=_env(settings),
    )
    assert result.exit_code != 0
    assert message in result.output


def test_seed_demo_refuses_a_database_with_real_accounts(settings: Settings) -> None:
    runner = CliRunner()
    env = _env(settings)
    runner.invoke(
        main,
        [
            "create-user",
            "--username",
            "real",
            "--name",
            "Real Person",
            "--role",
            "admin",
            "--password",
            "a-real-password",
        ],
        env=env,
    )
    result = runner.invoke(main, ["seed-demo"], env=env)
    assert result.exit_code != 0
    assert "refusing" in result.output


def test_seed_demo_twice_is_harmless(settings: Settings) -> None:
    runner = CliRunner()
    assert "demo data created" in runner.invoke(main, ["seed-demo"], env=_env(settings)).output
    assert "already present" in runner.invoke(main, ["seed-demo"], env=_env(settings)).output


def test_committed_openapi_document_matches_the_api() -> None:
    committed = (REPO_ROOT / "frontend" / "openapi.json").read_text().strip()
    assert committed == openapi_json(), (
        "frontend/openapi.json is stale: run `make openapi` and commit it with the regenerated TypeScript types"
    )
