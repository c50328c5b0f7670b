"""Faults answer 503 and leave nothing behind (issue 9, point 5): the database refusing connections, the object store
down, missing or replaced by a file, and uploads that never finish."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from moto.server import ThreadedMotoServer

from kundval.app import create_app
from kundval.core.settings import Settings
from kundval.core.storage import FileSystemStore
from tests.factories import Caller, seed_demo, sign_in

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _assert_unavailable(response: Any, words: str) -> None:
    assert response.status_code == 503, (response.request.method, response.request.url, response.text)
    assert words in response.json()["detail"], response.text
    assert int(response.headers["retry-after"]) > 0


# -- the database -------------------------------------------------------------------------------------------------


def _api_routes(app: Litestar) -> list[tuple[str, str]]:
    """Every API operation as (method, path with its parameters filled in)."""
    routes = []
    for route in app.routes:
        if not route.path.startswith("/api") or route.path.startswith("/api/schema"):
            continue
        path = route.path_format.replace("{", "").replace("}", "")
        for parameter in route.path_parameters.values():
            value = str(uuid.uuid4()) if parameter.type is uuid.UUID else "1"
            path = path.replace(parameter.name, value, 1)
        routes.extend((method, path) for method in sorted(route.methods) if method not in ("HEAD", "OPTIONS"))
    return routes


async def test_every_route_answers_503_when_the_database_refuses_connections(settings: Settings) -> None:
    down = replace(settings, database_url=f"postgresql+asyncpg://nobody@127.0.0.1:{_dead_port()}/none")
    app = create_app(down)
    routes = _api_routes(app)
    assert len(routes) > 40
    async with AsyncTestClient(app=app) as client:
        # Signed in (a session cookie to look up): every route needs the database before anything else.
        headers = {
            "cookie": "kundval_session=abc; csrftoken=def",
            "x-csrftoken": "def",
            "content-type": "application/json",
        }
        for method, path in routes:
            response = await client.request(method, path, headers=headers, content=b"{}")
            if path == "/api/health":
                assert response.status_code == 503 and response.json()["database"] == "unavailable"
                continue
            _assert_unavailable(response, "Databasen")
        # Signed out: the routes open to anyone still need the database.
        login = await client.post(
            "/api/auth/login", json={"username": "counsellor", "password": "demo"}, headers={"accept-language": "en"}
        )
        _assert_unavailable(login, "The database")
        _assert_unavailable(await client.get("/api/public/providers"), "Databasen")


# -- the object store ---------------------------------------------------------------------------------------------


@pytest.fixture
async def world(settings: Settings, engine: Any) -> None:
    await seed_demo(engine)


async def _case_of_coach(coach: Caller) -> dict[str, Any]:
    cases = (await coach.get("/api/cases", params={"status": "active"})).json()["items"]
    return next(c for c in cases if c["coach_name"] == "Jonas Falk")


async def _upload(coach: Caller, case_id: str) -> Any:
    return await coach.post(
        f"/api/cases/{case_id}/documents",
        data={"kind": "implementation_plan"},
        files={"file": ("plan.pdf", PDF, "application/pdf")},
    )


async def _uploaded_document(client: AsyncTestClient[Litestar]) -> tuple[Caller, str]:
    coach = await sign_in(client, "provider1-coach")
    case = await _case_of_coach(coach)
    created = await _upload(coach, case["id"])
    assert created.status_code == 201, created.text
    document_id = created.json()["id"]
    download = await coach.get(f"/api/documents/{document_id}/file")
    assert download.status_code == 200 and download.content == PDF
    return coach, document_id


@pytest.fixture
async def own_moto() -> AsyncIterator[ThreadedMotoServer]:
    """A moto server of this test's own, so that stopping it is an outage nobody else sees."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    yield server
    with _suppress():
        server.stop()


class _suppress:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return True


async def test_a_download_during_an_s3_outage_answers_503_before_the_first_byte(
    settings: Settings, world: None, own_moto: ThreadedMotoServer
) -> None:
    host, port = own_moto.get_host_and_port()
    s3 = replace(
        settings,
        storage_url="s3://kundval-outage",
        s3_endpoint=f"{host}:{port}",
        s3_access_key="testing",
        s3_secret_key="testing",
        s3_secure=False,
    )
    async with AsyncTestClient(app=create_app(s3)) as client:
        coach, document_id = await _uploaded_document(client)
        own_moto.stop()
        _assert_unavailable(await coach.get(f"/api/documents/{document_id}/file"), "Dokumentlagringen")
        health = await client.get("/api/health")
        assert health.status_code == 503 and health.json()["storage"] == "unavailable"


def _store_root(settings: Settings) -> Path:
    return Path(settings.storage_url.removeprefix("file://"))


@pytest.mark.parametrize("outage", ["folder_missing", "file_instead_of_folder"])
async def test_a_broken_store_folder_answers_503_everywhere(settings: Settings, world: None, outage: str) -> None:
    root = _store_root(settings)
    async with AsyncTestClient(app=create_app(settings)) as client:
        coach, document_id = await _uploaded_document(client)
        shutil.rmtree(root)
        if outage == "file_instead_of_folder":
            root.write_bytes(b"not a folder")
        # The health check must not quietly make a new, empty folder and call that "ok".
        health = await client.get("/api/health")
        assert health.status_code == 503 and health.json()["storage"] == "unavailable", health.text
        assert not root.is_dir()
        _assert_unavailable(await coach.get(f"/api/documents/{document_id}/file"), "Dokumentlagringen")
        case = await _case_of_coach(coach)
        _assert_unavailable(await _upload(coach, case["id"]), "Dokumentlagringen")
        assert not root.is_dir()


# -- uploads that never finish ------------------------------------------------------------------------------------

_KILLED_UPLOAD = """
import asyncio, sys
from pathlib import Path
from kundval.core.storage import FileSystemStore

async def endless():
    while True:
        yield b"x" * 65536
        await asyncio.sleep(0)

asyncio.run(FileSystemStore(Path(sys.argv[1])).put("documents/a/b", endless()))
"""


def _temporary_files(root: Path) -> list[Path]:
    return [p for p in (root / "tmp").iterdir() if p.is_file()]


async def test_an_upload_killed_midway_leaves_a_temporary_file_that_the_sweep_removes(
    tmp_path: Path, settings: Settings
) -> None:
    root = tmp_path / "store"
    FileSystemStore(root)
    # A worker killed mid-upload (OOM, deploy, power) never reaches its clean-up: the partial file stays in tmp/.
    child = subprocess.Popen([sys.executable, "-c", _KILLED_UPLOAD, str(root)])
    try:
        deadline = time.monotonic() + 30
        while not any(p.stat().st_size > 2 * 1024 * 1024 for p in _temporary_files(root)):
            assert time.monotonic() < deadline and child.poll() is None, "the upload did not start"
            await asyncio.sleep(0.05)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    left = _temporary_files(root)
    assert len(left) == 1
    # An upload in flight in another worker must not lose its file: only files older than the grace period go.
    env = {
        **os.environ,
        "KUNDVAL_ENV": "test",
        "KUNDVAL_DATA_DIR": str(settings.data_dir),
        "KUNDVAL_DATABASE_URL": settings.database_url,
        "KUNDVAL_STORAGE_URL": f"file://{root}",
    }
    cli = [sys.executable, "-m", "kundval.cli", "sweep-orphans"]
    fresh = subprocess.run(cli, env=env, capture_output=True, text=True, check=True)
    assert _temporary_files(root) == left, fresh.stdout
    # Two hours before the file's own time: the CLI runs on the real clock even when this test's clock is moved.
    old = left[0].stat().st_mtime - 2 * 3600
    os.utime(left[0], (old, old))
    swept = subprocess.run(cli, env=env, capture_output=True, text=True, check=True)
    assert _temporary_files(root) == [], swept.stdout
    assert "1 unfinished upload" in swept.stdout
