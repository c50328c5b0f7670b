"""The numbers of the rules that the UI shows in its texts, read from each rule's own module.

The SPA writes "a certificate from day 8" or "at least 8 characters" with the number from here, so a rule changed in
its module changes the text too; no number of a rule is written in the frontend.
"""

from __future__ import annotations

import msgspec
from litestar import Controller, get

from kundval.core.security import authenticated
from kundval.domain.absence import rules as absence
from kundval.domain.accounts.passwords import MIN_PASSWORD_LENGTH
from kundval.domain.cases.deadlines import PUBLISH_WITHIN_DAYS
from kundval.domain.choices.service import VALID_DAYS as CHOICE_CODE_VALID_DAYS
from kundval.domain.documents.deadlines import REVIEW_WITHIN_WORKING_DAYS
from kundval.domain.stats.indicators import PLAN_WITHIN_DAYS


class Rules(msgspec.Struct, frozen=True):
    certificate_from_day: int  # a sick or child-care spell needs a certificate from this calendar day (§3.6.1)
    max_holiday_leave_days: int  # leave longer than this ends the intervention without social assistance (§3.5)
    part_day_max_hours: int  # a part-day absence is 1 to this many hours
    unreachable_contact_attempts: int  # invalid absence for an unreachable client names this many attempts
    choice_code_valid_days: int  # a choice code can be used for this many days
    plan_within_days: int  # the quarterly indicator: first implementation plan within this many days
    publish_within_days: int  # the assignment is published within this many days of the claim (§6.2.1)
    review_within_working_days: int  # a submitted plan is reviewed within this many working days (§6.3.1)
    min_password_length: int


RULES = Rules(
    certificate_from_day=absence.CERTIFICATE_FROM_DAY,
    max_holiday_leave_days=absence.MAX_HOLIDAY_LEAVE_DAYS,
    part_day_max_hours=absence.HOURS_PER_DAY,
    unreachable_contact_attempts=absence.UNREACHABLE_CONTACT_ATTEMPTS,
    choice_code_valid_days=CHOICE_CODE_VALID_DAYS,
    plan_within_days=PLAN_WITHIN_DAYS,
    publish_within_days=PUBLISH_WITHIN_DAYS,
    review_within_working_days=REVIEW_WITHIN_WORKING_DAYS,
    min_password_length=MIN_PASSWORD_LENGTH,
)


class RulesController(Controller):
    path = "/api/rules"
    tags = ["system"]

    @get("/", guards=[authenticated], operation_id="getRules")
    async def get_rules(self) -> Rules:
        """The numbers of the rules the UI writes into its texts (deadlines, limits)."""
        return RULES
