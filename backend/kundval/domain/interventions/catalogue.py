"""The interventions and their dated rates (docs/domain.md "Interventions", routine 002 §2 and §9.1).

Rates are decided yearly, so each is valid from a date; a new year's rate is one more row here. Money is öre.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date


class Intervention(enum.StrEnum):
    JOBBPENG_GRUND = "JOBBPENG_GRUND"
    JOBBPENG_FORSTARKT = "JOBBPENG_FORSTARKT"
    SAI = "SAI"


@dataclass(frozen=True)
class InterventionRules:
    code: Intervention
    name_sv: str
    name_en: str
    follow_up_every_months: int  # three-party follow-up meeting at least this often (§6.5)
    workplace_within_months: int  # a workplace is expected within this time (§5.2)
    progression_review_after_months: int | None  # yearly review of progression (§7), where it applies

    @property
    def names(self) -> tuple[str, str]:
        """(Swedish, English), as error messages take words."""
        return self.name_sv, self.name_en


@dataclass(frozen=True)
class Rate:
    intervention: Intervention
    valid_from: date
    monthly_rate_ore: int
    daily_rate_ore: int


INTERVENTIONS: dict[Intervention, InterventionRules] = {
    rules.code: rules
    for rules in (
        InterventionRules(Intervention.JOBBPENG_GRUND, "Jobbpeng grund", "Job voucher, basic", 3, 1, None),
        InterventionRules(Intervention.JOBBPENG_FORSTARKT, "Förstärkt jobbpeng", "Job voucher, reinforced", 6, 3, 12),
        InterventionRules(
            Intervention.SAI, "Språk- och arbetsintroduktion", "Language and work introduction", 6, 2, 12
        ),
    )
}

# §9.1, rates decided for 2023.
RATES: tuple[Rate, ...] = (
    Rate(Intervention.JOBBPENG_GRUND, date(2023, 1, 1), 368_600, 12_300),
    Rate(Intervention.JOBBPENG_FORSTARKT, date(2023, 1, 1), 485_800, 16_200),
    Rate(Intervention.SAI, date(2023, 1, 1), 608_000, 20_300),
)


def rates_of(intervention: Intervention) -> list[Rate]:
    """Every rate of ``intervention``, oldest first."""
    return sorted((r for r in RATES if r.intervention == intervention), key=lambda r: r.valid_from)


def rate_on(intervention: Intervention, day: date) -> Rate | None:
    """The rate in force on ``day``, or None before the first one."""
    current = None
    for rate in rates_of(intervention):
        if rate.valid_from <= day:
            current = rate
    return current
