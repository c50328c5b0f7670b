"""The built SPA is served with a fallback to index.html for client-side routes outside /api."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from litestar.testing import AsyncTestClient

from kundval.app import create_app
from kundval.core.settings import Settings


async def test_spa_files_and_client_side_routes(settings: Settings, tmp_path: Path) -> None:
    spa = tmp_path / "dist"
    (spa / "assets").mkdir(parents=True)
    (spa / "index.html").write_text("<!doctype html><title>Kundval SPA</title>")
    (spa / "assets" / "app-123.js").write_text("console.log('hi')")
    async with AsyncTestClient(app=create_app(replace(settings, spa_dir=spa))) as client:
        index = await client.get("/")
        assert index.status_code == 200 and "Kundval SPA" in index.text
        assert index.headers["content-type"].startswith("text/html")
        deep = await client.get("/jamfor/abc")
        assert deep.status_code == 200 and "Kundval SPA" in deep.text
        assert deep.headers["content-type"].startswith("text/html")
        asset = await client.get("/assets/app-123.js")
        assert asset.status_code == 200 and "immutable" in asset.headers["cache-control"]
        assert asset.headers["content-type"].startswith("text/javascript")
        escape = await client.get("/..%2f..%2fetc/passwd")
        assert escape.status_code == 200 and "Kundval SPA" in escape.text  # never a file outside the build
        api = await client.get("/api/nothing-here")
        assert api.status_code == 404 and api.headers["content-type"].startswith("application/json")


async def test_every_answer_carries_the_security_headers(settings: Settings) -> None:
    async with AsyncTestClient(app=create_app(settings)) as client:
        for path in ("/", "/api/health", "/api/me"):
            headers = (await client.get(path)).headers
            assert "frame-ancestors 'none'" in headers["content-security-policy"], path
            assert "script-src 'self'" in headers["content-security-policy"], path
            assert headers["x-content-type-options"] == "nosniff", path
