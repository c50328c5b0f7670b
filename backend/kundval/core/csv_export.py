"""CSV files for people: semicolon-separated (as Swedish spreadsheets expect), headers and values in words.

Every export goes through :func:`csv_text`, which refuses two columns with the same header (a spreadsheet user
cannot tell them apart), and picks its language with :func:`export_language`: Swedish unless the ``lang`` query
parameter or ``Accept-Language`` asks for English. A download link cannot set headers, so the app passes its UI
language as ``lang``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from litestar import Request

from kundval.core.errors import Language, language_of


def export_language(request: Request[Any, Any, Any], lang: str | None) -> Language:
    """``lang`` ("sv" or "en") when given, else the request's Accept-Language, else Swedish."""
    if lang and lang.strip().lower()[:2] in ("sv", "en"):
        return lang.strip().lower()[:2]
    return language_of(request)


def word(pair: tuple[str, str], language: Language) -> str:
    """The Swedish or English one of a (Swedish, English) pair."""
    return pair[1] if language == "en" else pair[0]


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    duplicates = sorted({name for name in header if list(header).count(name) > 1})
    if duplicates:
        raise ValueError(f"CSV headers must be unique: {duplicates}")
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()
