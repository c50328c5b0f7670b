"""The shapes of a shown share and median, common to the public comparison and the quarterly indicators."""

from __future__ import annotations

import msgspec


class ShareOut(msgspec.Struct):
    value: float
    low: float
    high: float


class MedianOut(msgspec.Struct):
    value: float
    low: float
    high: float
