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
from sqlalchemy.exc import OperationalError

from kundval.core.storage import StorageUnavailable

log = logging.getLogger(__name__)

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
        fields = [str(item.get("key")) for item in (extra or []) if isinstance(item, dict) and item.get("key")]
        detail = message(key, language, fields=", ".join(fields) or "—")
    else:
        detail = message(key, language) if key in MESSAGES else exc.detail
    return _answer(request, status_code, detail, extra, exc.headers)


def database_down_handler(request: Request[Any, Any, Any], exc: Exception) -> Response[dict[str, Any]]:
    log.warning("database unavailable: %s", exc)
    return _answer(request, 503, message("database.down", language_of(request)))


def storage_down_handler(request: Request[Any, Any, Any], exc: Exception) -> Response[dict[str, Any]]:
    log.warning("storage unavailable: %s", exc)
    return _answer(request, 503, message("storage.down", language_of(request)))


def internal_error_handler(request: Request[Any, Any, Any], exc: Exception) -> Response[dict[str, Any]]:
    # Log the cause for operators; never show internals to the caller.
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return _answer(request, HTTP_500_INTERNAL_SERVER_ERROR, message("http.500", language_of(request)))


exception_handlers = {
    HTTPException: http_exception_handler,
    OperationalError: database_down_handler,
    ConnectionRefusedError: database_down_handler,
    StorageUnavailable: storage_down_handler,
    Exception: internal_error_handler,
}
