"""The deadlines of a document's review (routine 002 §6.3.1), each stated once."""

from __future__ import annotations

REVIEW_WITHIN_WORKING_DAYS = 5  # §6.3.1: the counsellor reviews a plan within 5 working days of it being marked ready
