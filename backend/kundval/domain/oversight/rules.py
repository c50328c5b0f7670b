"""The §7.6 ground for ending a provider's assignments, from its late reports and the tellings (routine 002 §7.6).

§7.6: a provider's assignments may end when it falls short, has been told, and the shortcomings remain — "by being
more than a month late with reporting, or repeated delays". The numbers that decide it are here, once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from kundval.domain.tasks.rules import add_months

GROUND_LATE_MONTHS = 1  # §7.6: "försenad med rapportering mer än en månad"
# §7.6 "upprepade förseningar" after the telling: Kundval reads "again and again" as this many late reports whose
# due date falls after the provider was last told (docs/decisions.md).
REPEATED_AFTER_NOTICE = 2


@dataclass(frozen=True)
class Lateness:
    """A report's deadline and when it was handed in (None: not yet), seen on ``today``."""

    due: date
    handed_in: date | None

    def days_late(self, today: date) -> int:
        """Days past the due date when it was handed in, or until today while it is still owed; 0 if on time."""
        return max(0, ((self.handed_in or today) - self.due).days)

    def late(self, today: date) -> bool:
        return self.days_late(today) > 0

    def over_a_month(self, today: date) -> bool:
        """Handed in (or still owed on ``today``) more than a month after its due date."""
        return (self.handed_in or today) > add_months(self.due, GROUND_LATE_MONTHS)


@dataclass(frozen=True)
class Ground:
    """Whether §7.6 gives a ground, and why: ``over_a_month`` reports, and ``late_after_notice`` reports due after
    the last telling (counted only when the provider has been told)."""

    over_a_month: int
    late_after_notice: int
    last_told: date | None

    @property
    def repeated(self) -> bool:
        return self.last_told is not None and self.late_after_notice >= REPEATED_AFTER_NOTICE

    @property
    def exists(self) -> bool:
        return self.over_a_month > 0 or self.repeated


def ground(reports: Iterable[Lateness], told: Iterable[date], today: date) -> Ground:
    """The ground from every report the provider owed and the days it was told."""
    late = [r for r in reports if r.late(today)]
    last_told = max(told, default=None)
    return Ground(
        over_a_month=sum(1 for r in late if r.over_a_month(today)),
        late_after_notice=0 if last_told is None else sum(1 for r in late if r.due > last_told),
        last_told=last_told,
    )
