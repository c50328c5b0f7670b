"""The intervention catalogue with its dated rates."""

from __future__ import annotations

from datetime import date, timedelta

import msgspec
from litestar import Controller, get

from kundval.core import clock
from kundval.core.pagination import Page
from kundval.core.security import authenticated
from kundval.domain.interventions.catalogue import INTERVENTIONS, Intervention, rate_on, rates_of


class RateOut(msgspec.Struct):
    valid_from: date
    valid_to: date | None
    monthly_rate_ore: int
    daily_rate_ore: int


class InterventionType(msgspec.Struct):
    code: Intervention
    name_sv: str
    name_en: str
    follow_up_every_months: int
    workplace_within_months: int
    progression_review_after_months: int | None
    current_rate: RateOut | None
    rates: list[RateOut]


def _intervention_type(code: Intervention, today: date) -> InterventionType:
    rules = INTERVENTIONS[code]
    rates = rates_of(code)
    out = [
        RateOut(r.valid_from, nxt.valid_from - timedelta(days=1) if nxt else None, r.monthly_rate_ore, r.daily_rate_ore)
        for r, nxt in zip(rates, [*rates[1:], None], strict=True)
    ]
    current = rate_on(code, today)
    return InterventionType(
        code=code,
        name_sv=rules.name_sv,
        name_en=rules.name_en,
        follow_up_every_months=rules.follow_up_every_months,
        workplace_within_months=rules.workplace_within_months,
        progression_review_after_months=rules.progression_review_after_months,
        current_rate=next((o for o in out if o.valid_from == current.valid_from), None) if current else None,
        rates=out,
    )


class InterventionController(Controller):
    path = "/api/intervention-types"
    tags = ["interventions"]
    guards = [authenticated]

    @get("/", operation_id="listInterventionTypes")
    async def list_intervention_types(self) -> Page[InterventionType]:
        """The three interventions with every dated rate and the one in force today."""
        today = clock.today()
        items = [_intervention_type(code, today) for code in INTERVENTIONS]
        return Page(items=items, total=len(items), limit=len(items), offset=0)
