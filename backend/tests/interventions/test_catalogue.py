"""The intervention catalogue and its dated rates (docs/domain.md "Interventions")."""

from __future__ import annotations

from datetime import date

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from kundval.domain.interventions.catalogue import Intervention, rate_on
from tests.conftest import login


@pytest.mark.usefixtures("demo_data")
async def test_catalogue_lists_three_interventions_with_rates_in_ore(client: AsyncTestClient[Litestar]) -> None:
    await login(client, "provider2-coach")
    page = (await client.get("/api/intervention-types")).json()
    assert page["total"] == 3
    by_code = {item["code"]: item for item in page["items"]}
    assert set(by_code) == {"JOBBPENG_GRUND", "JOBBPENG_FORSTARKT", "SAI"}
    sai = by_code["SAI"]
    assert sai["current_rate"] == {"valid_from": "2023-01-01", "valid_to": None, "monthly_rate_ore": 608_000,
                                   "daily_rate_ore": 20_300}
    assert sai["follow_up_every_months"] == 6 and sai["workplace_within_months"] == 2
    assert by_code["JOBBPENG_GRUND"]["current_rate"]["monthly_rate_ore"] == 368_600
    assert by_code["JOBBPENG_GRUND"]["progression_review_after_months"] is None
    assert by_code["JOBBPENG_FORSTARKT"]["current_rate"]["daily_rate_ore"] == 16_200


def test_no_rate_before_the_first_decision() -> None:
    assert rate_on(Intervention.SAI, date(2022, 12, 31)) is None
    assert rate_on(Intervention.SAI, date(2023, 1, 1)).monthly_rate_ore == 608_000  # type: ignore[union-attr]
