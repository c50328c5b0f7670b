"""The intervention catalogue and its dated rates (docs/domain.md "Interventions")."""

from __future__ import annotations

from datetime import date

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from kundval.domain.interventions import catalogue
from kundval.domain.interventions.catalogue import INTERVENTIONS, Intervention, Rate, rate_on, rates_of
from tests.conftest import login


@pytest.mark.usefixtures("demo_data")
async def test_catalogue_lists_three_interventions_with_rates_in_ore(client: AsyncTestClient[Litestar]) -> None:
    await login(client, "provider2-coach")
    page = (await client.get("/api/intervention-types")).json()
    assert page["total"] == 3
    by_code = {item["code"]: item for item in page["items"]}
    assert set(by_code) == {"JOBBPENG_GRUND", "JOBBPENG_FORSTARKT", "SAI"}
    sai = by_code["SAI"]
    assert sai["current_rate"] == {
        "valid_from": "2023-01-01",
        "valid_to": None,
        "monthly_rate_ore": 608_000,
        "daily_rate_ore": 20_300,
    }
    assert sai["follow_up_every_months"] == 6 and sai["workplace_within_months"] == 2
    assert by_code["JOBBPENG_GRUND"]["current_rate"]["monthly_rate_ore"] == 368_600
    assert by_code["JOBBPENG_GRUND"]["progression_review_after_months"] is None
    assert by_code["JOBBPENG_FORSTARKT"]["current_rate"]["daily_rate_ore"] == 16_200


def test_no_rate_before_the_first_decision() -> None:
    assert rate_on(Intervention.SAI, date(2022, 12, 31)) is None
    assert rate_on(Intervention.SAI, date(2023, 1, 1)).monthly_rate_ore == 608_000  # type: ignore[union-attr]


def test_the_catalogue_holds_the_routines_cadences_and_names() -> None:
    assert {
        code: (r.follow_up_every_months, r.workplace_within_months, r.progression_review_after_months)
        for code, r in INTERVENTIONS.items()
    } == {
        Intervention.JOBBPENG_GRUND: (3, 1, None),
        Intervention.JOBBPENG_FORSTARKT: (6, 3, 12),
        Intervention.SAI: (6, 2, 12),
    }
    assert INTERVENTIONS[Intervention.SAI].names == ("Språk- och arbetsintroduktion", "Language and work introduction")


def test_a_new_years_rate_takes_over_on_its_first_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new decision is one more row of RATES (in any order): the rate in force is the latest begun by the day."""
    decided_2023 = rate_on(Intervention.SAI, date(2023, 1, 1))
    assert decided_2023 is not None
    decided_2024 = Rate(Intervention.SAI, date(2024, 1, 1), 620_000, 20_700)  # made up: no 2024 decision is known
    monkeypatch.setattr(catalogue, "RATES", (decided_2024, *catalogue.RATES))
    assert rates_of(Intervention.SAI) == [decided_2023, decided_2024]  # oldest first
    assert rate_on(Intervention.SAI, date(2023, 12, 31)) == decided_2023  # the year end
    assert rate_on(Intervention.SAI, date(2024, 1, 1)) == decided_2024
    assert rate_on(Intervention.SAI, date(2024, 2, 29)) == decided_2024  # a leap day
    assert rate_on(Intervention.JOBBPENG_GRUND, date(2024, 1, 1)).monthly_rate_ore == 368_600  # type: ignore[union-attr]
