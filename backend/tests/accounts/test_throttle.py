"""The login throttle's rule, on its own."""

from __future__ import annotations

from datetime import timedelta

from kundval.domain.accounts import throttle


def test_lock_grows_and_is_capped() -> None:
    free = throttle.FREE_FAILURES["user"]
    assert throttle.lock_duration("user", free) == timedelta(0)
    assert throttle.lock_duration("user", free + 1) == throttle.BASE_LOCK
    assert throttle.lock_duration("user", free + 2) == throttle.BASE_LOCK * 2
    assert throttle.lock_duration("user", free + 50) == throttle.MAX_LOCK
