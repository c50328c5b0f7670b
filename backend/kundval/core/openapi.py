"""The error answers every operation can give, documented in the OpenAPI document in one place.

Most errors do not come from a handler but from what stands in front of every handler: the route's policy (401
signed out, 403 wrong role), the session middleware (403 without the CSRF header, 415 for a form content type on
an unsafe method), the input checks (400 for a body that is not JSON, 422 for invalid input and for a NUL in any
query parameter), the body size limit (413) and the exception handlers (503 while the database or the store is
down). :func:`shared_answers` derives those from a handler's policy, methods, path and body; a handler that gives
another code of its own (a rate limit, a conditional GET) names it in ``opt={ANSWERS_OPT: (...)}``.
:class:`ErrorAnswersPlugin` adds them to every route as Litestar registers it, so a new route is documented without
anyone listing it, and Schemathesis's ``status_code_conformance`` (backend/tests/system/test_schemathesis.py) fails
on any code a route gives beyond these.
"""

from __future__ import annotations

from typing import Any

import msgspec
from litestar.handlers import HTTPRouteHandler
from litestar.openapi.datastructures import ResponseSpec
from litestar.openapi.spec import Operation
from litestar.plugins import ReceiveRoutePlugin
from litestar.routes import BaseRoute, HTTPRoute

from kundval.core.security import policy_of

# A handler's own extra answers: ``@post(..., opt={ANSWERS_OPT: (429,)})``.
ANSWERS_OPT = "answers"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class ErrorAnswer(msgspec.Struct):
    """Every error's body (docs/api.md "Errors"): ``detail`` in the caller's language, ``extra`` names the fields."""

    status_code: int
    detail: str
    extra: dict[str, Any] | list[Any] | None = None


# Status code -> what it means for any operation that documents it (the words docs/api.md uses).
DESCRIPTIONS: dict[int, str] = {
    304: "Not modified: the If-None-Match header names the current ETag.",
    400: "The body is not JSON, not UTF-8 or nested too deeply.",
    401: "Not signed in (on login: a wrong username or password).",
    403: "The caller's role may not do this, or the x-csrftoken header does not match the session.",
    404: "No such object, or none the caller may see.",
    409: "The object's current state does not allow this (or another request changed it first).",
    410: "Gone: the code has expired.",
    413: "The body or the file is too large.",
    415: "A form content type (the API takes none) or a file type that is not allowed.",
    422: "Invalid input; extra names the fields and what is wrong with each.",
    429: "Too many attempts; Retry-After says how many seconds to wait.",
    503: "The database or the document store is not answering; Retry-After says when to try again.",
}
# Answers without the error body.
BODILESS = frozenset({304})


def _reads_body(handler: HTTPRouteHandler) -> bool:
    """A ``data`` parameter, or a body the handler streams itself and describes with its own Operation class."""
    return "data" in handler.parsed_fn_signature.parameters or handler.operation_class is not Operation


def shared_answers(handler: HTTPRouteHandler, path_parameters: bool) -> set[int]:
    """The status codes ``handler`` can give besides its success, by its policy, methods, path and body."""
    public = policy_of(handler) == ["public"]
    unsafe = bool(handler.http_methods & UNSAFE_METHODS)
    codes = {422, 503}  # a NUL in any query parameter; the database down
    if not public:
        codes |= {401, 403}
    if unsafe:
        codes |= {403, 409, 415}  # the CSRF check (whenever a session cookie is sent); form content types
    if path_parameters or unsafe:
        codes.add(404)  # the object named in the path, or one the body names
    if _reads_body(handler):
        codes |= {400, 413}
    return codes | set(handler.opt.get(ANSWERS_OPT, ()))


def answer_spec(status_code: int) -> ResponseSpec:
    return ResponseSpec(
        data_container=None if status_code in BODILESS else ErrorAnswer,
        description=DESCRIPTIONS[status_code],
        generate_examples=False,
    )


class ErrorAnswersPlugin(ReceiveRoutePlugin):
    """Adds :func:`shared_answers` to each route's OpenAPI responses as the app registers it; what a handler
    documents itself in ``responses`` wins."""

    def receive_route(self, route: BaseRoute) -> None:
        if not isinstance(route, HTTPRoute):
            return
        for handler in route.route_handlers:
            if not handler.resolve_include_in_schema():
                continue
            codes = shared_answers(handler, path_parameters=bool(route.path_parameters))
            handler.responses = {**{code: answer_spec(code) for code in sorted(codes)}, **(handler.responses or {})}
