"""Error answers as docs/api.md describes them: ``{"status_code", "detail", "extra"?}`` with ``detail`` in Swedish or
English by ``Accept-Language`` (Swedish unless the caller prefers English).

Raise :class:`ApiError` with a key from :data:`MESSAGES`; every area adds its own messages to that table, so the
wording of an error exists once in both languages. A parameter that is itself words (a status, a field's name) is
passed as a ``(swedish, english)`` pair.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from litestar import MediaType, Request, Response
from litestar.exceptions import HTTPException, ValidationException
from litestar.status_codes import HTTP_500_INTERNAL_SERVER_ERROR
from sqlalchemy.exc import DBAPIError, OperationalError

from kundval.core.fields import field_label
from kundval.core.storage import ObjectNotFound, StorageUnavailable

log = logging.getLogger(__name__)

# How long a client should wait before trying again when the database or the store is down (the 503's Retry-After).
RETRY_AFTER_SECONDS = 30
_RETRY = {"Retry-After": str(RETRY_AFTER_SECONDS)}

Language = str  # "sv" | "en"

# key -> (Swedish, English). Placeholders use str.format with the error's params.
MESSAGES: dict[str, tuple[str, str]] = {
    "http.400": ("Felaktig begäran.", "Bad request."),
    "http.401": ("Du är inte inloggad.", "You are not logged in."),
    "http.403": ("Du har inte behörighet till detta.", "You are not allowed to do this."),
    "http.404": ("Hittades inte.", "Not found."),
    "http.405": ("Metoden stöds inte här.", "Method not allowed."),
    "http.409": ("Konflikt med nuvarande läge.", "Conflict with the current state."),
    "http.413": ("Filen är för stor.", "The file is too large."),
    "http.415": ("Filtypen stöds inte.", "Unsupported file type."),
    "http.422": ("Ogiltiga uppgifter. Kontrollera: {fields}.", "Invalid input. Check: {fields}."),
    "http.429": ("För många försök. Vänta en stund.", "Too many attempts. Please wait."),
    "http.500": ("Ett oväntat fel inträffade.", "An unexpected error occurred."),
    "http.503": ("Tjänsten är tillfälligt otillgänglig.", "The service is temporarily unavailable."),
    "csrf.failed": (
        "CSRF-kontrollen misslyckades: skicka värdet i kakan csrftoken i huvudet x-csrftoken.",
        "CSRF check failed: send the value of the csrftoken cookie in the x-csrftoken header.",
    ),
    "database.down": (
        "Databasen svarar inte. Försök igen om en stund.",
        "The database is not answering. Try again shortly.",
    ),
    "storage.down": (
        "Dokumentlagringen svarar inte. Försök igen om en stund.",
        "The document store is not answering. Try again shortly.",
    ),
    "input.bad_json": (
        "Innehållet är inte giltig JSON: {reason}.",
        "The body is not valid JSON: {reason}.",
    ),
    "input.bad_utf8": (
        "Texten är inte giltig UTF-8. Skicka all text som UTF-8.",
        "The text is not valid UTF-8. Send all text as UTF-8.",
    ),
    "input.too_deep": (
        "JSON-innehållet är för djupt nästlat: högst {max_depth} nivåer.",
        "The JSON body is nested too deeply: at most {max_depth} levels.",
    ),
    "input.unstorable": (
        "Ett värde kan inte sparas: text får inte innehålla NUL-tecken och tal måste vara rimligt stora.",
        "A value cannot be stored: text must not contain NUL characters and numbers must be of a sensible size.",
    ),
}


def register_messages(messages: dict[str, tuple[str, str]]) -> None:
    """Add an area's messages; a key may be defined once only."""
    clash = MESSAGES.keys() & messages.keys()
    if clash:
        raise ValueError(f"message keys defined twice: {sorted(clash)}")
    MESSAGES.update(messages)


class ApiError(HTTPException):
    """An error answer whose ``detail`` comes from :data:`MESSAGES` in the caller's language."""

    def __init__(
        self,
        key: str,
        *,
        status_code: int,
        extra: dict[str, Any] | list[Any] | None = None,
        headers: dict[str, str] | None = None,
        **params: Any,
    ) -> None:
        if key not in MESSAGES:
            raise KeyError(f"unknown message key {key!r}")
        self.key = key
        self.params = params
        super().__init__(detail=message(key, "en", **params), status_code=status_code, extra=extra, headers=headers)


def language_of(request: Request[Any, Any, Any]) -> Language:
    """Swedish unless Accept-Language ranks English above Swedish."""
    header = request.headers.get("accept-language", "")
    ranked: list[tuple[float, str]] = []
    for part in header.split(","):
        tag, _, q = part.strip().partition(";q=")
        try:
            weight = float(q) if q else 1.0
        except ValueError:
            weight = 0.0
        ranked.append((weight, tag.strip().lower()[:2]))
    for _weight, tag in sorted(ranked, key=lambda item: -item[0]):
        if tag in ("sv", "en"):
            return tag
    return "sv"


# msgspec reports a missing field at the object that lacks it (Litestar's key "data" for the body itself).
_MISSING_FIELD = re.compile(r"missing required field `([^`]+)`")


def _name_missing_fields(extra: Any) -> Any:
    """Make ``extra`` name a missing field itself, as it does every other offending field."""
    if not isinstance(extra, list):
        return extra
    named = []
    for item in extra:
        match = _MISSING_FIELD.search(str(item.get("message", ""))) if isinstance(item, dict) else None
        if match:
            parent = item.get("key")
            item = {**item, "key": match[1] if parent in (None, "", "data") else f"{parent}.{match[1]}"}
        named.append(item)
    return named


# msgspec's and Litestar's validation messages -> what to do, in (Swedish, English); first match wins.
_RULES: list[tuple[re.Pattern[str], tuple[str, str]]] = [
    (re.compile(r"missing required field"), ("måste anges", "required")),
    (re.compile(r"`str` of length >= 1$"), ("måste fyllas i", "must be filled in")),
    (re.compile(r"`str` of length <= (\d+)"), ("högst {0} tecken", "at most {0} characters")),
    (re.compile(r"`str` of length >= (\d+)"), ("minst {0} tecken", "at least {0} characters")),
    (re.compile(r"`(?:array|object)` of length <= (\d+)"), ("högst {0} st", "at most {0} items")),
    (re.compile(r"`(?:array|object)` of length >= (\d+)"), ("minst {0} st", "at least {0} items")),
    (re.compile(r"`(?:int|float|number)` <= (-?[\d.]+)"), ("högst {0}", "at most {0}")),
    (re.compile(r"`(?:int|float|number)` < (-?[\d.]+)"), ("mindre än {0}", "less than {0}")),
    (re.compile(r"`(?:int|float|number)` >= (-?[\d.]+)"), ("minst {0}", "at least {0}")),
    (re.compile(r"`(?:int|float|number)` > (-?[\d.]+)"), ("större än {0}", "greater than {0}")),
    (re.compile(r"matching regex"), ("fel format", "wrong format")),
    (re.compile(r"NUL character"), ("får inte innehålla NUL-tecken", "must not contain NUL characters")),
    (re.compile(r"Invalid enum value"), ("inte ett av de tillåtna värdena", "not one of the allowed values")),
    (re.compile(r"(?i)date"), ("ogiltigt datum: skriv ÅÅÅÅ-MM-DD", "invalid date: write YYYY-MM-DD")),
    (re.compile(r"(?i)uuid"), ("ogiltigt id", "invalid id")),
    (re.compile(r"`int`"), ("måste vara ett heltal", "must be a whole number")),
    (re.compile(r"`bool`"), ("måste vara sant eller falskt", "must be true or false")),
    (re.compile(r"`str`"), ("måste vara text", "must be text")),
    (re.compile(r"`array`"), ("måste vara en lista", "must be a list")),
    (re.compile(r"`object`"), ("måste vara ett objekt", "must be an object")),
]


def _field_problem(item: dict[str, Any], language: Language) -> str:
    """``Område (högst 100 tecken)``: the form's name of the field and what to fix, or just the name."""
    label = field_label(str(item["key"]), language)
    text = str(item.get("message", ""))
    for pattern, words in _RULES:
        match = pattern.search(text)
        if match:
            rule = words[1 if language == "en" else 0].format(*match.groups())
            return f"{label} ({rule})"
    return label


def message(key: str, language: Language, **params: Any) -> str:
    sv, en = MESSAGES[key]
    index = 1 if language == "en" else 0
    words = {name: value[index] if isinstance(value, tuple) else value for name, value in params.items()}
    return (en if language == "en" else sv).format(**words)


def _answer(
    request: Request[Any, Any, Any],
    status_code: int,
    detail: str,
    extra: Any = None,
    headers: dict[str, str] | None = None,
) -> Response[dict[str, Any]]:
    body: dict[str, Any] = {"status_code": status_code, "detail": detail}
    if extra:
        body["extra"] = extra
    return Response(body, status_code=status_code, media_type=MediaType.JSON, headers=headers)


def http_exception_handler(request: Request[Any, Any, Any], exc: HTTPException) -> Response[dict[str, Any]]:
    language = language_of(request)
    if isinstance(exc, ApiError):
        return _answer(request, exc.status_code, message(exc.key, language, **exc.params), exc.extra, exc.headers)
    status_code = exc.status_code
    extra = exc.extra
    if isinstance(exc, ValidationException):
        # msgspec decoding failed: the input is invalid (422), and extra names the fields.
        status_code = 422
        extra = _name_missing_fields(extra)
    key = f"http.{status_code}"
    if status_code == 422:
        named = [item for item in (extra or []) if isinstance(item, dict) and item.get("key")]
        fields = [_field_problem(item, language) for item in named]
        detail = message(key, language, fields=", ".join(fields) or "—")
    else:
        detail = message(key, language) if key in MESSAGES else exc.detail
    return _answer(request, status_code, detail, extra, exc.headers)


def database_down_handler(request: Request[Any, Any, Any], exc: Exception) -> Response[dict[str, Any]]:
    log.warning("database unavailable: %s", exc)
    return _answer(request, 503, message("database.down", language_of(request)), headers=_RETRY)


def storage_down_handler(request: Request[Any, Any, Any], exc: Exception) -> Response[dict[str, Any]]:
    log.warning("storage unavailable: %s", exc)
    return _answer(request, 503, message("storage.down", language_of(request)), headers=_RETRY)


def _is_bad_value(exc: DBAPIError) -> bool:
    """Whether the database refused a value the caller sent: SQLSTATE class 22 ("data exception": NUL in text,
    a number out of range) from the server, or asyncpg refusing an argument before sending it (a ValueError)."""
    cause = exc.orig.__cause__ if exc.orig is not None else None
    sqlstate = getattr(exc.orig, "sqlstate", None) or getattr(cause, "sqlstate", None)
    return str(sqlstate or "").startswith("22") or isinstance(cause, ValueError)


def _is_server_unavailable(exc: DBAPIError) -> bool:
    """SQLSTATE class 08 (connection exception) or 57P (shutting down, starting up): the server, not the request."""
    cause = exc.orig.__cause__ if exc.orig is not None else None
    sqlstate = str(getattr(exc.orig, "sqlstate", None) or getattr(cause, "sqlstate", None) or "")
    return sqlstate.startswith(("08", "57P")) or isinstance(cause, (ConnectionError, TimeoutError))


def database_error_handler(request: Request[Any, Any, Any], exc: Exception) -> Response[dict[str, Any]]:
    """A value the database cannot store is the caller's to fix (422); anything else is ours (500).

    The request-level checks (``core.inputs``, the schemas' limits) name the field first; this is the net below.
    """
    if isinstance(exc, DBAPIError) and (exc.connection_invalidated or _is_server_unavailable(exc)):
        return database_down_handler(request, exc)
    if isinstance(exc, DBAPIError) and _is_bad_value(exc) or isinstance(exc, OverflowError):
        log.warning("database refused a value on %s %s: %s", request.method, request.url.path, exc)
        return _answer(request, 422, message("input.unstorable", language_of(request)))
    return internal_error_handler(request, exc)


def object_missing_handler(request: Request[Any, Any, Any], exc: Exception) -> Response[dict[str, Any]]:
    # The row names an object the (working) store does not have: lost or never written. Say so, not 500.
    log.error("stored object missing: %s", exc)
    return _answer(request, 404, message("http.404", language_of(request)))


def internal_error_handler(request: Request[Any, Any, Any], exc: Exception) -> Response[dict[str, Any]]:
    # Log the cause for operators; never show internals to the caller.
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return _answer(request, HTTP_500_INTERNAL_SERVER_ERROR, message("http.500", language_of(request)))


exception_handlers = {
    HTTPException: http_exception_handler,
    OperationalError: database_down_handler,
    DBAPIError: database_error_handler,
    OverflowError: database_error_handler,
    # Raised by the driver itself while connecting (refused, reset, timed out), before SQLAlchemy wraps anything.
    ConnectionError: database_down_handler,
    TimeoutError: database_down_handler,
    StorageUnavailable: storage_down_handler,
    ObjectNotFound: object_missing_handler,
    Exception: internal_error_handler,
}
