"""Column types shared by every area."""

from __future__ import annotations

import enum

from sqlalchemy import JSON, Enum
from sqlalchemy.dialects.postgresql import JSONB


def str_enum(enum_type: type[enum.StrEnum], length: int = 40) -> Enum:
    """A string enum stored as its values in a VARCHAR with a CHECK, the same on SQLite and PostgreSQL."""
    return Enum(
        enum_type,
        native_enum=False,
        length=length,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


# advanced-alchemy's JsonB breaks on SQLAlchemy 2.1 (it calls a removed helper), so the variant is spelled here.
JsonDocument = JSON().with_variant(JSONB(), "postgresql")
