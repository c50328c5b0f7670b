"""The deadlines of a case's staffing steps (routine 002 §6.2), each stated once."""

from __future__ import annotations

PUBLISH_WITHIN_DAYS = 2  # §6.2.1: the counsellor publishes the assignment within 2 days of the claim message
