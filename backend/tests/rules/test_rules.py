"""GET /api/rules hands the UI the numbers of the rules, read from each rule's module."""

from __future__ import annotations

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from kundval.domain.absence import rules as absence
from kundval.domain.accounts.passwords import MIN_PASSWORD_LENGTH
from kundval.domain.cases.deadlines import PUBLISH_WITHIN_DAYS
from kundval.domain.choices.service import VALID_DAYS
from kundval.domain.documents.deadlines import (
    MONTHLY_REPORT_APPROVED_BY_DAY,
    MONTHLY_REPORT_DUE_DAY,
    MONTHLY_REPORT_RETURNED_BY_DAY,
    REVIEW_WITHIN_WORKING_DAYS,
)
from kundval.domain.stats.indicators import PLAN_WITHIN_DAYS
from kundval.domain.tasks import rules as deadlines
from tests.conftest import login


@pytest.mark.usefixtures("demo_data")
async def test_the_rules_are_the_numbers_of_the_rule_modules(client: AsyncTestClient[Litestar]) -> None:
    assert (await client.get("/api/rules")).status_code == 401
    await login(client, "provider1-coach")
    response = await client.get("/api/rules")
    assert response.status_code == 200
    # The routine's numbers, spelled out: a rule module changed by mistake fails here, not only in the UI text.
    assert response.json() == {
        "certificate_from_day": 8,
        "max_holiday_leave_days": 14,
        "part_day_max_hours": 8,
        "unreachable_contact_attempts": 3,
        "choice_code_valid_days": 30,
        "plan_within_days": 30,
        "publish_within_days": 2,
        "review_within_working_days": 5,
        "min_password_length": 8,
        "first_plan_within_months": 1,
        "monthly_report_due_day": 7,
        "monthly_report_returned_by_day": 12,
        "monthly_report_approved_by_day": 15,
        "returned_back_within_working_days": 5,
        "final_report_after_unforeseen_end_days": 14,
        "certificate_due_days": 7,
        "tasks_lookahead_days": 30,
    }
    assert [
        absence.CERTIFICATE_FROM_DAY,
        absence.MAX_HOLIDAY_LEAVE_DAYS,
        absence.HOURS_PER_DAY,
        absence.UNREACHABLE_CONTACT_ATTEMPTS,
        VALID_DAYS,
        PLAN_WITHIN_DAYS,
        PUBLISH_WITHIN_DAYS,
        REVIEW_WITHIN_WORKING_DAYS,
        MIN_PASSWORD_LENGTH,
        deadlines.FIRST_PLAN_WITHIN_MONTHS,
        MONTHLY_REPORT_DUE_DAY,
        MONTHLY_REPORT_RETURNED_BY_DAY,
        MONTHLY_REPORT_APPROVED_BY_DAY,
        deadlines.RETURNED_BACK_WITHIN_WORKING_DAYS,
        deadlines.FINAL_REPORT_AFTER_UNFORESEEN_END_DAYS,
        absence.CERTIFICATE_DUE_DAYS,
        deadlines.LOOKAHEAD_DAYS,
    ] == list(response.json().values())
