"""Serving the built SPA: its files, and index.html for every other path outside /api.

Litestar's static router answers 404 for client-side routes such as /jamfor, so unknown paths fall back to
index.html here; unknown /api paths keep the API's own JSON 404.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

from litestar import Response, get
from litestar.exceptions import NotFoundException
from litestar.params import FromPath
from litestar.response import File

from kundval.core.security import public

_MISSING_BUILD = (
    "<!doctype html><html lang='en'><title>Kundval</title><main><h1>Kundval</h1>"
    "<p>The web app is not built. Run <code>make demo</code>, or <code>npm run build</code>.</p></main></html>"
)


def _media_type(path: Path) -> str:
    # Browsers refuse JavaScript modules and style sheets sent as application/octet-stream.
    guessed, _ = mimetypes.guess_type(path.name)
    if guessed is None:
        return "application/octet-stream"
    return f"{guessed}; charset=utf-8" if guessed.startswith("text/") or guessed.endswith("javascript") else guessed


def spa_handlers(spa_dir: Path) -> list[Any]:
    """The handlers serving the build in ``spa_dir``.

    They opt out of the session middleware (``exclude_from_auth``): static files need no database round trip.
    """
    root = spa_dir.resolve()

    def answer(path: str) -> Response[bytes] | File:
        """A file of the build when one exists at ``path``, else ``index.html``."""
        # No file name holds NUL, and pathlib refuses one with a ValueError (a 500) rather than "no such file".
        if path.startswith("/api/") or path == "/api" or "\x00" in path:
            raise NotFoundException()
        candidate = (root / path.lstrip("/")).resolve()
        if candidate.is_file() and candidate.is_relative_to(root):
            # Vite fingerprints everything under assets/, so those can be cached for good.
            immutable = candidate.is_relative_to(root / "assets")
            headers = {"Cache-Control": "public, max-age=31536000, immutable" if immutable else "no-cache"}
            return File(
                candidate, content_disposition_type="inline", headers=headers, media_type=_media_type(candidate)
            )
        index = root / "index.html"
        if not index.is_file():
            return Response(_MISSING_BUILD.encode(), media_type="text/html", status_code=503)
        return File(
            index,
            content_disposition_type="inline",
            headers={"Cache-Control": "no-cache"},
            media_type="text/html; charset=utf-8",
        )

    @get(
        "/",
        guards=[public],
        include_in_schema=False,
        name="spa-index",
        sync_to_thread=False,
        opt={"exclude_from_auth": True},
    )
    def index() -> Response[bytes] | File:
        """The SPA's entry page."""
        return answer("/")

    @get(
        "/{path:path}",
        guards=[public],
        include_in_schema=False,
        name="spa",
        sync_to_thread=False,
        opt={"exclude_from_auth": True},
    )
    def any_path(path: FromPath[str]) -> Response[bytes] | File:
        """Files of the build, and index.html for client-side routes."""
        return answer(path)

    return [index, any_path]
