"""The figures against hand-computed values."""

from __future__ import annotations

import pytest

from kundval.domain.stats.figures import MIN_SAMPLE, median, share


def test_wilson_interval_matches_hand_computation() -> None:
    # 7 of 10: p = 0.7, z = 1.96; centre = (0.7 + 0.19208) / 1.38415 = 0.64450,
    # margin = 1.96 * sqrt(0.021 + 0.0096040) / 1.38415 = 0.24773 -> [0.3968, 0.8922].
    result = share(7, 10)
    assert result is not None
    assert result.value == pytest.approx(0.7)
    assert result.low == pytest.approx(0.3968, abs=1e-4)
    assert result.high == pytest.approx(0.8922, abs=1e-4)


def test_wilson_interval_at_zero_and_all() -> None:
    none = share(0, 5)
    every = share(5, 5)
    assert none is not None and every is not None
    assert none.low == 0.0 and none.high == pytest.approx(0.4345, abs=1e-4)
    assert every.high == 1.0 and every.low == pytest.approx(0.5655, abs=1e-4)


def test_too_few_to_show_below_five() -> None:
    assert MIN_SAMPLE == 5
    assert share(3, 4) is None
    assert median([1.0, 2.0, 3.0, 4.0]) is None


def test_median_interval_from_order_statistics() -> None:
    # n = 5: even the extremes cover only 1 - 2/32 = 93.75 %, so the interval is the whole sample.
    five = median([50.0, 10.0, 40.0, 20.0, 30.0])
    assert five is not None and (five.value, five.low, five.high) == (30.0, 10.0, 50.0)
    # n = 100 of 1..100: the 40th and 61st values (the textbook ranks for 95 %), median 50.5.
    hundred = median([float(v) for v in range(1, 101)])
    assert hundred is not None and (hundred.value, hundred.low, hundred.high) == (50.5, 40.0, 61.0)
    even = median([4.0, 1.0, 3.0, 2.0, 6.0, 5.0])
    assert even is not None and even.value == 3.5
