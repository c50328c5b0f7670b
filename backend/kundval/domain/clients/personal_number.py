"""Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer).

Accepted as 12 digits, 10 digits, with a hyphen, or with ``+`` for people aged 100 or more; checked for a real
date (day + 60 for coordination numbers) and the Luhn check digit; stored as 12 digits ``YYYYMMDDNNNN``.
"""

from __future__ import annotations

from personnummer import personnummer  # type: ignore[import-untyped]  # the package ships no type hints


class InvalidPersonalNumber(ValueError):
    """Not a valid personal identity or coordination number."""


def normalise(raw: str) -> str:
    """The 12-digit form of ``raw``; raises :class:`InvalidPersonalNumber` when the date or check digit is wrong."""
    text = raw.strip().replace(" ", "")
    try:
        if not personnummer.valid(text):
            raise InvalidPersonalNumber(raw)
        return personnummer.Personnummer(text).format(True)
    except personnummer.PersonnummerException:
        raise InvalidPersonalNumber(raw) from None


def looks_like_personal_number(text: str) -> bool:
    """True for search input that is a personal number rather than a name."""
    digits = text.replace("-", "").replace("+", "").strip()
    return digits.isdigit() and len(digits) in (10, 12)
