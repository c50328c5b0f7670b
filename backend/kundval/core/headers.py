"""Security headers on every answer (ASVS V14.4): the SPA may load only its own scripts and styles, may not be
framed by others, and sends no referrer to other sites. PDFs under review are shown from blob: URLs. API answers
carry personal data and are never stored by a browser or proxy cache (ASVS V8.2.1), unless the handler chose its
own caching (the public comparison)."""

from __future__ import annotations

from litestar.datastructures import MutableScopeHeaders
from litestar.types import Message, Scope

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        # designsystemet sets a few inline style attributes (popover positioning); scripts stay strict.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "frame-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


API_CACHE_CONTROL = "no-store"


async def add_security_headers(message: Message, scope: Scope) -> None:
    """A ``before_send`` hook, so error answers and streamed files get the headers too. A header the handler set
    itself (a download's stricter CSP, the public comparison's caching) is kept."""
    if message["type"] == "http.response.start":
        headers = MutableScopeHeaders.from_message(message)
        for name, value in SECURITY_HEADERS.items():
            if name not in headers:
                headers[name] = value
        if scope.get("path", "").startswith("/api") and "Cache-Control" not in headers:
            headers["Cache-Control"] = API_CACHE_CONTROL
