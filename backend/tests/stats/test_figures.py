"""The figures against hand-computed values."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


def test_a_figure_keeps_its_counts() -> None:
    # The follow-up shows "part of n" beside each share and median: the counts must be the ones asked about.
    result = share(3, 8)
    assert result is not None and (result.n, result.successes) == (8, 3)
    middle = median([float(v) for v in range(7)])
    assert middle is not None and middle.n == 7


@given(n=st.integers(min_value=MIN_SAMPLE, max_value=400), data=st.data())
def test_a_share_and_its_interval_stay_within_0_and_1(n: int, data: st.DataObject) -> None:
    # A share is a proportion: its interval never leaves 0..1 and holds the share. Near 100 % the Wilson upper
    # bound computes to a hair above 1 in floating point (16 of 16 gives 1.0000000000000002), hence the clamp; at
    # 0 % and 100 % it may also fall a hair short of the share (53 of 53 gives 0.9999999999999999), which no rounded
    # percentage shows.
    successes = data.draw(st.integers(min_value=0, max_value=n))
    result = share(successes, n)
    assert result is not None
    assert 0.0 <= result.low <= result.high <= 1.0
    assert result.low - 1e-12 <= result.value <= result.high + 1e-12


def test_every_one_of_sixteen_is_at_most_100_percent() -> None:
    every = share(16, 16)
    assert every is not None and every.high == 1.0


# Mutants of `median` explained as equivalent (mutmut, issue 10):
# - x_median__mutmut_21, x_median__mutmut_22, x_median__mutmut_23, x_median__mutmut_24: the loop guard
#   `j + 1 <= n // 2` (mutated to `j - 1 <= n // 2`, `j + 2 <= n // 2`, `j + 1 < n // 2`, `j + 1 <= n / 2`) never
#   decides: the coverage of the pair of ranks next to the middle is far below 95 % for every n >= MIN_SAMPLE, so
#   the coverage test ends the loop first. The guard is there only to keep the ranks inside the sample.
# - x_median__mutmut_34, `>= 0.95` to `> 0.95`: a coverage of exactly 95 % would need P(X <= j) = 1/40 = k / 2**n,
#   which no n allows.
