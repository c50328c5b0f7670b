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
from kundval.domain.documents.deadlines import (
    MONTHLY_REPORT_APPROVED_BY_DAY,
    MONTHLY_REPORT_DUE_DAY,
    MONTHLY_REPORT_RETURNED_BY_DAY,
    REVIEW_WITHIN_WORKING_DAYS,
)
from kundval.domain.stats.indicators import PLAN_WITHIN_DAYS
from kundval.domain.tasks import rules as deadlines


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
    # The deadline rules (domain/tasks/rules.py and the modules it reads)
    first_plan_within_months: int  # the first implementation plan within this many months of the assignment (§6.3.1)
    monthly_report_due_day: int  # a month's report is handed in by this day of the next month (§6.4)
    monthly_report_returned_by_day: int  # and returned by this day (§6.4)
    monthly_report_approved_by_day: int  # and approved by this day (§6.4)
    returned_back_within_working_days: int  # a returned document is due back within this many working days
    final_report_after_unforeseen_end_days: int  # the final report at most this many days after an unforeseen end
    certificate_due_days: int  # a certificate reaches the counsellor within this many days of day 8 (§3.6)
    tasks_lookahead_days: int  # far-ahead obligations (final report, yearly review) are listed this many days ahead


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
    first_plan_within_months=deadlines.FIRST_PLAN_WITHIN_MONTHS,
    monthly_report_due_day=MONTHLY_REPORT_DUE_DAY,
    monthly_report_returned_by_day=MONTHLY_REPORT_RETURNED_BY_DAY,
    monthly_report_approved_by_day=MONTHLY_REPORT_APPROVED_BY_DAY,
    returned_back_within_working_days=deadlines.RETURNED_BACK_WITHIN_WORKING_DAYS,
    final_report_after_unforeseen_end_days=deadlines.FINAL_REPORT_AFTER_UNFORESEEN_END_DAYS,
    certificate_due_days=absence.CERTIFICATE_DUE_DAYS,
    tasks_lookahead_days=deadlines.LOOKAHEAD_DAYS,
)


class RulesController(Controller):
    path = "/api/rules"
    tags = ["system"]

    @get("/", guards=[authenticated], operation_id="getRules")
    async def get_rules(self) -> Rules:
        """The numbers of the rules the UI writes into its texts (deadlines, limits)."""
        return RULES
