"""Checks on what every request sends, before any handler sees it: a bad body or query is a 4xx that says what
to fix, never a 500 from deep inside a driver.

* JSON bodies: not valid JSON or not UTF-8 is a 400; nesting deeper than :data:`MAX_JSON_DEPTH` is a 400
  (msgspec would recurse until Python's limit and raise ``RecursionError``); a NUL character in any text is a 422
  naming the field (PostgreSQL cannot store NUL in text, and no form can type one).
* Query strings: a NUL character in a parameter is a 422 naming the parameter, for the same reason.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from litestar import Request
from litestar.enums import ScopeType
from litestar.exceptions import SerializationException, ValidationException
from litestar.middleware import ASGIMiddleware
from litestar.types import ASGIApp, Receive, Scope, Send

from kundval.core.errors import ApiError

# No API body nests more than a few levels (a provider's addresses, a report's sections); 32 leaves ample room.
MAX_JSON_DEPTH = 32
NUL = "\x00"
NUL_MESSAGE = "Text must not contain a NUL character"


def _problem_in(value: Any) -> tuple[str | None, bool]:
    """The key path of the first text holding NUL (or None), and whether ``value`` nests past the limit.

    Iterative on purpose: a recursive walk would hit the recursion limit this check exists to avoid.
    """
    stack: list[tuple[Any, str, int]] = [(value, "", 0)]
    while stack:
        item, path, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return None, True
        if isinstance(item, str):
            if NUL in item:
                return path or "data", False
        elif isinstance(item, dict):
            for key, child in item.items():
                child_path = f"{path}.{key}" if path else str(key)
                if NUL in key:
                    return child_path, False
                stack.append((child, child_path, depth + 1))
        elif isinstance(item, list):
            stack.extend((child, f"{path}[{index}]", depth + 1) for index, child in enumerate(item))
    return None, False


class KundvalRequest(Request[Any, Any, Any]):
    """Litestar's request, with the JSON body checked as the module docstring says."""

    async def json(self) -> Any:
        """The decoded body; 400 when it is not JSON, not UTF-8 or too deep, 422 when a text holds NUL."""
        try:
            value = await super().json()
        except RecursionError:
            raise ApiError("input.too_deep", status_code=400, max_depth=MAX_JSON_DEPTH) from None
        except UnicodeDecodeError:
            raise ApiError("input.bad_utf8", status_code=400) from None
        except SerializationException as exc:
            raise ApiError("input.bad_json", status_code=400, reason=str(exc.detail)[:200]) from None
        nul_at, too_deep = _problem_in(value)
        if too_deep:
            raise ApiError("input.too_deep", status_code=400, max_depth=MAX_JSON_DEPTH)
        if nul_at is not None:
            raise ValidationException(extra=[{"key": nul_at, "message": NUL_MESSAGE, "source": "body"}])
        return value


class QueryCheckMiddleware(ASGIMiddleware):
    """A NUL character in a query parameter is a 422 naming it, before routing reaches a handler."""

    scopes = (ScopeType.HTTP,)

    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        query = scope.get("query_string", b"")
        if b"%00" in query or b"\x00" in query:
            pairs = parse_qsl(query.decode("latin-1"), keep_blank_values=True, encoding="utf-8", errors="replace")
            keys = sorted({name.replace(NUL, "") or "—" for name, value in pairs if NUL in name or NUL in value})
            if keys:
                raise ValidationException(
                    extra=[{"key": key, "message": NUL_MESSAGE, "source": "query"} for key in keys]
                )
        await next_app(scope, receive, send)
