"""The SPA's pages as the router declares them, and which of them a browser test has scanned with axe.

The routes are read from the router sources themselves (``frontend/src/app/router.tsx`` for the signed-in app,
``public-routes.tsx`` for the public comparison under /jamfor), so a page added there joins the every-page check
(``test_every_page.py``) without anyone listing it. :func:`conftest.assert_accessible` records the path of every
page it scans in :data:`SCANNED`.
"""

from __future__ import annotations

import re
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "frontend" / "src" / "app"
# Where root-router.tsx mounts each route file; checked against its source, so a move shows here.
MOUNTS = {
    "router.tsx": ("", 'path="*" element={<StaffRoutes />}'),
    "public-routes.tsx": ("/jamfor", 'path="jamfor/*" element={<PublicRoutes />}'),
}

SCANNED: list[str] = []  # URL paths of every page assert_accessible scanned in this session

_TAG = re.compile(r"<Route\b((?:[^>\"'{]|\"[^\"]*\"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\})*?)(/?)>|</Route>")
_PATH = re.compile(r'\bpath="([^"]*)"')


def _routes_of(source: str, prefix: str) -> list[str]:
    """Full path patterns of the routes that render a page: nested ``<Route>`` paths joined, layout routes (no
    path, no index) skipped, an index route at its parent's path."""
    stack: list[str] = []  # the path each open <Route> contributes ("" for a layout route)
    found: list[str] = []
    for match in _TAG.finditer(source):
        if match.group(0) == "</Route>":
            stack.pop()
            continue
        attributes, self_closing = match.group(1), match.group(2) == "/"
        path = _PATH.search(attributes)
        own = path.group(1) if path else ""
        if path or re.search(r"\bindex\b", attributes):
            found.append("/" + "/".join(p for p in [prefix.strip("/"), *stack, own] if p))
        if not self_closing:
            stack.append(own)
    assert not stack, "unbalanced <Route> tags"
    return found


def page_patterns() -> list[str]:
    """Every page of the SPA, e.g. ``/arenden/:caseId``; ``*`` stands for the not-found pages."""
    root = (APP / "root-router.tsx").read_text()
    patterns: list[str] = []
    for name, (prefix, mount) in MOUNTS.items():
        assert mount in root, f"root-router.tsx no longer mounts {name} as {mount}: update e2e/pages.py"
        patterns += _routes_of((APP / name).read_text(), prefix)
    return patterns


def _regex(pattern: str) -> re.Pattern[str]:
    parts = [".+" if p == "*" else "[^/]+" if p.startswith(":") else re.escape(p) for p in pattern.split("/")]
    return re.compile("/".join(parts) + "/?")


def _specificity(pattern: str) -> tuple[int, int]:
    """A static segment beats a parameter, a parameter beats the catch-all (as React Router ranks them)."""
    segments = pattern.strip("/").split("/")
    return ("*" not in pattern, sum(not s.startswith(":") and s != "*" for s in segments))


def page_of(path: str, patterns: list[str]) -> str | None:
    """The route pattern that renders ``path``."""
    matching = [p for p in patterns if _regex(p).fullmatch(path)]
    return max(matching, key=_specificity) if matching else None


def unscanned(patterns: list[str], scanned: list[str]) -> list[str]:
    seen = {page_of(path, patterns) for path in scanned}
    return [p for p in patterns if p not in seen]
