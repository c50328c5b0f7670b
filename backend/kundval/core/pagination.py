"""The list envelope of docs/api.md: ``{"items", "total", "limit", "offset"}``."""

from __future__ import annotations

from typing import Annotated, Generic, TypeVar

import msgspec
from litestar.openapi.spec import Example
from litestar.params import Parameter

T = TypeVar("T")

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
# Far past any list Kundval keeps, and inside every database's integer (2^63 and up overflowed the driver: a 500).
MAX_OFFSET = 2**31 - 1


class Page(msgspec.Struct, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


# Query parameters of every paginated list. The examples are a second page as the SPA asks for it; Schemathesis's
# examples phase sends them (backend/tests/system/test_schemathesis.py).
Limit = Annotated[int, Parameter(ge=1, le=MAX_LIMIT, description="page size", examples=[Example(value=DEFAULT_LIMIT)])]
Offset = Annotated[
    int, Parameter(ge=0, le=MAX_OFFSET, description="rows to skip", examples=[Example(value=DEFAULT_LIMIT)])
]
