"""The figures the public comparison and the quarterly follow-up show, with how sure each is.

- A share is shown with its Wilson score interval (95 %), which behaves at small samples and near 0 % and 100 %,
  where the textbook interval breaks down.
- A median is shown with a distribution-free 95 % interval from order statistics (no assumption about how the
  durations are spread).
- Fewer than ``MIN_SAMPLE`` cases: nothing is shown but "too few to show" — the figure would mislead, and small
  counts can point at individuals. This suppression is Kundval's own rule, not a routine's: neither the
  Helsingborg–Arbetsförmedlingen agreement (seed 004, §5 Målsättningar and §8 Uppföljning, which only set the
  indicators and their quarterly follow-up) nor any other routine asks for it (docs/domain.md, "Statistics and
  follow-up").
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kundval.domain.cases.models import EndReason

MIN_SAMPLE = 5
# Goal reached (routine 002 §7.1 Arbete, studier eller eget företag): the client left for work, studies or their
# own business. The share to work or studies counts these, in the comparison and in the indicators alike.
GOAL_REACHED = frozenset({EndReason.WORK, EndReason.STUDIES, EndReason.OWN_BUSINESS})
Z_95 = 1.959963984540054


@dataclass(frozen=True)
class Share:
    n: int
    successes: int
    value: float  # 0..1
    low: float
    high: float


@dataclass(frozen=True)
class Median:
    n: int
    value: float
    low: float
    high: float


def share(successes: int, n: int) -> Share | None:
    """``successes`` of ``n`` with a 95 % Wilson interval; None below the minimum sample."""
    if n < MIN_SAMPLE:
        return None
    p = successes / n
    denominator = 1 + Z_95**2 / n
    centre = (p + Z_95**2 / (2 * n)) / denominator
    margin = Z_95 * math.sqrt(p * (1 - p) / n + Z_95**2 / (4 * n * n)) / denominator
    return Share(n, successes, p, max(0.0, centre - margin), min(1.0, centre + margin))


def _binomial_cdf(k: int, n: int) -> float:
    """P(X ≤ k) for X ~ Binomial(n, 1/2)."""
    return sum(math.comb(n, i) for i in range(k + 1)) / 2**n


def median(values: list[float]) -> Median | None:
    """The median with a 95 % order-statistic interval: the j-th and k-th smallest values, j and k the widest
    symmetric pair whose coverage is at least 95 % (or the extremes, when no pair reaches it)."""
    n = len(values)
    if n < MIN_SAMPLE:
        return None
    ordered = sorted(values)
    middle = n // 2
    value = ordered[middle] if n % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    # Largest j (1-based) with P(j ≤ rank of median < n - j + 1) ≥ 0.95, i.e. 1 - 2·P(X ≤ j - 1) ≥ 0.95.
    j = 1
    while j + 1 <= n // 2 and 1 - 2 * _binomial_cdf(j, n) >= 0.95:
        j += 1
    return Median(n, value, ordered[j - 1], ordered[n - j])
